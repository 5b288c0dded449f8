namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>A filter of the inbox a person named and kept (stored as the filter's query string).</summary>
public sealed class SavedTodoFilter
{
    public const int NameMax = 50;
    public const int QueryMax = 500;

    /// <summary>How many filters one person keeps at most.</summary>
    public const int PerUser = 20;

    public Guid Id { get; set; }
    public string UserName { get; set; } = "";
    public string Name { get; set; } = "";
    public string Query { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

namespace TaskAdmission.Workflows.Execution;

/// <summary>A user task a token completed since its last fork or join: the valid targets for return (退回) and withdraw (撤回).</summary>
internal sealed class TrailEntry
{
    public required string ElementId { get; set; }

    public Guid? TaskId { get; set; }

    public string? CompletedBy { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}

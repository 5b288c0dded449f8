namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>One page of the inbox and how many rows match in all.</summary>
public sealed record TodoPage(IReadOnlyList<TodoRow> Rows, int Total, TodoFilter Filter)
{
    public int Pages => Math.Max(1, (Total + TodoFilter.PageSize - 1) / TodoFilter.PageSize);
}

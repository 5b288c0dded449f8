namespace TaskAdmission.Workflows.Execution;

/// <summary>Lifecycle of one multi-instance element.</summary>
internal enum MultiInstanceItemState
{
    Pending,
    Active,
    Completed,
    Removed,
    Skipped,
}

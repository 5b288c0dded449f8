namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// A guarded UPDATE of <see cref="PostgresWorkflowWriter"/> found its row no longer as the command read it: the
/// instance at another version, or a bookmark another command closed. The store turns it into a
/// <see cref="TaskAdmission.Workflows.Execution.WorkflowConflictException"/> that names the row.
/// </summary>
internal sealed class StaleRowException(object row, Exception inner) : Exception("a workflow row changed concurrently", inner)
{
    /// <summary>The row (a <c>Wf…</c> entity) the command meant to update.</summary>
    public object Row { get; } = row;
}

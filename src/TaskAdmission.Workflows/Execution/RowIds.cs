namespace TaskAdmission.Workflows.Execution;

/// <summary>Ids of the rows the engine creates (instances, tasks, timers, journal entries, …).</summary>
internal static class RowIds
{
    /// <summary>
    /// A time-ordered UUID (version 7, RFC 9562): still unguessable enough for an id that is never a secret, and new rows
    /// land at the right end of each primary-key index instead of on a random leaf page, so a database inserts them
    /// without descending the tree or dirtying old pages (measured in docs/benchmarks.md, "persisted").
    /// </summary>
    public static Guid New() => Guid.CreateVersion7();
}

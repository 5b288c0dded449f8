namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>
/// Wakes this node's <see cref="DispatchJobWorker"/> when a transaction that queued a dispatch has committed, so queued
/// villages are dispatched at once instead of at the worker's next poll. Before the commit the job is not visible to the
/// worker's own connection, so the wake waits for it (<see cref="CommitHooks"/>).
/// </summary>
public sealed class DispatchSignal(CommitHooks hooks)
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>Wakes the worker when <paramref name="db"/>'s transaction commits (at once when it has none).</summary>
    public void AfterCommit(Microsoft.EntityFrameworkCore.DbContext db) => hooks.Run(db, Set);

    /// <summary>Waits for a wake or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);

    private void Set()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake runs the worker until no job is left.
        }
    }
}

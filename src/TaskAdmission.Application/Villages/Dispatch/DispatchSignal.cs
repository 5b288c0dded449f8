using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>
/// Wakes this node's <see cref="DispatchJobWorker"/> when a transaction that queued a dispatch has committed, so queued
/// villages are dispatched at once instead of at the worker's next poll. Before the commit the job is not visible to the
/// worker's own connection, so the wake waits for it (<see cref="DispatchSignalInterceptor"/>).
/// </summary>
public sealed class DispatchSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> pending = new();

    /// <summary>Wakes the worker when <paramref name="db"/>'s transaction commits (at once when it has none).</summary>
    public void AfterCommit(DbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            Set();
            return;
        }
        pending.AddOrUpdate(db, this);
    }

    /// <summary>Waits for a wake or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);

    internal void Committed(DbContext db)
    {
        if (pending.Remove(db))
        {
            Set();
        }
    }

    internal void RolledBack(DbContext db) => pending.Remove(db);

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

/// <summary>Tells <see cref="DispatchSignal"/> how the transactions that queued a dispatch ended.</summary>
public sealed class DispatchSignalInterceptor(DispatchSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) signal.Committed(db);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) signal.RolledBack(db);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// "Run this after this context's transaction commits": what a process must do only once its write is visible to
/// others — evict the cached inboxes the write changed (<see cref="Caching.VillageInboxCache"/>), wake the dispatch
/// worker for the job it queued (<see cref="Dispatch.DispatchSignal"/>). Done before the commit, a concurrent read could
/// cache the old rows again, and the worker's own connection would not see the job yet; done after a rollback, it would
/// act on a write that never happened. Hooks are parked per context (<see cref="CommitHooksInterceptor"/> reports how
/// its transaction ended) and dropped when it rolls back.
/// </summary>
/// <remarks>
/// Keyed by the context itself, weakly: a context that is collected takes its hooks with it, and a pooled context that
/// somehow kept some (a transaction disposed without commit or rollback being reported) runs them at its next commit,
/// which only evicts or wakes once too often. A context is used by one thread at a time, so its hooks need no lock.
/// </remarks>
public sealed class CommitHooks
{
    private readonly ConditionalWeakTable<DbContext, Parked> parked = new();

    private sealed class Parked
    {
        public readonly List<Action> Hooks = [];
        public readonly Dictionary<object, object> States = [];
    }

    /// <summary>Runs <paramref name="hook"/> when <paramref name="db"/>'s transaction commits, at once when it has none; never when it rolls back.</summary>
    public void Run(DbContext db, Action hook)
    {
        if (db.Database.CurrentTransaction is null)
        {
            hook();
            return;
        }
        parked.GetOrCreateValue(db).Hooks.Add(hook);
    }

    /// <summary>
    /// Adds to a state kept per context under <paramref name="key"/> until it commits, and parks <paramref name="commit"/>
    /// with that state once: e.g. the villages of every save in one transaction, evicted together. Parks even without a
    /// transaction: a SaveChanges outside one reports its own commit (<see cref="CommitHooksInterceptor"/>).
    /// </summary>
    public void Gather<TState>(DbContext db, object key, Func<TState> create, Action<TState> add, Action<TState> commit)
        where TState : class
    {
        var entry = parked.GetOrCreateValue(db);
        if (!entry.States.TryGetValue(key, out var state))
        {
            var created = create();
            entry.States[key] = state = created;
            entry.Hooks.Add(() => commit(created));
        }
        add((TState)state);
    }

    /// <summary>The state <see cref="Gather"/> keeps for <paramref name="db"/> under <paramref name="key"/>, or null when none is parked.</summary>
    public TState? Gathered<TState>(DbContext db, object key) where TState : class =>
        parked.TryGetValue(db, out var entry) && entry.States.TryGetValue(key, out var state) ? (TState)state : null;

    /// <summary>The context's transaction (or its save without one) committed: runs its hooks, in the order they were parked.</summary>
    internal void Committed(DbContext db)
    {
        if (!parked.TryGetValue(db, out var entry))
        {
            return;
        }
        parked.Remove(db);
        List<Exception>? failed = null;
        foreach (var hook in entry.Hooks)
        {
            try
            {
                hook();
            }
            catch (Exception e)
            {
                // The others still run: the write is committed whatever one hook does.
                (failed ??= []).Add(e);
            }
        }
        if (failed is not null)
        {
            throw new AggregateException("a hook run after a commit failed", failed);
        }
    }

    /// <summary>The context's transaction (or its save without one) rolled back: its hooks are dropped.</summary>
    internal void RolledBack(DbContext db) => parked.Remove(db);
}

/// <summary>
/// Tells <see cref="CommitHooks"/> how each context's transaction ended; a SaveChanges without a transaction is its own
/// transaction, so its success is the commit and its failure the rollback.
/// </summary>
public sealed class CommitHooksInterceptor(CommitHooks hooks) : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) hooks.Committed(db);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) hooks.RolledBack(db);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null) hooks.Committed(db);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null) hooks.RolledBack(db);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }
}

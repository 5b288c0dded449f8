using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Renewals of cached inboxes due for it (<see cref="VillageInboxCache.RenewAhead"/>) run behind the reader that found
/// them due: that reader is served the kept entry, as every other reader of the village is, and the renewal's read runs
/// on its own scope (its own database context) after the request. At most <see cref="MaxInFlight"/> at once.
/// </summary>
/// <remarks>
/// Issue 20: a due entry is still within its <see cref="VillageInboxCache.MaxAge"/> — serving it to the renewal's leader
/// is what serving it to the others already is. Read in the request, the renewal put a database read on one reader per
/// village per minute: in the Monday ramps 2,347 of one step's 4,623 misses, and the slowest of them in the step's p99.
/// Behind the reader it costs the database the same, but no reader waits on it. When <see cref="MaxInFlight"/> renewals
/// are running, a due entry is served without one (its next reader tries again); one no reader renewed before MaxAge is
/// read again by its next reader, as before. What a renewal may keep is decided as for any read (the ticket taken by the
/// reader that found it due: an eviction since wins).
/// </remarks>
public sealed class InboxRenewals(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<InboxRenewals> logger)
{
    /// <summary>Renewals reading at once, on the 2-core reference machine a share of the database's cores that leaves the rest to readers that missed.</summary>
    public const int MaxInFlight = 2;

    private readonly ConcurrentDictionary<Task, byte> running = new();
    private int inFlight;

    /// <summary>Renewals running now.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>A place for one renewal; false when <see cref="MaxInFlight"/> are running. Give it back with <see cref="Release"/> unless <see cref="Run"/> takes it.</summary>
    public bool TryReserve()
    {
        if (Interlocked.Increment(ref inFlight) <= MaxInFlight)
        {
            return true;
        }
        Interlocked.Decrement(ref inFlight);
        return false;
    }

    /// <summary>Gives back a place taken by <see cref="TryReserve"/> that no renewal used.</summary>
    public void Release() => Interlocked.Decrement(ref inFlight);

    /// <summary>
    /// Runs <paramref name="renew"/> on a fresh scope's <see cref="VillageInboxService"/>, apart from the caller's request
    /// (none of its ambient state flows: its timing, its activity, its cancellation), in the place reserved by
    /// <see cref="TryReserve"/>, which it gives back when done. A failure is logged: the entry stays as it was and is read
    /// again at MaxAge.
    /// </summary>
    public void Run(Func<VillageInboxService, CancellationToken, Task> renew)
    {
        Task task;
        using (ExecutionContext.SuppressFlow())
        {
            task = Task.Run(async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await renew(scope.ServiceProvider.GetRequiredService<VillageInboxService>(), lifetime.ApplicationStopping);
                    Hosting.PlatformMetrics.InboxRenewedBehind();
                }
                catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    // Shutting down: the entry is dropped with the process.
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "A cached village inbox due for renewal could not be read again; it is read at its backstop instead");
                }
                finally
                {
                    Release();
                }
            });
        }
        running.TryAdd(task, 0);
        task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Waits for the renewals running now (tests, the benchmarks).</summary>
    internal Task DrainAsync() => Task.WhenAll(running.Keys);
}

using System.Collections.Concurrent;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// The parsed state of instances this host committed last, by instance id and version, so that the next command on an
/// instance skips parsing its state JSON. A command takes the entry (it mutates the state) and puts the new state back
/// only after its commit succeeded; a version that moved on (another node committed) is simply not found.
/// </summary>
/// <remarks>
/// Bounded by keeping the most recent commits: entries go into the current of two generations, and once
/// half the capacity was put into it, it becomes the older generation and the one before is dropped. The earlier bound
/// kept the first entries instead (when full, new ones were not kept until a command took one): most commits leave an
/// instance waiting for days (a task for a person), so after the first 10,000 such commits the cache stayed full of
/// them and every later command parsed its state again — every completion of the durability load after its first
/// 10,000 instances (the engine-cost harness). A generation swap needs no scan and no per-entry bookkeeping.
/// </remarks>
public sealed class InstanceStateCache(int capacity = 10_000)
{
    private readonly int generationSize = Math.Max(1, capacity / 2);
    private readonly Lock turn = new();
    private ConcurrentDictionary<Guid, (long Version, object State)> current = new();
    private ConcurrentDictionary<Guid, (long Version, object State)> previous = new();

    // Puts into the current generation (an upper bound of its entries: a put may replace one).
    private int put;

    internal InstanceState? Take(Guid instanceId, long version)
    {
        var found = Volatile.Read(ref current).TryRemove(instanceId, out var entry);
        // An older entry of the same instance may sit in the older generation: take it too, so it cannot match later.
        if (Volatile.Read(ref previous).TryRemove(instanceId, out var older) && !found)
        {
            (found, entry) = (true, older);
        }

        return found && entry.Version == version ? (InstanceState)entry.State : null;
    }

    internal void Put(Guid instanceId, long version, InstanceState state)
    {
        var generation = Volatile.Read(ref current);
        generation[instanceId] = (version, state);
        if (Interlocked.Increment(ref put) < generationSize) return;
        lock (turn)
        {
            if (!ReferenceEquals(generation, current)) return;
            previous = current;
            current = new ConcurrentDictionary<Guid, (long Version, object State)>();
            put = 0;
        }
    }
}

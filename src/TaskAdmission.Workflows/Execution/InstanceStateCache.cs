using System.Collections.Concurrent;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// The parsed state of instances this host committed last, by instance id and version, so that the next command on an
/// instance skips parsing its state JSON. A command takes the entry (it mutates the state) and puts the new state back
/// only after its commit succeeded; a version that moved on (another node committed) is simply not found. Bounded:
/// when full, new entries are not kept until the next command takes one.
/// </summary>
public sealed class InstanceStateCache(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<Guid, (long Version, object State)> entries = new();

    internal InstanceState? Take(Guid instanceId, long version) =>
        entries.TryRemove(instanceId, out var entry) && entry.Version == version ? (InstanceState)entry.State : null;

    internal void Put(Guid instanceId, long version, InstanceState state)
    {
        if (entries.Count < capacity) entries[instanceId] = (version, state);
    }
}

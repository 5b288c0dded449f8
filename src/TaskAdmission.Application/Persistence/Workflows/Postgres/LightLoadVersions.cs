using System.Collections.Concurrent;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// Instance versions this process committed with no active message subscription and no open incident, keyed by the
/// instance id and by the id of each task still open at that version: the next command on that instance (or task) can
/// then load it with the light statement, which reads neither table (<see cref="PostgresWorkflowReader"/>).
/// </summary>
/// <remarks>
/// Why: each bookmark sub-select of the full load costs the server about a sixth of the load (its plan nodes are set up
/// on every execution, rows found or not; docs/benchmarks.md, session 12), and subscriptions and incidents are rare.
/// Why it is safe: the light load reads the instance's version, and only that exact version is trusted — subscriptions
/// and incidents are written only by commands on their own instance, which move its version. (Timers are not: a called
/// instance's end writes its caller's resume timer; so every load reads the timers.) Another node's commit, or a
/// version this process never saw, reads a different version and the store falls back to the full load. Only commits
/// known durable are noted: the store's own transaction or implicit batch, never a caller's transaction (which may still
/// roll back and leave the version number to another command). Keys are random UUIDs, so one set serves every database
/// of the process (tests run many).
/// </remarks>
internal static class LightLoadVersions
{
    // Bounded: a key is removed when its load uses it, and the whole set is dropped once it grows past this (a host with
    // more instances waiting than this just loads some of them the full way).
    private const int Capacity = 100_000;

    private static readonly ConcurrentDictionary<Guid, long> Versions = new();

    /// <summary>The version at which this process committed <paramref name="key"/>'s instance without subscriptions and incidents, if any; forgets it.</summary>
    public static bool TryTake(Guid key, out long version) => Versions.TryRemove(key, out version);

    /// <summary>
    /// Notes the instance of a durable commit of <paramref name="changes"/> when it has no live subscription or incident after it;
    /// <paramref name="loaded"/> is the load the command started from (null: unknown, nothing is noted unless the instance is new).
    /// </summary>
    public static void Note(WorkflowChangeSet changes, LoadedGraph? loaded)
    {
        if ((changes.ExpectedVersion != 0 && (loaded is null || loaded.Instance.Version != changes.ExpectedVersion)) || !NoneLive(changes, loaded))
        {
            // Not noted: forget what was noted for this instance and its tasks before, so an older note can never match
            // a version number the instance reaches again with another history (a database restored or failed over
            // under the running app).
            Forget(changes, loaded);
            return;
        }
        // Counting a ConcurrentDictionary takes every lock: look only every 1,024th note.
        if ((Interlocked.Increment(ref notes) & 1023) == 0 && Versions.Count > Capacity) Versions.Clear();

        var version = changes.Instance.Version;
        Versions[changes.Instance.Id] = version;
        foreach (var task in changes.Tasks)
        {
            if (task.Status == UserTaskStatus.Open) Versions[task.Id] = version;
        }

        if (loaded is null) return;
        foreach (var task in loaded.Tasks)
        {
            if (task.Status == UserTaskStatus.Open && !Changed(changes.Tasks, task.Id)) Versions[task.Id] = version;
        }
    }

    private static int notes;

    private static void Forget(WorkflowChangeSet changes, LoadedGraph? loaded)
    {
        Versions.TryRemove(changes.Instance.Id, out _);
        foreach (var task in changes.Tasks) Versions.TryRemove(task.Id, out _);
        if (loaded is null) return;
        foreach (var task in loaded.Tasks) Versions.TryRemove(task.Id, out _);
    }

    /// <summary>Whether no subscription or incident is live once the change set is written (loops: every commit runs this).</summary>
    private static bool NoneLive(WorkflowChangeSet changes, LoadedGraph? loaded)
    {
        foreach (var subscription in changes.Subscriptions)
        {
            if (subscription.Status == SubscriptionStatus.Active) return false;
        }

        foreach (var incident in changes.Incidents)
        {
            if (incident.Status == IncidentStatus.Open) return false;
        }

        if (loaded is null) return !changes.Instance.HasOpenIncidents;
        // Every one live at the load must be closed by this change set (a closing record is in it).
        foreach (var subscription in loaded.Subscriptions)
        {
            if (!Changed(changes.Subscriptions, subscription.Id)) return false;
        }

        foreach (var incident in loaded.Incidents)
        {
            if (!Changed(changes.Incidents, incident.Id)) return false;
        }

        return !changes.Instance.HasOpenIncidents;
    }

    private static bool Changed(IReadOnlyList<UserTaskRecord> rows, Guid id)
    {
        foreach (var row in rows) if (row.Id == id) return true;
        return false;
    }

    private static bool Changed(IReadOnlyList<MessageSubscriptionRecord> rows, Guid id)
    {
        foreach (var row in rows) if (row.Id == id) return true;
        return false;
    }

    private static bool Changed(IReadOnlyList<IncidentRecord> rows, Guid id)
    {
        foreach (var row in rows) if (row.Id == id) return true;
        return false;
    }
}

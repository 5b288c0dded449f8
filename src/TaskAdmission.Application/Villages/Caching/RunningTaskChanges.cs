namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Which admitted tasks changed, in the order the changes became known to this process (the listener's 'tasks:'
/// notifications from every node, this process's own commits at once, 'tasks' or a restart of the notification path
/// for "any of them"), for the pre-check's <see cref="Admission.RunningTaskIndex"/>. Each change gets the next
/// <see cref="Sequence"/> number; a copy of the running tasks read after the sequence was n reflects every change up
/// to n, so it must re-read just the tasks changed after n (<see cref="Since"/>) — or every task, when "any" came after n.
/// </summary>
/// <remarks>
/// Why per task and not one marker like the other read caches: under a Monday morning's write stream a township
/// decision arrives every ~2 s, and reloading every running task (20 city-wide tasks × 10,000 villages and hundreds
/// of township tasks) after each would cost more than the statement it replaces.
/// </remarks>
public sealed class RunningTaskChanges
{
    /// <summary>More pending ids than this (nobody reads the index, a bulk change) count as "any task changed".</summary>
    private const int MaxPending = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, long> changed = [];
    private long sequence;
    private long anyChangedAt;

    /// <summary>The number of the last change known (0 before any).</summary>
    public long Sequence => Volatile.Read(ref sequence);

    /// <summary>These tasks changed (a commit of this process, or another node's through the listener).</summary>
    public void Changed(IEnumerable<Guid> ids)
    {
        lock (gate)
        {
            var next = sequence + 1;
            var any = false;
            foreach (var id in ids)
            {
                if (changed.Count >= MaxPending)
                {
                    AnyLocked();
                    return;
                }
                changed[id] = next;
                any = true;
            }
            if (any)
            {
                Volatile.Write(ref sequence, next);
            }
        }
    }

    /// <summary>Any task may have changed (a TRUNCATE, a bulk change, notifications possibly missed).</summary>
    public void ChangedAny()
    {
        lock (gate)
        {
            AnyLocked();
        }
    }

    private void AnyLocked()
    {
        var next = sequence + 1;
        anyChangedAt = next;
        changed.Clear();
        Volatile.Write(ref sequence, next);
    }

    /// <summary>
    /// The current sequence number and the tasks changed after <paramref name="since"/>, or null ids when any task may
    /// have changed since then. Read it before reading the tasks: a change recorded later is found by the next call.
    /// </summary>
    public (long Sequence, List<Guid>? Ids) Since(long since)
    {
        lock (gate)
        {
            if (anyChangedAt > since)
            {
                return (sequence, null);
            }
            var ids = new List<Guid>();
            foreach (var (id, at) in changed)
            {
                if (at > since)
                {
                    ids.Add(id);
                }
            }
            return (sequence, ids);
        }
    }

    /// <summary>The index holds every change up to <paramref name="upTo"/>: those entries are no longer needed.</summary>
    public void Forget(long upTo)
    {
        lock (gate)
        {
            if (changed.Count == 0)
            {
                return;
            }
            List<Guid>? read = null;
            foreach (var (id, at) in changed)
            {
                if (at <= upTo)
                {
                    (read ??= []).Add(id);
                }
            }
            foreach (var id in read ?? [])
            {
                changed.Remove(id);
            }
        }
    }
}

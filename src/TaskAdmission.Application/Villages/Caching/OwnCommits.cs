using System.Collections.Concurrent;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// The villages a commit of this process evicts (<see cref="CommitHooks"/>, right after it), by that transaction's id
/// (<c>xid8</c>), until the transaction's notifications have come back: the listener does not evict those villages a
/// second time (<see cref="VillageInboxListener"/>). Each notification of a village list names the transaction that
/// wrote it (migration InboxNotifyTransaction); the id is asked, and recorded here, as the transaction commits — before
/// its COMMIT is sent (<see cref="VillageInboxWriteInterceptor"/>), so its notifications, which come only once it has
/// committed, always find the record, whether they are applied before its eviction, during it or after it.
/// </summary>
/// <remarks>
/// Why skipping is exact: a village in the set is evicted by this process after the transaction committed — by its
/// commit hook once the commit is reported, or, when the commit is reported failed (the server may have committed all
/// the same), after this record is forgotten — so no read that began before that eviction can keep its rows (its
/// ticket is refused, or its entry removed), and a read that began after it shows the commit: the notification's
/// eviction would only drop an entry that eviction drops anyway, or a current one. A village the notification names
/// and the set does not (a raw SQL statement in the same transaction, say) is evicted as before, and so is every
/// village of a notification whose transaction is unknown here: another node's, or one without the hooks. Forgetting a
/// record early is therefore always safe: the listener forgets one as soon as a notification of another transaction
/// follows its own (PostgreSQL delivers a transaction's notifications together, in commit order), and
/// <see cref="Prune"/> forgets those whose notifications never came (a transaction rolled back at its COMMIT).
/// Until session 29 a record was made only once the eviction had run: under the Monday write stream the listener
/// applied nearly every notification of this process's own commits before that (3,142 "notified" removals in a
/// 60 s morning, all of them its own decisions' and dispatch chunks'), and each removed what the commit's eviction was
/// about to remove: a read between the two paid a second miss.
/// </remarks>
internal sealed class OwnCommits
{
    private readonly ConcurrentDictionary<ulong, Evicted> evicted = new();

    /// <summary>The commit of <paramref name="transaction"/>, about to be sent, evicts <paramref name="villages"/> (no longer changed) once it is reported.</summary>
    public void Record(ulong transaction, HashSet<string> villages) => evicted[transaction] = new Evicted(villages, Environment.TickCount64);

    /// <summary>What the commit of <paramref name="transaction"/> evicted, or null when that is not known (yet).</summary>
    public Evicted? Of(ulong transaction) => evicted.TryGetValue(transaction, out var done) ? done : null;

    /// <summary>The notifications of <paramref name="transaction"/> have all been applied.</summary>
    public void Applied(ulong transaction) => evicted.TryRemove(transaction, out _);

    /// <summary>Forgets the records older than <paramref name="age"/>: their notifications, if any, came long ago.</summary>
    public void Prune(TimeSpan age)
    {
        var before = Environment.TickCount64 - (long)age.TotalMilliseconds;
        foreach (var (transaction, done) in evicted)
        {
            if (done.At < before)
            {
                evicted.TryRemove(KeyValuePair.Create(transaction, done));
            }
        }
    }

    /// <summary>The villages one commit evicted; <see cref="VillageInboxCache.All"/> or the org marker among them evicted every one.</summary>
    public sealed class Evicted(HashSet<string> villages, long at)
    {
        private readonly bool all = villages.Contains(VillageInboxCache.All) || villages.Contains(VillageInboxCache.OrgChanged);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = villages.GetAlternateLookup<ReadOnlySpan<char>>();

        public long At { get; } = at;

        public bool Covers(ReadOnlySpan<char> village) => all || lookup.Contains(village);
    }
}

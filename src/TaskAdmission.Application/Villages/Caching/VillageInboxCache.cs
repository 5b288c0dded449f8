using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Each village's open inbox, held in memory only while the database tells this process about every change to what
/// the inbox shows (<see cref="VillageInboxListener"/>: PostgreSQL triggers → NOTIFY → LISTEN). It fails closed: while
/// the listener is not connected, or has not proved its connection recently, nothing is read from or stored in it.
/// </summary>
/// <remarks>
/// A read that misses takes a <see cref="Ticket"/> before it queries and stores its result only if no eviction of that
/// village (or of everything) happened meanwhile, so a result read before a change can never outlive the change's
/// notification. Writes made by this process evict right after their commit (<see cref="AfterCommit"/>,
/// <see cref="VillageInboxWriteInterceptor"/>, both through <see cref="CommitHooks"/>), so a village sees its own
/// acknowledgement at once.
/// </remarks>
public sealed class VillageInboxCache(IOptions<VillageOptions> options, CommitHooks hooks)
{
    private const int Stripes = 1024;
    /// <summary>
    /// Backstop: an entry is served at most this long after it was read, whatever the notifications say, so even a
    /// failure the heartbeat cannot see (a change made with triggers bypassed) is bounded.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How much sooner than <see cref="MaxAge"/> an entry may reach it: each village by its own share of this span (a
    /// hash of its code), so entries kept in one burst do not all reach the backstop in the same second.
    /// </summary>
    /// <remarks>
    /// Issue 20: after a wave of first reads (the Monday ramp's start, a morning's first logins), the entries kept in
    /// those seconds all expired 60 s later together — 2,719 of one 8-second step's 3,721 misses were the backstop, in a
    /// step where the others held about 300. Only ever sooner: MaxAge stays the bound on what is served.
    /// </remarks>
    public static readonly TimeSpan ExpirySpread = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long before its backstop an entry is due for renewal: still served to every reader, while one of them (the
    /// first to find it due with no read of the village in flight) reads the village again and keeps the fresh result.
    /// </summary>
    /// <remarks>
    /// Issue 20: a hot village's entry reaching <see cref="MaxAge"/> turned every reader of that second into a miss
    /// waiting on one read; under load those waits lined up behind each other (5,700–9,000 <c>max_age</c> misses in one
    /// failing step, most of them readers joining a read in flight). Renewed ahead, a village read at least once in this
    /// window never reaches the backstop: one reader pays a read, the others keep hitting. Nothing is served past MaxAge.
    /// </remarks>
    public static readonly TimeSpan RenewAhead = TimeSpan.FromSeconds(10);

    /// <summary>The village's share of <see cref="ExpirySpread"/>, in milliseconds: its entries are kept as if read that much earlier.</summary>
    internal static long SpreadOf(string village) => (uint)string.GetHashCode(village, StringComparison.Ordinal) % (long)ExpirySpread.TotalMilliseconds;

    private readonly ConcurrentDictionary<string, (OpenInbox Inbox, long StoredAt)> entries = new(StringComparer.Ordinal);
    private readonly long[] generations = new long[Stripes];
    private readonly Lock gate = new();
    private long epoch;
    private volatile bool connected;
    private long aliveUntil;

    /// <summary>Marker for "every village" in an eviction set.</summary>
    public const string All = "*";

    public bool Enabled => options.Value.InboxCacheEntries > 0;

    /// <summary>True while the listener is connected and has proved its connection within its heartbeat window.</summary>
    public bool IsLive => connected && Environment.TickCount64 < Volatile.Read(ref aliveUntil);

    public int Count => entries.Count;

    public bool TryGet(string village, out OpenInbox? inbox)
    {
        var hit = TryGetCore(village, out inbox, out _, out _);
        Hosting.PlatformMetrics.InboxLookup(hit, hit ? "" : MissCause(village));
        return hit;
    }

    /// <summary>The village's cached rendering <paramref name="key"/> (counted as a lookup: a hit only if it is kept).</summary>
    public bool TryGet(string village, string key, out object? rendering) => TryGet(village, key, out rendering, out _);

    /// <summary>
    /// The village's cached rendering <paramref name="key"/>, and when it is not kept the village's entry if it has one
    /// (renderings the wanted one may be derived from). Counted as a lookup: a hit only if the rendering is kept.
    /// </summary>
    public bool TryGet(string village, string key, out object? rendering, out OpenInbox? entry)
    {
        var hit = Lookup(village, key, true, out rendering, out entry, out var expired, out _);
        if (expired is not null)
        {
            Hosting.PlatformMetrics.InboxLookup(false, "max_age");
        }
        return hit;
    }

    /// <summary>
    /// <see cref="TryGet(string, string, out object?, out OpenInbox?)"/>, and an entry that reached <see cref="MaxAge"/>
    /// but may be revalidated (<see cref="Revalidates"/>, it has an <see cref="OpenInbox.Basis"/>) in
    /// <paramref name="expired"/>: not served, not removed, and its lookup not counted (the caller counts it as
    /// revalidated unchanged or changed). Counted only when <paramref name="count"/>, and a hit on an entry
    /// <paramref name="due"/> for renewal (<see cref="RenewAhead"/>) not at all: the caller counts it as a hit, or as a
    /// miss if it leads the renewal (<see cref="LeadRenewal"/>).
    /// </summary>
    internal bool Lookup(string village, string key, bool count, out object? rendering, out OpenInbox? entry, out OpenInbox? expired, out bool due)
    {
        rendering = TryGetCore(village, out entry, out expired, out due) ? entry!.Find(key) : null;
        due &= rendering is not null;
        if (count && expired is null && !due)
        {
            Hosting.PlatformMetrics.InboxLookup(rendering is not null, rendering is not null ? "" : entry is not null ? "rendering" : MissCause(village));
        }
        return rendering is not null;
    }

    /// <summary>
    /// The village's rendering <paramref name="key"/> if its entry keeps it (counted as a hit); false, counting nothing,
    /// otherwise — for a caller that then takes the full path, whose lookup counts the miss with its cause. False too for
    /// an entry due for renewal while no read of the village is in flight: the full path renews it (<see cref="LeadRenewal"/>).
    /// </summary>
    public bool TryHit(string village, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? rendering)
    {
        rendering = TryGetCore(village, out var entry, out _, out var due) ? entry!.Find(key) : null;
        if (rendering is null || (due && !flights.ContainsKey(village)))
        {
            rendering = null;
            return false;
        }
        Hosting.PlatformMetrics.InboxLookup(true, "");
        return true;
    }

    private bool TryGetCore(string village, out OpenInbox? inbox, out OpenInbox? expired, out bool due)
    {
        inbox = null;
        expired = null;
        due = false;
        if (!IsLive || !entries.TryGetValue(village, out var entry)) return false;
        var age = Environment.TickCount64 - entry.StoredAt;
        if (age >= (long)MaxAge.TotalMilliseconds)
        {
            if (Revalidates && entry.Inbox.Basis is not null)
            {
                // Kept for a check of what it rests on (issue 20: most of the backstop's misses find nothing changed).
                expired = entry.Inbox;
            }
            else if (entries.TryRemove(KeyValuePair.Create(village, entry)))
            {
                Gone(village, Cause.MaxAge);
            }
            return false;
        }

        inbox = entry.Inbox;
        due = age >= (long)(MaxAge - RenewAhead).TotalMilliseconds;
        return true;
    }

    /// <summary>
    /// A flight this reader leads to renew the village's entry, found due (<see cref="RenewAhead"/>) under
    /// <paramref name="ticket"/>; null when a read of the village is already in flight (it will keep a fresh entry, and
    /// this reader is served the one kept) or the cache is not live. The renewal is read, kept with
    /// <see cref="Store"/>'s <c>replace</c> (or renewed unchanged, <see cref="Renew"/>) and landed like any flight:
    /// readers that miss meanwhile join it under the ticket rule.
    /// </summary>
    internal Flight? LeadRenewal(Ticket ticket)
    {
        if (!ticket.Live)
        {
            return null;
        }
        var mine = new Flight(ticket);
        return flights.TryAdd(ticket.Village, mine) ? mine : null;
    }

    /// <summary>
    /// Whether an entry that reached <see cref="MaxAge"/> is checked against its <see cref="OpenInbox.Basis"/> instead
    /// of read again in full (<c>Villages:InboxRevalidate</c>).
    /// </summary>
    public bool Revalidates => options.Value.InboxRevalidate;

    /// <summary>
    /// Serves <paramref name="expired"/> again, until <see cref="MaxAge"/> after <paramref name="readAt"/>, if it is still
    /// the village's entry and nothing evicted the village (or everything) since <paramref name="ticket"/> was taken —
    /// the rule of <see cref="Store"/>: the check that found it unchanged ran after the ticket.
    /// </summary>
    internal bool Renew(Ticket ticket, OpenInbox expired, long readAt)
    {
        if (!ticket.Live)
        {
            return false;
        }
        lock (gate)
        {
            if (!IsLive || epoch != ticket.Epoch || generations[Stripe(ticket.Village)] != ticket.Generation
                || !entries.TryGetValue(ticket.Village, out var entry) || !ReferenceEquals(entry.Inbox, expired))
            {
                return false;
            }
            entries[ticket.Village] = (expired, Math.Min(readAt, Environment.TickCount64) - SpreadOf(ticket.Village));
            return true;
        }
    }

    private long revalidatedUnchanged;
    private long revalidatedChanged;

    /// <summary>
    /// A lookup that found the village's entry expired and had it revalidated: unchanged (renewed, no read) or changed
    /// (read again in full). Counted on /metrics as a miss of cause <c>revalidated_unchanged</c> / <c>revalidated_changed</c>.
    /// </summary>
    internal void Revalidated(bool unchanged)
    {
        Interlocked.Increment(ref unchanged ? ref revalidatedUnchanged : ref revalidatedChanged);
        Hosting.PlatformMetrics.InboxLookup(false, unchanged ? "revalidated_unchanged" : "revalidated_changed");
    }

    /// <summary>This cache's revalidations so far (tests, the benchmarks).</summary>
    internal (long Unchanged, long Changed) Revalidations => (Volatile.Read(ref revalidatedUnchanged), Volatile.Read(ref revalidatedChanged));

    /// <summary>Makes the village's entry <paramref name="by"/> older, as if read that much earlier (tests, the benchmarks).</summary>
    internal void Backdate(string village, TimeSpan by)
    {
        lock (gate)
        {
            if (entries.TryGetValue(village, out var entry))
            {
                entries[village] = (entry.Inbox, entry.StoredAt - (long)by.TotalMilliseconds);
            }
        }
    }

    /// <summary>Taken before a read that missed; <see cref="Store"/> keeps the result only if nothing changed since.</summary>
    /// <remarks>
    /// Without the lock: a reader must never wait for an eviction (a dispatch chunk evicts 200 villages, a listener
    /// notification up to 500, and under the write stream readers queued behind them — issue 20). The epoch and the
    /// stripe's generation only grow, and an eviction moves them (a full fence) before it removes anything and only after
    /// the write it reports committed: a ticket that read the old value is refused by <see cref="Store"/>, and one that
    /// read the new value belongs to a read that started after the commit. The two need not be read together: either
    /// having moved by the time of the store refuses it.
    /// </remarks>
    public Ticket Begin(string village) =>
        new(village, IsLive, Volatile.Read(ref epoch), Volatile.Read(ref generations[Stripe(village)]));

    /// <summary>
    /// Keeps the renderings of <paramref name="inbox"/> for the ticket's village if nothing evicted it (or everything)
    /// since the ticket was taken: added to the village's entry if it has one (a rendering of the same key replaced).
    /// </summary>
    /// <remarks>
    /// An entry still in the cache has seen no eviction since the ticket of the read it came from (an eviction removes
    /// it), and this ticket has seen none since it was taken: both reads show every change whose eviction came before
    /// now, so their renderings may stand together. The entry is served until <see cref="MaxAge"/> after the older one.
    /// </remarks>
    /// <param name="readAt">When what it shows was read (<see cref="Environment.TickCount64"/>; now if not given): it is
    /// served until <see cref="MaxAge"/> after that, less the village's share of <see cref="ExpirySpread"/>.</param>
    /// <param name="replace">A renewal's full read (<see cref="LeadRenewal"/>): it replaces the village's entry instead of
    /// joining it, so the entry is served until MaxAge after this read, not after the older one's.</param>
    public void Store(Ticket ticket, OpenInbox inbox, long? readAt = null, bool replace = false)
    {
        if (!ticket.Live)
        {
            return;
        }
        lock (gate)
        {
            if (!IsLive || epoch != ticket.Epoch || generations[Stripe(ticket.Village)] != ticket.Generation)
            {
                return;
            }
            var now = Environment.TickCount64;
            var at = Math.Min(readAt ?? long.MaxValue, now) - SpreadOf(ticket.Village);
            if (!replace && entries.TryGetValue(ticket.Village, out var entry) && now - entry.StoredAt < (long)MaxAge.TotalMilliseconds)
            {
                inbox = entry.Inbox.With(inbox);
                at = Math.Min(at, entry.StoredAt);
            }
            else if (entries.Count >= options.Value.InboxCacheEntries && !entries.ContainsKey(ticket.Village))
            {
                ForgetAll(Cause.Cleared);
            }
            entries[ticket.Village] = (inbox, at);
            if (gone.TryRemove(ticket.Village, out _))
            {
                Interlocked.Decrement(ref goneCount);
            }
        }
    }

    /// <summary><see cref="Store(Ticket, OpenInbox, long?)"/> of one rendering.</summary>
    public void Store(Ticket ticket, string key, object rendering, long? readAt = null) => Store(ticket, OpenInbox.Of(key, rendering), readAt);

    private readonly ConcurrentDictionary<string, Flight> flights = new(StringComparer.Ordinal);

    /// <summary>
    /// One read of a village's open inbox in flight: the readers that missed while it runs await it instead of each
    /// running the same statement (issue 20: a hot village just evicted by a dispatch is read by many at once).
    /// </summary>
    public sealed class Flight(Ticket ticket)
    {
        public Ticket Ticket { get; } = ticket;

        internal TaskCompletionSource<InboxRead> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>What the leader read; fails when its read failed or was cancelled (the waiter then reads itself).</summary>
        public Task<InboxRead> Inbox => Result.Task;
    }

    /// <summary>
    /// For a read that missed with <paramref name="ticket"/>: either a read of the same village already in flight that
    /// began no earlier than any eviction this reader must see (<paramref name="lead"/> false: await it), or a new flight
    /// this reader leads (true: read, then <see cref="Land"/>). Null when the cache is not live: nothing is shared then.
    /// </summary>
    /// <remarks>
    /// The ticket rule, for waiters: a flight is joined only if its ticket's epoch and the village's stripe generation
    /// are at least the waiter's own, i.e. no eviction of the village (or of all) happened between the flight's
    /// <see cref="Begin"/> and the waiter's. Its statement runs after its Begin, so it shows every change whose eviction
    /// the waiter's ticket saw — what the waiter's own read would show, and what a cached copy of the flight's result
    /// would give it (<see cref="Store"/> keeps a result only under the same condition). A flight that an eviction
    /// outdated is replaced: later readers lead a new one, its own waiters still get it (they joined before the eviction).
    /// </remarks>
    public Flight? JoinOrLead(Ticket ticket, out bool lead)
    {
        lead = false;
        if (!ticket.Live)
        {
            return null;
        }
        while (true)
        {
            if (flights.TryGetValue(ticket.Village, out var current))
            {
                if (current.Ticket.Epoch >= ticket.Epoch && current.Ticket.Generation >= ticket.Generation && !current.Inbox.IsCompleted)
                {
                    return current;
                }
                var replacing = new Flight(ticket);
                if (flights.TryUpdate(ticket.Village, replacing, current))
                {
                    lead = true;
                    return replacing;
                }
                continue;
            }
            var mine = new Flight(ticket);
            if (flights.TryAdd(ticket.Village, mine))
            {
                lead = true;
                return mine;
            }
        }
    }

    /// <summary>Ends a flight this reader led: its waiters get <paramref name="inbox"/>, or read themselves when null.</summary>
    public void Land(Flight flight, InboxRead? inbox)
    {
        flights.TryRemove(KeyValuePair.Create(flight.Ticket.Village, flight));
        if (inbox is null)
        {
            flight.Result.TrySetCanceled();
        }
        else
        {
            flight.Result.TrySetResult(inbox);
        }
    }

    /// <summary>Flights in progress (tests).</summary>
    internal int FlightCount => flights.Count;

    /// <summary>The cached inbox without counting a lookup (the done list kept on it, tests, the benchmarks).</summary>
    internal bool TryPeek(string village, out OpenInbox? inbox) => TryGetCore(village, out inbox, out _, out _);

    /// <summary>Whether the village's entry is kept and due for renewal (tests).</summary>
    internal bool IsDue(string village) => TryGetCore(village, out _, out _, out var due) && due;

    /// <summary>Makes the village's entry exactly <paramref name="age"/> old (tests: into <see cref="RenewAhead"/>'s window).</summary>
    internal void AgeTo(string village, TimeSpan age)
    {
        lock (gate)
        {
            if (entries.TryGetValue(village, out var entry))
            {
                entries[village] = (entry.Inbox, Environment.TickCount64 - (long)age.TotalMilliseconds);
            }
        }
    }

    /// <summary>
    /// Forgets these villages' inboxes (<see cref="All"/> forgets every one); <see cref="OrgChanged"/>,
    /// <see cref="KeysChanged"/>, <see cref="ListsChanged"/> and <see cref="FieldsChanged"/> among them move that marker's
    /// <see cref="Generation"/> (the org tree also forgets every inbox); <see cref="TaskChanged"/> and
    /// <see cref="TasksChanged"/> are recorded in <see cref="Tasks"/>.
    /// </summary>
    /// <remarks>
    /// The gate is taken per village, not around the whole set: a reader's <see cref="Store"/> then waits at most for one
    /// village's eviction, not for a dispatch chunk's 200 or a notification's 500 (issue 20). Each village's generation
    /// moves and its entry goes under the gate, so a store racing it either sees the new generation or is removed.
    /// </remarks>
    public void Evict(IEnumerable<string> villages)
    {
        List<Guid>? tasks = null;
        foreach (var village in villages)
        {
            if (village.StartsWith(TaskPrefix, StringComparison.Ordinal))
            {
                (tasks ??= []).Add(Guid.Parse(village.AsSpan(TaskPrefix.Length)));
                continue;
            }
            switch (village)
            {
                case TasksChanged:
                    Tasks.ChangedAny();
                    break;
                case KeysChanged or ListsChanged or FieldsChanged or UsersChanged:
                    Signal(village);
                    break;
                case OrgChanged:
                    Signal(village);
                    EvictAll();
                    break;
                case All:
                    EvictAll();
                    break;
                default:
                    var stripe = Stripe(village);
                    lock (gate)
                    {
                        Interlocked.Increment(ref generations[stripe]);
                        if (entries.TryRemove(village, out _))
                        {
                            Gone(village, Cause.Evicted);
                        }
                    }
                    break;
            }
        }
        if (tasks is not null)
        {
            Tasks.Changed(tasks);
        }
    }

    /// <summary>
    /// <see cref="Evict"/> for a notification's comma-separated village codes, without a string per code: the listener
    /// receives one such list of up to 500 codes per dispatch chunk and township, on every node (issue 20's garbage).
    /// The villages <paramref name="evictedAtCommit"/> covers are left alone: the list is a commit's of this process,
    /// and its own eviction of them runs after that commit, or has run (<see cref="OwnCommits"/>).
    /// </summary>
    internal void EvictList(ReadOnlySpan<char> codes, OwnCommits.Evicted? evictedAtCommit = null)
    {
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in codes.Split(','))
        {
            var code = codes[range].Trim();
            if (code.IsEmpty || (evictedAtCommit is not null && code[0] != '#' && evictedAtCommit.Covers(code)))
            {
                continue;
            }
            if (code[0] == '#' || code is All)
            {
                Evict([code.ToString()]);
                continue;
            }
            var stripe = Stripe(code);
            lock (gate)
            {
                Interlocked.Increment(ref generations[stripe]);
                if (lookup.TryRemove(code, out var removed, out _))
                {
                    Gone(removed, Cause.Notified);
                }
            }
        }
    }

    /// <summary>
    /// Which admitted tasks changed, for the pre-check's running-task index: fed by <see cref="TaskChanged"/> markers
    /// (this process's commits) and the listener's 'tasks:' notifications; "any" when the notification path restarts.
    /// </summary>
    public RunningTaskChanges Tasks { get; } = new();

    /// <summary>Marker of a change to any admitted task (<see cref="Tasks"/>).</summary>
    public const string TasksChanged = "#tasks";

    private const string TaskPrefix = "#task:";

    /// <summary>Marker of a change to one submission as a running task sees it (status, end date, shown columns, demands, admitted villages).</summary>
    public static string TaskChanged(Guid submissionId) => TaskPrefix + submissionId.ToString("D");

    /// <summary>Marker of a change to org units or departments (the org tree, names on every card).</summary>
    public const string OrgChanged = "#org";

    /// <summary>Marker of a change to API keys (revoked, re-dated, deleted).</summary>
    public const string KeysChanged = "#keys";

    /// <summary>Marker of a change to list sets or their items (published, withdrawn, refined, re-dated).</summary>
    public const string ListsChanged = "#lists";

    /// <summary>Marker of a change to the data-field dictionary.</summary>
    public const string FieldsChanged = "#fields";

    /// <summary>Marker of a change to a user's security stamp (sign-out, lock, role or password change, deletion).</summary>
    public const string UsersChanged = "#users";

    private readonly long[] signals = new long[5];

    /// <summary>
    /// How often what a marker names changed, or the notification path restarted: a copy read while the generation was
    /// g, and stored only if it still was g afterwards, is current while <see cref="IsLive"/> and the generation is g.
    /// For the pre-check path's read caches, which share this cache's listener and liveness.
    /// </summary>
    public long Generation(string marker) => Volatile.Read(ref signals[SignalIndex(marker)]);

    /// <summary>What a marker names changed (the listener's 'org'/'keys' notifications, or a commit of this process).</summary>
    public void Signal(string marker) => Interlocked.Increment(ref signals[SignalIndex(marker)]);

    private static int SignalIndex(string marker) => marker switch
    {
        OrgChanged => 0,
        KeysChanged => 1,
        ListsChanged => 2,
        FieldsChanged => 3,
        UsersChanged => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, "not a change marker"),
    };

    /// <summary>Notifications may have been missed: every marker's copy is stale.</summary>
    private void SignalAll()
    {
        Signal(OrgChanged);
        Signal(KeysChanged);
        Signal(ListsChanged);
        Signal(FieldsChanged);
        Signal(UsersChanged);
        Tasks.ChangedAny();
    }

    public void EvictAll()
    {
        lock (gate)
        {
            ClearLocked();
        }
    }

    /// <summary>
    /// For set-based writes (COPY, ExecuteUpdate) of this process: evicts now when <paramref name="db"/> has no open
    /// transaction (the write is committed), otherwise when its transaction commits.
    /// </summary>
    public void AfterCommit(DbContext db, IEnumerable<string> villages)
    {
        if (db.Database.CurrentTransaction is null)
        {
            Evict(villages);
            return;
        }
        Defer(db, villages);
    }

    /// <summary>
    /// Evicts these villages when <paramref name="db"/>'s transaction commits (or its save, without one): the villages
    /// of every save and set-based write in one transaction are evicted together, once.
    /// </summary>
    internal void Defer(DbContext db, IEnumerable<string> villages) =>
        hooks.Gather(db, this, () => new Parked(), parked =>
        {
            parked.Villages.UnionWith(villages);
            parked.Plain?.UnionWith(villages);
        }, Committed);

    /// <summary>Whether a dispatch chunk's commit updates the cached inboxes of its villages (<c>Villages:InboxWriteThrough</c>).</summary>
    public bool WritesThrough => options.Value.InboxWriteThrough;

    /// <summary>
    /// When <paramref name="db"/>'s transaction commits, each of these villages' cached inboxes gets its new work in
    /// memory (<see cref="InboxWriteThrough"/>) instead of being evicted — unless it has no entry then (nothing is
    /// stored), or something else of the same transaction changed the village too (<see cref="Defer"/>: evicted), or the
    /// entry cannot be updated with certainty (evicted). Never when the transaction rolls back. Without a transaction the
    /// write is committed already: evicted now, as <see cref="AfterCommit"/>.
    /// </summary>
    internal void DeferThrough(DbContext db, IReadOnlyDictionary<string, InboxWriteThrough.Addition> additions)
    {
        if (db.Database.CurrentTransaction is null)
        {
            Evict(additions.Keys);
            return;
        }
        var transaction = db.Database.CurrentTransaction.TransactionId;
        hooks.Gather(db, this, () => new Parked(), parked =>
        {
            parked.ThroughTransaction = transaction;
            // From now on the villages of every other write of the transaction are told apart (Plain): those are evicted.
            parked.Plain ??= new HashSet<string>(parked.Villages, StringComparer.Ordinal);
            parked.Through ??= new Dictionary<string, InboxWriteThrough.Addition>(StringComparer.Ordinal);
            foreach (var (village, addition) in additions)
            {
                if (!parked.Through.TryAdd(village, addition))
                {
                    // Two additions for one village in one transaction: not built together, so evicted.
                    parked.Plain.Add(village);
                }
                parked.Villages.Add(village);
            }
        }, Committed);
    }

    /// <summary>What <paramref name="db"/>'s transaction will evict when it commits, or null if nothing.</summary>
    internal Parked? ParkedOn(DbContext db) => hooks.Gathered<Parked>(db, this);

    /// <summary>
    /// The villages a transaction of this process evicts at its commit, and the transaction's id when it was asked as
    /// it committed (<see cref="VillageInboxWriteInterceptor"/>): its notifications name it, and the listener then does
    /// not evict these villages again (<see cref="Own"/>).
    /// </summary>
    internal sealed class Parked
    {
        public HashSet<string> Villages { get; } = new(StringComparer.Ordinal);

        public ulong? Transaction { get; set; }

        /// <summary>The villages whose cached inbox the commit updates instead of evicting (<see cref="DeferThrough"/>), or null.</summary>
        public Dictionary<string, InboxWriteThrough.Addition>? Through { get; set; }

        /// <summary>
        /// The transaction (EF's id) <see cref="Through"/> was gathered in, and the one whose commit is being sent
        /// (<see cref="VillageInboxWriteInterceptor"/>): the additions are applied only at the commit of their own
        /// transaction — hooks a failed one left on a pooled context run at its next commit, and must then only evict.
        /// </summary>
        public Guid? ThroughTransaction { get; set; }

        /// <inheritdoc cref="ThroughTransaction"/>
        public Guid? CommittingTransaction { get; set; }

        /// <summary>Once <see cref="Through"/> is set: the villages other writes of the transaction evict (those are not updated).</summary>
        public HashSet<string>? Plain { get; set; }
    }

    /// <summary>
    /// Its transaction's id, if asked, was recorded as it committed (<see cref="VillageInboxWriteInterceptor"/>): the
    /// listener leaves these villages to this eviction, which runs once the commit is reported, whenever the
    /// transaction's notifications come — before it, during it or after it.
    /// </summary>
    private void Committed(Parked parked)
    {
        if (parked.Through is not { } through || parked.ThroughTransaction is not { } mine || parked.CommittingTransaction != mine)
        {
            Evict(parked.Villages);
            return;
        }
        Evict(parked.Villages.Where(v => !through.ContainsKey(v) || parked.Plain!.Contains(v)));
        foreach (var (village, addition) in through)
        {
            if (parked.Plain!.Contains(village))
            {
                Counted("other_write");
                continue;
            }
            WriteThrough(village, addition);
        }
    }

    /// <summary>
    /// A dispatch of this process committed <paramref name="addition"/> for <paramref name="village"/>: its entry, if it
    /// has one, is updated in memory under the ticket rule — only if it is still the entry this update was built on and
    /// neither the village's stripe, nor the epoch, nor the org marker moved since the ticket taken before it was looked
    /// up — else removed. Either way the stripe's generation moves, as an eviction moves it: a read that began before the
    /// commit cannot store what it read. The entry keeps its age, or the decision verdict's if that is older.
    /// </summary>
    private void WriteThrough(string village, InboxWriteThrough.Addition addition)
    {
        var ticket = Begin(village);
        var stripe = Stripe(village);
        if (!TryGetCore(village, out var entry, out _, out _))
        {
            lock (gate)
            {
                Interlocked.Increment(ref generations[stripe]);
                if (entries.TryRemove(village, out _))
                {
                    Gone(village, Cause.Evicted);
                }
            }
            return;
        }
        var reason = addition.Missing;
        var updated = addition.View is { } view ? InboxWriteThrough.With(entry!, view, out reason) : null;
        lock (gate)
        {
            var unchanged = ticket.Live && IsLive && epoch == ticket.Epoch && generations[stripe] == ticket.Generation
                && Generation(OrgChanged) == addition.OrgGeneration;
            Interlocked.Increment(ref generations[stripe]);
            if (updated is not null && unchanged && entries.TryGetValue(village, out var current) && ReferenceEquals(current.Inbox, entry))
            {
                entries[village] = (updated, Math.Min(current.StoredAt, addition.JudgedAt - SpreadOf(village)));
                Counted(null);
                return;
            }
            if (entries.TryRemove(village, out _))
            {
                Gone(village, Cause.Evicted);
            }
        }
        Counted(reason ?? "raced");
    }

    private long writtenThrough;
    private long writeThroughEvicted;

    private void Counted(string? reason)
    {
        Interlocked.Increment(ref reason is null ? ref writtenThrough : ref writeThroughEvicted);
        Hosting.PlatformMetrics.InboxWriteThrough(reason);
    }

    /// <summary>Entries a dispatch's commit updated in memory, and those it evicted instead (tests, the benchmarks).</summary>
    internal (long Updated, long Evicted) WriteThroughs => (Volatile.Read(ref writtenThrough), Volatile.Read(ref writeThroughEvicted));

    /// <summary>What this process's own commits have evicted already, for the listener (a write evicts once).</summary>
    internal OwnCommits Own { get; } = new();

    /// <summary>The listener is listening: start afresh (notifications may have been missed before).</summary>
    internal void Connected(TimeSpan aliveFor)
    {
        lock (gate)
        {
            ClearLocked();
            SignalAll();
            Volatile.Write(ref aliveUntil, Environment.TickCount64 + (long)aliveFor.TotalMilliseconds);
            connected = true;
        }
    }

    /// <summary>The listener proved its connection; if it had been silent too long, what was cached is dropped.</summary>
    internal void Alive(TimeSpan aliveFor)
    {
        if (Environment.TickCount64 >= Volatile.Read(ref aliveUntil))
        {
            EvictAll();
            SignalAll();
        }
        Volatile.Write(ref aliveUntil, Environment.TickCount64 + (long)aliveFor.TotalMilliseconds);
    }

    internal void Disconnected()
    {
        lock (gate)
        {
            connected = false;
            ClearLocked();
            SignalAll();
        }
    }

    private void ClearLocked()
    {
        Interlocked.Increment(ref epoch);
        ForgetAll(Cause.Cleared);
    }

    /// <summary>
    /// Why each village that had an entry has none now, until it has one again: the cause of its next miss on /metrics
    /// (issue 20: which misses a change the village sees made, and which were waste). Bounded like the entries.
    /// </summary>
    private readonly ConcurrentDictionary<string, Cause> gone = new(StringComparer.Ordinal);

    /// <summary>Why a village had no entry: removed by this process's own commit (or a caller's eviction), by another's
    /// notification, by a clear of every entry (org change, capacity, the listener's reconnect), by its age.</summary>
    private enum Cause : byte { Evicted, Notified, Cleared, MaxAge }

    private int goneCount;

    private void Gone(string village, Cause cause)
    {
        if (!gone.TryAdd(village, cause))
        {
            gone[village] = cause;
        }
        else if (Interlocked.Increment(ref goneCount) > options.Value.InboxCacheEntries)
        {
            // A diagnostic, not a guarantee: past the bound start again (those villages' next misses say "cold").
            gone.Clear();
            Volatile.Write(ref goneCount, 0);
        }
    }

    /// <summary>Removes every entry, each remembered as gone for <paramref name="cause"/> (under the gate).</summary>
    private void ForgetAll(Cause cause)
    {
        foreach (var village in entries.Keys)
        {
            Gone(village, cause);
        }
        entries.Clear();
    }

    internal string MissCause(string village) =>
        !IsLive ? "not_live"
        : gone.TryGetValue(village, out var cause) ? cause switch
        {
            Cause.Evicted => "evicted",
            Cause.Notified => "notified",
            Cause.Cleared => "cleared",
            _ => "max_age",
        }
        : "cold";

    private static int Stripe(ReadOnlySpan<char> village) => (int)((uint)string.GetHashCode(village) % Stripes);

    /// <summary>What a read saw of the cache's state before it queried the database.</summary>
    public readonly record struct Ticket(string Village, bool Live, long Epoch, long Generation);
}

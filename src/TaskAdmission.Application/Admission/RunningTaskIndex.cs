using System.Data;
using System.Numerics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// The admitted tasks still running and the villages each is admitted in, held by this process so a pre-check finds the
/// running tasks that reach its 500–1,000 target villages without the running-task statement (which cost ≈2.4 ms of
/// PostgreSQL CPU and ≈0.9 ms of the app's per pre-check: a 750-element <c>= ANY(@codes)</c> planned twice per call).
/// It answers exactly what the statement answers, while it can prove it is current; otherwise the caller runs the
/// statement (<see cref="FindAsync"/> returns null).
/// </summary>
/// <remarks>
/// <para>Kept current per task, not as a whole: every change to what a pre-check sees of a task (its status, end date,
/// number, department, title, collected fields, demand kinds, admitted villages) is signalled with the submission's id —
/// by PostgreSQL's triggers on any node (migration RunningTaskSignals: 'tasks:' notifications through
/// <see cref="VillageInboxListener"/>) and by this process's own commits at once (<see cref="VillageInboxWriteInterceptor"/>,
/// the set-based admission UPDATE) — into <see cref="VillageInboxCache.Tasks"/>. The copy held is current through a
/// sequence number n of those signals; a pre-check that finds later signals first re-reads just those tasks (one
/// admission at 1,000 villages: two small statements), and everything when "any task" was signalled after n (a
/// TRUNCATE, a restart of the notification path).</para>
/// <para>Fails closed like <see cref="SignalledValue{T}"/>: on SQLite, inside a transaction (which may see its own
/// uncommitted change), or while the listener is not proved live (<see cref="VillageInboxCache.IsLive"/>), the caller
/// runs the statement. The whole copy is read again at least every <see cref="MaxAge"/>, bounding what a failure the
/// heartbeat cannot see (a change with the triggers bypassed) could leave stale. Only tasks ending on or after
/// <see cref="HorizonDays"/> days before today are held (admitted tasks keep their status after they end); a pre-check
/// of a task starting earlier runs the statement.</para>
/// <para>Villages are bit sets over ordinals this index gives the village codes it meets, so "does this task reach any
/// of these 750 villages" is an AND of 157 words per task at 10,000 villages, and the count of shared villages a
/// pop-count of the same words.</para>
/// </remarks>
public sealed class RunningTaskIndex(VillageInboxCache feed, ChinaClock clock)
{
    /// <summary>The backstop: the whole copy is read again at least this often, whatever the signals say.</summary>
    public static readonly TimeSpan MaxAge = VillageInboxCache.MaxAge;

    /// <summary>Tasks that ended more than this many days ago are not held.</summary>
    public const int HorizonDays = 7;

    /// <summary>More changed tasks than this at once are read as a whole copy instead of one by one.</summary>
    private const int MaxIncremental = 200;

    internal static readonly SubmissionStatus[] ActiveStatuses =
        [SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.SpecialAdmitted, SubmissionStatus.EmergencyAdmitted];

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? held;

    /// <summary>Off: every pre-check runs the statement (benchmarks' same-run comparison).</summary>
    public bool Off { get; set; }

    /// <summary>Whole copies read (the first, the backstop, after "any task changed").</summary>
    public long FullLoads => Interlocked.Read(ref fullLoads);

    /// <summary>Re-reads of the tasks changed since the copy was read.</summary>
    public long Refreshes => Interlocked.Read(ref refreshes);

    private long fullLoads;
    private long refreshes;

    /// <summary>A running task as a pre-check shows it, and the villages it is admitted in.</summary>
    public sealed record RunningTask(Guid Id, string Number, string DepartmentCode, string Title, IReadOnlyList<string> CollectedFields, DemandKind Kinds, DateOnly EndDate)
    {
        /// <summary>Bit i set: admitted in the village of ordinal i.</summary>
        internal ulong[] Villages { get; init; } = [];
    }

    /// <summary>A running task reaching some of the targets: one of them it reaches, and how many.</summary>
    public readonly record struct Match(RunningTask Task, string Village, int SharedVillages);

    /// <summary>
    /// The admitted tasks still running on or after <paramref name="startDate"/> in any of <paramref name="villages"/>,
    /// latest-ending first, at most <paramref name="limit"/> (without <paramref name="ignore"/>; only
    /// <paramref name="only"/> when given) — what the running-task statement reads — or null when the index cannot
    /// prove its copy current (the caller runs the statement).
    /// </summary>
    public async Task<IReadOnlyList<Match>?> FindAsync(
        AppDbContext db, IReadOnlyList<string> villages, DateOnly startDate, Guid? ignore, Guid? only, int limit, CancellationToken ct = default)
    {
        if (Off || !feed.IsLive || db.Database.CurrentTransaction is not null || startDate < Horizon() || !db.Database.IsNpgsql())
        {
            return null;
        }
        var snapshot = await CurrentAsync(db, ct);
        return snapshot is null || startDate < snapshot.Horizon ? null : snapshot.Find(villages, startDate, ignore, only, limit);
    }

    /// <summary>The tasks held now and how many villages each is admitted in (benchmarks, diagnostics).</summary>
    public IReadOnlyList<(Guid Id, int Villages)> Held() =>
        held is { } snapshot ? [.. snapshot.Tasks.Select(t => (t.Id, t.Villages.Sum(w => BitOperations.PopCount(w))))] : [];

    private DateOnly Horizon() => clock.Today.AddDays(-HorizonDays);

    private bool IsCurrent(Snapshot? snapshot) =>
        snapshot is not null && snapshot.Sequence == feed.Tasks.Sequence && !Expired(snapshot);

    private static bool Expired(Snapshot snapshot) => Environment.TickCount64 - snapshot.ReadAt >= (long)MaxAge.TotalMilliseconds;

    /// <summary>
    /// Read again ahead of the backstop: the first pre-check that finds the copy this old reads it whole while the others
    /// keep using it (it is still within <see cref="MaxAge"/>), so no pre-check runs the statement because of the backstop.
    /// </summary>
    private static readonly TimeSpan ReloadAhead = TimeSpan.FromSeconds(15);

    private static bool Ageing(Snapshot snapshot) => Environment.TickCount64 - snapshot.ReadAt >= (long)(MaxAge - ReloadAhead).TotalMilliseconds;

    /// <summary>
    /// The copy, brought up to date first when signals came after it. One refresh at a time: a re-read of a few tasks
    /// is waited for (it is quicker than the statement); a whole read needed now (the first, after "any task changed",
    /// or past the backstop) is not — the others run the statement meanwhile — and one due soon (<see cref="Ageing"/>)
    /// is made by one pre-check while the others keep using the copy.
    /// </summary>
    private async Task<Snapshot?> CurrentAsync(AppDbContext db, CancellationToken ct)
    {
        var snapshot = held;
        if (IsCurrent(snapshot))
        {
            if (!Ageing(snapshot!) || !await refreshing.WaitAsync(0, ct))
            {
                return snapshot;
            }
            try
            {
                if (held is var latest && !ReferenceEquals(latest, snapshot) && IsCurrent(latest) && !Ageing(latest!))
                {
                    return latest; // read meanwhile by another pre-check
                }
                // Nobody else is reading it: this pre-check reads the whole copy, ahead of the backstop.
                var sequence = feed.Tasks.Sequence;
                var next = await ReadAllAsync(db, sequence, ct);
                Interlocked.Increment(ref fullLoads);
                return Keep(next, sequence);
            }
            finally
            {
                refreshing.Release();
            }
        }
        var whole = snapshot is null || Expired(snapshot) || feed.Tasks.Since(snapshot.Sequence).Ids is not { Count: <= MaxIncremental };
        if (whole)
        {
            if (!await refreshing.WaitAsync(0, ct))
            {
                return null;
            }
        }
        else
        {
            await refreshing.WaitAsync(ct);
        }
        try
        {
            snapshot = held;
            if (IsCurrent(snapshot))
            {
                return snapshot;
            }
            // The sequence number is taken before the read: a change signalled during it is read again next time.
            var (sequence, ids) = snapshot is null || Expired(snapshot) ? (feed.Tasks.Sequence, null) : feed.Tasks.Since(snapshot.Sequence);
            Snapshot next;
            if (snapshot is null || ids is null || ids.Count > MaxIncremental || Expired(snapshot))
            {
                next = await ReadAllAsync(db, sequence, ct);
                Interlocked.Increment(ref fullLoads);
            }
            else
            {
                next = await ReadChangedAsync(db, snapshot, ids, sequence, ct);
                Interlocked.Increment(ref refreshes);
            }
            return Keep(next, sequence);
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>Keeps a copy read through change <paramref name="sequence"/>, unless the listener went down meanwhile.</summary>
    private Snapshot? Keep(Snapshot next, long sequence)
    {
        if (!feed.IsLive)
        {
            // Signals may have been missed while it read: nothing read now is kept (the restart signals "any").
            return null;
        }
        held = next;
        feed.Tasks.Forget(sequence);
        return next;
    }

    private sealed record Header(Guid Id, string Number, string DepartmentCode, string Title, List<string> CollectedFields, DateOnly EndDate, List<DemandKind> Kinds);

    /// <summary>Every running task since the horizon, in one repeatable-read snapshot (the headers and the villages agree).</summary>
    private async Task<Snapshot> ReadAllAsync(AppDbContext db, long sequence, CancellationToken ct)
    {
        var readAt = Environment.TickCount64;
        var horizon = Horizon();
        var ordinals = new VillageOrdinals();
        List<Header> headers;
        Dictionary<Guid, ulong[]> villages;
        await using (var tx = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct))
        {
            headers = await ReadHeadersAsync(db.Submissions.AsNoTracking().Where(s => ActiveStatuses.Contains(s.Status) && s.EndDate >= horizon), ct);
            villages = await ReadVillagesAsync(db, ordinals, headers.Select(h => h.Id).ToArray(), ct);
            await tx.CommitAsync(ct);
        }
        return new Snapshot(sequence, readAt, horizon, ordinals, Build(headers, villages, []));
    }

    /// <summary>The copy with <paramref name="ids"/> read again (gone when no longer running or no longer admitted anywhere).</summary>
    private async Task<Snapshot> ReadChangedAsync(AppDbContext db, Snapshot snapshot, List<Guid> ids, long sequence, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Snapshot(sequence, snapshot.ReadAt, snapshot.Horizon, snapshot.Ordinals, [.. snapshot.Tasks]);
        }
        // New village codes (an org import) get new ordinals on a copy: readers of the old copy keep theirs.
        var ordinals = new Lazy<VillageOrdinals>(snapshot.Ordinals.Copy);
        List<Header> headers;
        Dictionary<Guid, ulong[]> villages = [];
        await using (var tx = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct))
        {
            headers = await ReadHeadersAsync(db.Submissions.AsNoTracking()
                .Where(s => ids.Contains(s.Id) && ActiveStatuses.Contains(s.Status) && s.EndDate >= snapshot.Horizon), ct);
            if (headers.Count > 0)
            {
                villages = await ReadVillagesAsync(db, snapshot.Ordinals, headers.Select(h => h.Id).ToArray(), ct, ordinals);
            }
            await tx.CommitAsync(ct);
        }
        var changed = ids.ToHashSet();
        var kept = snapshot.Tasks.Where(t => !changed.Contains(t.Id)).ToList();
        return new Snapshot(sequence, snapshot.ReadAt, snapshot.Horizon, ordinals.IsValueCreated ? ordinals.Value : snapshot.Ordinals, Build(headers, villages, kept));
    }

    private static Task<List<Header>> ReadHeadersAsync(IQueryable<Submission> running, CancellationToken ct) =>
        running.AsSingleQuery()
            .Select(s => new Header(s.Id, s.Number, s.DepartmentCode, s.Title, s.CollectedFields, s.EndDate, s.Demands.Select(d => d.Kind).ToList()))
            .ToListAsync(ct);

    /// <summary>
    /// The admitted villages of these submissions as bit sets, read with the data reader in the caller's transaction:
    /// 400,000 rows on a Monday (20 city-wide tasks, 200 of two townships), so no entity or string per row — each code is
    /// looked up by its characters. A code not known yet gets an ordinal in <paramref name="grown"/> (a copy, when the
    /// ordinals are shared), else in <paramref name="ordinals"/>.
    /// </summary>
    private static async Task<Dictionary<Guid, ulong[]>> ReadVillagesAsync(
        AppDbContext db, VillageOrdinals ordinals, Guid[] ids, CancellationToken ct, Lazy<VillageOrdinals>? grown = null)
    {
        var bits = new Dictionary<Guid, ulong[]>(ids.Length);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The code as its UTF-8 bytes (bytea): read into a buffer, where Npgsql's text reading would make a string or a
        // decoder per row (21 MB for a whole copy).
        command.CommandText = """SELECT "SubmissionId", convert_to("VillageCode", 'UTF8') FROM submission_villages WHERE "Admitted" AND "SubmissionId" = ANY(@ids)""";
        command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid[]>("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(ct);
        // Codes are at most OrgUnit.CodeLength characters (the column's length), so at most 4 bytes each in UTF-8.
        var bytes = new byte[4 * OrgUnit.CodeLength];
        var chars = new char[4 * OrgUnit.CodeLength];
        var last = Guid.Empty;
        ulong[] set = [];
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            var length = (int)reader.GetBytes(1, 0, bytes, 0, bytes.Length);
            var code = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes.AsSpan(0, length), chars));
            if (!ordinals.TryGet(code, out var ordinal))
            {
                ordinal = (grown?.Value ?? ordinals).Of(code.ToString());
            }
            if (id != last)
            {
                if (last != Guid.Empty)
                {
                    bits[last] = set;
                }
                set = bits.GetValueOrDefault(id) ?? [];
                last = id;
            }
            if ((ordinal >> 6) >= set.Length)
            {
                // Grown to cover this ordinal (doubling): a set need only be as long as its highest village.
                Array.Resize(ref set, Math.Max((ordinal >> 6) + 1, set.Length * 2));
            }
            set[ordinal >> 6] |= 1UL << ordinal;
        }
        if (last != Guid.Empty)
        {
            bits[last] = set;
        }
        return bits;
    }

    private static List<RunningTask> Build(List<Header> headers, Dictionary<Guid, ulong[]> villages, List<RunningTask> kept)
    {
        foreach (var header in headers)
        {
            // A task admitted in no village reaches no target: the statement never returns it.
            if (!villages.TryGetValue(header.Id, out var bits))
            {
                continue;
            }
            kept.Add(new RunningTask(header.Id, header.Number, header.DepartmentCode, header.Title, header.CollectedFields,
                header.Kinds.Aggregate(DemandKind.None, (a, k) => a | k), header.EndDate) { Villages = bits });
        }
        return kept;
    }

    private sealed class VillageOrdinals
    {
        private readonly Dictionary<string, int> ordinals;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
        private readonly List<string> codes;

        public VillageOrdinals() : this(new Dictionary<string, int>(StringComparer.Ordinal), []) { }

        private VillageOrdinals(Dictionary<string, int> ordinals, List<string> codes)
        {
            this.ordinals = ordinals;
            this.codes = codes;
            bySpan = ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool TryGet(ReadOnlySpan<char> code, out int ordinal) => bySpan.TryGetValue(code, out ordinal);

        public int Count => codes.Count;

        public bool TryGet(string code, out int ordinal) => ordinals.TryGetValue(code, out ordinal);

        public string Code(int ordinal) => codes[ordinal];

        public int Of(string code)
        {
            if (!ordinals.TryGetValue(code, out var ordinal))
            {
                ordinal = codes.Count;
                ordinals[code] = ordinal;
                codes.Add(code);
            }
            return ordinal;
        }

        public VillageOrdinals Copy() => new(new Dictionary<string, int>(ordinals, StringComparer.Ordinal), [.. codes]);
    }

    private sealed class Snapshot
    {
        public Snapshot(long sequence, long readAt, DateOnly horizon, VillageOrdinals ordinals, List<RunningTask> tasks)
        {
            Sequence = sequence;
            ReadAt = readAt;
            Horizon = horizon;
            Ordinals = ordinals;
            // Latest-ending first, as the statement orders them (ties by id, so every call agrees).
            tasks.Sort((a, b) => b.EndDate != a.EndDate ? b.EndDate.CompareTo(a.EndDate) : a.Id.CompareTo(b.Id));
            Tasks = tasks;
        }

        /// <summary>Every signal up to this number is reflected.</summary>
        public long Sequence { get; }

        /// <summary>When the whole copy was read (<see cref="Environment.TickCount64"/>), for the backstop.</summary>
        public long ReadAt { get; }

        public DateOnly Horizon { get; }

        public VillageOrdinals Ordinals { get; }

        public List<RunningTask> Tasks { get; }

        public List<Match> Find(IReadOnlyList<string> villages, DateOnly startDate, Guid? ignore, Guid? only, int limit)
        {
            var targets = new ulong[(Ordinals.Count + 63) / 64];
            foreach (var code in villages)
            {
                // A village no running task is admitted in has no ordinal: it reaches nothing.
                if (Ordinals.TryGet(code, out var ordinal))
                {
                    targets[ordinal >> 6] |= 1UL << ordinal;
                }
            }
            var found = new List<Match>();
            foreach (var task in Tasks)
            {
                if (task.EndDate < startDate || found.Count >= limit)
                {
                    break;
                }
                if (task.Id == ignore || (only is { } id && task.Id != id))
                {
                    continue;
                }
                // A task's set is as long as its highest village needs (or longer, grown by doubling); the targets'
                // covers every ordinal, so the words past it are zero.
                var bits = task.Villages;
                var first = -1;
                var shared = 0;
                var words = Math.Min(bits.Length, targets.Length);
                for (var i = 0; i < words; i++)
                {
                    var both = bits[i] & targets[i];
                    if (both == 0)
                    {
                        continue;
                    }
                    if (first < 0)
                    {
                        first = (i << 6) + BitOperations.TrailingZeroCount(both);
                    }
                    shared += BitOperations.PopCount(both);
                }
                if (first >= 0)
                {
                    found.Add(new Match(task, Ordinals.Code(first), shared));
                }
            }
            return found;
        }
    }
}

using System.Collections.Concurrent;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Decisions found <see cref="DecisionIntegrity.Verified"/> against their sealing audit entry, so a village's inbox read
/// after a change does not read and hash the same audit entries again: one township decision rests 500–1,000 villages'
/// new work, and each of their inboxes was read (and its decision checked) once per change.
/// </summary>
/// <remarks>
/// What is kept is the verdict for one decision <em>row</em>: the row as read then. A reader uses a kept verdict only if
/// the row it has just read equals it in every field the seal covers (<see cref="SameRow"/>: equal rows have equal
/// seals, so this is the seal comparison without hashing the row on every read — issue 20: the seals of a miss's ten
/// decisions were most of what its check allocated), so a decision row changed since (decisions are append-only: that
/// is tampering) is judged afresh at once. What a kept verdict cannot see is a
/// later change to the audit entries (append-only too; a second entry claiming the decision is tampering), so a verdict
/// is used for at most <see cref="VillageInboxCache.MaxAge"/> after it was judged — the same bound a cached inbox has,
/// and an inbox built from kept verdicts is kept only as long as its oldest verdict (<see cref="Judged.At"/>). Only
/// Verified is kept: a mismatch or a missing seal is read and judged on every request. Fails closed like the inbox
/// cache: while its listener is not proved live (and always on SQLite) nothing is used or kept, and a verdict judged
/// inside a transaction (which may see its own uncommitted entries) is never kept.
/// </remarks>
public sealed class DecisionVerdictCache(VillageInboxCache feed)
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<Guid, Judged> verdicts = new();

    /// <summary>A decision row as it was when judged Verified, and when (<see cref="Environment.TickCount64"/>).</summary>
    public readonly record struct Judged(Decision Row, long At);

    public int Count => verdicts.Count;

    /// <summary>Off: every check reads and judges, as before this cache (the read-paths benchmark's same-run comparison).</summary>
    internal bool Off { get; set; }

    /// <summary>When a kept verdict holds for this row (as just read): the tick it was judged at.</summary>
    public bool TryGet(Decision decision, out long judgedAt)
    {
        judgedAt = 0;
        if (Off || !feed.IsLive || !verdicts.TryGetValue(decision.Id, out var judged))
        {
            return false;
        }
        if (!SameRow(judged.Row, decision) || Environment.TickCount64 - judged.At >= (long)VillageInboxCache.MaxAge.TotalMilliseconds)
        {
            verdicts.TryRemove(KeyValuePair.Create(decision.Id, judged));
            return false;
        }
        judgedAt = judged.At;
        return true;
    }

    /// <summary>Keeps a Verified verdict on this row judged outside a transaction at <paramref name="judgedAt"/>, while live.</summary>
    public void Keep(AppDbContext db, Decision decision, long judgedAt)
    {
        if (Off || !feed.IsLive || db.Database.CurrentTransaction is not null)
        {
            return;
        }
        if (verdicts.Count >= MaxEntries)
        {
            verdicts.Clear();
        }
        verdicts[decision.Id] = new Judged(decision, judgedAt);
    }

    /// <summary>Makes every kept verdict <paramref name="by"/> older, as if judged that much earlier (tests, the benchmarks).</summary>
    internal void Backdate(TimeSpan by)
    {
        foreach (var (id, judged) in verdicts)
        {
            verdicts.TryUpdate(id, judged with { At = judged.At - (long)by.TotalMilliseconds }, judged);
        }
    }

    /// <summary>
    /// Equal in every field <see cref="DecisionSeal.Of"/> covers (the time to the tick and of the same kind, stricter than
    /// the seal's text of it): then the two rows have the same seal.
    /// </summary>
    internal static bool SameRow(Decision a, Decision b) =>
        a.Id == b.Id && a.SubmissionId == b.SubmissionId && a.Kind == b.Kind
        && string.Equals(a.OrgUnitCode, b.OrgUnitCode, StringComparison.Ordinal)
        && string.Equals(a.DecidedBy, b.DecidedBy, StringComparison.Ordinal)
        && a.DecidedAtUtc == b.DecidedAtUtc && a.DecidedAtUtc.Kind == b.DecidedAtUtc.Kind
        && string.Equals(a.Reason, b.Reason, StringComparison.Ordinal)
        && string.Equals(a.Conditions, b.Conditions, StringComparison.Ordinal)
        && a.ValidUntil == b.ValidUntil
        && string.Equals(a.PrecheckHash, b.PrecheckHash, StringComparison.Ordinal)
        && a.WorkflowTaskId == b.WorkflowTaskId;
}

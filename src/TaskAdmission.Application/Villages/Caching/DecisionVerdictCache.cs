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
/// What is kept is the verdict for one decision <em>row</em>: the seal of the row as read then. A reader computes the
/// seal of the row it has just read and uses a kept verdict only if the seals are equal, so a decision row changed
/// since (decisions are append-only: that is tampering) is judged afresh at once. What a kept verdict cannot see is a
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

    /// <summary>A decision row's seal when it was judged Verified, and when (<see cref="Environment.TickCount64"/>).</summary>
    public readonly record struct Judged(string Seal, long At);

    public int Count => verdicts.Count;

    /// <summary>Off: every check reads and judges, as before this cache (the read-paths benchmark's same-run comparison).</summary>
    internal bool Off { get; set; }

    /// <summary>When a kept verdict holds for this row (its seal, computed by the caller): the tick it was judged at.</summary>
    public bool TryGet(Decision decision, string seal, out long judgedAt)
    {
        judgedAt = 0;
        if (Off || !feed.IsLive || !verdicts.TryGetValue(decision.Id, out var judged))
        {
            return false;
        }
        if (judged.Seal != seal || Environment.TickCount64 - judged.At >= (long)VillageInboxCache.MaxAge.TotalMilliseconds)
        {
            verdicts.TryRemove(KeyValuePair.Create(decision.Id, judged));
            return false;
        }
        judgedAt = judged.At;
        return true;
    }

    /// <summary>Keeps a Verified verdict judged outside a transaction at <paramref name="judgedAt"/>, while live.</summary>
    public void Keep(AppDbContext db, Guid decisionId, string seal, long judgedAt)
    {
        if (Off || !feed.IsLive || db.Database.CurrentTransaction is not null)
        {
            return;
        }
        if (verdicts.Count >= MaxEntries)
        {
            verdicts.Clear();
        }
        verdicts[decisionId] = new Judged(seal, judgedAt);
    }
}

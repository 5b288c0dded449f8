using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// Verifies the audit chain end to end, reads its head (to log or export it), and seals rows written before the chain
/// existed. Used by the <c>verify-audit</c> verb, the admin page and the hourly head log.
/// </summary>
public sealed class AuditChainService(AppDbContext db, DecisionIntegrityService decisions, AuditLog audit, ILogger<AuditChainService> log)
{
    /// <summary>How many broken decisions a verification lists.</summary>
    public const int MaxReported = 50;

    /// <summary>Streams every entry in chain order; stops at the first broken one. <paramref name="exportedHeads"/> must still be in the chain.</summary>
    public async Task<AuditVerification> VerifyAsync(IEnumerable<AuditChainHead>? exportedHeads = null, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var verifier = new AuditChainVerifier(exportedHeads);
        await foreach (var entry in db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!verifier.Add(entry))
            {
                break;
            }
        }
        var broken = verifier.Finish();
        if (broken is null && await db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct) is { } unsealed)
        {
            broken = new AuditBreak(0, unsealed, AuditBreakKind.Unsealed);
        }
        var (decisionsChecked, brokenDecisions) = await decisions.CheckAllAsync(MaxReported, ct);
        return new AuditVerification(verifier.Checked, verifier.Head, broken, decisionsChecked, brokenDecisions, watch.Elapsed);
    }

    public async Task<AuditChainHead> HeadAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence)
            .Select(e => new AuditChainHead(e.Sequence!.Value, e.Hash!, e.AtUtc)).FirstOrDefaultAsync(ct)
        ?? AuditChainHead.Empty;

    /// <summary>
    /// Once, when the database is upgraded to the chain (migration TrustAuditChain): links the entries written before
    /// it, oldest first (the database allows exactly this one change to such a row), and seals every decision that no
    /// entry seals yet. Later rows without a seal are never sealed: they were written past the app.
    /// </summary>
    public async Task<int> SealLegacyAsync(CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var head = await AuditChainWriter.LockAndReadHeadAsync(db, ct);
        var unsealed = await db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.Id).ToListAsync(ct);
        AuditChainWriter.Link(unsealed, head);
        await db.SaveChangesAsync(ct);
        var (_, missing) = await decisions.CheckAllAsync(int.MaxValue, ct);
        foreach (var finding in missing.Where(f => f.Integrity == DecisionIntegrity.Unsealed))
        {
            var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == finding.DecisionId, ct);
            audit.Record("system:upgrade", $"decision.{decision.Kind}", DecisionIntegrityService.Subject(finding.SubmissionNumber), DecisionSeal.Details(decision));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (unsealed.Count + missing.Count > 0)
        {
            log.LogWarning("Audit chain started on an existing database: {Entries} earlier entries linked, {Decisions} earlier decisions sealed.",
                unsealed.Count, missing.Count(f => f.Integrity == DecisionIntegrity.Unsealed));
        }
        return unsealed.Count;
    }
}

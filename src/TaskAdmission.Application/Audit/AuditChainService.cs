using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// Verifies the audit chain end to end, reads its head (to log or export it), and seals rows written before the chain
/// existed. Used by the <c>verify-audit</c> verb, the admin page and the hourly head log.
/// </summary>
public sealed class AuditChainService(AppDbContext db, ILogger<AuditChainService> log)
{
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
        return new AuditVerification(verifier.Checked, verifier.Head, broken, watch.Elapsed);
    }

    public async Task<AuditChainHead> HeadAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence)
            .Select(e => new AuditChainHead(e.Sequence!.Value, e.Hash!, e.AtUtc)).FirstOrDefaultAsync(ct)
        ?? AuditChainHead.Empty;

    /// <summary>
    /// Links rows written before the chain existed (an upgraded database) into the chain, oldest first. Runs at start;
    /// the database allows exactly this one change to such a row.
    /// </summary>
    public async Task<int> SealUnsealedAsync(CancellationToken ct = default)
    {
        if (!await db.AuditEntries.AnyAsync(e => e.Sequence == null, ct))
        {
            return 0;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var head = await AuditChainWriter.LockAndReadHeadAsync(db, ct);
        var unsealed = await db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.Id).ToListAsync(ct);
        AuditChainWriter.Link(unsealed, head);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        log.LogWarning("Sealed {Count} audit entries written before the audit chain existed (now entries {First}–{Last}).",
            unsealed.Count, head.Sequence + 1, head.Sequence + unsealed.Count);
        return unsealed.Count;
    }
}

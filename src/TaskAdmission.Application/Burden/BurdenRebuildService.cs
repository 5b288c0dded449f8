using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Counts the ledger again from assignments and founded reports and replaces it, in one transaction that keeps every
/// other ledger change waiting (PostgreSQL: a SHARE ROW EXCLUSIVE lock on the ledger, which each increment's upsert
/// must pass; SQLite: the write lock). Used once after upgrading a database that has work but no ledger yet, and by
/// operators to repair (<c>burden rebuild</c>). Villages are counted a chunk at a time, so memory stays bounded.
/// </summary>
public sealed class BurdenRebuildService(AppDbContext db, AuditLog audit)
{
    private const int VillagesPerChunk = 500;

    /// <summary>Rebuilds when the ledger is empty but assignments or founded reports exist; returns the rows written (0 when nothing to do).</summary>
    public async Task<int> RebuildIfEmptyAsync(CancellationToken ct = default) =>
        await db.BurdenLedger.AnyAsync(ct) || !await db.Assignments.AnyAsync(ct) && !await db.UnadmittedReports.AnyAsync(ct)
            ? 0
            : await RebuildAsync("system:burden", ct);

    public async Task<int> RebuildAsync(string actor, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LedgerStorage.LockAsync(db, ct);
        await db.BurdenLedger.ExecuteDeleteAsync(ct);
        var villages = (await db.Assignments.Select(a => a.VillageCode).Distinct().ToListAsync(ct))
            .Union(await db.UnadmittedReports.Select(r => r.VillageCode).Distinct().ToListAsync(ct))
            .Order(StringComparer.Ordinal).ToList();
        var written = 0;
        foreach (var chunk in villages.Chunk(VillagesPerChunk))
        {
            var rows = await BurdenRecount.ComputeAsync(db, chunk, ct);
            await BulkInsert.WriteAsync(db, rows, ct);
            written += rows.Count;
        }
        audit.Record(actor, "burden.rebuild", "burden_ledger", $"{written} rows from {villages.Count} villages");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return written;
    }
}

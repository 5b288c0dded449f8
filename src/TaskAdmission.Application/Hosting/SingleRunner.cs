using Microsoft.EntityFrameworkCore;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// For periodic jobs that read a batch and then write it (village checks, notification delivery): with several nodes
/// on one PostgreSQL, only the node holding the job's transaction-scoped advisory lock runs a round; the others skip it
/// instead of writing the same batch twice. SQLite serves one node, so the lock is always free there.
/// </summary>
public static class SingleRunner
{
    /// <summary>Takes the job's lock for the current transaction; false when another node holds it (skip this round).</summary>
    public static async Task<bool> TryTakeAsync(DbContext db, string job, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return true;
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("the advisory lock lives as long as a transaction; begin one first");
        return await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtext({job})) AS \"Value\"").SingleAsync(ct);
    }
}

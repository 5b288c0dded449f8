using Microsoft.EntityFrameworkCore;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>
/// Leases due rows of a table with <c>"LeaseOwner"</c> and <c>"LeasedUntilUtc"</c> columns (timers, start timers, the
/// outbox) so workers on any number of nodes take disjoint batches.
/// </summary>
/// <remarks>
/// PostgreSQL: one <c>UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED)</c>, so concurrent workers never wait for each
/// other. SQLite has a single writer: one conditional <c>UPDATE … RETURNING</c> is atomic, preceded by a read so an idle
/// poll takes no write lock. Table, condition and order are constants of the callers, never user input; the values
/// are parameters (<c>{0}</c> is "now" inside <paramref name="dueCondition"/>).
/// </remarks>
internal static class RowLease
{
    public static async Task<List<TRow>> TakeAsync<TRow>(
        AppDbContext db, string table, string dueCondition, string orderBy,
        DateTime now, DateTime until, string owner, int maxCount, CancellationToken cancellationToken) where TRow : class
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var free = dueCondition + """ AND ("LeasedUntilUtc" IS NULL OR "LeasedUntilUtc" < {0})""";
        object[] values = [now, maxCount, owner, until];
        string sql;
        if (db.Database.IsNpgsql())
        {
            sql = "WITH due AS (SELECT \"Id\" FROM " + table + " WHERE " + free + " ORDER BY " + orderBy + " LIMIT {1} FOR UPDATE SKIP LOCKED) "
                + "UPDATE " + table + " AS t SET \"LeaseOwner\" = {2}, \"LeasedUntilUtc\" = {3} FROM due WHERE t.\"Id\" = due.\"Id\" RETURNING t.*";
        }
        else
        {
            var probe = "SELECT * FROM " + table + " WHERE " + free;
            if (!await db.Set<TRow>().FromSqlRaw(probe, now).AnyAsync(cancellationToken)) return [];
            sql = "UPDATE " + table + " SET \"LeaseOwner\" = {2}, \"LeasedUntilUtc\" = {3} WHERE \"Id\" IN ("
                + "SELECT \"Id\" FROM " + table + " WHERE " + free + " ORDER BY " + orderBy + " LIMIT {1}) RETURNING *";
        }

        return await db.Set<TRow>().FromSqlRaw(sql, values).AsNoTracking().ToListAsync(cancellationToken);
    }
}

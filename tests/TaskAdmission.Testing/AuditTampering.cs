using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Testing;

/// <summary>
/// What an intruder with the database's owner rights does: switches the append-only triggers off for a moment
/// (PostgreSQL: DISABLE TRIGGER; SQLite, which cannot switch triggers off: drops and recreates them).
/// </summary>
public static class AuditTampering
{
    public static async Task WithoutTriggersAsync(AppDbContext db, string table, Func<Task> tamper)
    {
        table = table is "audit_entries" or "decisions" ? table : throw new ArgumentOutOfRangeException(nameof(table));
        if (db.Database.IsNpgsql())
        {
            // The table name comes from the two allowed above, never from input.
            string disable = $"ALTER TABLE {table} DISABLE TRIGGER USER", enable = $"ALTER TABLE {table} ENABLE TRIGGER USER";
            await db.Database.ExecuteSqlRawAsync(disable);
            await tamper();
            await db.Database.ExecuteSqlRawAsync(enable);
            return;
        }
        var triggers = await db.Database.SqlQuery<string>(
            $"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = {table}").ToListAsync();
        var names = await db.Database.SqlQuery<string>(
            $"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = {table}").ToListAsync();
        foreach (var name in names)
        {
            var drop = $"DROP TRIGGER \"{name}\"";
            await db.Database.ExecuteSqlRawAsync(drop);
        }
        await tamper();
        foreach (var sql in triggers)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }
}

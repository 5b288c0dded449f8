using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Tests;

/// <summary>Reads a database's schema as sorted text rows (columns with type/nullability, and indexes) for comparison.</summary>
internal static class SchemaReader
{
    public static async Task<List<string>> ReadAsync(AppDbContext db)
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        try
        {
            return db.Database.IsNpgsql() ? await PostgresAsync(conn) : await SqliteAsync(conn);
        }
        finally
        {
            await conn.CloseAsync();
        }
    }

    private static async Task<List<string>> PostgresAsync(DbConnection conn)
    {
        var rows = await QueryAsync(conn, """
            SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' ||
                   coalesce(character_maximum_length::text, '') || ':' || coalesce(is_identity, '') || ':' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
              AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
            """);
        rows.AddRange(await QueryAsync(conn,
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'"));
        rows.AddRange(await QueryAsync(conn, """
            SELECT conrelid::regclass::text || ':' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            """));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string>> SqliteAsync(DbConnection conn)
    {
        var tables = await QueryAsync(conn,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        var rows = new List<string>();
        foreach (var table in tables)
        {
            rows.AddRange(await QueryAsync(conn,
                $"SELECT '{table}.' || name || ':' || type || ':' || \"notnull\" || ':' || pk || ':' || coalesce(dflt_value, '') FROM pragma_table_info('{table}')"));
            rows.AddRange(await QueryAsync(conn,
                $"SELECT '{table}:fk:' || \"from\" || '->' || \"table\" || '.' || \"to\" || ':' || on_delete FROM pragma_foreign_key_list('{table}')"));
        }
        rows.AddRange(await QueryAsync(conn,
            "SELECT coalesce(sql, name) FROM sqlite_master WHERE type = 'index' AND tbl_name NOT LIKE '__EFMigrations%'"));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string>> QueryAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var result = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }
        return result;
    }
}

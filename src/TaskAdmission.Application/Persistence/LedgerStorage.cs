using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// The burden ledger's hand-written SQL. Its one write: every village of a change × every (kind, year) delta, added to the rows in the
/// database in one statement (INSERT … SELECT … ON CONFLICT … DO UPDATE SET x = x + excluded.x) on the DbContext's
/// connection and transaction. Villages go as arrays (PostgreSQL, unnest) or one JSON parameter (SQLite, json_each);
/// rows are written in key order so concurrent upserts lock them in one order.
/// </summary>
public static class LedgerStorage
{
    /// <summary>
    /// Keeps every other ledger change waiting until the caller's transaction ends (a rebuild): on PostgreSQL a SHARE ROW
    /// EXCLUSIVE lock, which each upsert's ROW EXCLUSIVE must pass; SQLite's write transaction already excludes writers.
    /// </summary>
    public static async Task LockAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE burden_ledger IN SHARE ROW EXCLUSIVE MODE", ct);
        }
    }

    /// <summary>Adds every delta to every village's row in one statement.</summary>
    public static async Task AddAsync(AppDbContext db, BurdenSource source, string departmentCode, IReadOnlyCollection<LedgerVillage> villages, IReadOnlyList<BurdenDelta> deltas,
        CancellationToken ct = default)
    {
        var changes = deltas.Where(d => !d.Counts.IsZero).ToList();
        if (villages.Count == 0 || changes.Count == 0)
        {
            return;
        }
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The burden ledger changes in the caller's transaction, with the change it counts.");
        }
        var postgres = db.Database.IsNpgsql();
        var ordered = villages.DistinctBy(v => v.Code).OrderBy(v => v.Code, StringComparer.Ordinal).ToList();
        var parameters = new List<DbParameter> { Parameter(postgres, "dept", departmentCode), Parameter(postgres, "source", source.ToString()) };
        if (postgres)
        {
            parameters.Add(new NpgsqlParameter("v", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ordered.Select(v => v.Code).ToArray() });
            parameters.Add(new NpgsqlParameter("t", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ordered.Select(v => v.TownshipCode).ToArray() });
            parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ordered.Select(v => v.DistrictCode).ToArray() });
        }
        else
        {
            parameters.Add(new SqliteParameter("@v", JsonSerializer.Serialize(ordered.Select(v => new[] { v.Code, v.TownshipCode, v.DistrictCode }))));
        }
        await db.Database.ExecuteSqlRawAsync(UpsertSql(postgres, changes), parameters, ct);
    }

    private static DbParameter Parameter(bool postgres, string name, string value) =>
        postgres ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = value } : new SqliteParameter("@" + name, value);

    private static string UpsertSql(bool postgres, IReadOnlyList<BurdenDelta> changes)
    {
        var counts = BurdenLedgerRow.CountColumns;
        var sql = new StringBuilder("WITH v(code, township, district) AS (");
        sql.Append(postgres
            ? "SELECT * FROM unnest(@v, @t, @d)"
            : "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(@v)");
        sql.Append("), d(kind, year, ").AppendJoin(", ", counts.Select((_, i) => "c" + i)).Append(") AS (VALUES ");
        // Kinds are enum names and counts are integers we computed: literals are safe, and the planner sees the values.
        sql.AppendJoin(", ", changes.Select(c => $"('{c.Kind}', {c.Year.ToString(CultureInfo.InvariantCulture)}, " +
            string.Join(", ", c.Counts.ToArray().Select(n => n.ToString(CultureInfo.InvariantCulture))) + ")"));
        sql.Append(") INSERT INTO burden_ledger (\"VillageCode\", \"TownshipCode\", \"DistrictCode\", \"DepartmentCode\", \"Source\", \"Kind\", \"Year\", ")
            .AppendJoin(", ", counts.Select(c => $"\"{c}\""))
            .Append(") SELECT v.code, v.township, v.district, @dept, @source, d.kind, d.year, ")
            .AppendJoin(", ", counts.Select((_, i) => "d.c" + i))
            // WHERE true: SQLite's parser needs it before an upsert's ON CONFLICT.
            .Append(" FROM v CROSS JOIN d WHERE true ORDER BY v.code, d.year, d.kind")
            .Append(" ON CONFLICT (\"VillageCode\", \"Year\", \"Kind\", \"DepartmentCode\", \"Source\") DO UPDATE SET ")
            .AppendJoin(", ", counts.Select(c => $"\"{c}\" = burden_ledger.\"{c}\" + excluded.\"{c}\""));
        return sql.ToString();
    }
}

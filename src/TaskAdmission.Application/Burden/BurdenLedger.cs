using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Keeps the burden ledger current, in the caller's transaction: what a dispatch adds, what a cancellation or
/// completion takes away (the demands after the day it closed), and a founded report of unadmitted work. Each change
/// is one set-based upsert — every village of the change × every (kind, year) delta — that adds to the row in the
/// database (ON CONFLICT … DO UPDATE SET x = x + excluded.x), never read-modify-write, so two transactions touching
/// the same village's rows both count. Rows are written in key order so concurrent upserts lock them in one order.
/// </summary>
public sealed class BurdenLedger(AppDbContext db)
{
    /// <summary>Adds freshly dispatched assignments (just written, open).</summary>
    public async Task DispatchedAsync(IReadOnlyCollection<Assignment> assignments, CancellationToken ct = default)
    {
        foreach (var group in assignments.GroupBy(a => (a.DepartmentCode, a.DemandsJson, Span: BurdenSpan.Of(a))))
        {
            var deltas = BurdenSchedule.For(AssignmentDemands.Parse(group.Key.DemandsJson), group.Key.Span.From, group.Key.Span.To);
            await AddAsync(BurdenSource.Admitted, group.Key.DepartmentCode, Villages(group), deltas, ct);
        }
    }

    /// <summary>Takes away what assignments that were open no longer ask, now that they are done or cancelled (given as they are now).</summary>
    public async Task ClosedAsync(IReadOnlyCollection<Assignment> assignments, CancellationToken ct = default)
    {
        foreach (var group in assignments.GroupBy(a => (a.DepartmentCode, a.DemandsJson, Before: BurdenSpan.Open(a), After: BurdenSpan.Of(a))))
        {
            var deltas = BurdenSchedule.Change(AssignmentDemands.Parse(group.Key.DemandsJson), group.Key.Before, group.Key.After);
            await AddAsync(BurdenSource.Admitted, group.Key.DepartmentCode, Villages(group), deltas, ct);
        }
    }

    /// <summary>Counts a report of unadmitted work the supervisor has just found founded: one item and one submission on the day demanded.</summary>
    public Task ReportFoundedAsync(UnadmittedReport report, CancellationToken ct = default) =>
        AddAsync(BurdenSource.Unadmitted, report.DepartmentCode ?? "", [new LedgerVillage(report.VillageCode, report.TownshipCode, report.DistrictCode)],
            ReportDeltas(report), ct);

    /// <summary>What a founded report adds.</summary>
    public static IReadOnlyList<BurdenDelta> ReportDeltas(UnadmittedReport report) =>
        BurdenSchedule.For([new DemandRequest(report.Kind ?? DemandKind.None, 1, DemandPeriod.Once)], report.DemandedOn, report.DemandedOn);

    private static List<LedgerVillage> Villages(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => new LedgerVillage(a.VillageCode, a.TownshipCode, a.DistrictCode)).ToList();

    /// <summary>Adds every delta to every village's row in one statement.</summary>
    public async Task AddAsync(BurdenSource source, string departmentCode, IReadOnlyCollection<LedgerVillage> villages, IReadOnlyList<BurdenDelta> deltas,
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

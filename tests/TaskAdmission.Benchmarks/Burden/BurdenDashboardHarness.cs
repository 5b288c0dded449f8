using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Benchmarks.Burden;

/// <summary>
/// The city burden dashboard over 10,000 villages and 1,000,000 assignments on PostgreSQL (the inbox benchmark's city,
/// with 21 departments and five kinds): the ledger rebuilt from the assignments once, then the city dashboard page
/// (GET /burden as the city's list administrator, sequential) against the same aggregates written as raw SQL and run
/// through Npgsql, p50/p99 of each and their ratio.
/// </summary>
public sealed class BurdenDashboardHarness : IHarness
{
    public string Name => "burden-dashboard";

    public string Description => "city burden dashboard vs raw SQL aggregates, 10,000 villages / 1,000,000 assignments (PostgreSQL)";

    public async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var villages = options.Int("villages", 10_000);
        var assignments = options.Int("assignments", 1_000_000);
        var calls = options.Int("calls", 30);
        var app = new BenchApp();
        await app.InitializeAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await SyntheticArea.CreateAsync(app.Services, villages);
            await InboxLoadHarness.GenerateAsync(app.Services, villages, assignments / villages, varied: true);
            Console.WriteLine($"generated {villages} villages and {assignments} assignments (COPY): {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            var rows = await app.WithScopeAsync<BurdenRebuildService, int>(s => s.RebuildAsync("bench"));
            await app.WithScopeAsync<AppDbContext, int>(db => db.Database.ExecuteSqlRawAsync("ANALYZE burden_ledger"));
            Console.WriteLine($"ledger rebuilt from the assignments: {rows} rows in {clock.Elapsed.TotalSeconds:F1} s");

            var year = ChinaClock.System.Today.Year;
            var path = $"/burden?period={year}&measure=Submissions";
            var client = app.CreateClient();
            await app.SignInAsync(client, "listadmin");
            var inProcess = await TimeAsync(calls, () => app.WithScopeAsync<BurdenDashboardService, BurdenDashboard>(s =>
                s.DashboardAsync(Actor.ListAdministrator("bench", "990000000000"), null, new BurdenFilter(BurdenPeriod.OfYear(year), Measure: BurdenMeasure.Submissions))));
            var page = await TimeAsync(calls, async () =>
            {
                using var response = await client.GetAsync(path);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync();
            });
            var connection = await app.WithScopeAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
            var raw = await TimeAsync(calls, () => RawAggregatesAsync(connection, year));
            Console.WriteLine($"page GET {path}: p50 {page.P50:F0} ms, p99 {page.P99:F0} ms ({calls} sequential calls after one warm-up)");
            Console.WriteLine($"DashboardAsync in process: p50 {inProcess.P50:F0} ms, p99 {inProcess.P99:F0} ms");
            Console.WriteLine($"raw SQL aggregates over the same rows (4 statements): p50 {raw.P50:F0} ms, p99 {raw.P99:F0} ms");
            Console.WriteLine($"ratio page / raw SQL: p99 {page.P99 / raw.P99:F2}, p50 {page.P50 / raw.P50:F2} (goal <= 1.5)");
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>The ledger aggregates the city page needs, by hand: by kind/department/source, last year's totals, districts × kinds, the ten heaviest villages.</summary>
    private static async Task<int> RawAggregatesAsync(string connectionString, int year)
    {
        var all = string.Join(", ", BurdenLedgerRow.CountColumns.Select(c => $"SUM(\"{c}\")"));
        var submissions = string.Join(" + ", Enumerable.Range(1, 12).Select(m => $"\"Submissions{m:D2}\""));
        string[] statements =
        [
            $"SELECT \"Kind\", \"DepartmentCode\", \"Source\", {all} FROM burden_ledger WHERE \"Year\" = {year} GROUP BY 1, 2, 3",
            $"SELECT \"Source\", {all} FROM burden_ledger WHERE \"Year\" = {year - 1} GROUP BY 1",
            $"SELECT \"DistrictCode\", \"Kind\", SUM({submissions}) FROM burden_ledger WHERE \"Year\" = {year} GROUP BY 1, 2",
            $"SELECT \"VillageCode\", SUM({submissions}) AS v FROM burden_ledger WHERE \"Year\" = {year} GROUP BY 1 ORDER BY v DESC, 1 LIMIT 10",
        ];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var read = 0;
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                read++;
            }
        }
        return read;
    }

    private static async Task<(double P50, double P99)> TimeAsync<T>(int calls, Func<Task<T>> call)
    {
        await call();
        var times = new List<double>(calls);
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]);
    }
}

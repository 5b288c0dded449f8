using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Application.Purchase.Finance;
using TaskAdmission.Application.Villages;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Benchmarks.Purchase;

/// <summary>
/// The money view of one department (issue 14: 2,000 cases, 20,000 payments, PostgreSQL): server time of
/// <see cref="PurchaseMoneyService.ViewAsync"/> (a new scope and DbContext per call, as a request has), the same figures
/// read by hand-written SQL in one batch over the same rows, and the whole page over HTTP (GET /purchase/money).
/// </summary>
public sealed class MoneyViewHarness : IHarness
{
    public string Name => "purchase-money";

    public string Description => "money view for one department: service p50/p99 vs raw SQL aggregate, and the page over HTTP [cases=2000] [payments=20000] [calls=500]";

    public async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var (cases, payments, calls) = (options.Int("cases", 2_000), options.Int("payments", 20_000), options.Int("calls", 500));
        var app = new BenchApp();
        await app.InitializeAsync();
        try
        {
            var year = app.Services.GetRequiredService<ChinaClock>().Today.Year;
            var setup = Stopwatch.StartNew();
            var (written, paid) = await MoneyBenchmarkData.CreateAsync(app.Services, year, cases, payments, villages: 200);
            Console.WriteLine($"data: {written} cases, {paid} payments of {MoneyBenchmarkData.Department}, year {year} ({setup.ElapsedMilliseconds} ms to write)");

            var actor = new Actor("submitter", AppRoles.DepartmentSubmitter, MoneyBenchmarkData.Department, null);
            var filter = new MoneyFilter(year);
            MoneyView? view = null;
            var raw = new RawMoneyQuery(app.Services, year);
            var rawFigures = default(MoneyFigures);
            // Alternating rounds (service, raw, service, raw, …) so both sides see the same moments of a shared machine.
            var (service, sql) = await TimeAlternatingAsync(calls,
                async () =>
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    view = await scope.ServiceProvider.GetRequiredService<PurchaseMoneyService>().ViewAsync(filter, actor);
                },
                async () => rawFigures = await raw.RunAsync());
            var shown = new MoneyFigures(view!.Totals.ContractFen, view.Totals.PaidFen, view.ByVillage.Count, view.Months.Sum(m => m.PaidFen),
                view.UnpaidCount, view.UnsignedCount, view.FundsMissingCount);
            if (shown != rawFigures)
            {
                throw new InvalidOperationException($"the raw SQL read other rows: {rawFigures} vs {shown}");
            }
            var client = await app.SignedInClientAsync("submitter");
            var page = await TimeAsync(Math.Max(50, calls / 5), async () => (await client.GetAsync($"/purchase/money?year={year}")).EnsureSuccessStatusCode());

            Console.WriteLine($"totals: contracted {view.Totals.ContractFen / 100m:N2}, paid {view.Totals.PaidFen / 100m:N2} yuan; {view.ByVillage.Count} villages, {view.ByProvider.Count} providers; alerts unpaid {view.UnpaidCount}, unsigned {view.UnsignedCount}");
            Console.WriteLine($"{"",-34} {"p50",9} {"p99",9} {"max",9}");
            Print("PurchaseMoneyService.ViewAsync", service);
            Print("raw SQL, one batch (Npgsql)", sql);
            Print("GET /purchase/money (HTTP, page)", page);
            Console.WriteLine($"ratio service/raw: p50 {service[service.Count / 2] / sql[sql.Count / 2]:F2}, p99 {Percentiles.At(service, 0.99) / Percentiles.At(sql, 0.99):F2} (goal <= 1.5); goal p99 <= 100 ms");
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static void Print(string name, List<double> ms) =>
        Console.WriteLine($"{name,-34} {ms[ms.Count / 2],7:F2}ms {Percentiles.At(ms, 0.99),7:F2}ms {ms[^1],7:F2}ms");

    /// <summary>Times <paramref name="calls"/> calls after a tenth as many warm-up calls; the samples sorted, in ms.</summary>
    private static async Task<List<double>> TimeAsync(int calls, Func<Task> call)
    {
        for (var i = 0; i < Math.Max(10, calls / 10); i++)
        {
            await call();
        }
        var samples = new List<double>(calls);
        for (var i = 0; i < calls; i++)
        {
            samples.Add(await ElapsedAsync(call));
        }
        samples.Sort();
        return samples;
    }

    /// <summary>Like <see cref="TimeAsync"/> for two calls taken in turn, round after round; both sample sets sorted.</summary>
    private static async Task<(List<double> A, List<double> B)> TimeAlternatingAsync(int calls, Func<Task> a, Func<Task> b)
    {
        for (var i = 0; i < Math.Max(10, calls / 10); i++)
        {
            await a();
            await b();
        }
        var (first, second) = (new List<double>(calls), new List<double>(calls));
        for (var i = 0; i < calls; i++)
        {
            first.Add(await ElapsedAsync(a));
            second.Add(await ElapsedAsync(b));
        }
        first.Sort();
        second.Sort();
        return (first, second);
    }

    private static async Task<double> ElapsedAsync(Func<Task> call)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>The figures both sides must agree on: totals, village lines, paid by month, and the three alert counts.</summary>
    private sealed record MoneyFigures(long Contract, long Paid, int Villages, long PaidByMonth, int Unpaid, int Unsigned, int Funds);

    /// <summary>The baseline: what the view reads, written as plain SQL and sent in one round trip.</summary>
    private sealed class RawMoneyQuery
    {
        private const string Scope = """
            c."DepartmentCode" = @d AND c."PeriodStart" <= @last AND c."PeriodEnd" >= @first AND c."Status" <> 'Cancelled'
            """;

        // Work in force only (admitted village row, admitted submission), as the view reads it.
        private const string FundsMissing = """
            assignments a JOIN submission_villages v ON v."SubmissionId" = a."SubmissionId" AND v."VillageCode" = a."VillageCode" AND v."Admitted"
            JOIN submissions s ON s."Id" = a."SubmissionId" AND s."Status" IN ('Admitted', 'PartiallyAdmitted', 'SpecialAdmitted', 'EmergencyAdmitted')
            WHERE a."DepartmentCode" = @d AND a."DispatchedAtUtc" < @funds AND a."FundingState" IN ('Pending', 'Missing') AND a."Status" <> 'Cancelled'
            """;

        private readonly string connectionString;
        private readonly DateOnly first, last;
        private readonly DateTime unpaidCutoff, fundsCutoff, today;

        public RawMoneyQuery(IServiceProvider services, int year)
        {
            using var scope = services.CreateScope();
            connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
            var s = scope.ServiceProvider;
            var (clock, calendar, options) = (s.GetRequiredService<ChinaClock>(), s.GetRequiredService<WorkingCalendar>(), s.GetRequiredService<IOptions<PurchaseOptions>>().Value);
            (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            unpaidCutoff = SupportFlags.CutoffUtc(calendar, clock.Today, options.UnpaidAlertWorkingDays);
            fundsCutoff = SupportFlags.CutoffUtc(calendar, clock.Today, options.FundsAlertWorkingDays);
            today = clock.Today.ToDateTime(TimeOnly.MinValue);
        }

        private static readonly string[] Statements =
        [
            $"""SELECT c."DepartmentCode", count(*), sum(c."BudgetFen"), sum(c."ContractFen"), sum(c."AcceptedFen"), sum(c."PaidFen") FROM purchase_cases c WHERE {Scope} GROUP BY 1""",
            $"""SELECT p."Name", count(*), sum(c."BudgetFen"), sum(c."ContractFen"), sum(c."AcceptedFen"), sum(c."PaidFen") FROM purchase_cases c JOIN purchase_providers p ON p."Id" = c."ProviderId" WHERE {Scope} GROUP BY p."Id", p."Name" ORDER BY 1""",
            $"""SELECT v."VillageCode", count(*), sum(c."BudgetFen"), sum(c."ContractFen"), sum(c."AcceptedFen"), sum(c."PaidFen") FROM purchase_case_villages v JOIN purchase_cases c ON c."Id" = v."CaseId" WHERE {Scope} GROUP BY 1 ORDER BY 1 LIMIT 1000""",
            $"""SELECT extract(month FROM c."SignedOn")::int, sum(c."ContractFen") FROM purchase_cases c WHERE {Scope} AND c."SignedOn" BETWEEN @first AND @last GROUP BY 1""",
            $"""SELECT extract(month FROM p."PaidOn")::int, sum(p."AmountFen") FROM purchase_payments p JOIN purchase_cases c ON c."Id" = p."CaseId" WHERE {Scope} AND p."PaidOn" BETWEEN @first AND @last GROUP BY 1""",
            $"""SELECT c."Id", c."Number", c."Title", c."DepartmentCode", m."Sequence", m."Title", m."AmountFen" - m."PaidFen", m."AcceptedAtUtc" FROM purchase_milestones m JOIN purchase_cases c ON c."Id" = m."CaseId" WHERE {Scope} AND m."Status" = 'Accepted' AND m."AcceptedAtUtc" < @unpaid AND m."PaidFen" < m."AmountFen" ORDER BY m."AcceptedAtUtc" LIMIT 100""",
            $"""SELECT count(*) FROM purchase_milestones m JOIN purchase_cases c ON c."Id" = m."CaseId" WHERE {Scope} AND m."Status" = 'Accepted' AND m."AcceptedAtUtc" < @unpaid AND m."PaidFen" < m."AmountFen" """,
            $"""SELECT c."Id", c."Number", c."Title", c."DepartmentCode", c."PeriodStart", c."Status" FROM purchase_cases c WHERE {Scope} AND c."SignedAtUtc" IS NULL AND c."PeriodStart" <= @today AND c."Status" <> 'Closed' ORDER BY c."PeriodStart" LIMIT 100""",
            $"""SELECT count(*) FROM purchase_cases c WHERE {Scope} AND c."SignedAtUtc" IS NULL AND c."PeriodStart" <= @today AND c."Status" <> 'Closed'""",
            $"""SELECT a."SubmissionId", a."Title", a."DepartmentCode", a."VillageCode", a."FundingYuan", a."FundingState", a."DispatchedAtUtc" FROM {FundsMissing} ORDER BY a."DispatchedAtUtc" LIMIT 100""",
            $"""SELECT count(*) FROM {FundsMissing}""",
        ];

        /// <summary>Runs the batch and reads every row; returns the figures the page shows, to compare with the view's.</summary>
        public async Task<MoneyFigures> RunAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var batch = new NpgsqlBatch(connection);
            foreach (var text in Statements)
            {
                var command = new NpgsqlBatchCommand(text);
                command.Parameters.AddWithValue("d", MoneyBenchmarkData.Department);
                command.Parameters.AddWithValue("first", first);
                command.Parameters.AddWithValue("last", last);
                command.Parameters.AddWithValue("unpaid", unpaidCutoff);
                command.Parameters.AddWithValue("funds", fundsCutoff);
                command.Parameters.AddWithValue("today", DateOnly.FromDateTime(today));
                batch.BatchCommands.Add(command);
            }
            await using var reader = await batch.ExecuteReaderAsync();
            var (contract, paid, villages, paidByMonth, set) = (0L, 0L, 0, 0L, 0);
            var counts = new Dictionary<int, int>();
            do
            {
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    switch (set)
                    {
                        case 0: (contract, paid) = (contract + Convert.ToInt64(values[3]), paid + Convert.ToInt64(values[5])); break;
                        case 2: villages++; break;
                        case 4: paidByMonth += Convert.ToInt64(values[1]); break;
                        case 6 or 8 or 10: counts[set] = Convert.ToInt32(values[0]); break;
                    }
                }
                set++;
            }
            while (await reader.NextResultAsync());
            return new MoneyFigures(contract, paid, villages, paidByMonth, counts.GetValueOrDefault(6), counts.GetValueOrDefault(8), counts.GetValueOrDefault(10));
        }
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Benchmarks.Villages;

/// <summary>
/// The village inbox API under load on 127.0.0.1: 10,000 villages and 1,000,000 assignments (100 admitted submissions
/// reaching every village; 10 open and 90 done per village), generated with COPY. Compared with GET /api/v1/me, a bare
/// endpoint of the same app (same authentication, rate limiter and JSON, no database).
/// </summary>
public static class InboxLoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var villages = options.Int("villages", 10_000);
        var assignments = options.Int("assignments", 1_000_000);
        var seconds = options.Int("seconds", 20);
        var requests = options.Int("requests", 200_000);
        var concurrency = options.Int("concurrency", 16);
        var userCount = options.Int("users", 50);
        // sql=1 logs every SQL command (to read the inbox query's plan); use it with a handful of requests only.
        var app = options.Int("sql", 0) == 1 ? new BenchApp("--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information") : new BenchApp();
        await app.InitializeAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await SyntheticArea.CreateAsync(app.Services, villages);
            await GenerateAsync(app.Services, villages, assignments / villages);
            Console.WriteLine($"generated {villages} villages and {assignments} assignments (COPY): {clock.Elapsed.TotalSeconds:F1} s");

            var users = await SyntheticArea.UsersAsync(app.Services, userCount);
            var clients = new List<HttpClient>();
            foreach (var user in users)
            {
                var client = app.CreateClient();
                var signIn = await app.SignInAsync(client, user);
                if (signIn.StatusCode != System.Net.HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"sign-in of {user} failed: {signIn.StatusCode}");
                }
                clients.Add(client);
            }
            var sample = JsonNode.Parse(await clients[0].GetStringAsync("/api/v1/villages/me/assignments"))!;
            var open = sample["groups"]!.AsArray().Sum(g => g!["assignments"]!.AsArray().Count);
            Console.WriteLine($"one village's inbox: {open} open assignments in {sample["groups"]!.AsArray().Count} due-date groups");

            await InProcessAsync(app.Services, 2000);

            const string Inbox = "/api/v1/villages/me/assignments";
            const string Bare = "/api/v1/me";
            var duration = TimeSpan.FromSeconds(seconds);
            Console.WriteLine($"load: {concurrency} workers, {users.Count} signed-in villages, at most {requests} requests or {seconds} s per run");
            await LoadRunner.RunAsync(clients, Bare, concurrency, TimeSpan.FromSeconds(3), requests);
            await LoadRunner.RunAsync(clients, Inbox, concurrency, TimeSpan.FromSeconds(3), requests);
            var bare = await LoadRunner.RunAsync(clients, Bare, concurrency, duration, requests);
            var inbox = await LoadRunner.RunAsync(clients, Inbox, concurrency, duration, requests);
            Console.WriteLine(bare);
            Console.WriteLine(inbox);
            Console.WriteLine($"inbox / bare throughput: {inbox.RequestsPerSecond / bare.RequestsPerSecond:P0} (goal >= 50%); inbox p99 {inbox.P99Ms:F1} ms (goal <= 50 ms)");
            return inbox.Errors + bare.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Where an inbox request's time goes, without HTTP: the use case alone, one call after another.</summary>
    private static async Task InProcessAsync(IServiceProvider services, int calls)
    {
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var actor = new Actor("bench", TaskAdmission.Core.Security.AppRoles.VillageCommittee, null, SyntheticArea.Village(1 + i % 50));
                await scope.ServiceProvider.GetRequiredService<TaskAdmission.Application.Villages.VillageInboxService>().OpenAsync(actor);
            }
            Console.WriteLine($"in process, sequential: VillageInboxService.OpenAsync {clock.Elapsed.TotalMilliseconds * 1000 / calls:F0} µs per call{(round == 0 ? " (warm-up)" : "")}");
            clock.Restart();
            for (var i = 0; i < calls; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var v = SyntheticArea.Village(1 + i % 50);
                await TaskAdmission.Application.Villages.AdmittedWork.ForVillage(db, v).AsNoTracking().Where(a => TaskAdmission.Application.Villages.AdmittedWork.OpenStatuses.Contains(a.Status)).OrderBy(a => a.DueDate).Take(500).ToListAsync();
            }
            Console.WriteLine($"  EF admitted-work query only: {clock.Elapsed.TotalMilliseconds * 1000 / calls:F0} µs per call");
            clock.Restart();
            for (var i = 0; i < calls; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var v = SyntheticArea.Village(1 + i % 50);
                await db.Assignments.AsNoTracking().Where(a => a.VillageCode == v).Take(20).ToListAsync();
            }
            Console.WriteLine($"  EF single-table query: {clock.Elapsed.TotalMilliseconds * 1000 / calls:F0} µs per call");
        }
    }

    private static readonly string[] Departments =
        ["CITY-MZ", "CITY-GA", "CITY-WJ", "CITY-NY", "CITY-RS", "CITY-TJ", "CITY-YJ", "CITY-HB", "CITY-TY", "CITY-SJ", "CITY-SW",
         "CITY-ZF", "CITY-XF", "CITY-CL", "CITY-ZB", "CITY-LY", "CITY-SF", "CITY-GH", "CITY-SL", "CITY-JW", "CITY-ZJ"];

    private static readonly DemandKind[] Kinds = [DemandKind.Report, DemandKind.Ledger, DemandKind.Survey, DemandKind.FieldWork, DemandKind.Meeting];
    private static readonly DemandPeriod[] Periods = [DemandPeriod.Month, DemandPeriod.Quarter, DemandPeriod.Year];

    /// <summary>
    /// Admitted submissions reaching every village, their village rows and assignments, written with COPY. Varied
    /// (the burden benchmark): submission k comes from one of the 21 city departments and asks one of five kinds monthly,
    /// quarterly or yearly, so the ledger has a realistic spread of rows; otherwise all ask a quarterly report of 民政局.
    /// </summary>
    internal static Task GenerateAsync(IServiceProvider services, int villages, int perVillage, bool varied = false) =>
        GenerateAsync(services, [.. Enumerable.Range(1, villages).Select(i => (SyntheticArea.Village(i), SyntheticArea.Township))], perVillage, varied);

    /// <summary>The same for any villages of 青山区 (each with its township); the first <paramref name="open"/> submissions stay open.</summary>
    internal static async Task GenerateAsync(IServiceProvider services, IReadOnlyList<(string Village, string Township)> villages, int perVillage, bool varied = false, int open = 10)
    {
        var townships = villages.Select(v => v.Township).Distinct().ToList();
        var today = ChinaClock.System.Today;
        var now = DateTime.UtcNow;
        var report = AssignmentDemands.Serialize([new DemandRequest(DemandKind.Report, 1, DemandPeriod.Quarter)]);
        var items = AssignmentListItems.Serialize([new AssignmentListItems.Item("XZ-04", "农村留守老人关爱服务", "Care for left-behind elders")]);
        for (var k = 0; k < perVillage; k++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var department = varied ? Departments[k % Departments.Length] : "CITY-MZ";
            var demands = varied
                ? AssignmentDemands.Serialize([new DemandRequest(Kinds[k % Kinds.Length], 1, Periods[k % Periods.Length])])
                : report;
            var submission = new Submission
            {
                Id = Guid.NewGuid(), Number = $"ZRBENCH-{k:D4}", DepartmentCode = department, Title = $"基准事项 {k + 1}", Description = "benchmark",
                ClaimedItemCodes = ["XZ-04"], TargetOrgUnitCodes = [.. townships], StartDate = today.AddDays(-30), EndDate = today.AddDays(300),
                FundingYuanPerVillage = 1000, CreatedBy = "bench", CreatedAtUtc = now, SubmittedAtUtc = now,
                ContactName = "bench", ContactPhone = "0",
            };
            submission.MoveTo(SubmissionStatus.InReview);
            submission.MoveTo(SubmissionStatus.Admitted);
            var decision = new Decision
            {
                Id = Guid.NewGuid(), SubmissionId = submission.Id, Kind = DecisionKind.Admit, OrgUnitCode = townships[0],
                DecidedBy = "bench", DecidedAtUtc = AuditHash.Normalise(now), Reason = "基准", PrecheckHash = "",
            };
            db.Submissions.Add(submission);
            db.Decisions.Add(decision);
            // Sealed as the app seals every decision, so the village's screens verify it as they would a real one.
            new AuditLog(db, ChinaClock.System).RecordDecision(decision, submission.Number);
            await db.SaveChangesAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkInsert.WriteAsync(db, villages.Select(v => new SubmissionVillage
            {
                SubmissionId = submission.Id, VillageCode = v.Village, TownshipCode = v.Township, DistrictCode = SyntheticArea.District, Admitted = true,
            }).ToList());
            var isOpen = k < open;
            await BulkInsert.WriteAsync(db, villages.Select(v => Seeded(new Assignment
            {
                Id = Guid.NewGuid(), SubmissionId = submission.Id, VillageCode = v.Village, TownshipCode = v.Township, DistrictCode = SyntheticArea.District,
                DepartmentCode = department, DecisionId = decision.Id, Title = submission.Title, ListItemsJson = items, DemandsJson = demands,
                StartDate = submission.StartDate, DueDate = today.AddDays(k % 20), EndDate = submission.EndDate, FundingYuan = 1000,
                FundingState = SupportState.Pending,
                DispatchedAtUtc = now, CompletedAtUtc = isOpen ? null : now, CompletedBy = isOpen ? null : "bench",
            }, isOpen ? AssignmentStatus.Open : AssignmentStatus.Done)).ToList());
            await tx.CommitAsync();
        }
        await using var analyze = services.CreateAsyncScope();
        await analyze.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static Assignment Seeded(Assignment assignment, AssignmentStatus status)
    {
        assignment.MoveTo(status);
        return assignment;
    }
}

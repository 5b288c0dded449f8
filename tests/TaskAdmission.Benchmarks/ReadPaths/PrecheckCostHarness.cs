using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;
using TaskAdmission.Web;
using TaskAdmission.Web.Features.Admission;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Benchmarks.ReadPaths;

/// <summary>
/// `precheck-cost [townships=20] [villages=10000] [work=20] [townshiptasks=0] [n=200] [rounds=2] [loop=-1] [loopseconds=30] [prepare=0]`: where a warm pre-check's CPU goes, load
/// independently. The Monday city on TA_TEST_PG with the app in this process; then each stage of a pre-check is run
/// <c>n</c> times on its own, one call after another (the same <c>n</c> corpus bodies every stage), and charged the CPU
/// time this process and this PostgreSQL server (its postmaster and children) used meanwhile and the bytes this process
/// allocated, per call. One request at a time, so CPU per call does not depend on how loaded the machine is (a loaded
/// machine adds cache misses, not work); the background workers' share is printed as the idle line (per second).
/// The HTTP lines include the client in this process; compare the pre-check with the bare key endpoint.
/// <c>townshiptasks</c> adds that many admitted tasks of two townships each (1,000 villages at the defaults), as a
/// Monday's township decisions leave them. The running-task stages are measured with the index
/// (<see cref="RunningTaskIndex"/>) and with the statement, and the index's refresh after one task of ≈1,000 villages
/// changed, and its whole reload.
/// </summary>
public sealed class PrecheckCostHarness : IHarness
{
    public string Name => "precheck-cost";

    public string Description => "CPU time and allocations per warm pre-check, by stage (HTTP, body, context and its parts, check, JSON), next to the bare key endpoint";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new HarnessArgs(args);
        var townships = o.Int("townships", 20);
        var villages = o.Int("villages", 10_000);
        var n = o.Int("n", 200);
        Console.WriteLine($"precheck-cost | load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "precheckcost");
        var app = TaskAdmissionApp.Build(
        [
            "--environment=Staging", "--Demo:Enabled=true", "--Burden:DemoWork=false", "--Database:Provider=Postgres",
            // prepare=1: Npgsql's automatic preparation (a statement run often is parsed and planned once per connection).
            $"--ConnectionStrings:Default={database.ConnectionString}{(o.Int("prepare", 0) == 1 ? ";Max Auto Prepare=50;Auto Prepare Min Usages=2" : "")}", "--RateLimiting:PermitsPerMinute=1000000",
            "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
        ]);
        await using (app)
        {
            await app.InitializeDatabaseAsync();
            var clock = Stopwatch.StartNew();
            var city = await MondayCity.CreateAsync(app.Services, townships, villages / townships, 8);
            await InboxLoadHarness.GenerateAsync(app.Services, [.. city.Villages.Select(v => (v, city.TownshipOf(v)))], o.Int("work", 20), varied: true);
            var townshipTasks = await SeedTownshipTasksAsync(app.Services, city, o.Int("townshiptasks", 0));
            Console.WriteLine($"precheck-cost | seeded {city.Villages.Count} villages, {o.Int("work", 20)} admitted tasks each, {townshipTasks.Count} township tasks: {clock.Elapsed.TotalSeconds:0} s");
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var bodies = new MondayBodies(MondayBodies.Mix(NoticeCorpus.Load(), 20), city, ChinaClock.System.Today, 2);
            using var http = LoopbackHttp.Create(address);
            var services = app.Services;
            // Only this database server's processes (the postmaster and its children): other PostgreSQL servers on a shared machine are not ours.
            int postmaster;
            await using (var connection = new Npgsql.NpgsqlConnection(database.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new Npgsql.NpgsqlCommand("select pg_backend_pid()", connection);
                postmaster = AppProcess.Parent((int)(await command.ExecuteScalarAsync())!);
            }
            (TimeSpan App, TimeSpan Pg) Cpu()
            {
                using var self = Process.GetCurrentProcess();
                return (self.TotalProcessorTime, AppProcess.ProcCpu(postmaster, children: true));
            }
            var built = Enumerable.Range(0, n).Select(i => bodies.Build(1000 + i, new Random(1000 + i))).ToArray();
            var requests = built.Select(b => JsonSerializer.Deserialize<SubmissionRequestDto>(b.Json, AdmissionJson.Options)!.ToRequest(ChinaClock.System.Today)).ToArray();
            var key = city.Keys[0].Key;
            var targets = requests.Select(r => r.TargetOrgUnitCodes.Count).ToArray();
            Console.WriteLine($"precheck-cost | {n} corpus bodies, {built.Average(b => Encoding.UTF8.GetByteCount(b.Json)) / 1024:0.0} KiB each on average, {targets.Average():0.0} target townships");

            // The contexts and results the check and JSON stages use (built once, outside the measured loops).
            var contexts = new PrecheckContext[n];
            var results = new PrecheckResult[n];
            var analyses = new PrecheckAnalysis[n];
            for (var i = 0; i < n; i++)
            {
                await using var scope = services.CreateAsyncScope();
                contexts[i] = await scope.ServiceProvider.GetRequiredService<PrecheckService>().BuildContextAsync(requests[i], null, CancellationToken.None);
                results[i] = Prechecker.Check(requests[i], contexts[i], AppLanguage.ZhCn, out analyses[i]);
            }
            Console.WriteLine($"precheck-cost | {contexts.Average(c => c.Villages.Count):0} target villages and {contexts.Average(c => c.ActiveTasks.Count):0.0} running tasks per context on average; outcomes {string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => $"{g.Key} {g.Count()}"))}");

            // The running-task index answers only while the listener is live; it must answer as the statement does.
            var index = services.GetRequiredService<RunningTaskIndex>();
            var feed = services.GetRequiredService<Application.Villages.Caching.VillageInboxCache>();
            for (var wait = Stopwatch.StartNew(); !feed.IsLive && wait.Elapsed < TimeSpan.FromSeconds(30);)
            {
                await Task.Delay(100);
            }
            var agreed = 0;
            var answered = 0;
            for (var i = 0; i < n; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var prechecker = scope.ServiceProvider.GetRequiredService<PrecheckService>();
                var dictionary = await scope.ServiceProvider.GetRequiredService<PrecheckReadCache>().DictionaryAsync(db);
                var codes = contexts[i].Villages.Select(v => v.VillageCode).ToList();
                answered += await index.FindAsync(db, codes, requests[i].StartDate, null, null, 500) is null ? 0 : 1;
                var viaIndex = await prechecker.ActiveTasksAsync(contexts[i].Villages, requests[i], dictionary, null, null, CancellationToken.None);
                var viaStatement = await prechecker.StatementAsync(codes, requests[i], dictionary, null, null, CancellationToken.None);
                agreed += Same(viaIndex, viaStatement) ? 1 : 0;
            }
            var held = index.Held();
            Console.WriteLine($"precheck-cost | running-task index: live {feed.IsLive}, answered {answered} of {n}, agreed with the statement {agreed} of {n}; holds {held.Count} tasks, {held.Sum(t => t.Villages)} admitted villages");
            // The task the refresh stage signals: the one nearest 1,000 villages.
            var refreshed = held.OrderBy(t => Math.Abs(t.Villages - 1000)).Select(t => t.Id).FirstOrDefault();
            Console.WriteLine($"precheck-cost | the refresh stage re-reads a task of {held.FirstOrDefault(t => t.Id == refreshed).Villages} villages");

            (string Name, Func<int, Task> Run)[] stages =
            [
                ("HTTP GET /api/v1/me (X-Api-Key, bare)", async i =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
                    request.Headers.Add("X-Api-Key", key);
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                }),
                ("HTTP POST /api/v1/precheck (X-Api-Key)", async i =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = new StringContent(built[i].Json, Encoding.UTF8, "application/json") };
                    request.Headers.Add("X-Api-Key", built[i].Key);
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"pre-check answered {(int)response.StatusCode}");
                    }
                }),
                ("  body: JSON to SubmissionRequestDto to request", i =>
                {
                    _ = JsonSerializer.Deserialize<SubmissionRequestDto>(built[i].Json, AdmissionJson.Options)!.ToRequest(ChinaClock.System.Today);
                    return Task.CompletedTask;
                }),
                ("  service: scope + AdmissionService.PrecheckAsync", async i =>
                {
                    await using var scope = services.CreateAsyncScope();
                    _ = await scope.ServiceProvider.GetRequiredService<AdmissionService>().PrecheckAsync(requests[i], AppLanguage.ZhCn);
                }),
                ("    context: PrecheckService.BuildContextAsync", async i =>
                {
                    await using var scope = services.CreateAsyncScope();
                    _ = await scope.ServiceProvider.GetRequiredService<PrecheckService>().BuildContextAsync(requests[i], null, CancellationToken.None);
                }),
                ("      org tree (cached) + villages with township, district", async i =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var org = await scope.ServiceProvider.GetRequiredService<OrgDirectoryCache>().GetAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
                    _ = org.PlacesUnder(requests[i].TargetOrgUnitCodes);
                }),
                ("      targets: lists in force (cached) per village", async i =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var cache = scope.ServiceProvider.GetRequiredService<PrecheckReadCache>();
                    var lists = scope.ServiceProvider.GetRequiredService<ListService>();
                    foreach (var village in contexts[i].Villages)
                    {
                        _ = new TargetVillage(village.VillageCode, village.TownshipCode, village.DistrictCode,
                            await cache.InForceAsync(db, lists, village.DistrictCode, village.VillageCode, requests[i].StartDate));
                    }
                }),
                ("HTTP POST /api/v1/precheck, index off (statement)", async i =>
                {
                    index.Off = true;
                    try
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = new StringContent(built[i].Json, Encoding.UTF8, "application/json") };
                        request.Headers.Add("X-Api-Key", built[i].Key);
                        using var response = await http.SendAsync(request);
                        await response.Content.ReadAsByteArrayAsync();
                    }
                    finally
                    {
                        index.Off = false;
                    }
                }),
                ("      running tasks (index, or the statement if not live)", async i =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var dictionary = await scope.ServiceProvider.GetRequiredService<PrecheckReadCache>().DictionaryAsync(db);
                    _ = await scope.ServiceProvider.GetRequiredService<PrecheckService>().ActiveTasksAsync(contexts[i].Villages, requests[i], dictionary, null, null, CancellationToken.None);
                }),
                ("      running tasks (the statement)", async i =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var dictionary = await scope.ServiceProvider.GetRequiredService<PrecheckReadCache>().DictionaryAsync(db);
                    _ = await scope.ServiceProvider.GetRequiredService<PrecheckService>().StatementAsync(
                        [.. contexts[i].Villages.Select(v => v.VillageCode)], requests[i], dictionary, null, null, CancellationToken.None);
                }),
                ("      index: one task changed (see above), re-read", async i =>
                {
                    // What a pre-check pays after one admission's notification: re-read that task, then find.
                    feed.Tasks.Changed([refreshed]);
                    await using var scope = services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    _ = await index.FindAsync(db, [.. contexts[i].Villages.Select(v => v.VillageCode)], requests[i].StartDate, null, null, 500);
                }),
                ("    Prechecker.Check (zh)", i =>
                {
                    _ = Prechecker.Check(requests[i], contexts[i], AppLanguage.ZhCn);
                    return Task.CompletedTask;
                }),
                ("    Prechecker.Check (en)", i =>
                {
                    _ = Prechecker.Check(requests[i], contexts[i], AppLanguage.En);
                    return Task.CompletedTask;
                }),
                ("    Prechecker.Check (en), reusing the zh reading", i =>
                {
                    _ = Prechecker.Check(requests[i], contexts[i], AppLanguage.En, analyses[i]);
                    return Task.CompletedTask;
                }),
                ("  JSON of the result", i =>
                {
                    _ = JsonSerializer.SerializeToUtf8Bytes(results[i], AdmissionJson.Options);
                    return Task.CompletedTask;
                }),
            ];
            // loop=<stage index> loopseconds=<s>: run one stage over and over first, for a sampling profiler to attach
            // (e.g. DOTNET_PerfMapEnabled=1 and `perf record -g -p <pid>`).
            if (o.Int("loop", -1) is >= 0 and var loop)
            {
                Console.WriteLine($"precheck-cost | looping '{stages[loop].Name.Trim()}' for {o.Int("loopseconds", 30)} s in process {Environment.ProcessId}");
                var until = Stopwatch.StartNew();
                for (var i = 0; until.Elapsed.TotalSeconds < o.Int("loopseconds", 30); i = (i + 1) % n)
                {
                    await stages[loop].Run(i);
                }
            }
            for (var round = 1; round <= o.Int("rounds", 2); round++)
            {
                var idleBefore = Cpu();
                var threadsBefore = ThreadTimes();
                var idleClock = Stopwatch.StartNew();
                await Task.Delay(TimeSpan.FromSeconds(o.Int("idle", 2)));
                var idleAfter = Cpu();
                var busiest = ThreadTimes().Select(t => (t.Key, Ms: t.Value - threadsBefore.GetValueOrDefault(t.Key))).OrderByDescending(t => t.Ms).Take(5);
                Console.WriteLine($"precheck-cost | round {round} | idle: busiest threads {string.Join(", ", busiest.Select(t => $"{t.Key} {t.Ms} ms"))}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"precheck-cost | round {round} | idle: this process {(idleAfter.App - idleBefore.App).TotalMilliseconds / idleClock.Elapsed.TotalSeconds:0.0} ms, PostgreSQL {(idleAfter.Pg - idleBefore.Pg).TotalMilliseconds / idleClock.Elapsed.TotalSeconds:0.0} ms of CPU per second (background workers)"));
                foreach (var (name, run) in stages)
                {
                    for (var i = 0; i < Math.Min(20, n); i++)
                    {
                        await run(i);
                    }
                    var allocated = GC.GetTotalAllocatedBytes(precise: true);
                    var before = Cpu();
                    var wall = Stopwatch.StartNew();
                    for (var i = 0; i < n; i++)
                    {
                        await run(i);
                    }
                    var after = Cpu();
                    var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)n;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"precheck-cost | round {round} | {name,-52} | CPU {(after.App - before.App).TotalMilliseconds / n,6:0.000} ms app+client, {(after.Pg - before.Pg).TotalMilliseconds / n,6:0.000} ms PostgreSQL | {bytes / 1024,7:0.0} KiB | wall {wall.Elapsed.TotalMilliseconds / n,6:0.000} ms per call"));
                }
            }
            // The whole reload (first use, the max-age backstop, "any task changed"): a few calls only, each reads every running task.
            for (var round = 1; round <= o.Int("rounds", 2); round++)
            {
                var reloads = Math.Min(10, n);
                var fullBefore = index.FullLoads;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var before = Cpu();
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < reloads; i++)
                {
                    feed.Tasks.ChangedAny();
                    await using var scope = services.CreateAsyncScope();
                    _ = await index.FindAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), [.. contexts[i].Villages.Select(v => v.VillageCode)], requests[i].StartDate, null, null, 500);
                }
                var after = Cpu();
                var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)reloads;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"precheck-cost | round {round} | {"      index: whole reload (" + (index.FullLoads - fullBefore) + " of " + reloads + ")",-52} | CPU {(after.App - before.App).TotalMilliseconds / reloads,6:0.000} ms app+client, {(after.Pg - before.Pg).TotalMilliseconds / reloads,6:0.000} ms PostgreSQL | {bytes / 1024,7:0.0} KiB | wall {wall.Elapsed.TotalMilliseconds / reloads,6:0.000} ms per call"));
            }
            Console.WriteLine($"precheck-cost | running-task index: {index.FullLoads} whole reads, {index.Refreshes} refreshes in all");
            Console.WriteLine($"precheck-cost | load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
            await app.StopAsync();
        }
        return 0;
    }

    /// <summary>The same tasks with the same shown values (the village named may differ: any admitted target is one).</summary>
    private static bool Same(IReadOnlyList<ActiveTask> a, IReadOnlyList<ActiveTask> b)
    {
        static string Describe(IReadOnlyList<ActiveTask> tasks) => string.Join("\n", tasks.OrderBy(t => t.Id).Select(t =>
            $"{t.Id} {t.Number} {t.Title} {t.DepartmentCode} {t.DepartmentNameZh} {t.DepartmentNameEn} {t.Demands} [{string.Join(';', t.Fields)}] {t.SharedVillages} {t.VillageCodes.Count}"));
        return Describe(a) == Describe(b);
    }

    /// <summary>
    /// Admitted tasks of two neighbouring townships each (as township decisions leave them), ending on different days,
    /// every third collecting a field, each with one demand; written as the app writes a submission's villages (COPY).
    /// </summary>
    private static async Task<List<Guid>> SeedTownshipTasksAsync(IServiceProvider services, MondayCity city, int count)
    {
        var today = ChinaClock.System.Today;
        var now = DateTime.UtcNow;
        var villagesOf = city.Villages.GroupBy(city.TownshipOf).ToDictionary(g => g.Key, g => g.ToList());
        var ids = new List<Guid>();
        for (var k = 0; k < count; k++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            string[] townships = [city.Townships[k % city.Townships.Count], city.Townships[(k + 1) % city.Townships.Count]];
            var submission = new Submission
            {
                Id = Guid.NewGuid(), Number = $"ZRTOWN-{k:D4}", DepartmentCode = "CITY-MZ", Title = $"乡镇基准事项 {k + 1}", Description = "benchmark",
                ClaimedItemCodes = ["XZ-04"], TargetOrgUnitCodes = [.. townships], StartDate = today.AddDays(-30), EndDate = today.AddDays(30 + k % 300),
                CollectedFields = k % 3 == 0 ? ["姓名", "身份证号"] : [],
                FundingYuanPerVillage = 1000, CreatedBy = "bench", CreatedAtUtc = now, SubmittedAtUtc = now, ContactName = "bench", ContactPhone = "0",
            };
            submission.Demands.Add(new SubmissionDemand { Id = Guid.NewGuid(), SubmissionId = submission.Id, Kind = Core.Lists.DemandKind.Report, Count = 1, Period = DemandPeriod.Quarter });
            submission.MoveTo(Core.Admission.Submissions.SubmissionStatus.InReview);
            submission.MoveTo(Core.Admission.Submissions.SubmissionStatus.Admitted);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkInsert.WriteAsync(db, townships.SelectMany(t => villagesOf[t].Select(v => new Core.Admission.Submissions.SubmissionVillage
            {
                SubmissionId = submission.Id, VillageCode = v, TownshipCode = t, DistrictCode = MondayCity.District, Admitted = true,
            })).ToList());
            await tx.CommitAsync();
            ids.Add(submission.Id);
        }
        return ids;
    }

    /// <summary>CPU milliseconds (user + system) of each thread of this process, by "name/tid" (Linux /proc).</summary>
    private static Dictionary<string, long> ThreadTimes()
    {
        var times = new Dictionary<string, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                times[$"{name}/{Path.GetFileName(dir)}"] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10;
            }
            catch (IOException)
            {
                // The thread ended while we read it.
            }
        }
        return times;
    }
}

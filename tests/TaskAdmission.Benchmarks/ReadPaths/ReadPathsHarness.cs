using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using TaskAdmission.Application;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;
using TaskAdmission.Web;
using TaskAdmission.Web.Features.Admission;
using TaskAdmission.Web.Features.Villages;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Benchmarks.ReadPaths;

/// <summary>
/// `read-paths [townships=20] [villages=10000] [work=5] [requests=40] [sql=0] [explain=0]`: the Monday city on TA_TEST_PG with
/// the app in this process, then each read path one request at a time, warm: SQL statements and rows per request
/// (exact: counted per request trace, background workers excluded) and the mean time. The inbox is read right after
/// its village's cache entry was evicted, as after a change; the pre-check is also sent with its cached lists in force
/// and data-field dictionary made stale before each request, as right after a list or field change (what every
/// pre-check read before PrecheckReadCache). Per path also the bytes allocated per request (process-wide: compare with
/// the bare endpoints), and in process the pre-check's phases with their allocations (the check and the JSON exact).
/// sql=1 prints each statement of the last request; explain=1 prints the plan (EXPLAIN ANALYZE, BUFFERS) of its
/// slowest statement. http-cost=N measures the bytes allocated per request of the API and the `/village` page over HTTP after an eviction, cached and in
/// the other language; cost=N (default 200) first measures by counts what an inbox miss and hit cost and what a cached
/// entry keeps (<see cref="InboxCostAsync"/>); only-cost=1 stops after it (with stages=1, after it and the inbox's stages in process; with explain=1 after the plan of
/// a miss's inbox statement, and the revalidation's fingerprint statement); types=1 also prints what a miss allocates by type (the runtime's allocation samples);
/// revalidate=1 runs the app with <c>Villages:InboxRevalidate</c> (every miss then also takes the fingerprint) and adds to the cost
/// the allocations of an entry revalidated at MaxAge and found unchanged, with its verdicts young and with every seal checked again.
/// </summary>
public sealed class ReadPathsHarness : IHarness
{
    public string Name => "read-paths";

    public string Description => "SQL statements and rows per request of the pre-check, the inbox on a cache miss and their bare endpoints (10,000 villages)";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new HarnessArgs(args);
        var townships = o.Int("townships", 20);
        var villages = o.Int("villages", 10_000);
        var requests = o.Int("requests", 40);
        Console.WriteLine($"read-paths | load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "readpaths");
        var app = TaskAdmissionApp.Build(
        [
            "--environment=Staging", "--Demo:Enabled=true", "--Burden:DemoWork=false", "--Database:Provider=Postgres",
            $"--ConnectionStrings:Default={database.ConnectionString}", "--RateLimiting:PermitsPerMinute=1000000",
            "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--Villages:InboxRevalidate={(o.Int("revalidate", 0) == 1 ? "true" : "false")}",
        ]);
        await using (app)
        {
            await app.InitializeDatabaseAsync();
            var clock = Stopwatch.StartNew();
            var city = await MondayCity.CreateAsync(app.Services, townships, villages / townships, 8);
            await InboxLoadHarness.GenerateAsync(app.Services, [.. city.Villages.Select(v => (v, city.TownshipOf(v)))], o.Int("work", 5), varied: true);
            var cookies = await VillageSessions.MintAsync(app.Services, city.Villages);
            Console.WriteLine($"read-paths | seeded {city.Villages.Count} villages, {o.Int("work", 5)} admitted tasks each: {clock.Elapsed.TotalSeconds:0} s");
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var bodies = new MondayBodies(MondayBodies.Mix(NoticeCorpus.Load(), 20), city, ChinaClock.System.Today, 2);
            var inbox = app.Services.GetRequiredService<VillageInboxCache>();
            var verdicts = app.Services.GetRequiredService<DecisionVerdictCache>();
            using var http = LoopbackHttp.Create(address);
            using var counter = new StatementCounter();
            var sql = o.Int("sql", 0) == 1;
            var explain = o.Int("explain", 0) == 1;
            var key = city.Keys[0];
            if (o.Int("cost", 200) > 0)
            {
                await InboxCost.RunAsync(app.Services, city.Villages, o.Int("cost", 200), o.Int("types", 0) == 1);
            }
            if (o.Int("http-cost", 0) > 0)
            {
                await InboxHttpCostAsync(http, cookies, city.Villages, inbox, o.Int("http-cost", 0));
            }
            if (o.Int("only-cost", 0) == 1)
            {
                if (explain)
                {
                    // The inbox statement of a miss as the app sends it, and its plan on this city.
                    var village = city.Villages[123];
                    inbox.Evict([village]);
                    var (_, _, tally) = await SendAsync(http, Cookie(new HttpRequestMessage(HttpMethod.Get, MondayTraffic.InboxPath), cookies, village), counter, cookies);
                    foreach (var (text, ms, count, _) in tally.Commands)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read-paths |     {ms,7:0.00} ms {count,6} rows  {text.ReplaceLineEndings(" ")}"));
                    }
                    if (tally.Commands.FirstOrDefault(c => c.Sql.Contains("submission_villages", StringComparison.Ordinal) && !c.Sql.Contains("xmin", StringComparison.Ordinal)) is { Sql: not null } statement)
                    {
                        await ExplainAsync(database.ConnectionString, statement);
                    }
                    // The revalidation's one statement (revalidate=1 also sends it before every miss's read).
                    await ExplainAsync(database.ConnectionString, (InboxFingerprint.Sql, 0, 1, [new NpgsqlParameter("village", village)]));
                    await PreparedPlansAsync(app.Services, city.Villages);
                }
                if (o.Int("stages", 0) == 1)
                {
                    await InboxStagesAsync(app.Services, city.Villages, cookies, counter, o.Int("stage-runs", 200));
                }
                await app.StopAsync();
                return 0;
            }

            (string Name, Func<int, HttpRequestMessage> Make)[] paths =
            [
                ("GET /api/v1/me (X-Api-Key, bare)", _ => Key(new HttpRequestMessage(HttpMethod.Get, "/api/v1/me"), key.Key)),
                ("POST /api/v1/precheck (X-Api-Key)", i =>
                {
                    var body = bodies.Build(i, new Random(i));
                    return Key(new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = new StringContent(body.Json, Encoding.UTF8, "application/json") }, body.Key);
                }),
                // As right after a list or data-field change on any node: the pre-check's cached lists in force and
                // dictionary are stale, so it reads them as it did before PrecheckReadCache (the org tree and the
                // department codes stay cached: their 'org' marker also evicts every inbox).
                ("POST /api/v1/precheck, lists+fields just changed", i =>
                {
                    inbox.Signal(VillageInboxCache.ListsChanged);
                    inbox.Signal(VillageInboxCache.FieldsChanged);
                    var body = bodies.Build(i, new Random(i));
                    return Key(new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = new StringContent(body.Json, Encoding.UTF8, "application/json") }, body.Key);
                }),
                ("GET /api/v1/me (cookie, bare)", i => Cookie(new HttpRequestMessage(HttpMethod.Get, "/api/v1/me"), cookies, city.Villages[(i * 7919) % city.Villages.Count])),
                ("GET inbox, cache just evicted (cookie)", i =>
                {
                    verdicts.Off = false;
                    var village = city.Villages[(i * 7919) % city.Villages.Count];
                    inbox.Evict([village]);
                    return Cookie(new HttpRequestMessage(HttpMethod.Get, MondayTraffic.InboxPath), cookies, village);
                }),
                // The same right after a change, with the decision verdicts judged afresh on every miss, as before
                // DecisionVerdictCache (same run, for comparison).
                ("GET inbox, cache just evicted, verdicts not kept", i =>
                {
                    verdicts.Off = true;
                    var village = city.Villages[(i * 7919) % city.Villages.Count];
                    inbox.Evict([village]);
                    return Cookie(new HttpRequestMessage(HttpMethod.Get, MondayTraffic.InboxPath), cookies, village);
                }),
                ("GET inbox, cached (cookie)", i => Cookie(new HttpRequestMessage(HttpMethod.Get, MondayTraffic.InboxPath), cookies, city.Villages[0])),
                ("GET /village page, cache just evicted, verdicts not kept", i =>
                {
                    verdicts.Off = true;
                    var village = city.Villages[(i * 104729) % city.Villages.Count];
                    inbox.Evict([village]);
                    return Cookie(new HttpRequestMessage(HttpMethod.Get, "/village"), cookies, village);
                }),
                ("GET /village page, cache just evicted", i =>
                {
                    verdicts.Off = false;
                    var village = city.Villages[(i * 104729) % city.Villages.Count];
                    inbox.Evict([village]);
                    return Cookie(new HttpRequestMessage(HttpMethod.Get, "/village"), cookies, village);
                }),
                ("GET /village page, cached", i => Cookie(new HttpRequestMessage(HttpMethod.Get, "/village"), cookies, city.Villages[0])),
            ];
            // The villages the cookie paths read: their sessions are minted afresh before each path, so every request
            // meets the steady state of a browser in use (Identity refreshes a session's claims once a minute, 5 statements).
            var used = Enumerable.Range(0, 10).Concat(Enumerable.Range(1000, requests))
                .SelectMany(i => new[] { city.Villages[(i * 7919) % city.Villages.Count], city.Villages[(i * 104729) % city.Villages.Count] })
                .Append(city.Villages[0]).Distinct().ToList();
            foreach (var (name, make) in paths)
            {
                foreach (var (village, cookie) in await VillageSessions.MintAsync(app.Services, used))
                {
                    cookies[village] = cookie;
                }
                for (var i = 0; i < 10; i++)
                {
                    await SendAsync(http, make(i), counter, cookies);
                }
                var statements = new List<int>();
                var rows = new List<long>();
                var times = new List<double>();
                StatementCounter.Tally? last = null;
                var statuses = new SortedDictionary<int, int>();
                // Process-wide (server, client and background workers alike): compare a path with its bare endpoint.
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                // CPU of this process (server, client, workers) per request: steadier than wall time on a loaded machine.
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                for (var i = 0; i < requests; i++)
                {
                    var (status, ms, tally) = await SendAsync(http, make(1000 + i), counter, cookies);
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    statements.Add(tally.Statements);
                    rows.Add(tally.Rows);
                    times.Add(ms);
                    last = tally;
                }
                var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)requests;
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / requests;
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"read-paths | {name,-48} | statements {statements.Min()}–{statements.Max()} (mean {statements.Average():0.0}) | rows {rows.Min()}–{rows.Max()} (mean {rows.Average():0}) | " +
                    $"allocated {allocated / 1024:0} KiB/request, CPU {cpu:0.00} ms/request (process) | time mean {times.Average():0.00} ms, p50 {times[times.Count / 2]:0.00} ms | status {string.Join(' ', statuses.Select(s => $"{s.Key}:{s.Value}"))}"));
                if (sql && last is not null)
                {
                    foreach (var (text, ms, count, _) in last.Commands)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read-paths |     {ms,7:0.00} ms {count,6} rows  {text.ReplaceLineEndings(" ")[..Math.Min(text.Length, 400)]}"));
                    }
                }
                if (explain && last is { Commands.Count: > 0 })
                {
                    await ExplainAsync(database.ConnectionString, last.Commands.MaxBy(c => c.Ms));
                }
            }
            await PrecheckPhasesAsync(app.Services, bodies, requests);
            await InboxStagesAsync(app.Services, city.Villages, cookies, counter, o.Int("stage-runs", 200));
            Console.WriteLine($"read-paths | load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
            await app.StopAsync();
        }
        return 0;
    }

    /// <summary>
    /// Where a pre-check's time and allocations go in process, without HTTP: the context (database, caches), the check
    /// in each language, the JSON of the result. The check and the JSON are synchronous, so their allocations are this
    /// thread's and exact; the context is asynchronous, so its figure is process-wide (background workers included).
    /// </summary>
    private static async Task PrecheckPhasesAsync(IServiceProvider services, MondayBodies bodies, int requests)
    {
        var (context, check, en, json) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var (contextBytes, checkBytes, enBytes, jsonBytes, jsonSize) = (new List<long>(), new List<long>(), new List<long>(), new List<long>(), new List<long>());
        for (var i = 0; i < requests + 10; i++)
        {
            var dto = JsonSerializer.Deserialize<SubmissionRequestDto>(bodies.Build(1000 + i, new Random(1000 + i)).Json, AdmissionJson.Options)!;
            var request = dto.ToRequest(ChinaClock.System.Today);
            await using var scope = services.CreateAsyncScope();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            var built = await scope.ServiceProvider.GetRequiredService<PrecheckService>().BuildContextAsync(request, null, CancellationToken.None);
            var contextDone = Stopwatch.GetTimestamp();
            var contextAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var thread = GC.GetAllocatedBytesForCurrentThread();
            var checkStarted = Stopwatch.GetTimestamp();
            var result = Prechecker.Check(request, built, AppLanguage.ZhCn);
            var checkDone = Stopwatch.GetTimestamp();
            var checkAllocated = GC.GetAllocatedBytesForCurrentThread() - thread;
            _ = Prechecker.Check(request, built, AppLanguage.En);
            var enDone = Stopwatch.GetTimestamp();
            var enAllocated = GC.GetAllocatedBytesForCurrentThread() - thread - checkAllocated;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(result, AdmissionJson.Options);
            var jsonAllocated = GC.GetAllocatedBytesForCurrentThread() - thread - checkAllocated - enAllocated;
            if (i >= 10)
            {
                context.Add(Stopwatch.GetElapsedTime(started, contextDone).TotalMilliseconds);
                check.Add(Stopwatch.GetElapsedTime(checkStarted, checkDone).TotalMilliseconds);
                en.Add(Stopwatch.GetElapsedTime(checkDone, enDone).TotalMilliseconds);
                json.Add(Stopwatch.GetElapsedTime(enDone).TotalMilliseconds);
                contextBytes.Add(contextAllocated);
                checkBytes.Add(checkAllocated);
                enBytes.Add(enAllocated);
                jsonBytes.Add(jsonAllocated);
                jsonSize.Add(bytes.Length);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths | pre-check in process, mean of {requests}: context (database, caches) {context.Average():0.00} ms, Prechecker.Check {check.Average():0.00} ms (max {check.Max():0.00}), the same in English {en.Average():0.00} ms, JSON {json.Average():0.00} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths | pre-check allocations, mean of {requests}: context {contextBytes.Average() / 1024:0} KiB (process-wide), Prechecker.Check {checkBytes.Average() / 1024:0} KiB, English {enBytes.Average() / 1024:0} KiB, JSON {jsonBytes.Average() / 1024:0} KiB (exact, this thread); result JSON {jsonSize.Average() / 1024:0.0} KiB"));
    }

    /// <summary>
    /// Where an inbox request's CPU and allocations go, in process and without HTTP or a client: each stage run alone
    /// <paramref name="runs"/> times, one at a time, over varied villages. CPU is this process's (user + system, from
    /// getrusage: the background workers' few microseconds included) and allocations are process-wide, both per run:
    /// neither depends on the machine's load the way wall time does. Statements are exact (charged to the stage's trace).
    /// </summary>
    private static async Task InboxStagesAsync(IServiceProvider services, IReadOnlyList<string> villages, Dictionary<string, string> cookies,
        StatementCounter counter, int runs)
    {
        var cache = services.GetRequiredService<VillageInboxCache>();
        var verdicts = services.GetRequiredService<DecisionVerdictCache>();
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var sample = Enumerable.Range(0, 50).Select(i => villages[(i * 7919) % villages.Count]).Distinct().ToList();
        foreach (var (village, cookie) in await VillageSessions.MintAsync(services, sample))
        {
            cookies[village] = cookie;
        }
        // The rows and views of the sample, read once, for the stages that start from them.
        var rows = new List<List<AssignmentRow>>();
        var views = new List<IReadOnlyList<DueGroup>>();
        foreach (var village in sample)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var read = await AssignmentQueries.RowsAsync(db, OpenQuery(db, village), CancellationToken.None);
            rows.Add(read);
            var (checks, _) = await AssignmentQueries.JudgeAsync(db, read, null, CancellationToken.None);
            views.Add(AssignmentQueries.GroupByDue(AssignmentQueries.Build(read, checks)));
        }
        var actors = sample.Select(v => new Actor(v, AppRoles.VillageCommittee, null, v)).ToList();
        Console.WriteLine($"read-paths | inbox stages in process, {runs} runs each over {sample.Count} villages (CPU of this process and bytes allocated process-wide, per run; statements exact):");
        var stages = new List<(string Name, Func<int, Task> Body)>();
        Stage("auth: cookie → principal, security stamp (cached)", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            http.Request.Headers.Cookie = $"{VillageSessions.CookieName}={cookies[sample[i % sample.Count]]}";
            var result = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("the minted session did not authenticate");
            }
        });
        Stage("scope + pooled DbContext + VillageInboxService", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            _ = scope.ServiceProvider.GetRequiredService<VillageInboxService>();
        });
        Stage("hit: cache lookup + kept JSON", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            _ = await scope.ServiceProvider.GetRequiredService<VillageInboxService>().OpenRenderedAsync(actors[0], "api:zh", g => InboxJson.Write(sample[0], g, false, json));
        });
        Stage("miss: query (rows)", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            _ = await AssignmentQueries.RowsAsync(db, OpenQuery(db, sample[i % sample.Count]), CancellationToken.None);
        });
        Stage("miss: query (rows), compiled", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            _ = await AssignmentQueries.OpenRowsAsync(db, sample[i % sample.Count], CancellationToken.None);
        });
        Stage("miss: decision check, read and judged", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            _ = await AssignmentQueries.JudgeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), rows[i % rows.Count], null, CancellationToken.None);
        });
        Stage("miss: decision check, verdicts kept", async i =>
        {
            await using var scope = services.CreateAsyncScope();
            _ = await AssignmentQueries.JudgeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), rows[i % rows.Count], verdicts, CancellationToken.None);
        });
        Stage("miss: materialise views + group by due date", i =>
        {
            var read = rows[i % rows.Count];
            var checks = read.Select(r => r.Decision.Id).Distinct().ToDictionary(id => id, _ => DecisionIntegrity.Verified);
            _ = AssignmentQueries.GroupByDue(AssignmentQueries.Build(read, checks));
            return Task.CompletedTask;
        });
        Stage("miss: JSON (DTOs + serialise)", i =>
        {
            _ = VillageApi.RenderInbox(sample[i % sample.Count], views[i % views.Count], json);
            return Task.CompletedTask;
        });
        Stage("miss: JSON written from the views (InboxJson)", i =>
        {
            _ = InboxJson.Write(sample[i % sample.Count], views[i % views.Count], false, json);
            return Task.CompletedTask;
        });
        // What a miss did before the compiled query and the kept verdicts, step for step (same run, for comparison).
        Stage("miss: whole as before (LINQ rows, verdicts judged, JSON)", async i =>
        {
            var village = sample[i % sample.Count];
            cache.Evict([village]);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var read = await AssignmentQueries.RowsAsync(db, OpenQuery(db, village), CancellationToken.None);
            var (checks, _) = await AssignmentQueries.JudgeAsync(db, read, null, CancellationToken.None);
            _ = VillageApi.RenderInbox(village, AssignmentQueries.GroupByDue(AssignmentQueries.Build(read, checks)), json);
        });
        Stage("miss: whole (evict, OpenRenderedAsync: read, JSON, kept)", async i =>
        {
            var village = sample[i % sample.Count];
            cache.Evict([village]);
            await using var scope = services.CreateAsyncScope();
            _ = await scope.ServiceProvider.GetRequiredService<VillageInboxService>().OpenRenderedAsync(actors[i % actors.Count], "api:zh", g => InboxJson.Write(village, g, false, json));
        });
        Console.WriteLine($"read-paths | inbox stages: {rows.Sum(r => r.Count) / (double)rows.Count:0.0} open assignments per village of the sample, JSON {views.Select((v, i) => VillageApi.RenderInbox(sample[i], v, json).Length).Average() / 1024:0.0} KiB");

        // Each stage warmed up and its statements counted (each run under an activity the counter takes for a request's),
        // then measured in 5 rounds of runs/5 with the stages interleaved, so a burst of load elsewhere on the machine
        // falls on every stage alike; the CPU per run is reported as the least and the median of the rounds.
        var results = new List<(string Name, double Statements, List<double> Cpu, List<double> Bytes, List<double> Wall)>();
        foreach (var (name, body) in stages)
        {
            var statements = 0L;
            const int warmup = 20;
            for (var i = 0; i < warmup; i++)
            {
                using var activity = new Activity("Microsoft.AspNetCore.Hosting.HttpRequestIn").Start();
                await body(i);
                activity.Stop();
                statements += counter.Take(activity.TraceId).Statements;
            }
            results.Add((name, statements / (double)warmup, [], [], []));
        }
        var perRound = Math.Max(1, runs / 5);
        for (var round = 0; round < 5; round++)
        {
            for (var s = 0; s < stages.Count; s++)
            {
                var body = stages[s].Body;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < perRound; i++)
                {
                    await body(round * perRound + i);
                }
                results[s].Wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds / perRound);
                results[s].Bytes.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)perRound);
                results[s].Cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / perRound);
            }
        }
        foreach (var (name, statements, cpu, bytes, wall) in results)
        {
            cpu.Sort();
            bytes.Sort();
            wall.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read-paths |   {name,-52} CPU least {cpu[0],6:0.000} / median {cpu[2],6:0.000} ms  allocated {bytes[2] / 1024,7:0.0} KiB  statements {statements:0.00}  (wall median {wall[2]:0.000} ms)"));
        }

        void Stage(string name, Func<int, Task> body) => stages.Add((name, body));
    }

    private static IQueryable<TaskAdmission.Core.Villages.Assignment> OpenQuery(AppDbContext db, string village) =>
        AdmittedWork.ForVillage(db, village).Where(a => AdmittedWork.OpenStatuses.Contains(a.Status)).OrderBy(a => a.DueDate).Take(VillageInboxService.MaxRows);

    /// <summary>
    /// How PostgreSQL runs the inbox's prepared statement on one warm pooled connection: its generic and custom plans
    /// (<c>pg_prepared_statements</c>; a custom plan is planned again at every execution, a generic one once per
    /// connection), and the mean time of a read with the deciding units' names looked up by the statement against the
    /// names from <see cref="DecidingUnitNames"/>, in alternating rounds on that connection.
    /// </summary>
    private static async Task PreparedPlansAsync(IServiceProvider services, IReadOnlyList<string> villages)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var names = await scope.ServiceProvider.GetRequiredService<DecidingUnitNames>().GetAsync(db, CancellationToken.None)
            ?? throw new InvalidOperationException("the inbox cache is not live: no deciding units' names kept");
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        async Task<double> RoundAsync(IReadOnlyDictionary<string, string>? unitNames, int offset)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 200; i++)
            {
                _ = await AssignmentQueries.OpenRowsAsync(db, villages[(offset + i * 7919) % villages.Count], CancellationToken.None, unitNames);
            }
            return watch.Elapsed.TotalMilliseconds / 200;
        }
        _ = await RoundAsync(null, 0);
        _ = await RoundAsync(names, 0);
        var inStatement = new List<double>();
        var kept = new List<double>();
        for (var round = 0; round < 6; round++)
        {
            // Alternating, so that the machine's load falls on both alike.
            if (round % 2 == 0)
            {
                inStatement.Add(await RoundAsync(null, round * 200 + 1));
                kept.Add(await RoundAsync(names, round * 200 + 2));
            }
            else
            {
                kept.Add(await RoundAsync(names, round * 200 + 2));
                inStatement.Add(await RoundAsync(null, round * 200 + 1));
            }
        }
        await using (var command = new NpgsqlCommand(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%submission_villages%' AND statement NOT LIKE '%xmin%'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"read-paths |   an inbox statement prepared on one connection (each of the two ran {7 * 200} times here, besides earlier stages' reads on that pooled connection): generic plans {reader.GetInt64(0)}, custom plans {reader.GetInt64(1)}");
            }
        }
        static string Rounds(List<double> ms) => string.Join(", ", ms.Select(a => a.ToString("0.000", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   inbox rows read on one connection, mean per read over 6 alternating rounds of 200: names looked up by the statement {inStatement.Average():0.000} ms ({Rounds(inStatement)}), names kept ({names.Count} units) {kept.Average():0.000} ms ({Rounds(kept)})"));
    }

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of one statement as the app sent it, with its parameters.</summary>
    private static async Task ExplainAsync(string connectionString, (string Sql, double Ms, int Rows, NpgsqlParameter[] Parameters) statement)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) {statement.Sql}", connection);
        command.Parameters.AddRange(statement.Parameters);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"read-paths |   plan of the slowest statement ({statement.Ms:0.00} ms when the app sent it):");
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"read-paths |     {reader.GetString(0)}");
        }
    }

    /// <summary>
    /// http-cost=N: the bytes allocated per request (process-wide: the server's and this client's) over HTTP with the
    /// village's cookie, for N villages: the API and the `/village` page right after an eviction, from the cache, and in the
    /// other language first. The same client's overhead is in every line: compare them with each other.
    /// </summary>
    private static async Task InboxHttpCostAsync(HttpClient http, Dictionary<string, string> cookies, IReadOnlyList<string> villages,
        VillageInboxCache cache, int n)
    {
        var sample = Enumerable.Range(0, n).Select(i => villages[(int)((i * 7919L + 11) % villages.Count)]).Distinct().ToList();
        async Task<long> GetAsync(string path, string village, string language)
        {
            using var request = Cookie(new HttpRequestMessage(HttpMethod.Get, path), cookies, village);
            request.Headers.AcceptLanguage.ParseAdd(language);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadAsByteArrayAsync();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            // A renewed session cookie replaces the village's, as a browser does (else every later request renews it).
            if (response.Headers.TryGetValues("Set-Cookie", out var set)
                && set.FirstOrDefault(c => c.StartsWith(VillageSessions.CookieName + "=", StringComparison.Ordinal)) is { } renewed)
            {
                cookies[village] = renewed[(VillageSessions.CookieName.Length + 1)..renewed.IndexOf(';')];
            }
            return allocated;
        }
        // The bare endpoint with the same cookie first: what any cookie request costs here (authentication, the pipeline,
        // this client); the inbox's hits are compared with it.
        var bare = 0L;
        for (var pass = 0; pass < 2; pass++)
        {
            bare = 0;
            foreach (var village in sample)
            {
                bare += await GetAsync("/api/v1/me", village, "zh-CN");
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   over HTTP, GET /api/v1/me, bare ({sample.Count} villages, KiB allocated per request): {bare / 1024.0 / sample.Count:0.0}"));
        foreach (var path in new[] { MondayTraffic.InboxPath, "/village" })
        {
            // Per village, one after the other (no entry outlives MaxAge between its reads): after an eviction, cached,
            // the other language's first read, and that one cached.
            var sums = new long[4];
            for (var pass = 0; pass < 2; pass++)
            {
                Array.Clear(sums);
                foreach (var village in sample)
                {
                    cache.Evict([village]);
                    sums[0] += await GetAsync(path, village, "zh-CN");
                    sums[1] += await GetAsync(path, village, "zh-CN");
                    sums[2] += await GetAsync(path, village, "en");
                    sums[3] += await GetAsync(path, village, "en");
                }
            }
            // The second pass is measured: the first JIT-compiled every path.
            var kib = sums.Select(b => b / 1024.0 / sample.Count).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read-paths |   over HTTP, GET {path} ({sample.Count} villages, KiB allocated per request): after an eviction {kib[0]:0.0}, cached {kib[1]:0.0}, " +
                $"the other language's first {kib[2]:0.0}, then cached {kib[3]:0.0}"));
        }
    }

    private static HttpRequestMessage Key(HttpRequestMessage request, string key)
    {
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static HttpRequestMessage Cookie(HttpRequestMessage request, Dictionary<string, string> cookies, string village)
    {
        request.Headers.Add("Cookie", $"{VillageSessions.CookieName}={cookies[village]}");
        request.Options.Set(VillageOption, village);
        return request;
    }

    private static readonly HttpRequestOptionsKey<string> VillageOption = new("village");

    /// <summary>Sends with a W3C traceparent of our own, so the server's request activity carries a trace id we know.</summary>
    /// <remarks>A renewed session cookie (sliding expiry, claims refreshed) replaces the village's, as a browser does.</remarks>
    private static async Task<(int Status, double Ms, StatementCounter.Tally Tally)> SendAsync(
        HttpClient http, HttpRequestMessage request, StatementCounter counter, Dictionary<string, string> cookies)
    {
        var trace = ActivityTraceId.CreateRandom();
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var started = Stopwatch.GetTimestamp();
        using (request)
        using (var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead))
        {
            await response.Content.ReadAsByteArrayAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (request.Options.TryGetValue(VillageOption, out var village) && response.Headers.TryGetValues("Set-Cookie", out var set)
                && set.FirstOrDefault(c => c.StartsWith(VillageSessions.CookieName + "=", StringComparison.Ordinal)) is { } renewed)
            {
                cookies[village] = renewed[(VillageSessions.CookieName.Length + 1)..renewed.IndexOf(';')];
            }
            // The request's activity stops after the response is sent; give its last statements a moment to be charged.
            await Task.Delay(5);
            return ((int)response.StatusCode, ms, counter.Take(trace));
        }
    }
}

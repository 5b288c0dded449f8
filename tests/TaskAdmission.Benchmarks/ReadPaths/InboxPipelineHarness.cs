using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Benchmarks.Admission;
using TaskAdmission.Benchmarks.Monday;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Web;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Benchmarks.ReadPaths;

/// <summary>
/// `inbox-pipeline [townships=4] [villages=2000] [work=20] [n=2000] [explain=20] [plan=0] [types=0]`: what one village inbox request costs
/// the app beyond the bare cookie endpoint, by counts only (no timings: the machine is shared). The real app (every
/// middleware, cookie authentication, authorization, the endpoint filter, the handler) runs in this process on a
/// throw-away PostgreSQL behind ASP.NET Core's in-memory <c>TestServer</c>, so no socket and no HTTP client's work is in
/// the figures; requests are sent one at a time with a village's sign-in cookie. Per request kind — GET /api/v1/me
/// (bare), the inbox from the cache (hit), the inbox right after its village was evicted (miss) — it prints the bytes
/// allocated per request (process-wide: the app's idle background workers' few bytes are in every line alike), the
/// collections per 10,000 requests and the bytes they promoted out of gen0 and gen1 per request
/// (<see cref="GcPromotionMeter"/>), and the database statements per request (counted per request trace, in a separate
/// pass: the counting itself allocates), with the inbox cache's own count of hits and misses and the cookies re-issued in
/// each stretch (a hit stretch must be all hits, no stretch should re-issue). types=1 adds what each kind allocates by
/// type (the runtime's allocation samples, one per ≈ 100 KB). explain=N: the PostgreSQL buffers a miss's statements touch, from
/// EXPLAIN (ANALYZE, BUFFERS) of each statement as the app sent it, over N villages; plan=1 also prints the first village's plans.
/// </summary>
public sealed class InboxPipelineHarness : IHarness
{
    public string Name => "inbox-pipeline";

    public string Description => "bytes, collections and statements per village inbox request (hit, miss) against the bare cookie endpoint, in process";

    private const string Me = "/api/v1/me";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new HarnessArgs(args);
        var townships = o.Int("townships", 4);
        var villageCount = o.Int("villages", 2000);
        var work = o.Int("work", 20);
        var n = o.Int("n", 2000);
        Console.WriteLine($"inbox-pipeline | load average at start: {File.ReadAllText("/proc/loadavg").Trim()}; {GcPromotionMeter.Mode()}");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "inboxpipe");
        var app = TaskAdmissionApp.Build(
        [
            "--environment=Staging", "--Demo:Enabled=true", "--Burden:DemoWork=false", "--Database:Provider=Postgres",
            $"--ConnectionStrings:Default={database.ConnectionString}", "--RateLimiting:PermitsPerMinute=1000000",
            "--Logging:LogLevel:Default=Warning",
        ], builder => builder.WebHost.UseTestServer());
        await using (app)
        {
            await app.InitializeDatabaseAsync();
            var clock = Stopwatch.StartNew();
            var city = await MondayCity.CreateAsync(app.Services, townships, villageCount / townships, 8);
            await InboxLoadHarness.GenerateAsync(app.Services, [.. city.Villages.Select(v => (v, city.TownshipOf(v)))], work, varied: true);
            var cookies = await VillageSessions.MintAsync(app.Services, city.Villages);
            Console.WriteLine($"inbox-pipeline | seeded {city.Villages.Count} villages in {townships} townships, {work} admitted tasks each: {clock.Elapsed.TotalSeconds:0} s");
            await app.StartAsync();
            var server = app.GetTestServer();
            var cache = app.Services.GetRequiredService<VillageInboxCache>();
            for (var wait = 0; !cache.IsLive && wait < 400; wait++)
            {
                await Task.Delay(50);
            }
            Console.WriteLine($"inbox-pipeline | inbox cache live: {cache.IsLive}");
            var villages = city.Villages;
            var sink = new byte[256 * 1024];
            var renewed = 0;
            // The inbox cache's own count of its lookups (hit, miss), so a stretch says what it measured.
            var lookups = new long[2];
            using var meters = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Name == PlatformMetrics.Name && instrument.Name == "taskadmission.inbox_cache.lookups")
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "result")
                    {
                        Interlocked.Add(ref lookups[(string?)tag.Value == "hit" ? 0 : 1], value);
                    }
                }
            });
            meters.Start();

            async Task<int> SendAsync(string path, string village, string? traceparent = null)
            {
                var context = await server.SendAsync(c =>
                {
                    c.Request.Method = HttpMethods.Get;
                    c.Request.Path = path;
                    c.Request.Headers.Cookie = $"{VillageSessions.CookieName}={cookies[village]}";
                    c.Request.Headers.AcceptLanguage = "zh-CN";
                    if (traceparent is not null)
                    {
                        c.Request.Headers["traceparent"] = traceparent;
                    }
                });
                var length = 0;
                int read;
                while ((read = await context.Response.Body.ReadAsync(sink)) > 0)
                {
                    length += read;
                }
                if (context.Response.StatusCode != StatusCodes.Status200OK)
                {
                    throw new InvalidOperationException($"GET {path} as {village}: {context.Response.StatusCode}");
                }
                // A renewed session cookie replaces the village's, as a browser does (else every later request renews it).
                foreach (var set in context.Response.Headers.SetCookie)
                {
                    if (set is not null && set.StartsWith(VillageSessions.CookieName + "=", StringComparison.Ordinal))
                    {
                        cookies[village] = set[(VillageSessions.CookieName.Length + 1)..set.IndexOf(';')];
                        renewed++;
                    }
                }
                return length;
            }

            // The kinds, each request i over a village of its own (a stride through the city); a hit's village was read
            // just before the measured stretch, a miss's evicted right before its request (not counted: a dictionary removal).
            string VillageAt(int i) => villages[(int)((i * 7919L + 13) % villages.Count)];
            var kinds = new (string Name, string Path, Func<int, Task>? Before)[]
            {
                ("GET /api/v1/me (cookie, bare)", Me, null),
                ("GET inbox, cached (hit)", MondayTraffic.InboxPath, null),
                ("GET inbox, just evicted (miss)", MondayTraffic.InboxPath, i =>
                {
                    cache.Evict([VillageAt(i)]);
                    return Task.CompletedTask;
                }),
            };
            // Before a stretch: the cookies minted afresh (a session's claims are revalidated after 30 minutes: not in any
            // stretch), and for the hits every village of the stretch read once, so the stretch finds each in the cache.
            async Task PrepareAsync(string path, Func<int, Task>? before)
            {
                foreach (var (village, cookie) in await VillageSessions.MintAsync(app.Services, villages))
                {
                    cookies[village] = cookie;
                }
                if (before is null && path != Me)
                {
                    for (var i = 0; i < Math.Min(n, villages.Count); i++)
                    {
                        await SendAsync(path, VillageAt(i));
                    }
                }
            }

            // Warm-up: every path JIT-compiled (tier 1 included: each kind well past the 30 calls of tiering), every
            // decision's verdict judged once (as on a ramp after its first seconds), the sessions renewed once.
            for (var round = 0; round < 3; round++)
            {
                foreach (var (_, path, before) in kinds)
                {
                    for (var i = 0; i < Math.Min(n, 600); i++)
                    {
                        if (before is not null)
                        {
                            await before(i);
                        }
                        await SendAsync(path, VillageAt(i));
                    }
                }
            }
            await Task.Delay(1000);

            var types = o.Int("types", 0) == 1;
            using var gc = new GcPromotionMeter(sampleAllocations: types);
            foreach (var (name, path, before) in kinds)
            {
                await PrepareAsync(path, before);
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                var mark = GcPromotionMeter.Mark();
                _ = gc.TakeSamples();
                long allocated = 0, bytes = 0;
                var (hits, misses, renewals) = (Interlocked.Read(ref lookups[0]), Interlocked.Read(ref lookups[1]), renewed);
                for (var i = 0; i < n; i++)
                {
                    if (before is not null)
                    {
                        await before(i);
                    }
                    var start = GC.GetTotalAllocatedBytes(precise: true);
                    bytes += await SendAsync(path, VillageAt(i));
                    allocated += GC.GetTotalAllocatedBytes(precise: true) - start;
                }
                var totals = gc.Since(mark);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"inbox-pipeline | {name,-31} allocated {allocated / 1024.0 / n,6:0.00} KiB/request | collections per 10,000 requests gen0 {totals.Gen0 * 10_000 / n,5:0.0} gen1 {totals.Gen1 * 10_000 / n,5:0.0} gen2 {totals.Gen2 * 10_000 / n,4:0.0} | " +
                    $"promoted per request out of gen0 {totals.PromotedFromGen0 / n,6:0} B, out of gen1 {totals.PromotedFromGen1 / n,5:0} B | body {bytes / 1024.0 / n:0.0} KiB | " +
                    $"cache hits {Interlocked.Read(ref lookups[0]) - hits}, misses {Interlocked.Read(ref lookups[1]) - misses}, cookies re-issued {renewed - renewals} (of {n} requests)"));
                if (types)
                {
                    await Task.Delay(500);
                    var samples = gc.TakeSamples();
                    var total = Math.Max(1, samples.Values.Sum());
                    foreach (var (type, sampled) in samples.OrderByDescending(t => t.Value).Take(12))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"inbox-pipeline |     {sampled * 100.0 / total,5:0.0} %  {sampled / 1024.0 / n,6:0.00} KiB/request  {type}"));
                    }
                }
            }

            // Statements per request, counted per request trace (the counter's own listeners allocate: a pass of its own).
            using (var counter = new StatementCounter())
            {
                StatementCounter.Tally? lastMiss = null;
                var missVillage = "";
                foreach (var (name, path, before) in kinds)
                {
                    await PrepareAsync(path, before);
                    var statements = new List<int>();
                    var runs = Math.Min(n, 200);
                    for (var i = 0; i < runs; i++)
                    {
                        if (before is not null)
                        {
                            await before(i);
                        }
                        var trace = ActivityTraceId.CreateRandom();
                        await SendAsync(path, VillageAt(i), $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
                        await Task.Delay(2);
                        var tally = counter.Take(trace);
                        statements.Add(tally.Statements);
                        if (before is not null)
                        {
                            lastMiss = tally;
                            missVillage = VillageAt(i);
                        }
                    }
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"inbox-pipeline | {name,-34} statements per request {statements.Average():0.00} (min {statements.Min()}, max {statements.Max()}, {runs} requests)"));
                }
                if (o.Int("explain", 20) is var explain and > 0 && lastMiss is { Commands.Count: > 0 })
                {
                    await BuffersAsync(database.ConnectionString, lastMiss, missVillage, villages, explain, VillageAt, o.Int("plan", 0) == 1);
                }
            }
            Console.WriteLine($"inbox-pipeline | load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
            await app.StopAsync();
        }
        return 0;
    }

    /// <summary>
    /// The PostgreSQL buffers (shared hit + read) of a miss's statements: each statement the last miss sent, with its
    /// village parameter set to each of <paramref name="count"/> villages, run under EXPLAIN (ANALYZE, BUFFERS); the plan's
    /// top node carries the statement's whole.
    /// </summary>
    private static async Task BuffersAsync(string connectionString, StatementCounter.Tally miss, string village, IReadOnlyList<string> villages,
        int count, Func<int, string> villageAt, bool printPlan)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var total = 0L;
        var statements = 0;
        foreach (var (sql, _, _, parameters) in miss.Commands)
        {
            if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            statements++;
            for (var i = 0; i < count; i++)
            {
                await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) {sql}", connection);
                foreach (var p in parameters)
                {
                    var copy = p.Clone();
                    if (copy.Value is string s && s == village)
                    {
                        copy.Value = villageAt(i);
                    }
                    command.Parameters.Add(copy);
                }
                await using var reader = await command.ExecuteReaderAsync();
                var counted = false;
                while (await reader.ReadAsync())
                {
                    var line = reader.GetString(0);
                    if (printPlan && i == 0)
                    {
                        Console.WriteLine($"inbox-pipeline |   {line}");
                    }
                    if (!counted && Buffers().Match(line) is { Success: true } m)
                    {
                        total += (m.Groups["hit"].Success ? long.Parse(m.Groups["hit"].Value, CultureInfo.InvariantCulture) : 0)
                            + (m.Groups["read"].Success ? long.Parse(m.Groups["read"].Value, CultureInfo.InvariantCulture) : 0);
                        counted = true;
                    }
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inbox-pipeline | a miss's SELECT statements ({statements}): {total / (double)count:0.0} PostgreSQL buffers per miss (shared hit + read, EXPLAIN ANALYZE BUFFERS over {count} villages)"));
    }

    private static readonly Regex BuffersPattern = new(@"Buffers: shared(?: hit=(?<hit>\d+))?(?: read=(?<read>\d+))?", RegexOptions.Compiled);

    private static Regex Buffers() => BuffersPattern;
}

using System.Diagnostics;
using System.Globalization;
using Npgsql;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Common;
using TaskAdmission.Evaluation;
using TaskAdmission.Testing;
using TaskAdmission.Web;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// `monday [townships=20] [villages=10000] [work=20] [seconds=60] [submit=2] [precheck=4] [inbox=0] [changed=20] [rounds=2] [morning=1]`:
/// a county's Monday morning against the real app in its own process on TA_TEST_PG (durable under ./build.sh bench).
/// First the endpoints alone in alternating closed-loop rounds (bare with the same authentication against the real
/// one), then everything at once, open-loop; inbox=0 offers half the bare cookie endpoint's sustainable rate.
/// </summary>
public sealed class MondayHarness : IHarness
{
    public string Name => "monday";

    public string Description => "a county's Monday morning over HTTP: submissions, decisions, dispatch, Zipf inbox reads (open loop)";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new HarnessArgs(args);
        var townships = o.Int("townships", 20);
        var villages = o.Int("villages", 10_000);
        Console.WriteLine($"monday | load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "monday");
        string[] appArgs =
        [
            "--environment=Staging", "--Demo:Enabled=true", "--Burden:DemoWork=false", "--Database:Provider=Postgres",
            $"--ConnectionStrings:Default={database.ConnectionString}", "--RateLimiting:PermitsPerMinute=1000000",
        ];
        var clock = Stopwatch.StartNew();
        MondayCity city;
        Dictionary<string, string> cookies;
        var seeding = TaskAdmissionApp.Build([.. appArgs, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await using (seeding)
        {
            await seeding.InitializeDatabaseAsync();
            city = await MondayCity.CreateAsync(seeding.Services, townships, villages / townships, o.Int("departments", 8));
            await InboxLoadHarness.GenerateAsync(seeding.Services, [.. city.Villages.Select(v => (v, city.TownshipOf(v)))], o.Int("work", 20), varied: true);
            cookies = await VillageSessions.MintAsync(seeding.Services, city.Villages);
        }
        Console.WriteLine($"monday | seeded {city.Villages.Count} villages in {townships} townships, {o.Int("work", 20)} admitted tasks each (10 open), " +
            $"{city.Keys.Count} department keys: {clock.Elapsed.TotalSeconds:0} s");
        await using var app = await AppProcess.StartAsync(appArgs);
        var postmaster = await PostmasterAsync(database.ConnectionString);
        var notices = MondayBodies.Mix(NoticeCorpus.Load(), 20);
        var bodies = new MondayBodies(notices, city, ChinaClock.System.Today, 2);
        var zipf = new ZipfSampler<string>(city.Villages, 1.0, 20);
        var traffic = new MondayTraffic(app.BaseAddress, city, cookies, bodies, Options(o, 0));
        using var http = LoopbackHttp.Create(app.BaseAddress);
        var probe = new EndpointProbe(http, traffic, bodies, city, zipf);
        await probe.WarmAsync();

        var rounds = await probe.AlternatingRoundsAsync(o.Int("rounds", 2), TimeSpan.FromSeconds(o.Int("round-seconds", 8)));
        var inboxRate = o.Int("inbox", 0) is > 0 and var r ? r : Math.Max(1, Math.Round(rounds.CookieBarePerSecond * 0.5));
        if (o.Int("morning", 1) == 0)
        {
            Console.WriteLine($"monday | morning=0: the endpoints alone only; pre-check p99 at 8 clients {rounds.PrecheckP99:0.0} ms (goal <= 20 ms); load at end {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }

        var options = Options(o, inboxRate);
        traffic = new MondayTraffic(app.BaseAddress, city, cookies, bodies, options);
        var hitsBefore = await probe.InboxLookupsAsync();
        var (appCpu, pgCpu) = (app.Cpu(), AppProcess.ProcCpu(postmaster, children: true));
        Console.WriteLine($"monday | the morning: {options.Length.TotalSeconds:0} s open loop, submit {options.SubmitPerSecond}/s, pre-check {options.PrecheckPerSecond}/s, " +
            $"inbox {inboxRate}/s (Zipf s=1 over {city.Villages.Count} villages, {options.ChangedShare:P0} right after a change), load {File.ReadAllText("/proc/loadavg").Trim()}");
        var figures = await traffic.RunAsync();
        var (appUsed, pgUsed) = (app.Cpu() - appCpu, AppProcess.ProcCpu(postmaster, children: true) - pgCpu);
        var hitsAfter = await probe.InboxLookupsAsync();
        foreach (var line in figures.Lines())
        {
            Console.WriteLine($"monday | {line}");
        }
        var (hits, misses) = (hitsAfter.Hits - hitsBefore.Hits, hitsAfter.Misses - hitsBefore.Misses);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monday | inbox cache under the write stream: {hits} hits, {misses} misses = {(hits + misses == 0 ? 0 : (double)hits / (hits + misses)):P1} hit ratio"));
        var per = Math.Max(1, figures.Admissions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monday | CPU in the morning: app {appUsed.TotalSeconds:0.0} s, PostgreSQL {pgUsed.TotalSeconds:0.0} s; per admission (all its traffic included) " +
            $"app {appUsed.TotalMilliseconds / per:0} ms, PostgreSQL {pgUsed.TotalMilliseconds / per:0} ms"));
        Console.WriteLine($"monday | inbox p99 {figures.Inbox.P99:0.0} ms at {inboxRate}/s = {inboxRate / rounds.CookieBarePerSecond:P0} of the bare cookie endpoint (goal p99 <= 50 ms at >= 50 %); " +
            $"pre-check p99 at 8 clients {rounds.PrecheckP99:0.0} ms (goal <= 20 ms); load at end {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static MondayOptions Options(HarnessArgs o, double inboxRate) => new(
        TimeSpan.FromSeconds(o.Int("seconds", 60)), o.Int("submit", 2), o.Int("precheck", 4), inboxRate, o.Int("changed", 20) / 100.0);

    /// <summary>The server process of this database: the parent of our own backend.</summary>
    private static async Task<int> PostmasterAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        return AppProcess.Parent((int)(await command.ExecuteScalarAsync())!);
    }
}

using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Benchmarks.Villages;

namespace TaskAdmission.Benchmarks.Admission;

/// <summary>
/// The write path of a submission and of its admission, warm, on the benchmark's PostgreSQL: a department system's
/// submission (pre-check, rows, workflow start, audit, commit) to one township of 1,000 villages and to all of them,
/// each township's decision with the last one's dispatch, then N submitters at once. Prints time, round trips and
/// statements per call, the heaviest statement shapes, and submissions per second.
/// </summary>
public sealed class SubmitPathHarness : IHarness
{
    public string Name => "submit-path";

    public string Description => "submission and decision → dispatch write path at 1,000 and N villages: time, statements, submissions/s";

    public async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var (townships, perTownship) = (options.Int("townships", 10), options.Int("villages", 1_000));
        var (runs, concurrency, seconds) = (options.Int("runs", 3), options.Int("concurrency", 4), options.Int("seconds", 15));
        var (profile, warmup) = (options.Int("profile", 0), options.Int("warmup", 3)); // profile=N: AdmissionProfile (retained=1: AdmissionProfile.RetainedAsync after it)
        Console.WriteLine($"load before: {File.ReadAllText("/proc/loadavg").Trim()}");
        // The harness runs the queued dispatch's chunks itself (the worker is off), so it can time each one; chunk=N sets
        // the villages per chunk (chunk=100000: every decision dispatches inline, in its own transaction, as before 2026-12-03).
        var app = new BenchApp("--Villages:DispatchPollSeconds=0", $"--Villages:DispatchChunk={options.Int("chunk", 200)}");
        await app.InitializeAsync();
        try
        {
            if (profile > 0)
            {
                var codes = await CreateTownshipsAsync(app.Services, townships, perTownship);
                await AdmissionProfile.RunAsync(app, codes[0], profile, warmup, options.Int("pause", 0), options.Int("direct", 0) == 1, options.Int("alloc", 0));
                if (options.Int("retained", 0) == 1)
                {
                    await AdmissionProfile.RetainedAsync(app);
                }
            }
            else
            {
                await MeasureAsync(app, townships, perTownship, runs, concurrency, seconds);
            }
        }
        finally
        {
            await app.DisposeAsync();
        }
        Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static async Task MeasureAsync(BenchApp app, int townships, int perTownship, int runs, int concurrency, int seconds)
    {
        var codes = await CreateTownshipsAsync(app.Services, townships, perTownship);
        var scenario = new VillageScenario(app.Services);
        using var meter = new StatementMeter();
        var round = 0;
        foreach (var (label, targets) in new[] { ($"one township, {perTownship} villages", codes[..1]), ($"city-wide, {townships * perTownship} villages", codes) })
        {
            for (var run = 0; run <= runs; run++)
            {
                var title = $"写路径基准{++round}";
                meter.Reset();
                var clock = Stopwatch.StartNew();
                var submission = await scenario.SubmitAsync(title, targets);
                var submitMs = clock.Elapsed.TotalMilliseconds;
                var (submitTrips, submitStatements, submitSqlMs) = (meter.RoundTrips, meter.Statements, meter.StatementMs);
                var submitProfile = meter.Report(8, 1).ToList();
                if (submission.PrecheckOutcome != Core.Admission.Precheck.PrecheckOutcome.TownshipReview)
                {
                    throw new InvalidOperationException($"{title}: pre-check {submission.PrecheckOutcome}, expected township review");
                }
                foreach (var township in targets[..^1])
                {
                    await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
                }
                meter.Reset();
                clock.Restart();
                await scenario.DecideAsync(submission.Id, targets[^1], DecisionKind.Admit);
                var decideMs = clock.Elapsed.TotalMilliseconds;
                var (decideTrips, decideStatements, decideSqlMs) = (meter.RoundTrips, meter.Statements, meter.StatementMs);
                var decideProfile = meter.Report(8, 1).ToList();
                meter.Reset();
                var chunkMs = new List<double>();
                clock.Restart();
                var chunks = await AdmissionProfile.DrainAsync(scenario, chunkMs);
                var drainMs = clock.Elapsed.TotalMilliseconds;
                var kind = run == 0 ? "cold (first of its size)" : "warm";
                Console.WriteLine($"{label}, run {run} {kind}: submit {submitMs:F1} ms ({submitTrips} round trips, {submitStatements} statements, SQL {submitSqlMs:F1} ms); " +
                    $"last township's decision + dispatch {decideMs:F1} ms ({decideTrips} round trips, {decideStatements} statements, SQL {decideSqlMs:F1} ms); " +
                    $"queued dispatch: {chunks} chunks in {drainMs:F1} ms{(chunks == 0 ? "" : $", longest {chunkMs.Max():F1} ms")} ({meter.RoundTrips} round trips, {meter.Statements} statements, SQL {meter.StatementMs:F1} ms)");
                if (run == runs)
                {
                    Console.WriteLine("  submit, heaviest statement shapes (per call):");
                    submitProfile.ForEach(Console.WriteLine);
                    Console.WriteLine("  decision (+ dispatch when inline), heaviest statement shapes (per call):");
                    decideProfile.ForEach(Console.WriteLine);
                    Console.WriteLine("  queued dispatch's chunks, heaviest statement shapes (per call):");
                    meter.Report(8, 1).ToList().ForEach(Console.WriteLine);
                }
            }
        }
        await ConcurrentSubmittersAsync(scenario, meter, codes, concurrency, seconds);
    }

    /// <summary>N department systems submitting to one township each (1,000 villages) in a closed loop for a while.</summary>
    private static async Task ConcurrentSubmittersAsync(VillageScenario scenario, StatementMeter meter, string[] codes, int concurrency, int seconds)
    {
        meter.Reset();
        var latencies = new List<double>();
        var failures = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var i = 0; until.Elapsed.TotalSeconds < seconds; i++)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    await scenario.SubmitAsync($"并发提交{worker}-{i}", codes[(worker + i) % codes.Length]);
                    lock (latencies)
                    {
                        latencies.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref failures);
                    Console.WriteLine($"  submitter {worker}: {e.GetType().Name}: {e.Message}");
                }
            }
        }));
        var elapsed = until.Elapsed.TotalSeconds;
        latencies.Sort();
        var n = Math.Max(1, latencies.Count);
        Console.WriteLine($"{concurrency} concurrent submitters, {seconds} s, one township ({codes.Length} townships in turn): {latencies.Count} submissions, " +
            $"{latencies.Count / elapsed:F2}/s, p50 {At(latencies, 0.5):F0} ms, p99 {At(latencies, 0.99):F0} ms, {failures} failed; " +
            $"{meter.RoundTrips / (double)n:F1} round trips and {meter.Statements / (double)n:F1} statements per submission");
        Console.WriteLine("  heaviest statement shapes (per submission):");
        meter.Report(6, n).ToList().ForEach(Console.WriteLine);
    }

    private static double At(List<double> sorted, double fraction) => sorted.Count == 0 ? double.NaN : Percentiles.At(sorted, fraction);

    /// <summary>Townships 990180…, 990181…, under 青山区, each with <paramref name="villages"/> villages.</summary>
    private static async Task<string[]> CreateTownshipsAsync(IServiceProvider services, int townships, int villages)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var codes = Enumerable.Range(0, townships).Select(t => $"9901{80 + t:D2}000000").ToArray();
        foreach (var (code, t) in codes.Select((c, t) => (c, t)))
        {
            db.OrgUnits.Add(new OrgUnit { Code = code, ParentCode = SyntheticArea.District, Kind = OrgUnitKind.Township, NameZh = $"写路径{t}镇", NameEn = $"Write Path Town {t}" });
            db.OrgUnits.AddRange(Enumerable.Range(1, villages).Select(i => new OrgUnit
            {
                Code = $"9901{80 + t:D2}{i:D6}", ParentCode = code, Kind = OrgUnitKind.Village, NameZh = $"写路径{t}镇{i}村", NameEn = $"Village {t}-{i}",
            }));
        }
        await db.SaveChangesAsync();
        return codes;
    }
}

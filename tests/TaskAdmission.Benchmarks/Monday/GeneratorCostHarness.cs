using System.Diagnostics;
using System.Globalization;
using System.Net;
using TaskAdmission.Benchmarks.OpenLoop;
using TaskAdmission.Benchmarks.Villages;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// `generator-cost [villages=10000] [requests=40000] [rate=5000] [cookie=1200] [renew=60] [runs=3]`: what the Monday load
/// generator itself spends per request of the bare cookie ramp — the open-loop runner, the Zipf draw, the request with
/// its session cookie, the renewed-cookie and Server-Timing handling, the latency records — against an in-memory answer
/// of the app's shape (a Server-Timing header; every <c>renew</c>-th answer re-issues the cookie), so that the figure is
/// the generator's own code and nothing of a server's. Bytes allocated per request are a count; the CPU per request is
/// this process's, for comparing two builds on one machine. The HTTP client's socket work is not in it: it is the same
/// for any generator that sends the same requests.
/// </summary>
public sealed class GeneratorCostHarness : IHarness
{
    public string Name => "generator-cost";

    public string Description => "the Monday load generator's own CPU and allocations per bare-cookie request, against an in-memory answer";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new HarnessArgs(args);
        var villages = Enumerable.Range(0, o.Int("villages", 10_000)).Select(i => $"9901{i:D8}").ToList();
        // A village's session cookie as the app issues it is ≈ 1.2 kB of base64 (claims, protected by the key ring).
        var cookies = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(
            villages.ToDictionary(v => v, v => $"CfDJ8{v}{new string('x', o.Int("cookie", 1200) - 17)}"), StringComparer.Ordinal);
        var address = new Uri("http://127.0.0.1:5000");
        using var http = new HttpClient(new AppShapedAnswers(o.Int("renew", 60))) { BaseAddress = address };
        var traffic = new MondayTraffic(address, null!, cookies, null!, new MondayOptions(TimeSpan.FromSeconds(1), 0, 0, 0)) { SlowReads = new SlowReads() };
        var probe = new EndpointProbe(http, traffic, null!, null!, new ZipfSampler<string>(villages, 1.0, 20));
        var (requests, rate) = (o.Int("requests", 40_000), o.Double("rate", 5_000));
        Console.WriteLine($"generator-cost | {villages.Count} villages, cookie {o.Int("cookie", 1200)} chars, {requests} requests at {rate}/s open loop per run; load {File.ReadAllText("/proc/loadavg").Trim()}");
        await OpenLoopRunner.RunAsync("warm-up", ArrivalSchedule.Fixed(rate, TimeSpan.FromSeconds(2)), probe.BareCookieAsync);
        for (var run = 1; run <= o.Int("runs", 3); run++)
        {
            traffic.SlowReads.Reset();
            GC.Collect();
            var (cpu, allocated) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var (paused, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var result = await OpenLoopRunner.RunAsync("bare cookie", ArrivalSchedule.Fixed(rate, TimeSpan.FromSeconds(requests / rate)), probe.BareCookieAsync);
            var (usedCpu, usedBytes) = (Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generator-cost | run {run}: {result.Scheduled} requests, {result.Latency.Successes} answered; per request {usedBytes / (double)result.Scheduled:0} bytes allocated, " +
                $"{usedCpu.TotalMicroseconds / result.Scheduled:0.0} µs CPU; its GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0.0} ms " +
                $"(collections gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}); sends p99 {result.SendLate.PercentileMs(99):0.0} ms late; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        }
        return 0;
    }

    /// <summary>Answers every request at once as the app's GET /api/v1/me does: a small JSON body, Server-Timing, now and then a renewed cookie.</summary>
    private sealed class AppShapedAnswers(int renewEvery) : HttpMessageHandler
    {
        private static readonly byte[] Body = """{"userName":"v990100100100","roles":["VillageCommittee"],"orgUnitCode":"990100100100","departmentCode":null}"""u8.ToArray();
        private long count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Body), RequestMessage = request };
            response.Headers.TryAddWithoutValidation("Server-Timing", "app;dur=0.21, cookie;dur=0.04, stamp;dur=0.01, gc;dur=0;desc=\"0\", locks;dur=0;desc=\"0\", db;dur=0;desc=\"0\"");
            if (renewEvery > 0 && Interlocked.Increment(ref count) % renewEvery == 0)
            {
                response.Headers.TryAddWithoutValidation("Set-Cookie", $"{VillageSessions.CookieName}=CfDJ8renewed{new string('y', 1180)}; expires=Sat, 05 Dec 2026 09:00:00 GMT; path=/; samesite=lax; httponly");
            }
            return Task.FromResult(response);
        }
    }
}

using System.Globalization;
using System.Text;
using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// Each endpoint alone against a bare endpoint with the same authentication (GET /api/v1/me: authentication, rate
/// limiter, JSON, no database work), in alternating closed-loop rounds, so the ratio holds on a shared machine.
/// </summary>
public sealed class EndpointProbe(HttpClient http, MondayTraffic traffic, MondayBodies bodies, MondayCity city, ZipfSampler<string> zipf)
{
    public sealed record Rounds(double CookieBarePerSecond, double PrecheckP99);

    /// <summary>
    /// Warms every probed path, then runs the pre-check and its bare endpoint closed-loop for <paramref name="seconds"/>
    /// each: 50 pre-checks left most of its code to be compiled again by the runtime's tiered JIT during the first rounds
    /// (in `bench precheck-cost` a pre-check cost 8.4–9.3 ms of CPU right after 20 warm-up calls, 2.5 ms once warm, and
    /// the JIT's background thread used up to a third of a core meanwhile), so the rounds measured the JIT as much as the
    /// pre-check.
    /// </summary>
    public async Task WarmAsync(int seconds = 20)
    {
        for (var i = 0; i < 200; i++)
        {
            await InboxAsync(new OpenLoopRequest(i, 0, CancellationToken.None));
            await BareCookieAsync(new OpenLoopRequest(i, 0, CancellationToken.None));
            if (i % 4 == 0)
            {
                await PrecheckAsync(new OpenLoopRequest(i, 0, CancellationToken.None));
                await BareKeyAsync(new OpenLoopRequest(i, 0, CancellationToken.None));
            }
        }
        if (seconds > 0)
        {
            await ClosedLoop.RunAsync(8, TimeSpan.FromSeconds(seconds), PrecheckAsync);
            await ClosedLoop.RunAsync(8, TimeSpan.FromSeconds(seconds / 4.0), BareKeyAsync);
        }
    }

    public async Task<Rounds> AlternatingRoundsAsync(int count, TimeSpan length)
    {
        var results = new Dictionary<string, List<(double Rate, LatencyRecorder Latency)>>();
        (string Name, int Clients, Func<OpenLoopRequest, Task<int>> Send)[] probes =
        [
            ("GET /api/v1/me (X-Api-Key, bare)", 8, BareKeyAsync),
            ("POST /api/v1/precheck (X-Api-Key)", 8, PrecheckAsync),
            ("GET /api/v1/me (cookie, bare)", 16, BareCookieAsync),
            ("GET inbox (cookie, Zipf, no writes)", 16, InboxAsync),
        ];
        for (var round = 1; round <= count; round++)
        {
            foreach (var (name, clients, send) in probes)
            {
                var before = await InboxLookupsAsync();
                var (rate, latency) = await ClosedLoop.RunAsync(clients, length, send);
                var after = await InboxLookupsAsync();
                if (!results.TryGetValue(name, out var list))
                {
                    results[name] = list = [];
                }
                list.Add((rate, latency));
                var lookups = after.Hits + after.Misses - before.Hits - before.Misses;
                var hits = lookups > 0 ? ((double)(after.Hits - before.Hits) / lookups).ToString("P0", CultureInfo.InvariantCulture) : "-";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"monday | round {round} {name,-38} {clients,2} clients {rate,7:0} req/s | p50 {latency.PercentileMs(50),6:0.00} p99 {latency.PercentileMs(99),6:0.00} ms | status {string.Join(' ', latency.Statuses.Select(s => $"{s.Key}:{s.Value}"))} | inbox cache hits {hits}"));
            }
        }
        double Mean(string name) => results[name].Average(r => r.Rate);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monday | ratios (mean of {count} rounds): pre-check / key bare {Mean(probes[1].Name) / Mean(probes[0].Name):P0}, inbox / cookie bare {Mean(probes[3].Name) / Mean(probes[2].Name):P0}"));
        return new Rounds(Mean(probes[2].Name), results[probes[1].Name].Max(r => r.Latency.PercentileMs(99)));
    }

    private Task<int> BareKeyAsync(OpenLoopRequest r) => KeyAsync(HttpMethod.Get, "/api/v1/me", null, r);

    private Task<int> PrecheckAsync(OpenLoopRequest r) =>
        KeyAsync(HttpMethod.Post, "/api/v1/precheck", bodies.Build(r.Index, new Random((int)r.Index)).Json, r);

    private async Task<int> KeyAsync(HttpMethod method, string path, string? json, OpenLoopRequest r)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", city.Keys[(int)(r.Index % city.Keys.Count)].Key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request, r.Token);
        return (int)response.StatusCode;
    }

    /// <summary>The bare endpoint with a village's cookie (GET /api/v1/me), villages drawn by the same Zipf as the inbox.</summary>
    public Task<int> BareCookieAsync(OpenLoopRequest r) => traffic.CookieGetAsync(http, "/api/v1/me", zipf.Next(new Random((int)r.Index)), r.Token, traffic.SlowReads, r.DueTimestamp);

    private Task<int> InboxAsync(OpenLoopRequest r) => traffic.CookieGetAsync(http, MondayTraffic.InboxPath, zipf.Next(new Random((int)r.Index)), r.Token);

    /// <summary>The app's inbox cache counters from its Prometheus endpoint (answered on loopback only).</summary>
    public async Task<(long Hits, long Misses)> InboxLookupsAsync()
    {
        var series = await StepDiagnostics.ScrapeAsync(http);
        long Sum(string result) => (long)StepDiagnostics.Sum(series, "taskadmission_inbox_cache_lookups", $"result=\"{result}\"");
        return (Sum("hit"), Sum("miss"));
    }
}

using System.Diagnostics;
using System.Net;

namespace TaskAdmission.Benchmarks.Villages;

/// <summary>
/// A small closed-loop load generator: a fixed number of workers, each sending the next GET as soon as the previous
/// one has been answered, bounded by a request count and a time limit. Loopback addresses only.
/// </summary>
public static class LoadRunner
{
    public sealed record Result(string Path, int Requests, int Errors, double Seconds, double P50Ms, double P90Ms, double P99Ms)
    {
        public double RequestsPerSecond => Requests / Seconds;

        public override string ToString() =>
            $"{Path,-40} {Requests,8} req {Seconds,6:F1} s {RequestsPerSecond,9:F0} req/s  p50 {P50Ms,6:F2} ms  p90 {P90Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  errors {Errors}";
    }

    public static async Task<Result> RunAsync(IReadOnlyList<HttpClient> clients, string path, int concurrency, TimeSpan duration, int maxRequests)
    {
        foreach (var client in clients)
        {
            if (client.BaseAddress is not { } address || !IPAddress.TryParse(address.Host, out var ip) || !IPAddress.IsLoopback(ip))
            {
                throw new InvalidOperationException($"the load harness only targets 127.0.0.1, not {client.BaseAddress}");
            }
        }
        var issued = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var client = clients[w % clients.Count];
            var latencies = new List<long>(Math.Min(maxRequests / concurrency + 1, 1_000_000));
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                latencies.Add(Stopwatch.GetTimestamp() - start);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            return latencies;
        })).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).Order().ToArray();
        clock.Stop();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new Result(path, all.Length, errors, clock.Elapsed.TotalSeconds, Percentile(0.50), Percentile(0.90), Percentile(0.99));
    }
}

using System.Diagnostics;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// A closed loop for finding what an endpoint sustains: N workers, each sending its next request when the previous one
/// was answered. Its latencies hide queueing (a slow answer delays the next request), so only its rate is reported as
/// "sustainable"; latencies under load come from <see cref="OpenLoopRunner"/>.
/// </summary>
public static class ClosedLoop
{
    public static async Task<(double PerSecond, LatencyRecorder Latency)> RunAsync(int concurrency, TimeSpan length, Func<OpenLoopRequest, Task<int>> send)
    {
        var latency = new LatencyRecorder();
        long next = -1;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(length.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var t = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    status = await send(new OpenLoopRequest(Interlocked.Increment(ref next), t, CancellationToken.None));
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }
                latency.Record(Stopwatch.GetTimestamp() - t, status);
            }
        })));
        return (latency.Successes / Stopwatch.GetElapsedTime(start).TotalSeconds, latency);
    }
}

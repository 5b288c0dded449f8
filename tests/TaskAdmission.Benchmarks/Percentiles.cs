using System.Diagnostics;

namespace TaskAdmission.Benchmarks;

/// <summary>Times many calls of one operation and reports p50/p99/max, after a warm-up.</summary>
public static class Percentiles
{
    public static (double P50, double P99, double Max, double Mean) Measure(Action action, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
        {
            action();
        }
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return (samples[iterations / 2], samples[(int)(iterations * 0.99)], samples[^1], samples.Average());
    }

    public static double At(List<double> sortedMs, double fraction) => sortedMs[Math.Min(sortedMs.Count - 1, (int)(sortedMs.Count * fraction))];
}

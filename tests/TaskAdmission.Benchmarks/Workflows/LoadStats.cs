using System.Collections.Concurrent;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>Per-pair latencies and per-second counts of a load run, and its report.</summary>
public sealed class LoadStats
{
    private readonly ConcurrentBag<(double Second, TimeSpan Start, TimeSpan Complete)> pairs = [];

    public void Add(TimeSpan at, TimeSpan start, TimeSpan complete) => pairs.Add((Math.Floor(at.TotalSeconds), start, complete));

    /// <summary>Instances recorded so far.</summary>
    public int Count => pairs.Count;

    public void Report(TextWriter output, TimeSpan elapsed, int concurrency, IReadOnlyList<MemorySample> memory)
    {
        var all = pairs.ToList();
        var perSecond = all.GroupBy(p => p.Second).Where(g => g.Key < Math.Floor(elapsed.TotalSeconds)).Select(g => g.Count()).ToList();
        output.WriteLine($"duration {elapsed.TotalSeconds:N1} s, {concurrency} concurrent loops, {all.Count} instances started and their first task completed");
        output.WriteLine($"throughput: {all.Count / elapsed.TotalSeconds:N1} instances/s (= {2 * all.Count / elapsed.TotalSeconds:N1} engine commands/s); per second min {perSecond.DefaultIfEmpty().Min()}, max {perSecond.DefaultIfEmpty().Max()}");
        output.WriteLine($"start latency ms: {Percentiles(all.Select(p => p.Start))}");
        output.WriteLine($"complete latency ms: {Percentiles(all.Select(p => p.Complete))}");
        if (memory.Count > 0)
        {
            output.WriteLine($"working set MB: start {Mb(memory[0].WorkingSetBytes)}, max {Mb(memory.Max(m => m.WorkingSetBytes))}, end {Mb(memory[^1].WorkingSetBytes)}");
            output.WriteLine($"GC heap MB: start {Mb(memory[0].GcHeapBytes)}, max {Mb(memory.Max(m => m.GcHeapBytes))}, end {Mb(memory[^1].GcHeapBytes)}; live after last sample {Mb(memory[^1].GcLiveBytes)}");
        }

        output.WriteLine($"GC collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
    }

    private static string Percentiles(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Select(v => v.TotalMilliseconds).Order().ToList();
        if (sorted.Count == 0) return "none";
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        return $"p50 {At(0.50):N1}, p95 {At(0.95):N1}, p99 {At(0.99):N1}, max {sorted[^1]:N1}";
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0");
}

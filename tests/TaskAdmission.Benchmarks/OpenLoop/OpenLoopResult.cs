using System.Globalization;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>What one open-loop run measured: latency from each request's scheduled start, statuses, achieved rate.</summary>
public sealed record OpenLoopResult(
    string Name, double OfferedPerSecond, long Scheduled, long NotSent, TimeSpan Elapsed, TimeSpan MaxDispatchLag, LatencyRecorder Latency,
    IReadOnlyList<(double OfferedPerSecond, LatencyRecorder Latency, TimeSpan Length)> Steps)
{
    /// <summary>Successful answers per second of the scheduled length (what the server kept up with).</summary>
    public double AchievedPerSecond => Latency.Successes / Elapsed.TotalSeconds;

    public long Errors => Scheduled - Latency.Successes;

    /// <summary>
    /// How late the generator began each request's send: from its due time to the moment its send started on a thread
    /// of the generator (after the dispatcher's timer and the thread pool). A timer tick (≈ 1 ms) is normal; more means the
    /// generator, which shares the machine with the server, was short of CPU or threads.
    /// </summary>
    public LatencyRecorder SendLate { get; init; } = new();

    public double P50 => Latency.PercentileMs(50);
    public double P95 => Latency.PercentileMs(95);
    public double P99 => Latency.PercentileMs(99);
    public double P999 => Latency.PercentileMs(99.9);

    public override string ToString() => Line(Name, OfferedPerSecond, Latency, Elapsed, Scheduled)
        + string.Create(CultureInfo.InvariantCulture, $" | generator lag max {MaxDispatchLag.TotalMilliseconds:0.0} ms")
        + (NotSent > 0 ? $" | {NotSent} not sent (client in-flight cap)" : "")
        + (Latency.Failures.Count > 0 ? $" | no answer: {string.Join(", ", Latency.Failures.Select(f => $"{f.Key} {f.Value}"))}" : "");

    /// <summary>One line per step of a ramp (empty for a one-step run).</summary>
    public IEnumerable<string> StepLines() => Steps.Count < 2 ? [] :
        Steps.Select((s, i) => Line($"{Name} step {i + 1}", s.OfferedPerSecond, s.Latency, s.Length, (long)Math.Floor(s.OfferedPerSecond * s.Length.TotalSeconds)));

    private static string Line(string name, double offered, LatencyRecorder l, TimeSpan length, long scheduled) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} offered {offered,7:0.0}/s achieved {l.Successes / length.TotalSeconds,7:0.0}/s | p50 {l.PercentileMs(50),7:0.00} p95 {l.PercentileMs(95),7:0.00} " +
            $"p99 {l.PercentileMs(99),7:0.00} p99.9 {l.PercentileMs(99.9),7:0.00} max {l.MaxMs,7:0.00} ms | {scheduled} sched, " +
            $"status {string.Join(' ', l.Statuses.Select(s => $"{s.Key}:{s.Value}"))}");
}

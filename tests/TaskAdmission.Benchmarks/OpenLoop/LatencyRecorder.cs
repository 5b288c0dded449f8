using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// Latencies (HdrHistogram, microseconds, 3 significant digits, up to an hour) and answers by HTTP status, safe to
/// record from many requests at once. Status 0 stands for "no answer" (connection error or the run's drain timeout).
/// </summary>
public sealed class LatencyRecorder
{
    private const long MaxMicroseconds = 3_600_000_000;

    private readonly LongConcurrentHistogram histogram = new(1, MaxMicroseconds, 3);
    private readonly ConcurrentDictionary<int, long> statuses = new();
    private readonly ConcurrentDictionary<string, long> failures = new(StringComparer.Ordinal);

    /// <summary>Records one answer that took <paramref name="elapsedTicks"/> (Stopwatch ticks) and its status.</summary>
    public void Record(long elapsedTicks, int status)
    {
        var micros = Math.Clamp(elapsedTicks * 1_000_000 / Stopwatch.Frequency, 1, MaxMicroseconds);
        histogram.RecordValue(micros);
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    /// <summary>Records a duration alone, without a status (the generator's own lateness).</summary>
    public void RecordTime(long elapsedTicks) =>
        histogram.RecordValue(Math.Clamp(elapsedTicks * 1_000_000 / Stopwatch.Frequency, 1, MaxMicroseconds));

    /// <summary>Records a request that got no answer (status 0), with why (the exception's type).</summary>
    public void RecordFailure(long elapsedTicks, Exception error)
    {
        Record(elapsedTicks, 0);
        failures.AddOrUpdate(error.GetType().Name, 1, (_, n) => n + 1);
    }

    /// <summary>Requests without an answer, by the exception's type (e.g. TaskCanceledException: the drain timeout).</summary>
    public IReadOnlyDictionary<string, long> Failures => new SortedDictionary<string, long>(failures, StringComparer.Ordinal);

    public long Count => histogram.TotalCount;

    /// <summary>The latency at <paramref name="percentile"/> (0–100) in milliseconds; 0 when nothing was recorded.</summary>
    public double PercentileMs(double percentile) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;

    public double MaxMs => histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0;

    /// <summary>Answers by status, e.g. {200: 9,998, 503: 2}.</summary>
    public IReadOnlyDictionary<int, long> Statuses => new SortedDictionary<int, long>(statuses);

    /// <summary>Answers with a 2xx or 3xx status (a redirect is what a page form answers on success).</summary>
    public long Successes => statuses.Where(s => s.Key is >= 200 and < 400).Sum(s => s.Value);
}

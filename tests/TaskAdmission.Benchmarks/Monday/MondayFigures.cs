using System.Globalization;
using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>What one Monday run measured, per stream, plus the admissions followed end to end.</summary>
public sealed record MondayFigures(OpenLoopResult Submit, OpenLoopResult Precheck, OpenLoopResult Inbox, AdmissionTracker Tracker, LatencyRecorder Decisions, TimeSpan Elapsed)
{
    public long Admissions => Tracker.EndToEnd.Count;

    public double AdmissionsPerSecond => Admissions / Elapsed.TotalSeconds;

    public IEnumerable<string> Lines()
    {
        yield return Submit.ToString();
        yield return Precheck.ToString();
        yield return Inbox.ToString();
        var d = Decisions;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"township decisions (page GET + form POST): {d.Count} | p50 {d.PercentileMs(50):0.0} p99 {d.PercentileMs(99):0.0} ms | status {string.Join(' ', d.Statuses.Select(s => $"{s.Key}:{s.Value}"))}");
        yield return $"pre-check outcomes of submissions: {string.Join(", ", Tracker.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}";
        var e = Tracker.EndToEnd;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"admitted and dispatched end to end: {Admissions} in {Elapsed.TotalSeconds:0.0} s = {AdmissionsPerSecond:0.00}/s | submit→last decision p50 {e.PercentileMs(50) / 1000:0.0} s p99 {e.PercentileMs(99) / 1000:0.0} s | {Tracker.StillOpen} still in review");
    }
}

using System.Globalization;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>What one step of a stepped open-loop ramp measured.</summary>
/// <param name="Offered">The step's offered rate (requests per second, open loop).</param>
/// <param name="Achieved">Successful answers per second of the step's length.</param>
/// <param name="Scheduled">Requests the step's schedule issued.</param>
/// <param name="Errors">Scheduled requests without a successful answer: an error status, no answer within the drain
/// time, or not sent because the client's in-flight cap was reached.</param>
/// <param name="HitRatio">The inbox cache's hit ratio during the step, when the endpoint has one.</param>
public sealed record RampStep(double Offered, double Achieved, double P50, double P99, double P999, long Scheduled, long Errors, double? HitRatio = null)
{
    /// <summary>
    /// A step is <b>sustained</b> when every scheduled request was answered with success and the 99th percentile of
    /// latency, measured from each request's scheduled start (open loop), is at most <paramref name="p99LimitMs"/>.
    /// </summary>
    public bool Sustained(double p99LimitMs) => Scheduled > 0 && Errors == 0 && P99 <= p99LimitMs;

    public static RampStep From(OpenLoopResult run, double? hitRatio = null) => new(
        run.OfferedPerSecond, run.AchievedPerSecond, run.P50, run.P99, run.P999, run.Scheduled, run.Errors, hitRatio);

    public string Line(double p99LimitMs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"offered {Offered,7:0.0}/s achieved {Achieved,7:0.0}/s | p50 {P50,8:0.00} p99 {P99,8:0.00} p99.9 {P999,8:0.00} ms | {Scheduled} sched, {Errors} errors")
        + (HitRatio is { } h ? string.Create(CultureInfo.InvariantCulture, $" | cache hits {h:P1}") : "")
        + (Sustained(p99LimitMs) ? " | sustained" : " | NOT sustained");
}

/// <summary>
/// The rates of a stepped open-loop ramp, chosen one step at a time from what the steps before measured. Coarse steps
/// rise by <see cref="Factor"/> from <see cref="From"/> until a step is not sustained (or <see cref="Max"/> is
/// reached); then the gap between the highest sustained step and the lowest unsustained one above it is tried in
/// <see cref="Refine"/> finer steps (each the coarse factor's (Refine+1)-th root above the last sustained one), so the
/// resolution of the result is that finer factor without running the whole range finely. When the first step is not
/// sustained the ramp steps down by the same factor, no lower than <see cref="Floor"/> (0: it does not step down),
/// and refines between the first sustained step and the lowest unsustained one above it in the same way.
/// </summary>
/// <remarks>
/// The <b>sustainable rate</b> of an endpoint is the offered rate of the highest sustained step
/// (<see cref="RampStep.Sustained"/>: every request answered with success, p99 ≤ the limit). When even the first step
/// is not sustained, nor any step down to <see cref="Floor"/>, there is none: the endpoint sustains less than the lowest
/// step at that latency.
/// </remarks>
public sealed record RampPlan(double From, double Factor, double Max, int Refine, double P99LimitMs, double Floor = 0)
{
    public RampPlan Validate()
    {
        if (From <= 0 || Factor <= 1 || Max < From || Refine < 0 || P99LimitMs <= 0 || Floor < 0 || Floor > From)
        {
            throw new ArgumentOutOfRangeException(nameof(From),
                $"a ramp needs from > 0, factor > 1, max >= from, refine >= 0, a positive p99 limit, 0 <= floor <= from; not {this}");
        }
        return this;
    }

    /// <summary>The factor between refinement steps.</summary>
    public double FineFactor => Math.Pow(Factor, 1.0 / (Refine + 1));

    /// <summary>The next step's offered rate after <paramref name="done"/>, or null when the ramp is over.</summary>
    public double? Next(IReadOnlyList<RampStep> done)
    {
        if (done.Count == 0)
        {
            return From;
        }
        var best = Sustainable(done);
        var above = done.Where(s => !s.Sustained(P99LimitMs) && s.Offered > (best?.Offered ?? 0)).Select(s => s.Offered).ToList();
        if (above.Count == 0)
        {
            // Still climbing: every step so far that is higher than any failure was sustained.
            var top = done.Max(s => s.Offered);
            return top >= Max * (1 - 1e-9) ? null : Math.Min(top * Factor, Max);
        }
        if (best is null)
        {
            // Not even the first step: step down, as far as the floor.
            var lower = done.Min(s => s.Offered) / Factor;
            return Floor > 0 && lower >= Floor * (1 - 1e-9) ? lower : null;
        }
        var candidate = best.Offered * FineFactor;
        return candidate < above.Min() * (1 - 1e-9) && Refine > 0 ? candidate : null;
    }

    /// <summary>The highest sustained step, or null when no step was sustained.</summary>
    public RampStep? Sustainable(IEnumerable<RampStep> done) =>
        done.Where(s => s.Sustained(P99LimitMs)).MaxBy(s => s.Offered);
}

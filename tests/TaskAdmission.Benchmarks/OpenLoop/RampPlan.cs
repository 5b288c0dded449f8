using System.Globalization;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>What one step of a stepped open-loop ramp measured.</summary>
/// <param name="Offered">The step's offered rate (requests per second, open loop).</param>
/// <param name="Achieved">Successful answers per second of the step's length.</param>
/// <param name="Scheduled">Requests the step's schedule issued.</param>
/// <param name="Errors">Scheduled requests without a successful answer: an error status, no answer within the drain
/// time, or not sent because the client's in-flight cap was reached.</param>
/// <param name="HitRatio">The inbox cache's hit ratio during the step, when the endpoint has one.</param>
/// <param name="Attempt">1 for a rate's first step; 2 for the step that repeats it after it was not sustained
/// (<see cref="RampPlan.Repeats"/>), and so on.</param>
/// <param name="SendLateP99">How late the generator itself sent its requests, 99th percentile in milliseconds: from each
/// request's due time to the moment its send began on a thread of the generator (<see cref="OpenLoopResult.SendLate"/>).
/// Latency is measured from the due time, so this lateness is in the step's latency too.</param>
public sealed record RampStep(double Offered, double Achieved, double P50, double P99, double P999, long Scheduled, long Errors, double? HitRatio = null, int Attempt = 1,
    double SendLateP99 = 0)
{
    /// <summary>
    /// The generator sent <b>late</b> in this step when it began its sends later than a tenth of the p99 limit after their
    /// due time at the 99th percentile (5 ms for 50 ms). It shares the machine's cores with the server, so under load that
    /// is CPU it lacked; but the quiet run of session 16 showed ≈ 5 ms at 25 requests/s with 84 % of the machine idle
    /// (the timer and the thread pool waking), so the line says "late", not why. Either way the lateness is charged to
    /// the server (latency runs from the due time): it can only make a step's figures worse.
    /// </summary>
    public bool GeneratorShort(double p99LimitMs) => SendLateP99 > p99LimitMs / 10;

    /// <summary>
    /// A step is <b>sustained</b> when every scheduled request was answered with success and the 99th percentile of
    /// latency, measured from each request's scheduled start (open loop), is at most <paramref name="p99LimitMs"/>.
    /// </summary>
    public bool Sustained(double p99LimitMs) => Scheduled > 0 && Errors == 0 && P99 <= p99LimitMs;

    public static RampStep From(OpenLoopResult run, double? hitRatio = null, int attempt = 1) => new(
        run.OfferedPerSecond, run.AchievedPerSecond, run.P50, run.P99, run.P999, run.Scheduled, run.Errors, hitRatio, attempt, run.SendLate.PercentileMs(99));

    public string Line(double p99LimitMs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"offered {Offered,7:0.0}/s achieved {Achieved,7:0.0}/s | p50 {P50,8:0.00} p99 {P99,8:0.00} p99.9 {P999,8:0.00} ms | {Scheduled} sched, {Errors} errors")
        + (HitRatio is { } h ? string.Create(CultureInfo.InvariantCulture, $" | cache hits {h:P1}") : "")
        + (Sustained(p99LimitMs) ? " | sustained" : " | NOT sustained")
        + (Attempt > 1 ? $" | attempt {Attempt} at this rate" : "")
        + string.Create(CultureInfo.InvariantCulture, $" | generator sent p99 {SendLateP99:0.0} ms late: ")
        + (GeneratorShort(p99LimitMs)
            ? string.Create(CultureInfo.InvariantCulture, $"LATE (> {p99LimitMs / 10:0.#} ms; its lateness is in this step's latency)")
            : "on time");
}

/// <summary>The plan's next step: its offered rate, and which attempt at that rate it is (1 = first).</summary>
public readonly record struct RampNext(double Rate, int Attempt);

/// <summary>
/// The rates of a stepped open-loop ramp, chosen one step at a time from what the steps before measured. Coarse steps
/// rise by <see cref="Factor"/> from <see cref="From"/> until a rate is not sustained (or <see cref="Max"/> is
/// reached); then the gap between the highest sustained rate and the lowest unsustained one above it is tried in
/// <see cref="Refine"/> finer steps (each the coarse factor's (Refine+1)-th root above the last sustained one), so the
/// resolution of the result is that finer factor without running the whole range finely. When the first rate is not
/// sustained the ramp steps down by the same factor, no lower than <see cref="Floor"/> (0: it does not step down),
/// and refines between the first sustained rate and the lowest unsustained one above it in the same way.
/// A step that is not sustained is run again at the same rate, up to <see cref="Repeats"/> more times, before the ramp
/// moves on: a rate <b>holds</b> when any of its attempts was sustained, and the climb and the refinement go by
/// whether rates held — one transient stall (a single collection pause pushing one step's p99 over the limit) does
/// not end the climb.
/// </summary>
/// <remarks>
/// Two <b>sustainable rates</b> come out of one ramp (<see cref="Figures"/>):
/// <list type="bullet">
/// <item><see cref="FirstAttempt"/>: the highest rate whose first attempt was sustained (<see cref="RampStep.Sustained"/>:
/// every request answered with success, p99 ≤ the limit), below the lowest rate whose first attempt was not — the
/// definition before repeats. When a repeat held and the ramp climbed on, the finer steps below that first failure
/// are not run, so this figure is then the coarse step below it.</item>
/// <item><see cref="OnRepeat"/>: the highest rate that held at its first attempt or on a repeat, below the lowest rate
/// that failed every attempt.</item>
/// </list>
/// When no rate qualifies, there is none: the endpoint sustains less than the lowest step at that latency.
/// </remarks>
public sealed record RampPlan(double From, double Factor, double Max, int Refine, double P99LimitMs, double Floor = 0, int Repeats = 1)
{
    public RampPlan Validate()
    {
        if (From <= 0 || Factor <= 1 || Max < From || Refine < 0 || P99LimitMs <= 0 || Floor < 0 || Floor > From || Repeats < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(From),
                $"a ramp needs from > 0, factor > 1, max >= from, refine >= 0, a positive p99 limit, 0 <= floor <= from, repeats >= 0; not {this}");
        }
        return this;
    }

    /// <summary>The factor between refinement steps.</summary>
    public double FineFactor => Math.Pow(Factor, 1.0 / (Refine + 1));

    /// <summary>The next step after <paramref name="done"/> (steps in the order they ran), or null when the ramp is over.</summary>
    public RampNext? Next(IReadOnlyList<RampStep> done)
    {
        if (done.Count == 0)
        {
            return new RampNext(From, 1);
        }
        var last = done[^1];
        if (!last.Sustained(P99LimitMs) && last.Attempt <= Repeats)
        {
            // Not sustained, and attempts left at this rate: the same rate once more.
            return new RampNext(last.Offered, last.Attempt + 1);
        }
        var rates = Rates(done);
        var best = rates.Where(r => r.Held).MaxBy(r => r.Offered);
        var above = rates.Where(r => !r.Held && r.Offered > (best?.Offered ?? 0)).Select(r => r.Offered).ToList();
        if (above.Count == 0)
        {
            // Still climbing: every rate so far that is higher than any failure held.
            var top = rates.Max(r => r.Offered);
            return top >= Max * (1 - 1e-9) ? null : new RampNext(Math.Min(top * Factor, Max), 1);
        }
        if (best is null)
        {
            // Not even the first rate: step down, as far as the floor.
            var lower = rates.Min(r => r.Offered) / Factor;
            return Floor > 0 && lower >= Floor * (1 - 1e-9) ? new RampNext(lower, 1) : null;
        }
        // A step's offered rate is what its schedule realised (a whole number of requests over its length), so a
        // candidate a hair below a rate that failed is that rate again (3,710.1 → 4,247.0 → 4,861.5 after 4,861.6 failed
        // twice): it must lie at least half a fine step below the lowest failure to be a rate of its own.
        var candidate = best.Offered * FineFactor;
        return candidate < above.Min() / Math.Sqrt(FineFactor) && Refine > 0 ? new RampNext(candidate, 1) : null;
    }

    /// <summary>
    /// The highest step sustained at its rate's first attempt, below the lowest rate whose first attempt was not
    /// sustained; null when there is none.
    /// </summary>
    public RampStep? FirstAttempt(IEnumerable<RampStep> done)
    {
        var firsts = done.Where(s => s.Attempt == 1).ToList();
        var failed = firsts.Where(s => !s.Sustained(P99LimitMs)).Select(s => s.Offered).DefaultIfEmpty(double.PositiveInfinity).Min();
        return firsts.Where(s => s.Sustained(P99LimitMs) && s.Offered < failed).MaxBy(s => s.Offered);
    }

    /// <summary>
    /// The sustained step of the highest rate that held at any attempt, below the lowest rate that failed all of
    /// them; null when there is none.
    /// </summary>
    public RampStep? OnRepeat(IEnumerable<RampStep> done)
    {
        var rates = Rates(done);
        var failed = rates.Where(r => !r.Held).Select(r => r.Offered).DefaultIfEmpty(double.PositiveInfinity).Min();
        return rates.Where(r => r.Held && r.Offered < failed).MaxBy(r => r.Offered)?.Steps.First(s => s.Sustained(P99LimitMs));
    }

    /// <summary>
    /// Both sustainable rates of one ramp, each marked a <b>floor</b> when no step above it failed — the ramp held at its
    /// <see cref="Max"/> and stopped there, so the endpoint's real sustainable rate is that or more, not that.
    /// </summary>
    public RampFigures Figures(IReadOnlyList<RampStep> done)
    {
        var first = FirstAttempt(done);
        var repeat = OnRepeat(done);
        var firstFloor = first is not null && !done.Any(s => s.Attempt == 1 && !s.Sustained(P99LimitMs) && s.Offered > first.Offered);
        var repeatFloor = repeat is not null && !Rates(done).Any(r => !r.Held && r.Offered > repeat.Offered);
        return new RampFigures(new Sustainable(first, firstFloor, From), new Sustainable(repeat, repeatFloor, From));
    }

    /// <summary>The steps grouped by rate: a repeat (attempt > 1) belongs to the step before it.</summary>
    private List<RampRate> Rates(IEnumerable<RampStep> done)
    {
        var rates = new List<RampRate>();
        foreach (var step in done)
        {
            if (step.Attempt > 1 && rates.Count > 0)
            {
                rates[^1].Steps.Add(step);
            }
            else
            {
                rates.Add(new RampRate(step.Offered, [step]));
            }
        }
        foreach (var rate in rates)
        {
            rate.Held = rate.Steps.Any(s => s.Sustained(P99LimitMs));
        }
        return rates;
    }

    private sealed record RampRate(double Offered, List<RampStep> Steps)
    {
        public bool Held { get; set; }
    }
}

/// <summary>
/// One sustainable rate of a ramp: the step that gives it (null: none, the endpoint sustained less than the lowest step,
/// <paramref name="From"/> or below), and whether it is a <b>floor</b> — the ramp held at its maximum, so the endpoint
/// sustains that rate <i>or more</i> and the figure must be read and printed as "≥".
/// </summary>
public sealed record Sustainable(RampStep? Step, bool Floor, double From)
{
    public double? Rate => Step?.Offered;

    public override string ToString() =>
        Step is null
            ? string.Create(CultureInfo.InvariantCulture, $"none (below the first step, {From:0.0}/s)")
            : string.Create(CultureInfo.InvariantCulture,
                $"{(Floor ? ">= " : "")}{Step.Offered:0.0}/s (p99 {Step.P99:0.00} ms{(Step.Attempt > 1 ? $", attempt {Step.Attempt}" : "")}{(Floor ? "; held at the ramp's max: a floor, not the endpoint's ceiling" : "")})");

    /// <summary>
    /// <paramref name="part"/> ÷ <paramref name="whole"/> against a goal, honest about floors: a floor in the denominator
    /// makes the ratio an upper bound ("&lt;="), a floor in the numerator a lower bound ("&gt;="), both floors no ratio; the
    /// goal is judged only where the bound decides it.
    /// </summary>
    public static string Ratio(Sustainable part, Sustainable whole, double goal)
    {
        var goalText = goal.ToString("P0", CultureInfo.InvariantCulture);
        if (whole.Rate is not { } w)
        {
            return $"n/a (the denominator sustained none of its steps; goal >= {goalText}: not shown)";
        }
        var p = part.Rate ?? 0;
        var ratio = (p / w).ToString("P0", CultureInfo.InvariantCulture);
        var (text, verdict) = (part.Floor, whole.Floor) switch
        {
            (true, true) => ("n/a (both held at the ramp's max: raise ramp-max)", "not shown"),
            (false, true) => ($"<= {ratio} (the denominator held at the ramp's max)", p / w < goal ? "not met" : "not shown (raise ramp-max)"),
            (true, false) => ($">= {ratio} (the numerator held at the ramp's max)", p / w >= goal ? "met" : "not shown (raise ramp-max)"),
            _ => ($"= {ratio}", p / w >= goal ? "met" : "not met"),
        };
        return $"{text} (goal >= {goalText}: {verdict})";
    }
}

/// <summary>
/// A ramp's two sustainable rates (<see cref="RampPlan"/>): at the first attempt (the definition before repeats), and
/// counting a rate that held when repeated.
/// </summary>
public sealed record RampFigures(Sustainable FirstAttempt, Sustainable OnRepeat)
{
    public string Line() => $"at the first attempt {FirstAttempt}, with a failed step repeated {OnRepeat}";
}

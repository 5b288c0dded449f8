using System.Globalization;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// A figure known only to lie between <see cref="Low"/> and <see cref="High"/> (<see cref="double.PositiveInfinity"/>:
/// no upper bound). A rate that held at the ramp's maximum is [rate, ∞); a ratio against such a floor is [0, ratio]
/// ("&lt;="), a ratio of such a floor [ratio, ∞) ("&gt;="), both [0, ∞) (unknown) — <see cref="Sustainable.Ratio"/>'s rules.
/// </summary>
public readonly record struct Bounded(double Low, double High)
{
    public static Bounded Exact(double value) => new(value, value);

    public static readonly Bounded Unknown = new(0, double.PositiveInfinity);

    public bool IsExact => Low == High;

    /// <summary>
    /// The median of figures each known only within its bounds. The median is monotone in every figure, so whatever the
    /// true figures are, their median lies between the median of the lower bounds and the median of the upper bounds: a
    /// bound makes its figure unknown in the direction it does not bound, and the median is as known as the figures
    /// around the middle are. An even count takes the mean of the two middle figures.
    /// </summary>
    public static Bounded Median(IReadOnlyCollection<Bounded> figures)
    {
        if (figures.Count == 0)
        {
            throw new ArgumentException("the median of no figures", nameof(figures));
        }
        return new Bounded(MedianOf(figures.Select(f => f.Low)), MedianOf(figures.Select(f => f.High)));
    }

    /// <summary>The median of plain numbers (mean of the two middle ones for an even count; ∞ stays ∞).</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("the median of no values", nameof(values));
        }
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>"met" when even the lower bound reaches the goal, "not met" when even the upper bound falls short, else "not shown".</summary>
    public string Verdict(double goal) => Low >= goal ? "met" : High < goal ? "not met" : "not shown";

    /// <summary>
    /// As printed: "x" when exact, "&gt;= x" without an upper bound, "&lt;= x" with nothing known below but 0,
    /// "between x and y" otherwise, "unknown" with neither bound.
    /// </summary>
    public string Format(Func<double, string> number) =>
        IsExact ? number(Low)
        : double.IsPositiveInfinity(High) ? (Low > 0 ? $">= {number(Low)}" : "unknown")
        : Low == 0 ? $"<= {number(High)}"
        : $"between {number(Low)} and {number(High)}";
}

/// <summary>
/// One round of the judging rule for issue 20's ratio: a ramp of the bare cookie endpoint and one of the inbox with the
/// write stream on, in one process and one database, their order alternating by round (<see cref="RampPairs.BareFirst"/>).
/// </summary>
public sealed record RampRound(int Number, RampFigures Bare, RampFigures Inbox)
{
    public bool BareFirst => RampPairs.BareFirst(Number);
}

/// <summary>
/// Issue 20's ratio judged by <b>N alternating pairs of ramps</b> instead of one: round k runs the bare ramp first when
/// k is odd and the inbox ramp first when k is even, so neither endpoint is always measured on the fresher (or the more
/// aged) process; every round gives both sustainable rates (<see cref="RampPlan.Figures"/>) and its own ratio, inbox ÷
/// that round's bare; the goal is judged on the <b>median of the per-round ratios</b> (not on the ratio of the medians,
/// which is printed beside it), so one round's spread — a pair of 8-second-step ramps gave 13 % to 67 % on the same code —
/// does not decide it.
/// </summary>
/// <remarks>
/// Bounds are kept as <see cref="Sustainable.Ratio"/> keeps them: a rate that held at the ramp's maximum is a floor
/// [rate, ∞), "none" is 0 (as the ratio counts it), a round's ratio is [0, r] with the bare rate a floor, [r, ∞) with the
/// inbox's a floor, unknown with both or with no bare rate. The medians are then ranges (<see cref="Bounded.Median"/>):
/// the median of the lower bounds to the median of the upper bounds; the goal is met only when the median's lower bound
/// reaches it, not met only when its upper bound falls short of it, and "not shown" otherwise.
/// </remarks>
public static class RampPairs
{
    /// <summary>Round <paramref name="round"/> (1-based) runs the bare ramp first when odd, the inbox ramp first when even.</summary>
    public static bool BareFirst(int round) => round % 2 == 1;

    /// <summary>
    /// Runs <paramref name="pairs"/> rounds, each the bare ramp and the inbox ramp in the round's order; each function is
    /// given the round's number. With more than one pair, each round's figures and then the medians go to <paramref name="log"/>.
    /// </summary>
    public static async Task<IReadOnlyList<RampRound>> RunAsync(int pairs, Func<int, Task<RampFigures>> bare, Func<int, Task<RampFigures>> inbox,
        double goal, Action<string> log, string prefix = "monday | ")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        var rounds = new List<RampRound>();
        for (var round = 1; round <= pairs; round++)
        {
            RampFigures b, i;
            if (BareFirst(round))
            {
                b = await bare(round);
                i = await inbox(round);
            }
            else
            {
                i = await inbox(round);
                b = await bare(round);
            }
            var done = new RampRound(round, b, i);
            rounds.Add(done);
            if (pairs > 1)
            {
                log(prefix + RoundLine(done, pairs, goal));
            }
        }
        if (pairs > 1)
        {
            foreach (var line in Summary(rounds, goal))
            {
                log(prefix + line);
            }
        }
        return rounds;
    }

    /// <summary>The bare and inbox rates of one definition and their ratio against the goal (<see cref="Sustainable.Ratio"/>).</summary>
    public static string Rates(Sustainable bare, Sustainable inbox, double goal) =>
        $"bare cookie {Short(bare)}, inbox with the write stream on {Short(inbox)}: ratio {Sustainable.Ratio(inbox, bare, goal)}";

    public static string RoundLine(RampRound round, int of, double goal) =>
        $"round {round.Number} of {of} ({(round.BareFirst ? "bare first" : "inbox first")}) sustainable rates at the first attempt: " +
        $"{Rates(round.Bare.FirstAttempt, round.Inbox.FirstAttempt, goal)} | with a failed step repeated: {Rates(round.Bare.OnRepeat, round.Inbox.OnRepeat, goal)}";

    /// <summary>One line per definition of the sustainable rate: the medians of the rates and of the per-round ratios, min–max, the verdict.</summary>
    public static IEnumerable<string> Summary(IReadOnlyList<RampRound> rounds, double goal)
    {
        yield return Summary(rounds, "at the first attempt", f => f.FirstAttempt, goal);
        yield return Summary(rounds, "with a failed step repeated", f => f.OnRepeat, goal);
    }

    public static string Summary(IReadOnlyList<RampRound> rounds, string definition, Func<RampFigures, Sustainable> pick, double goal)
    {
        var bare = rounds.Select(r => pick(r.Bare)).ToList();
        var inbox = rounds.Select(r => pick(r.Inbox)).ToList();
        var ratios = rounds.Select(r => RatioBounds(pick(r.Inbox), pick(r.Bare))).ToList();
        var median = Bounded.Median(ratios);
        var bounded = ratios.Count(r => !r.IsExact);
        var goalText = Percent(goal);
        var (bareMedian, inboxMedian) = (Bounded.Median(bare.Select(RateBounds).ToList()), Bounded.Median(inbox.Select(RateBounds).ToList()));
        // For reference only (not judged): the medians' ratio, given only when both medians are exact.
        var ofMedians = !bareMedian.IsExact || !inboxMedian.IsExact ? "n/a (a median is a bound)"
            : bareMedian.Low > 0 ? Percent(inboxMedian.Low / bareMedian.Low) : "n/a (no bare rate)";
        return $"median of {rounds.Count} alternating pairs, {definition}: bare cookie {RateRange(bare)}, inbox with the write stream on {RateRange(inbox)}; " +
            $"per-round ratios {string.Join(", ", ratios.Select(r => r.Format(Percent)))} (min–max {MinMax(ratios, Percent)}" +
            $"{(bounded > 0 ? $"; {bounded} round(s) a bound, counted as a range" : "")}), " +
            $"median {median.Format(Percent)} (goal >= {goalText}, judged on the median of the per-round ratios: {median.Verdict(goal)}); " +
            $"ratio of the medians, not judged: {ofMedians}";
    }

    /// <summary>A sustainable rate as a range: a floor has no upper bound, "none" is 0 (as <see cref="Sustainable.Ratio"/> counts it).</summary>
    public static Bounded RateBounds(Sustainable s) =>
        s.Rate is not { } r ? Bounded.Exact(0) : s.Floor ? new Bounded(r, double.PositiveInfinity) : Bounded.Exact(r);

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> as a range, by <see cref="Sustainable.Ratio"/>'s rules for floors.</summary>
    public static Bounded RatioBounds(Sustainable part, Sustainable whole)
    {
        if (whole.Rate is not { } w)
        {
            return Bounded.Unknown;
        }
        var ratio = (part.Rate ?? 0) / w;
        return (part.Floor, whole.Floor) switch
        {
            (true, true) => Bounded.Unknown,
            (false, true) => new Bounded(0, ratio),
            (true, false) => new Bounded(ratio, double.PositiveInfinity),
            _ => Bounded.Exact(ratio),
        };
    }

    private static string RateRange(IReadOnlyList<Sustainable> rates)
    {
        var bounds = rates.Select(RateBounds).ToList();
        return $"median {Bounded.Median(bounds).Format(PerSecond)} (min–max {MinMax(bounds, PerSecond)})";
    }

    /// <summary>
    /// The lowest and the highest figure, each as printed with its bound; ordered by the figure's known number (its lower
    /// bound, or its upper bound where nothing is known below; of equal ones a floor is the higher), unknown figures left out.
    /// </summary>
    private static string MinMax(IReadOnlyList<Bounded> figures, Func<double, string> number)
    {
        static double Key(Bounded b) => b.Low > 0 || b.IsExact ? b.Low : double.IsFinite(b.High) ? b.High : double.NaN;
        var known = figures.Where(f => !double.IsNaN(Key(f))).OrderBy(Key).ThenBy(f => f.High).ToList();
        return known.Count == 0 ? "unknown" : $"{known[0].Format(number)} – {known[^1].Format(number)}";
    }

    private static string Short(Sustainable s) =>
        s.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{(s.Floor ? ">= " : "")}{r:0.0}/s") : "none";

    private static string PerSecond(double rate) => rate == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{rate:0.0}/s");

    private static string Percent(double ratio) => ratio.ToString("P0", CultureInfo.InvariantCulture);
}

using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Web.Tests.LoadGeneration;

/// <summary>
/// Issue 20's judging rule (`bench monday pairs=N`): N pairs of ramps in alternating order, the goal judged on the median of
/// the per-round ratios, a rate held at the ramp's maximum kept as a bound through the median.
/// </summary>
public sealed class RampPairsTests
{
    private static Sustainable Exact(double rate) => new(new RampStep(rate, rate, 5, 10, 15, 100, 0), Floor: false, From: 25);

    private static Sustainable Floor(double rate) => new(new RampStep(rate, rate, 5, 10, 15, 100, 0), Floor: true, From: 25);

    private static readonly Sustainable None = new(null, Floor: false, From: 25);

    /// <summary>A round whose two definitions give the same figures.</summary>
    private static RampRound Round(int number, Sustainable bare, Sustainable inbox) => new(number, new RampFigures(bare, bare), new RampFigures(inbox, inbox));

    [Fact]
    public async Task Pairs_AlternateTheirOrder_BareFirstInOddRounds_AndPrintEachRoundThenTheMedians()
    {
        Assert.Equal([true, false, true, false], Enumerable.Range(1, 4).Select(RampPairs.BareFirst));
        var ran = new List<string>();
        var lines = new List<string>();
        Task<RampFigures> Ramp(string name, int round, double rate)
        {
            ran.Add($"{name} {round}");
            return Task.FromResult(new RampFigures(Exact(rate * round), Exact(rate * round)));
        }

        var rounds = await RampPairs.RunAsync(3, r => Ramp("bare", r, 1000), r => Ramp("inbox", r, 400), 0.5, lines.Add, prefix: "");

        Assert.Equal(["bare 1", "inbox 1", "inbox 2", "bare 2", "bare 3", "inbox 3"], ran);
        Assert.Equal([1000.0, 2000.0, 3000.0], rounds.Select(r => r.Bare.FirstAttempt.Rate!.Value));
        Assert.Equal([400.0, 800.0, 1200.0], rounds.Select(r => r.Inbox.OnRepeat.Rate!.Value));
        Assert.Equal(5, lines.Count); // three rounds, then one median line per definition
        Assert.StartsWith("round 1 of 3 (bare first) sustainable rates at the first attempt: bare cookie 1000.0/s, inbox with the write stream on 400.0/s: ratio = 40 %", lines[0]);
        Assert.StartsWith("round 2 of 3 (inbox first)", lines[1]);
        Assert.StartsWith("median of 3 alternating pairs, at the first attempt:", lines[3]);
        Assert.StartsWith("median of 3 alternating pairs, with a failed step repeated:", lines[4]);

        // One pair is today's run: bare then inbox, and nothing printed here (the harness prints its one line as before).
        ran.Clear();
        lines.Clear();
        var one = await RampPairs.RunAsync(1, r => Ramp("bare", r, 1000), r => Ramp("inbox", r, 400), 0.5, lines.Add);
        Assert.Equal(["bare 1", "inbox 1"], ran);
        Assert.Single(one);
        Assert.Empty(lines);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RampPairs.RunAsync(0, r => Ramp("bare", r, 1), r => Ramp("inbox", r, 1), 0.5, lines.Add));
    }

    [Fact]
    public void Median_IsTheMiddleFigure_OrTheMeanOfTheTwoMiddleOnes()
    {
        Assert.Equal(2, Bounded.MedianOf([3, 1, 2]));
        Assert.Equal(2.5, Bounded.MedianOf([4, 1, 3, 2]));
        Assert.Equal(double.PositiveInfinity, Bounded.MedianOf([1, double.PositiveInfinity]));
        Assert.Throws<ArgumentException>(() => Bounded.MedianOf([]));
        Assert.Equal(new Bounded(2, 3), Bounded.Median([Bounded.Exact(1), new Bounded(2, double.PositiveInfinity), Bounded.Exact(3)]));
    }

    [Fact]
    public void MedianOfThreeExactRounds_JudgesTheGoalOnTheMedianRatio_NotOnOneRound()
    {
        // Runs E and F of session 20 (one pair each, same code: 58 % and 13 %) and run D (26 %) as three rounds.
        RampRound[] rounds = [Round(1, Exact(5565.1), Exact(3241.1)), Round(2, Exact(7292.4), Exact(960.4)), Round(3, Exact(6370.4), Exact(1648.9))];

        var line = RampPairs.Summary(rounds, "at the first attempt", f => f.FirstAttempt, 0.5);

        Assert.Equal(
            "median of 3 alternating pairs, at the first attempt: bare cookie median 6370.4/s (min–max 5565.1/s – 7292.4/s), " +
            "inbox with the write stream on median 1648.9/s (min–max 960.4/s – 3241.1/s); per-round ratios 58 %, 13 %, 26 % (min–max 13 % – 58 %), " +
            "median 26 % (goal >= 50 %, judged on the median of the per-round ratios: not met); ratio of the medians, not judged: 26 %",
            line);
        // Round 1 alone met the goal; the median does not.
        Assert.Contains("(goal >= 50 %: met)", RampPairs.RoundLine(rounds[0], 3, 0.5), StringComparison.Ordinal);
    }

    [Fact]
    public void ARoundWithAFloor_CountsAsARange_AndTheMedianIsJudgedOnlyWhereItsBoundsDecide()
    {
        // The bare ramp of round 2 held at the ramp's max: that round's ratio is at most 40 %, unknown below.
        RampRound[] notMet = [Round(1, Exact(5000), Exact(2900)), Round(2, Floor(5000), Exact(2000)), Round(3, Exact(5000), Exact(1300))];
        var line = RampPairs.Summary(notMet, "at the first attempt", f => f.FirstAttempt, 0.5);
        Assert.Contains("per-round ratios 58 %, <= 40 %, 26 % (min–max 26 % – 58 %; 1 round(s) a bound, counted as a range)", line, StringComparison.Ordinal);
        // Lower bounds 0, 26 %, 58 % → 26 %; upper bounds 26 %, 40 %, 58 % → 40 %: below the goal either way.
        Assert.Contains("median between 26 % and 40 % (goal >= 50 %, judged on the median of the per-round ratios: not met)", line, StringComparison.Ordinal);
        // A floor of 5,000/s among 5,000/s exact: lower bounds 5,000 each, upper 5,000, 5,000, ∞; of equal figures the floor is the higher.
        Assert.Contains("bare cookie median 5000.0/s (min–max 5000.0/s – >= 5000.0/s)", line, StringComparison.Ordinal);

        // The inbox ramp of round 2 held at the max: at least 55 %; the median lies between 55 % and 60 %, met.
        RampRound[] met = [Round(1, Exact(5000), Exact(3000)), Round(2, Exact(5000), Floor(2750)), Round(3, Floor(5000), Exact(2250))];
        var metLine = RampPairs.Summary(met, "at the first attempt", f => f.FirstAttempt, 0.5);
        Assert.Contains("per-round ratios 60 %, >= 55 %, <= 45 %", metLine, StringComparison.Ordinal);
        Assert.Contains("median between 55 % and 60 % (goal >= 50 %, judged on the median of the per-round ratios: met)", metLine, StringComparison.Ordinal);
        Assert.Contains("inbox with the write stream on median between 2750.0/s and 3000.0/s", metLine, StringComparison.Ordinal);

        // A bound around the middle that straddles the goal: between 30 % and 60 %, not shown.
        RampRound[] open = [Round(1, Exact(5000), Exact(1500)), Round(2, Floor(5000), Exact(3000)), Round(3, Exact(5000), Exact(3500))];
        var openLine = RampPairs.Summary(open, "at the first attempt", f => f.FirstAttempt, 0.5);
        Assert.Contains("median between 30 % and 60 % (goal >= 50 %, judged on the median of the per-round ratios: not shown)", openLine, StringComparison.Ordinal);
        // The medians' ratio is given only where both medians are exact: here the bare median is 5,000/s exactly (lower
        // bounds 5,000 each, upper 5,000, ∞, 5,000), the inbox's 3,000/s.
        Assert.EndsWith("ratio of the medians, not judged: 60 %", openLine, StringComparison.Ordinal);
        Assert.EndsWith("ratio of the medians, not judged: n/a (a median is a bound)", metLine, StringComparison.Ordinal);

        // Both ramps of a round at the max, and a bare ramp that sustained none of its steps: those rounds' ratios are
        // unknown, and with two of three unknown so is the median (lower bounds 0, 0, 60 %; upper ∞, ∞, 60 %).
        RampRound[] unknown = [Round(1, Floor(5000), Floor(5000)), Round(2, None, Exact(100)), Round(3, Exact(5000), Exact(3000))];
        var unknownLine = RampPairs.Summary(unknown, "at the first attempt", f => f.FirstAttempt, 0.5);
        Assert.Contains("per-round ratios unknown, unknown, 60 % (min–max 60 % – 60 %; 2 round(s) a bound, counted as a range)", unknownLine, StringComparison.Ordinal);
        Assert.Contains("median unknown (goal >= 50 %, judged on the median of the per-round ratios: not shown)", unknownLine, StringComparison.Ordinal);
        Assert.Contains("bare cookie median 5000.0/s (min–max none – >= 5000.0/s)", unknownLine, StringComparison.Ordinal);
    }

    [Fact]
    public void RatioBounds_JudgeAsSustainableRatioDoes_ForEveryKindOfRound()
    {
        Sustainable[] parts = [Exact(2000), Exact(3000), Floor(2000), Floor(3000), None];
        Sustainable[] wholes = [Exact(5000), Floor(5000), None];
        foreach (var part in parts)
        {
            foreach (var whole in wholes)
            {
                var verdict = RampPairs.RatioBounds(part, whole).Verdict(0.5);
                Assert.Contains($": {verdict}", Sustainable.Ratio(part, whole, 0.5), StringComparison.Ordinal);
            }
        }
        Assert.Equal(new Bounded(0, 0.4), RampPairs.RatioBounds(Exact(2000), Floor(5000)));
        Assert.Equal(new Bounded(0.6, double.PositiveInfinity), RampPairs.RatioBounds(Floor(3000), Exact(5000)));
        Assert.Equal(Bounded.Unknown, RampPairs.RatioBounds(Floor(3000), Floor(5000)));
        Assert.Equal(Bounded.Exact(0), RampPairs.RatioBounds(None, Exact(5000)));
        Assert.Equal(new Bounded(5000, double.PositiveInfinity), RampPairs.RateBounds(Floor(5000)));
        Assert.Equal(Bounded.Exact(0), RampPairs.RateBounds(None));
    }
}

using TaskAdmission.Core.Burden;

namespace TaskAdmission.Core.Tests.Burden;

public sealed class TargetEvaluatorTests
{
    private static BurdenTarget Reduce(decimal percent, DateOnly start, DateOnly due, BurdenMeasure measure = BurdenMeasure.Items) => new()
    {
        Goal = TargetGoal.ReduceByPercent, Value = percent, StartDate = start, DueDate = due, Measure = measure,
    };

    private static BurdenTarget Cap(decimal cap, DateOnly start, DateOnly due) => new()
    {
        Goal = TargetGoal.CapPerVillagePerYear, Value = cap, StartDate = start, DueDate = due, Measure = BurdenMeasure.Submissions,
    };

    private static BurdenCounts Items(int items)
    {
        var counts = new BurdenCounts();
        counts[BurdenCounts.ItemsYearColumn] = items;
        return counts;
    }

    /// <summary>Submissions spread over the months from <paramref name="fromMonth"/> to December, as evenly as whole numbers allow.</summary>
    private static BurdenCounts Submissions(int total, int fromMonth = 1)
    {
        var counts = new BurdenCounts();
        var months = 13 - fromMonth;
        for (var m = fromMonth; m <= 12; m++)
        {
            counts[BurdenCounts.SubmissionsMonthColumn(m)] = total / months + (m - fromMonth < total % months ? 1 : 0);
        }
        return counts;
    }

    private static TargetData Scope(decimal? baseline, int year, BurdenCounts counts) =>
        new(baseline, new Dictionary<int, BurdenCounts> { [year] = counts }, new Dictionary<int, IReadOnlyList<BurdenCounts>>());

    private static TargetData Villages(int year, params BurdenCounts[] villages) =>
        new(null, new Dictionary<int, BurdenCounts>(), new Dictionary<int, IReadOnlyList<BurdenCounts>> { [year] = villages });

    [Theory]
    [InlineData(80, TargetStatus.OnTrack)]
    [InlineData(81, TargetStatus.AtRisk)]
    public void Reduction_MidYear_IsJudgedOnTheStraightPathAtTheLastMonthEnd(int actual, TargetStatus expected)
    {
        // Judged on 30 June: 181 of 365 days gone, so the path stands at 100 − 40 × 181/365 = 80.16.
        var progress = TargetEvaluator.Evaluate(Reduce(40, new(2026, 1, 1), new(2026, 12, 31)), new(2026, 7, 15), Scope(100, 2026, Items(actual)));

        Assert.Equal(expected, progress.Status);
        Assert.Equal(new DateOnly(2026, 6, 30), progress.Boundary);
        Assert.Equal(80.16m, progress.Expected);
        Assert.Equal(60m, progress.Goal);
    }

    [Theory]
    [InlineData(60, TargetStatus.Met)]
    [InlineData(61, TargetStatus.Missed)]
    public void Reduction_AfterTheDueDate_IsMetOrMissed(int actual, TargetStatus expected) =>
        Assert.Equal(expected, TargetEvaluator.Evaluate(Reduce(40, new(2026, 1, 1), new(2026, 12, 31)), new(2027, 1, 1), Scope(100, 2026, Items(actual))).Status);

    [Fact]
    public void Reduction_OnTheLastDayOfTheWindow_IsStillJudgedAtThePreviousMonthEnd()
    {
        var progress = TargetEvaluator.Evaluate(Reduce(40, new(2026, 1, 1), new(2026, 12, 31)), new(2026, 12, 31), Scope(100, 2026, Items(70)));

        Assert.Equal(new DateOnly(2026, 11, 30), progress.Boundary);
        Assert.Equal(TargetStatus.AtRisk, progress.Status);
    }

    [Fact]
    public void Reduction_BeforeAnyMonthEnded_IsNotStarted() =>
        Assert.Equal(TargetStatus.NotStarted, TargetEvaluator.Evaluate(Reduce(40, new(2026, 1, 1), new(2026, 12, 31)), new(2026, 1, 31), Scope(100, 2026, Items(100))).Status);

    [Fact]
    public void Reduction_WithoutBaseline_SaysSo() =>
        Assert.Equal(TargetStatus.NoBaseline, TargetEvaluator.Evaluate(Reduce(40, new(2026, 1, 1), new(2026, 12, 31)), new(2026, 8, 1), Scope(null, 2026, Items(1))).Status);

    [Theory]
    [InlineData(2028, 183.0, TargetStatus.Missed)]
    [InlineData(2027, 182.5, TargetStatus.Missed)]
    public void Reduction_OverPartOfAYear_AnnualisesSubmissionsByDays(int year, double annualised, TargetStatus expected)
    {
        // March–December covers 306 days in both years; 153 submissions are 153 × 366/306 = 183 in leap 2028, 182.5 in 2027.
        var target = Reduce(40, new(year, 3, 1), new(year, 12, 31), BurdenMeasure.Submissions);

        var progress = TargetEvaluator.Evaluate(target, new(year + 1, 1, 10), Scope(300, year, Submissions(153, fromMonth: 3)));

        Assert.Equal((decimal)annualised, progress.Actual);
        Assert.Equal(180m, progress.Goal);
        Assert.Equal(expected, progress.Status);
    }

    [Fact]
    public void Cap_InAPartYearThatEnded_IsProRatedAndMissedWhenAVillageIsOver()
    {
        // From 1 July: 184 of 365 days, so 12 a year allows 6.05 in 2026.
        var target = Cap(12, new(2026, 7, 1), new(2027, 12, 31));

        var missed = TargetEvaluator.Evaluate(target, new(2027, 1, 5), Villages(2026, Submissions(7, fromMonth: 7), Submissions(3, fromMonth: 7)));
        var kept = TargetEvaluator.Evaluate(target, new(2027, 1, 5), Villages(2026, Submissions(6, fromMonth: 7)));

        Assert.Equal(TargetStatus.Missed, missed.Status);
        Assert.Equal(6.05m, missed.Goal);
        Assert.Equal(1, missed.VillagesOver);
        Assert.Equal(7m, missed.Actual);
        Assert.Equal(TargetStatus.OnTrack, kept.Status);
    }

    [Fact]
    public void Cap_InTheYearStillRunning_IsAtRiskNotMissed()
    {
        var target = Cap(12, new(2026, 1, 1), new(2026, 12, 31));

        var progress = TargetEvaluator.Evaluate(target, new(2026, 6, 10), Villages(2026, Submissions(13)));

        Assert.Equal(TargetStatus.AtRisk, progress.Status);
        Assert.Equal(12m, progress.Goal);
    }

    [Fact]
    public void Cap_KeptToTheEnd_IsMet() =>
        Assert.Equal(TargetStatus.Met, TargetEvaluator.Evaluate(Cap(12, new(2028, 1, 1), new(2028, 12, 31)), new(2029, 2, 1), Villages(2028, Submissions(12))).Status);
}

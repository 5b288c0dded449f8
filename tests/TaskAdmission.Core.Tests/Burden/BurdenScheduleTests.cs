using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Burden;

public sealed class BurdenScheduleTests
{
    private static readonly BurdenPeriod Year2026 = BurdenPeriod.OfYear(2026);

    private static BurdenDelta Single(IReadOnlyList<BurdenDelta> deltas, DemandKind kind, int year) => deltas.Single(d => d.Kind == kind && d.Year == year);

    [Fact]
    public void For_MonthlyReportAllYear_Is12SubmissionsAndOneItem()
    {
        var deltas = BurdenSchedule.For([new DemandRequest(DemandKind.Report, 1, DemandPeriod.Month)], new(2026, 1, 1), new(2026, 12, 31));

        var report = Single(deltas, DemandKind.Report, 2026).Counts;
        Assert.Equal(12, report.Submissions(Year2026));
        Assert.Equal(1, report.Items(Year2026));
        Assert.Equal(3, report.Submissions(BurdenPeriod.OfQuarter(2026, 2)));
        Assert.Equal(1, report.Items(BurdenPeriod.OfQuarter(2026, 2)));
        Assert.Equal(1, report.Submissions(BurdenPeriod.OfMonth(2026, 7)));
        Assert.Single(deltas);
    }

    [Fact]
    public void For_PartialMonthsAtBothEnds_CountWhole()
    {
        // 15 Jan – 10 Mar touches three months: three monthly submissions, booked in January, February and March.
        var counts = Single(BurdenSchedule.For([new DemandRequest(DemandKind.Report, 2, DemandPeriod.Month)], new(2026, 1, 15), new(2026, 3, 10)), DemandKind.Report, 2026).Counts;

        Assert.Equal(6, counts.Submissions(Year2026));
        Assert.Equal([2, 2, 2, 0], Enumerable.Range(1, 4).Select(m => counts.Submissions(BurdenPeriod.OfMonth(2026, m))));
        Assert.Equal(1, counts.Items(BurdenPeriod.OfMonth(2026, 3)));
        Assert.Equal(0, counts.Items(BurdenPeriod.OfMonth(2026, 4)));
        Assert.Equal(0, counts.Items(BurdenPeriod.OfQuarter(2026, 2)));
    }

    [Fact]
    public void For_SpanAcrossTheYearEnd_SplitsIntoTwoYears()
    {
        var deltas = BurdenSchedule.For(
            [new DemandRequest(DemandKind.Meeting, 1, DemandPeriod.Quarter), new DemandRequest(DemandKind.Survey, 1, DemandPeriod.Once)],
            new(2026, 11, 20), new(2027, 4, 1));

        Assert.Equal(1, Single(deltas, DemandKind.Meeting, 2026).Counts.Submissions(Year2026));
        Assert.Equal(2, Single(deltas, DemandKind.Meeting, 2027).Counts.Submissions(BurdenPeriod.OfYear(2027)));
        Assert.Equal(1, Single(deltas, DemandKind.Survey, 2026).Counts.Submissions(BurdenPeriod.OfMonth(2026, 11)));
        Assert.Equal(0, Single(deltas, DemandKind.Survey, 2027).Counts.Submissions(BurdenPeriod.OfYear(2027)));
        Assert.Equal(1, Single(deltas, DemandKind.Survey, 2027).Counts.Items(BurdenPeriod.OfMonth(2027, 4)));
    }

    [Fact]
    public void For_WeeklyDemand_CountsIsoWeeksTouched()
    {
        // 2026-03-04 is a Wednesday; up to Sunday 2026-03-15 the span touches two ISO weeks, and Monday the 16th a third.
        var two = BurdenSchedule.For([new DemandRequest(DemandKind.AppCheckIn, 1, DemandPeriod.Week)], new(2026, 3, 4), new(2026, 3, 15));
        var three = BurdenSchedule.For([new DemandRequest(DemandKind.AppCheckIn, 1, DemandPeriod.Week)], new(2026, 3, 4), new(2026, 3, 16));

        Assert.Equal(2, two.Single().Counts.Submissions(Year2026));
        Assert.Equal(3, three.Single().Counts.Submissions(Year2026));
    }

    [Fact]
    public void For_TwoDemandsOfOneKind_AreOneItem()
    {
        var counts = BurdenSchedule.For(
            [new DemandRequest(DemandKind.Report, 1, DemandPeriod.Month), new DemandRequest(DemandKind.Report, 1, DemandPeriod.Quarter)],
            new(2026, 1, 1), new(2026, 12, 31)).Single().Counts;

        Assert.Equal(1, counts.Items(Year2026));
        Assert.Equal(16, counts.Submissions(Year2026));
    }

    [Fact]
    public void For_LeapYear_FebruaryTwentyNinthIsInFebruary()
    {
        var counts = BurdenSchedule.For([new DemandRequest(DemandKind.Inspection, 1, DemandPeriod.Once)], new(2028, 2, 29), new(2028, 2, 29)).Single().Counts;

        Assert.Equal(1, counts.Submissions(BurdenPeriod.OfMonth(2028, 2)));
        Assert.Equal(1, counts.Items(BurdenPeriod.OfQuarter(2028, 1)));
        Assert.Equal(29, BurdenPeriod.OfMonth(2028, 2).Days);
        Assert.Equal(366, BurdenPeriod.OfYear(2028).Days);
        Assert.Equal(91, BurdenPeriod.OfQuarter(2028, 1).Days);
    }

    [Fact]
    public void For_EmptySpan_AddsNothing() =>
        Assert.Empty(BurdenSchedule.For([new DemandRequest(DemandKind.Report, 1, DemandPeriod.Month)], new(2026, 5, 1), new(2026, 4, 30)));

    [Fact]
    public void Change_CutShort_RemovesOnlyTheLaterPeriods()
    {
        var demands = new[] { new DemandRequest(DemandKind.Report, 1, DemandPeriod.Month) };

        var change = BurdenSchedule.Change(demands, (new(2026, 1, 1), new(2026, 12, 31)), (new(2026, 1, 1), new(2026, 3, 15))).Single().Counts;

        Assert.Equal(-9, change.Submissions(Year2026));
        Assert.Equal(0, change.Items(Year2026));
        Assert.Equal(0, change.Items(BurdenPeriod.OfQuarter(2026, 1)));
        Assert.Equal(-1, change.Items(BurdenPeriod.OfQuarter(2026, 2)));
        Assert.Equal(0, change.Submissions(BurdenPeriod.OfMonth(2026, 3)));
    }

    [Theory]
    [InlineData("2026", "2026", 365)]
    [InlineData("2028-Q1", "2028-Q1", 91)]
    [InlineData("2026-q4", "2026-Q4", 92)]
    [InlineData("2026-02", "2026-02", 28)]
    public void Period_ParsesAndCountsDays(string text, string shown, int days)
    {
        Assert.True(BurdenPeriod.TryParse(text, out var period));
        Assert.Equal(shown, period.ToString());
        Assert.Equal(days, period.Days);
    }

    [Theory]
    [InlineData("")]
    [InlineData("26")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("1999")]
    [InlineData("2026-1")]
    public void Period_RefusesNonsense(string text) => Assert.False(BurdenPeriod.TryParse(text, out _));

    [Fact]
    public void Period_PreviousOfJanuaryIsDecember() =>
        Assert.Equal(BurdenPeriod.OfMonth(2025, 12), BurdenPeriod.OfMonth(2026, 1).Previous());
}

namespace TaskAdmission.Core.Burden;

/// <summary>
/// Judges a target at period boundaries: on the last day of the last month that has ended (or the due date, once
/// passed), never mid-month, so a status does not flicker from day to day.
/// <list type="bullet">
/// <item>The year judged is the calendar year of that boundary, as scheduled in the ledger (work known now that falls
/// later in the year counts).</item>
/// <item>Partial years: where the target's window covers only part of a year, submissions (a flow) are counted over
/// the covered months and, for a reduction, annualised by days (× days in the year ÷ days covered: 366 in a leap year);
/// a cap is pro-rated by the same fraction. Items (a stock: what is in force) are never scaled.</item>
/// <item>Reduction: met when the judged value is at or below baseline × (1 − percent); before the due date on track
/// when at or below the straight path from the baseline on the start date to the goal on the due date.</item>
/// <item>Cap: missed as soon as a village is over the cap in a part-year that has ended; at risk when a village is
/// over in the year still running.</item>
/// </list>
/// </summary>
public static class TargetEvaluator
{
    public static TargetProgress Evaluate(BurdenTarget target, DateOnly today, TargetData data)
    {
        var boundary = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        if (boundary < target.StartDate)
        {
            return new TargetProgress(TargetStatus.NotStarted, null, null, data.Baseline, Goal(target, data, target.StartDate.Year), null, null, 0);
        }
        var final = boundary >= target.DueDate;
        var at = final ? target.DueDate : boundary;
        return target.Goal == TargetGoal.ReduceByPercent ? Reduction(target, data, at, final) : Cap(target, data, at, boundary, final);
    }

    private static TargetProgress Reduction(BurdenTarget target, TargetData data, DateOnly at, bool final)
    {
        if (data.Baseline is not { } baseline)
        {
            return new TargetProgress(TargetStatus.NoBaseline, at, at.Year, null, 0, null, null, 0);
        }
        var goal = Goal(target, data, at.Year);
        var actual = Round(Annual(target, Counts(data.ScopeYears, at.Year), at.Year));
        if (final)
        {
            return new TargetProgress(actual <= goal ? TargetStatus.Met : TargetStatus.Missed, at, at.Year, baseline, goal, goal, actual, 0);
        }
        var elapsed = at.DayNumber - target.StartDate.DayNumber + 1m;
        var total = target.DueDate.DayNumber - target.StartDate.DayNumber + 1m;
        var expected = Round(baseline - (baseline - goal) * elapsed / total);
        return new TargetProgress(actual <= expected ? TargetStatus.OnTrack : TargetStatus.AtRisk, at, at.Year, baseline, goal, expected, actual, 0);
    }

    private static TargetProgress Cap(BurdenTarget target, TargetData data, DateOnly at, DateOnly boundary, bool final)
    {
        TargetProgress? running = null;
        for (var year = target.StartDate.Year; year <= at.Year; year++)
        {
            var allowed = Goal(target, data, year);
            var villages = data.VillageYears.GetValueOrDefault(year) ?? [];
            var values = villages.Select(v => Covered(target, v, year)).ToList();
            var over = values.Count(v => v > allowed);
            var max = values.Count == 0 ? 0 : values.Max();
            var (_, coveredTo) = Window(target, year);
            if (over > 0 && coveredTo <= boundary)
            {
                return new TargetProgress(TargetStatus.Missed, at, year, data.Baseline, allowed, null, max, over);
            }
            running = new TargetProgress(over > 0 ? TargetStatus.AtRisk : final ? TargetStatus.Met : TargetStatus.OnTrack, at, year, data.Baseline, allowed, null, max, over);
        }
        return running!;
    }

    /// <summary>The goal for a year: baseline × (1 − percent), or the cap pro-rated to the part of the year in force.</summary>
    private static decimal Goal(BurdenTarget target, TargetData data, int year)
    {
        if (target.Goal == TargetGoal.ReduceByPercent)
        {
            return data.Baseline is { } b ? Round(b * (1 - target.Value / 100m)) : 0;
        }
        if (target.Measure == BurdenMeasure.Items)
        {
            return target.Value;
        }
        var (from, to) = Window(target, year);
        return Round(target.Value * (to.DayNumber - from.DayNumber + 1) / DaysIn(year));
    }

    /// <summary>The year's value for a reduction: items as they stand, submissions annualised over the covered part of the year.</summary>
    private static decimal Annual(BurdenTarget target, BurdenCounts counts, int year)
    {
        if (target.Measure == BurdenMeasure.Items)
        {
            return counts.Items(BurdenPeriod.OfYear(year));
        }
        var (from, to) = Window(target, year);
        return Covered(target, counts, year) * DaysIn(year) / (to.DayNumber - from.DayNumber + 1m);
    }

    /// <summary>The counts inside the target's window in a year: items of the year, submissions of the covered months.</summary>
    private static decimal Covered(BurdenTarget target, BurdenCounts counts, int year)
    {
        if (target.Measure == BurdenMeasure.Items)
        {
            return counts.Items(BurdenPeriod.OfYear(year));
        }
        var (from, to) = Window(target, year);
        var sum = 0;
        for (var month = from.Month; month <= to.Month; month++)
        {
            sum += counts[BurdenCounts.SubmissionsMonthColumn(month)];
        }
        return sum;
    }

    /// <summary>The part of a calendar year inside the target's window.</summary>
    private static (DateOnly From, DateOnly To) Window(BurdenTarget target, int year)
    {
        var period = BurdenPeriod.OfYear(year);
        return (target.StartDate > period.Start ? target.StartDate : period.Start, target.DueDate < period.End ? target.DueDate : period.End);
    }

    private static BurdenCounts Counts(IReadOnlyDictionary<int, BurdenCounts> years, int year) => years.GetValueOrDefault(year) ?? new BurdenCounts();

    private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

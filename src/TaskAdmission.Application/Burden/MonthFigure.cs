using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// One month of the trend: items and submissions, the baseline for that month (items as they stood, submissions as
/// the annual figure × the month's days ÷ the year's) and the target path where a target applies; <see cref="Scheduled"/>
/// marks a month that has not yet begun (what is known to be due then).
/// </summary>
public sealed record MonthFigure(BurdenPeriod Month, int Items, int Submissions, decimal? BaselineItems, decimal? BaselineSubmissions, decimal? Target, bool Scheduled)
{
    public decimal Of(BurdenMeasure measure) => measure == BurdenMeasure.Items ? Items : Submissions;

    public decimal? BaselineOf(BurdenMeasure measure) => measure == BurdenMeasure.Items ? BaselineItems : BaselineSubmissions;
}

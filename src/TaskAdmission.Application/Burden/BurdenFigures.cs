using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>Distinct items and submissions of an area in a period, with the per-village average.</summary>
public sealed record BurdenFigures(decimal Items, decimal Submissions, int Villages)
{
    public decimal Of(BurdenMeasure measure) => measure == BurdenMeasure.Items ? Items : Submissions;

    public decimal PerVillage(BurdenMeasure measure) => Villages == 0 ? 0 : Math.Round(Of(measure) / Villages, 1, MidpointRounding.AwayFromZero);

    /// <summary>The change against another figure in percent (−40 = 40 % less), or null when there is nothing to compare with.</summary>
    public decimal? ChangeFrom(BurdenFigures? before, BurdenMeasure measure) =>
        before is null || before.Of(measure) == 0 ? null : Math.Round((Of(measure) - before.Of(measure)) * 100 / before.Of(measure), 1, MidpointRounding.AwayFromZero);
}

using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// A reduction target (减负目标) of a jurisdiction: e.g. "total items −40 % against baseline by 2026-12-31", or "no more
/// than 12 reports per village per year". The window starts on the first day of a month and ends on the last day of
/// one, so every evaluation falls on a period boundary.
/// </summary>
public sealed class BurdenTarget
{
    public const int NameMax = 200;

    public Guid Id { get; set; }
    public string OrgUnitCode { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The demand kind counted; null = all kinds together.</summary>
    public DemandKind? Kind { get; set; }

    public BurdenMeasure Measure { get; set; }
    public TargetGoal Goal { get; set; }

    /// <summary>The percentage of the reduction, or the cap per village per year.</summary>
    public decimal Value { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly DueDate { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public int Version { get; set; }
}

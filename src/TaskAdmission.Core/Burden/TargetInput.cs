using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>A target as entered on the form (kind null = all kinds).</summary>
public sealed record TargetInput(
    string OrgUnitCode, string Name, DemandKind? Kind, BurdenMeasure Measure, TargetGoal Goal, decimal Value, DateOnly StartDate, DateOnly DueDate);

using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Burden;

/// <summary>What a dashboard view shows: the period, one demand kind or all (null), one department or all (null), and the measure ranked by.</summary>
public sealed record BurdenFilter(BurdenPeriod Period, DemandKind? Kind = null, string? Department = null, BurdenMeasure Measure = BurdenMeasure.Items);

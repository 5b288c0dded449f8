using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>A recorded baseline figure with its unit's names, for the baselines page.</summary>
public sealed record BaselineRow(BurdenBaseline Baseline, AreaView Unit);

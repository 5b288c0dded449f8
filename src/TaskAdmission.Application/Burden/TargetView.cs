using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>A target with where it stands at the last period boundary.</summary>
public sealed record TargetView(BurdenTarget Target, AreaView Area, TargetProgress Progress);

namespace TaskAdmission.Core.Burden;

/// <summary>
/// A target at the last period boundary: its status, the boundary (the last month end that has passed, or the due
/// date), the year judged, the baseline, the goal (required total, or the cap for that year), the value expected on
/// a straight path from baseline to goal, the actual value, and for caps how many villages are over.
/// </summary>
public sealed record TargetProgress(
    TargetStatus Status,
    DateOnly? Boundary,
    int? Year,
    decimal? Baseline,
    decimal Goal,
    decimal? Expected,
    decimal? Actual,
    int VillagesOver);

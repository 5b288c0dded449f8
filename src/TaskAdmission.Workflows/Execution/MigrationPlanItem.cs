namespace TaskAdmission.Workflows.Execution;

/// <summary>Where one token of the instance would go in the target version, or why it cannot.</summary>
/// <param name="SourceElementId">Element the token is at now.</param>
/// <param name="TargetElementId">Element it maps to in the target version.</param>
/// <param name="Problem">Why it cannot be mapped; null when it can.</param>
public sealed record MigrationPlanItem(string SourceElementId, string TargetElementId, string? Problem);

namespace TaskAdmission.Application.Burden;

/// <summary>How many of a department's rejected submissions a pre-check rule fired on (blocking or warning).</summary>
public sealed record RuleCount(string Rule, int Count);

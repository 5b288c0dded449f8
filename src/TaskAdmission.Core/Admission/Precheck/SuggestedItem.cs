namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>A list item the task text resembles, best first (score 0..1).</summary>
public sealed record SuggestedItem(string Code, string Title, double Score);

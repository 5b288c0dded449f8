namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>A phrase ready to match: every term and exclusion as its normalised literals.</summary>
public sealed record CompiledPattern(string Source, string[][] Terms, int[] Gaps, string[][] Exclusions);

using TaskAdmission.Core.Admission.Recognition.Patterns;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>A phrase as literal ids of the lexicon's index, pointing back to its entry.</summary>
internal sealed record PatternPlan(int Entry, CompiledPattern Pattern, int[][] Terms, int[][] Exclusions);

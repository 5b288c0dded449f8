using TaskAdmission.Core.Admission.Recognition.Patterns;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>A stored phrase the lexicon could not compile (data that bypassed the import), left out of every check.</summary>
public sealed record LexiconProblem(string ItemCode, string Phrase, PatternError Error);

namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>A refused phrase: the code, the 1-based character position in the phrase, and the piece concerned.</summary>
public sealed record PatternError(PatternErrorCode Code, int Position, string Detail = "");

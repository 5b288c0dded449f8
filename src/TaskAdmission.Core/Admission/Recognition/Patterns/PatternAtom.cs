namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>Alternatives at one place of a term: normalised literals and synonym group names.</summary>
public sealed record PatternAtom(IReadOnlyList<string> Literals, IReadOnlyList<string> Groups);

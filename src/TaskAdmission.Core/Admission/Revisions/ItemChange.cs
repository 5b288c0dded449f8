namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>A list entry present in both versions whose text changed (a demand whose count or period changed).</summary>
public sealed record ItemChange(DiffItem Old, DiffItem New, IReadOnlyList<TextPiece> Pieces);

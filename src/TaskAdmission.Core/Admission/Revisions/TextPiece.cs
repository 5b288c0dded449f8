namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>A run of characters of a compared text.</summary>
public sealed record TextPiece(TextPieceKind Kind, string Text);

namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>Whether a piece of compared text is in both versions, only the old one, or only the new one.</summary>
public enum TextPieceKind
{
    Same,
    Deleted,
    Inserted,
}

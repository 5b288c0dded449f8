namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>
/// One field compared between two versions. For a text field <see cref="Pieces"/> holds the marked-up text; for a
/// list field the entries added, removed and altered.
/// </summary>
public sealed record FieldChange(
    RevisionField Old,
    RevisionField New,
    IReadOnlyList<TextPiece> Pieces,
    IReadOnlyList<DiffItem> Added,
    IReadOnlyList<DiffItem> Removed,
    IReadOnlyList<ItemChange> Altered)
{
    public string Key => New.Key;

    public bool Changed => New.IsList ? Added.Count + Removed.Count + Altered.Count > 0 : Old.Text != New.Text;
}

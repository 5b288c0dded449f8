namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>A field of a version as the approver reads it: a text, or a list of entries (<see cref="Items"/> not null).</summary>
public sealed record RevisionField(string Key, string Text, IReadOnlyList<DiffItem>? Items = null)
{
    public static RevisionField Of(string key, string? text) => new(key, text ?? "");

    public static RevisionField List(string key, IEnumerable<DiffItem> items) => new(key, "", [.. items]);

    public bool IsList => Items is not null;
}

namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>Compares two versions field by field, as the approver reads them (see <see cref="RevisionField"/>).</summary>
public static class RevisionDiff
{
    /// <summary>Every field of <paramref name="newer"/>, compared with the field of the same key in <paramref name="older"/>.</summary>
    public static IReadOnlyList<FieldChange> Compare(IReadOnlyList<RevisionField> older, IReadOnlyList<RevisionField> newer)
    {
        var before = older.ToDictionary(f => f.Key);
        return [.. newer.Select(n => Compare(before.GetValueOrDefault(n.Key) ?? (n.IsList ? RevisionField.List(n.Key, []) : RevisionField.Of(n.Key, "")), n))];
    }

    private static FieldChange Compare(RevisionField old, RevisionField @new)
    {
        if (!@new.IsList)
        {
            var pieces = old.Text == @new.Text ? [new TextPiece(TextPieceKind.Same, @new.Text)] : TextDiff.Compare(old.Text, @new.Text);
            return new FieldChange(old, @new, pieces, [], [], []);
        }
        var oldItems = (old.Items ?? []).ToDictionary(i => i.Key);
        var newKeys = @new.Items!.Select(i => i.Key).ToHashSet();
        var added = @new.Items!.Where(i => !oldItems.ContainsKey(i.Key)).ToList();
        var removed = (old.Items ?? []).Where(i => !newKeys.Contains(i.Key)).ToList();
        var altered = @new.Items!
            .Where(i => oldItems.TryGetValue(i.Key, out var o) && o.Text != i.Text)
            .Select(i => new ItemChange(oldItems[i.Key], i, TextDiff.Compare(oldItems[i.Key].Text, i.Text)))
            .ToList();
        return new FieldChange(old, @new, [], added, removed, altered);
    }
}

namespace TaskAdmission.Core.Lists.Diff;

/// <summary>Compares two versions of a list set item by item, matching items by code.</summary>
public static class ListDiff
{
    public static ListDiffResult Compare(ListSet older, ListSet newer) => Compare(older.Items, newer.Items);

    public static ListDiffResult Compare(IEnumerable<ListItem> older, IEnumerable<ListItem> newer)
    {
        var olderItems = Ordered(older);
        var newerItems = Ordered(newer);
        var oldByCode = new Dictionary<string, ListItem>(ListCodes.Comparer);
        foreach (var item in olderItems)
        {
            oldByCode.TryAdd(item.Code, item);
        }

        var changes = new List<ListItemChange>();
        var matched = new HashSet<string>(ListCodes.Comparer);
        foreach (var item in newerItems.Where(i => matched.Add(i.Code)))
        {
            if (!oldByCode.TryGetValue(item.Code, out var old))
            {
                changes.Add(new ListItemChange(ListChangeKind.Added, item.Code, null, item, []));
                continue;
            }

            var fields = FieldChanges(old, item);
            if (fields.Count > 0)
            {
                changes.Add(new ListItemChange(ListChangeKind.Changed, item.Code, old, item, fields));
            }
        }

        changes.AddRange(olderItems
            .Where(i => !matched.Contains(i.Code) && matched.Add(i.Code))
            .Select(i => new ListItemChange(ListChangeKind.Removed, i.Code, i, null, [])));
        return new ListDiffResult(changes);
    }

    public static IReadOnlyList<ListFieldChange> FieldChanges(ListItem old, ListItem @new)
    {
        var fields = new List<ListFieldChange>();
        void Compare(ListItemField field, string? a, string? b, StringComparison comparison = StringComparison.Ordinal)
        {
            if (!string.Equals(a ?? "", b ?? "", comparison))
            {
                fields.Add(new ListFieldChange(field, a ?? "", b ?? ""));
            }
        }

        Compare(ListItemField.Kind, old.Kind.ToString(), @new.Kind.ToString());
        Compare(ListItemField.TitleZh, old.TitleZh, @new.TitleZh);
        Compare(ListItemField.TitleEn, old.TitleEn, @new.TitleEn);
        Compare(ListItemField.Category, old.Category, @new.Category);
        Compare(ListItemField.Department, old.DepartmentCode, @new.DepartmentCode, StringComparison.OrdinalIgnoreCase);
        Compare(ListItemField.LegalBasis, old.LegalBasis, @new.LegalBasis);
        Compare(ListItemField.AllowedDemands, DemandKinds.Format(old.AllowedDemands), DemandKinds.Format(@new.AllowedDemands));
        Compare(ListItemField.ParentCode, old.ParentCode, @new.ParentCode, StringComparison.OrdinalIgnoreCase);
        Compare(ListItemField.Notes, old.Notes, @new.Notes);
        Compare(ListItemField.Recognisers, RecogniserCells.Canonical(old.Recognisers), RecogniserCells.Canonical(@new.Recognisers));
        return fields;
    }

    private static List<ListItem> Ordered(IEnumerable<ListItem> items) =>
        items.OrderBy(i => i.SortOrder).ThenBy(i => i.Code, ListCodes.Comparer).ToList();
}

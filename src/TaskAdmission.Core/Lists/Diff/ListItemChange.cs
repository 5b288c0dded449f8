namespace TaskAdmission.Core.Lists.Diff;

/// <summary>An item added, removed or changed between two versions, matched by code.</summary>
public sealed record ListItemChange(
    ListChangeKind Change,
    string Code,
    ListItem? Old,
    ListItem? New,
    IReadOnlyList<ListFieldChange> Fields)
{
    /// <summary>A code reused with another kind — the change readers most need to notice.</summary>
    public bool KindChanged => Fields.Any(f => f.Field == ListItemField.Kind);

    public bool Concerns(string departmentCode) =>
        string.Equals(Old?.DepartmentCode, departmentCode, StringComparison.OrdinalIgnoreCase)
        || string.Equals(New?.DepartmentCode, departmentCode, StringComparison.OrdinalIgnoreCase);
}

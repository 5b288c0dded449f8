namespace TaskAdmission.Core.Lists.Diff;

public sealed class ListDiffResult(IReadOnlyList<ListItemChange> changes)
{
    /// <summary>Changes in the newer version's order, removed items last in the older version's order.</summary>
    public IReadOnlyList<ListItemChange> Changes { get; } = changes;

    public IEnumerable<ListItemChange> Added => Changes.Where(c => c.Change == ListChangeKind.Added);

    public IEnumerable<ListItemChange> Removed => Changes.Where(c => c.Change == ListChangeKind.Removed);

    public IEnumerable<ListItemChange> Changed => Changes.Where(c => c.Change == ListChangeKind.Changed);

    public bool IsEmpty => Changes.Count == 0;

    /// <summary>"For my department": changes to items the department owns in either version.</summary>
    public ListDiffResult ForDepartment(string departmentCode) =>
        new(Changes.Where(c => c.Concerns(departmentCode)).ToList());
}

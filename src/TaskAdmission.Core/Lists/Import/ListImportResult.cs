namespace TaskAdmission.Core.Lists.Import;

/// <summary>Either every item of the file or the full problem list — never a partial import.</summary>
public sealed class ListImportResult
{
    private ListImportResult(IReadOnlyList<ListItem> items, IReadOnlyList<ListProblem> problems, int rowsRead)
    {
        Items = items;
        Problems = problems;
        RowsRead = rowsRead;
    }

    public bool Succeeded => Problems.Count == 0;

    /// <summary>The imported items (ListSetId empty; the caller attaches them to its set). Empty on failure.</summary>
    public IReadOnlyList<ListItem> Items { get; }

    public IReadOnlyList<ListProblem> Problems { get; }

    /// <summary>Data rows read (the header excluded).</summary>
    public int RowsRead { get; }

    internal static ListImportResult Create(IReadOnlyList<ListItem> items, IReadOnlyList<ListProblem> problems, int rowsRead) =>
        problems.Count == 0 ? new(items, [], rowsRead) : new([], problems, rowsRead);
}

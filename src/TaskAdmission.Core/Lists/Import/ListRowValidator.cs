namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Validates the header and each row of an import, whatever the file format, and collects every problem.
/// Holds per-file state (column map, codes seen), so use one instance per file.
/// </summary>
internal sealed class ListRowValidator(ListImportOptions options)
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _firstRowOfCode = new(ListCodes.Comparer);
    private readonly List<ListProblem> _problems = [];
    private readonly List<ListItem> _items = [];
    private readonly RecogniserRowChecks _recognisers = new(options.KnownGroups);
    private int _headerWidth;
    private bool _saturated;

    /// <summary>True once the problem cap is hit; the reader should stop.</summary>
    public bool Saturated => _saturated;

    public int HeaderWidth => _headerWidth;

    /// <summary>Maps the header; false when rows cannot be read (a required column is missing or doubled).</summary>
    public bool ReadHeader(IReadOnlyList<string> header)
    {
        _headerWidth = header.Count;
        var usable = true;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0 && i == header.Count - 1)
            {
                continue; // a trailing comma after the last column name
            }

            if (!ListColumns.Required.Contains(name, StringComparer.OrdinalIgnoreCase)
                && !ListColumns.Optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                Add(ListProblem.At(ListProblemCode.UnknownColumn, 1, name, name));
            }
            else if (!_columns.TryAdd(name, i))
            {
                Add(ListProblem.At(ListProblemCode.DuplicateColumn, 1, name, name));
                usable = false;
            }
        }

        foreach (var required in ListColumns.Required.Where(c => !_columns.ContainsKey(c)))
        {
            Add(ListProblem.At(ListProblemCode.MissingColumn, 1, required, required));
            usable = false;
        }

        return usable;
    }

    public void Add(ListProblem problem)
    {
        if (_saturated)
        {
            return;
        }

        if (_problems.Count >= options.MaxProblems)
        {
            _problems.Add(ListProblem.General(ListProblemCode.TooManyProblems, options.MaxProblems));
            _saturated = true;
            return;
        }

        _problems.Add(problem);
    }

    /// <param name="row">1-based row number in the file (header = 1).</param>
    public void ReadRow(int row, IReadOnlyList<string> fields)
    {
        string Field(string column) =>
            _columns.TryGetValue(column, out var i) && i < fields.Count ? fields[i] : "";

        var item = ListItemRules.Check(
            new ListItemRules.Fields(
                Field(ListColumns.Kind), Field(ListColumns.Code), Field(ListColumns.TitleZh), Field(ListColumns.TitleEn),
                Field(ListColumns.Category), Field(ListColumns.Department), Field(ListColumns.LegalBasis), DemandKind.None,
                Field(ListColumns.ParentCode), Field(ListColumns.Notes), Field(ListColumns.AllowedDemands), Field(ListColumns.Recognisers)),
            new ListItemRules.Context(row, options.Departments, code => _firstRowOfCode.TryAdd(code, row)
                ? null
                : ListProblem.At(ListProblemCode.DuplicateCode, row, ListColumns.Code, code, _firstRowOfCode[code]))
            {
                Recognisers = _recognisers,
            },
            Add);
        if (item is null || _problems.Count > 0)
        {
            return; // once anything is wrong no items are returned, so stop building them
        }

        item.Id = Guid.CreateVersion7();
        item.SortOrder = row - 1; // the data row's position in the file, so later rules can point back at the row
        _items.Add(item);
    }

    public ListImportResult Finish(int rowsRead)
    {
        if (rowsRead == 0 && _problems.Count == 0)
        {
            Add(ListProblem.General(ListProblemCode.NoDataRows));
        }

        foreach (var problem in _recognisers.Finish())
        {
            Add(problem);
        }

        return ListImportResult.Create(_items, _problems, rowsRead);
    }
}

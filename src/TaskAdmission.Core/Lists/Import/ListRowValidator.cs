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
            _columns.TryGetValue(column, out var i) && i < fields.Count ? fields[i].Trim() : "";

        var kindText = Field(ListColumns.Kind);
        var kind = default(ListKind);
        if (!ListKinds.TryParse(kindText, out kind))
        {
            Add(ListProblem.At(ListProblemCode.UnknownKind, row, ListColumns.Kind, kindText));
        }

        var code = Field(ListColumns.Code);
        CheckCode(row, code);
        var titleZh = Field(ListColumns.TitleZh);
        if (titleZh.Length == 0)
        {
            Add(ListProblem.At(ListProblemCode.MissingTitleZh, row, ListColumns.TitleZh));
        }

        CheckLength(row, ListColumns.TitleZh, titleZh, ListFieldLimits.Title);
        var titleEn = Optional(row, ListColumns.TitleEn, Field(ListColumns.TitleEn), ListFieldLimits.Title);
        var category = Optional(row, ListColumns.Category, Field(ListColumns.Category), ListFieldLimits.Category);
        var legalBasis = Optional(row, ListColumns.LegalBasis, Field(ListColumns.LegalBasis), ListFieldLimits.LegalBasis);
        var notes = Optional(row, ListColumns.Notes, Field(ListColumns.Notes), ListFieldLimits.Notes);
        var department = Department(row, Field(ListColumns.Department));
        var parentCode = Optional(row, ListColumns.ParentCode, Field(ListColumns.ParentCode), ListFieldLimits.Code);
        if (parentCode is not null && ListCodes.AreEqual(parentCode, code))
        {
            Add(ListProblem.At(ListProblemCode.SelfParent, row, ListColumns.ParentCode, code));
        }

        var demands = Demands(row, Field(ListColumns.AllowedDemands));
        if (kind.IsProhibitive() && demands != DemandKind.None)
        {
            // A prohibited item that "allows" demands would read as permission in the merged view.
            Add(ListProblem.At(ListProblemCode.DemandsOnProhibitedItem, row, ListColumns.AllowedDemands, kind, demands));
        }

        var recognisers = Optional(row, ListColumns.Recognisers, Field(ListColumns.Recognisers), ListFieldLimits.Recognisers);
        var (family, recogniserProblems) = _recognisers.ReadRow(row, kind, titleZh, category, demands, recognisers);
        category = family ?? category;
        foreach (var problem in recogniserProblems)
        {
            Add(problem);
        }

        if (_problems.Count > 0)
        {
            return; // once anything is wrong no items are returned, so stop building them
        }

        _items.Add(new ListItem
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Code = code,
            ParentCode = parentCode,
            TitleZh = titleZh,
            TitleEn = titleEn,
            Category = category,
            DepartmentCode = department,
            LegalBasis = legalBasis,
            AllowedDemands = demands,
            Notes = notes,
            Recognisers = recognisers,
            SortOrder = row - 1, // the data row's position in the file, so later rules can point back at the row
        });
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

    private void CheckCode(int row, string code)
    {
        if (code.Length == 0)
        {
            Add(ListProblem.At(ListProblemCode.MissingCode, row, ListColumns.Code));
            return;
        }

        if (code.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            Add(ListProblem.At(ListProblemCode.InvalidCode, row, ListColumns.Code, code));
        }

        CheckLength(row, ListColumns.Code, code, ListFieldLimits.Code);
        if (!_firstRowOfCode.TryAdd(code, row))
        {
            Add(ListProblem.At(ListProblemCode.DuplicateCode, row, ListColumns.Code, code, _firstRowOfCode[code]));
        }
    }

    private string? Optional(int row, string column, string value, int max)
    {
        CheckLength(row, column, value, max);
        return value.Length == 0 ? null : value;
    }

    private void CheckLength(int row, string column, string value, int max)
    {
        if (value.Length > max)
        {
            Add(ListProblem.At(ListProblemCode.TooLong, row, column, max, value.Length));
        }
    }

    private string? Department(int row, string value)
    {
        var department = Optional(row, ListColumns.Department, value, ListFieldLimits.DepartmentCode);
        if (department is null || options.Departments is null)
        {
            return department;
        }

        if (options.Departments.TryResolve(department, out var code))
        {
            return code;
        }

        Add(ListProblem.At(ListProblemCode.UnknownDepartment, row, ListColumns.Department, department));
        return null;
    }

    private DemandKind Demands(int row, string value)
    {
        var demands = DemandKind.None;
        // Full-width semicolons come from Chinese input methods; accept them rather than call them unknown.
        foreach (var token in value.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DemandKinds.TryParseSingle(token, out var demand))
            {
                demands |= demand;
            }
            else
            {
                Add(ListProblem.At(ListProblemCode.UnknownDemandKind, row, ListColumns.AllowedDemands, token));
            }
        }

        return demands;
    }
}

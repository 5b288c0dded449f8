using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Lists;

/// <summary>
/// The one rule set for a list item's fields: an imported row (<see cref="ListRowValidator"/>) and an item typed into
/// the draft editor are checked here alike, with the same problem codes. Each problem names the CSV column, and the
/// file row when there is one. What depends on the surroundings (which codes are taken, whether the set refines a
/// city set) the caller says through <see cref="Context"/>.
/// </summary>
public static class ListItemRules
{
    /// <summary>An item's fields as text (trimmed here); demands as chosen in the editor, or as a file's text.</summary>
    public sealed record Fields(
        string? Kind, string? Code, string? TitleZh, string? TitleEn, string? Category, string? Department,
        string? LegalBasis, DemandKind AllowedDemands, string? ParentCode, string? Notes, string? AllowedDemandsText = null, string? Recognisers = null);

    /// <param name="Row">The file row (header = 1), or null for the editor.</param>
    /// <param name="Departments">Resolves department names and codes; null accepts the text as it is.</param>
    /// <param name="Duplicate">The problem a code already taken makes, or null when the code is free.</param>
    /// <param name="HasParentSet">Whether a parent code may be given (null: not known yet, checked later).</param>
    public sealed record Context(int? Row, DepartmentDirectory? Departments, Func<string, ListProblem?> Duplicate, bool? HasParentSet = null)
    {
        /// <summary>
        /// A file's recogniser checks, whose synonym groups are resolved once the whole file is read; null for one
        /// item, whose phrases are resolved at once against <see cref="KnownGroups"/>.
        /// </summary>
        public RecogniserRowChecks? Recognisers { get; init; }

        /// <summary>The synonym groups in force where the item is checked alone (the set's and, for a district, the city's).</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>>? KnownGroups { get; init; }
    }

    /// <summary>Checks the fields, adding every problem; returns the item (no id, no sort order) when there was none.</summary>
    public static ListItem? Check(Fields f, Context c, Action<ListProblem> add)
    {
        var problems = 0;
        void Add(ListProblemCode code, string column, params object?[] args)
        {
            problems++;
            add(ListProblem.At(code, c.Row, column, args));
        }

        string? Optional(string column, string? value, int max, bool multiLine = false)
        {
            var trimmed = value?.Trim() ?? "";
            if (trimmed.Length > max)
            {
                Add(ListProblemCode.TooLong, column, max, trimmed.Length);
            }
            else if (!PlainText.IsClean(trimmed, multiLine))
            {
                Add(ListProblemCode.ControlCharacters, column);
            }

            return trimmed.Length == 0 ? null : trimmed;
        }

        var kindText = f.Kind?.Trim() ?? "";
        if (!ListKinds.TryParse(kindText, out var kind))
        {
            Add(ListProblemCode.UnknownKind, ListColumns.Kind, kindText);
        }

        var code = f.Code?.Trim() ?? "";
        if (code.Length == 0)
        {
            Add(ListProblemCode.MissingCode, ListColumns.Code);
        }
        else
        {
            if (code.Any(ch => char.IsWhiteSpace(ch) || char.IsControl(ch)))
            {
                Add(ListProblemCode.InvalidCode, ListColumns.Code, code);
            }

            if (code.Length > ListFieldLimits.Code)
            {
                Add(ListProblemCode.TooLong, ListColumns.Code, ListFieldLimits.Code, code.Length);
            }

            if (c.Duplicate(code) is { } duplicate)
            {
                problems++;
                add(duplicate);
            }
        }

        // A spreadsheet cell may hold line breaks (Alt+Enter) and list files have always been read with them; other
        // control characters and the direction controls are refused.
        var titleZh = Optional(ListColumns.TitleZh, f.TitleZh, ListFieldLimits.Title, multiLine: true);
        if (titleZh is null)
        {
            Add(ListProblemCode.MissingTitleZh, ListColumns.TitleZh);
        }

        var titleEn = Optional(ListColumns.TitleEn, f.TitleEn, ListFieldLimits.Title, multiLine: true);
        var category = Optional(ListColumns.Category, f.Category, ListFieldLimits.Category);
        var legalBasis = Optional(ListColumns.LegalBasis, f.LegalBasis, ListFieldLimits.LegalBasis, multiLine: true);
        var notes = Optional(ListColumns.Notes, f.Notes, ListFieldLimits.Notes, multiLine: true);
        var department = Optional(ListColumns.Department, f.Department, ListFieldLimits.DepartmentCode);
        if (department is not null && c.Departments is not null)
        {
            if (c.Departments.TryResolve(department, out var resolved))
            {
                department = resolved;
            }
            else
            {
                Add(ListProblemCode.UnknownDepartment, ListColumns.Department, department);
            }
        }

        var parentCode = Optional(ListColumns.ParentCode, f.ParentCode, ListFieldLimits.Code);
        if (parentCode is not null && ListCodes.AreEqual(parentCode, code))
        {
            Add(ListProblemCode.SelfParent, ListColumns.ParentCode, code);
        }
        else if (parentCode is not null && c.HasParentSet == false)
        {
            Add(ListProblemCode.ParentCodeWithoutParentSet, ListColumns.ParentCode, parentCode);
        }

        var demands = f.AllowedDemands & DemandKinds.All;
        // Full-width semicolons and 、 come from Chinese input methods; accept them rather than call them unknown.
        foreach (var token in (f.AllowedDemandsText ?? "").Split([';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DemandKinds.TryParseSingle(token, out var demand))
            {
                demands |= demand;
            }
            else
            {
                Add(ListProblemCode.UnknownDemandKind, ListColumns.AllowedDemands, token);
            }
        }

        if (kind.IsProhibitive() && demands != DemandKind.None)
        {
            // A prohibited item that "allows" demands would read as permission in the merged view.
            Add(ListProblemCode.DemandsOnProhibitedItem, ListColumns.AllowedDemands, kind, demands);
        }

        var recognisers = Optional(ListColumns.Recognisers, f.Recognisers, ListFieldLimits.Recognisers);
        var checks = c.Recognisers ?? new RecogniserRowChecks(c.KnownGroups);
        var (family, recogniserProblems) = checks.ReadRow(c.Row, kind, titleZh ?? "", category, demands, recognisers);
        category = family ?? category; // a lexicon row's category is stored as its family's canonical token
        var rest = c.Recognisers is null ? checks.Finish() : [];
        foreach (var problem in recogniserProblems.Concat(rest))
        {
            problems++;
            add(problem);
        }

        return problems > 0 ? null : new ListItem
        {
            Kind = kind,
            Code = code,
            ParentCode = parentCode,
            TitleZh = titleZh!,
            TitleEn = titleEn,
            Category = category,
            DepartmentCode = department,
            LegalBasis = legalBasis,
            AllowedDemands = demands,
            Notes = notes,
            Recognisers = recognisers,
        };
    }
}

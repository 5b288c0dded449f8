using System.Globalization;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// Checks one item typed into the draft editor with the same rules and problem codes as an imported row. Problems
/// carry the CSV column name (no row), so the editor can put each message beside its field.
/// </summary>
internal static class ListItemInputValidator
{
    public static (ListItem? Item, IReadOnlyList<ListProblem> Problems) Validate(
        ListItemInput input, DepartmentDirectory departments, bool hasParentSet, IEnumerable<ListItem> otherItems)
    {
        var problems = new List<ListProblem>();
        void Add(ListProblemCode code, string column, params string[] args) => problems.Add(new ListProblem(code, null, column, null, args));

        string? Optional(string column, string? value, int max)
        {
            var trimmed = value?.Trim() ?? "";
            if (trimmed.Length > max)
            {
                Add(ListProblemCode.TooLong, column, Number(max), Number(trimmed.Length));
            }

            return trimmed.Length == 0 ? null : trimmed;
        }

        if (!ListKinds.TryParse(input.Kind ?? "", out var kind))
        {
            Add(ListProblemCode.UnknownKind, ListColumns.Kind, input.Kind ?? "");
        }

        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0)
        {
            Add(ListProblemCode.MissingCode, ListColumns.Code);
        }
        else if (code.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            Add(ListProblemCode.InvalidCode, ListColumns.Code, code);
        }
        else if (otherItems.Any(i => ListCodes.AreEqual(i.Code, code)))
        {
            // No file row to point at: the editor renders this one with its own text.
            Add(ListProblemCode.DuplicateCode, ListColumns.Code, code, "");
        }

        if (code.Length > ListFieldLimits.Code)
        {
            Add(ListProblemCode.TooLong, ListColumns.Code, Number(ListFieldLimits.Code), Number(code.Length));
        }

        var titleZh = Optional(ListColumns.TitleZh, input.TitleZh, ListFieldLimits.Title);
        if (titleZh is null)
        {
            Add(ListProblemCode.MissingTitleZh, ListColumns.TitleZh);
        }

        var titleEn = Optional(ListColumns.TitleEn, input.TitleEn, ListFieldLimits.Title);
        var category = Optional(ListColumns.Category, input.Category, ListFieldLimits.Category);
        var legalBasis = Optional(ListColumns.LegalBasis, input.LegalBasis, ListFieldLimits.LegalBasis);
        var notes = Optional(ListColumns.Notes, input.Notes, ListFieldLimits.Notes);
        var department = Optional(ListColumns.Department, input.Department, ListFieldLimits.DepartmentCode);
        if (department is not null)
        {
            if (departments.TryResolve(department, out var resolved))
            {
                department = resolved;
            }
            else
            {
                Add(ListProblemCode.UnknownDepartment, ListColumns.Department, department);
            }
        }

        var parentCode = Optional(ListColumns.ParentCode, input.ParentCode, ListFieldLimits.Code);
        if (parentCode is not null && ListCodes.AreEqual(parentCode, code))
        {
            Add(ListProblemCode.SelfParent, ListColumns.ParentCode, code);
        }
        else if (parentCode is not null && !hasParentSet)
        {
            Add(ListProblemCode.ParentCodeWithoutParentSet, ListColumns.ParentCode, parentCode);
        }

        var demands = input.AllowedDemands & DemandKinds.All;
        if (kind.IsProhibitive() && demands != DemandKind.None)
        {
            Add(ListProblemCode.DemandsOnProhibitedItem, ListColumns.AllowedDemands, kind.ToString(), DemandKinds.Format(demands));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new ListItem
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
        }, problems);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

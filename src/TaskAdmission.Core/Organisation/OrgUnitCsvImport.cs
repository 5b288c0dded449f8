using System.Text.RegularExpressions;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Organisation;

/// <summary>
/// Parses and validates an org-unit CSV (code,parent_code,kind,name_zh,name_en) against the units already stored.
/// The whole file is checked before anything is written, so a bad file is rejected whole.
/// </summary>
public static partial class OrgUnitCsvImport
{
    public const int MaxRows = 100_000;
    private static readonly string[] Columns = ["code", "parent_code", "kind", "name_zh", "name_en"];

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CodePattern();

    public static OrgImportResult<OrgUnit> Parse(TextReader reader, IReadOnlyDictionary<string, OrgUnit> existing)
    {
        var (table, problems) = CsvTable.ReadWithColumns(reader, MaxRows, Columns);
        if (table is null)
        {
            return new([], problems);
        }

        var parsed = new Dictionary<string, (OrgUnit Unit, int Line)>();
        foreach (var row in table.Rows)
        {
            var unit = ParseRow(row, problems);
            if (unit is null)
            {
                continue;
            }
            if (parsed.TryGetValue(unit.Code, out var first))
            {
                problems.Add(new(row.Line, "code", ImportCodes.DuplicateCode, unit.Code, first.Line.ToString()));
                continue;
            }
            parsed[unit.Code] = (unit, row.Line);
        }

        CheckParents(parsed, existing, problems);
        return problems.Count > 0
            ? new([], problems.OrderBy(p => p.Line).ToList())
            : new(parsed.Values.Select(v => v.Unit).ToList(), []);
    }

    private static OrgUnit? ParseRow(CsvRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var code = row["code"];
        if (!CodePattern().IsMatch(code))
        {
            problems.Add(new(row.Line, "code", ImportCodes.BadOrgCode, code));
        }
        var parent = row["parent_code"];
        if (parent.Length > 0 && !CodePattern().IsMatch(parent))
        {
            problems.Add(new(row.Line, "parent_code", ImportCodes.BadOrgCode, parent));
        }
        if (!Enum.TryParse<OrgUnitKind>(row["kind"], ignoreCase: false, out var kind) || int.TryParse(row["kind"], out _))
        {
            problems.Add(new(row.Line, "kind", ImportCodes.UnknownOrgKind, row["kind"]));
        }
        CheckName(row, "name_zh", problems);
        CheckName(row, "name_en", problems);
        return problems.Count > before ? null : new OrgUnit
        {
            Code = code,
            ParentCode = parent.Length == 0 ? null : parent,
            Kind = kind,
            NameZh = row["name_zh"],
            NameEn = row["name_en"],
        };
    }

    private static void CheckName(CsvRow row, string column, List<ImportProblem> problems)
    {
        var value = row[column];
        if (value.Length == 0)
        {
            problems.Add(new(row.Line, column, ImportCodes.Required, column));
        }
        else if (value.Length > OrgUnit.NameMaxLength)
        {
            problems.Add(new(row.Line, column, ImportCodes.TooLong, column, OrgUnit.NameMaxLength.ToString()));
        }
        else if (!PlainText.IsClean(value))
        {
            problems.Add(new(row.Line, column, ImportCodes.ControlCharacters, column));
        }
    }

    private static void CheckParents(
        Dictionary<string, (OrgUnit Unit, int Line)> parsed,
        IReadOnlyDictionary<string, OrgUnit> existing,
        List<ImportProblem> problems)
    {
        OrgUnit? Find(string code) =>
            parsed.TryGetValue(code, out var p) ? p.Unit : existing.GetValueOrDefault(code);

        foreach (var (unit, line) in parsed.Values)
        {
            if (unit.ParentCode is null)
            {
                if (!unit.Kind.MayBeChildOf(null))
                {
                    problems.Add(new(line, "parent_code", ImportCodes.ParentRequired, unit.Kind.ToString()));
                }
                continue;
            }
            var parent = Find(unit.ParentCode);
            if (parent is null)
            {
                problems.Add(new(line, "parent_code", ImportCodes.MissingParent, unit.ParentCode));
            }
            else if (HasCycle(unit, Find))
            {
                problems.Add(new(line, "parent_code", ImportCodes.Cycle, unit.Code));
            }
            else if (!unit.Kind.MayBeChildOf(parent.Kind))
            {
                problems.Add(new(line, "kind", ImportCodes.WrongKindUnderParent, unit.Kind.ToString(), parent.Kind.ToString()));
            }
        }
    }

    private static bool HasCycle(OrgUnit start, Func<string, OrgUnit?> find)
    {
        var seen = new HashSet<string> { start.Code };
        for (var code = start.ParentCode; code is not null; code = find(code)?.ParentCode)
        {
            if (!seen.Add(code))
            {
                return true;
            }
        }
        return false;
    }
}

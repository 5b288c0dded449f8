using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Organisation;

/// <summary>Parses and validates a department CSV (code,org_code,name_zh,name_en); departments sit at a city or district.</summary>
public static class DepartmentCsvImport
{
    public const int MaxRows = 10_000;
    private static readonly string[] Columns = ["code", "org_code", "name_zh", "name_en"];

    public static OrgImportResult<Department> Parse(TextReader reader, IReadOnlyDictionary<string, OrgUnit> units)
    {
        var (table, problems) = CsvTable.ReadWithColumns(reader, MaxRows, Columns);
        if (table is null)
        {
            return new([], problems);
        }

        var rows = new Dictionary<string, (Department Dept, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            var code = row["code"];
            if (code.Length == 0 || code.Length > Department.CodeMaxLength)
            {
                problems.Add(new(row.Line, "code", ImportCodes.BadDepartmentCode, code));
            }
            else if (rows.TryGetValue(code, out var first))
            {
                problems.Add(new(row.Line, "code", ImportCodes.DuplicateCode, code, first.Line.ToString()));
            }
            var org = row["org_code"];
            if (!units.TryGetValue(org, out var unit))
            {
                problems.Add(new(row.Line, "org_code", ImportCodes.MissingParent, org));
            }
            else if (unit.Kind.Level() > 2)
            {
                problems.Add(new(row.Line, "org_code", ImportCodes.DepartmentLevel, org));
            }
            foreach (var column in new[] { "name_zh", "name_en" })
            {
                if (row[column].Length == 0)
                {
                    problems.Add(new(row.Line, column, ImportCodes.Required, column));
                }
                else if (row[column].Length > OrgUnit.NameMaxLength)
                {
                    problems.Add(new(row.Line, column, ImportCodes.TooLong, column, OrgUnit.NameMaxLength.ToString()));
                }
                else if (!PlainText.IsClean(row[column]))
                {
                    problems.Add(new(row.Line, column, ImportCodes.ControlCharacters, column));
                }
            }
            if (problems.Count == before)
            {
                rows[code] = (new Department { Code = code, OrgUnitCode = org, NameZh = row["name_zh"], NameEn = row["name_en"] }, row.Line);
            }
        }
        return problems.Count > 0 ? new([], problems) : new(rows.Values.Select(r => r.Dept).ToList(), []);
    }
}

using System.Globalization;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using Fields = TaskAdmission.Core.Burden.BaselineRules.Fields;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// Reads baseline figures from CSV (UTF-8) or the first sheet of an XLSX workbook, with the columns
/// org_unit_code, kind, year, items, submissions, note (note optional). Row numbers are the file's (header = 1; in
/// XLSX Excel's own, across blank rows). Cells that are not numbers or kinds are problems with row and column;
/// the rules of each figure are <see cref="BaselineRules"/>.
/// </summary>
public static class BaselineFile
{
    public const int MaxRows = 20_000;

    private static readonly string[] Required = [Fields.OrgUnit, Fields.Kind, Fields.Year, Fields.Items, Fields.Submissions];

    public static async Task<(List<BaselineInput> Rows, List<BurdenProblem> Problems)> ReadAsync(Stream stream, bool xlsx, CancellationToken ct = default)
    {
        var (sheet, failure) = await SheetFile.ReadAsync(stream, xlsx, MaxRows, ct).ConfigureAwait(false);
        var unreadable = BurdenProblem.OfSheet(sheet, failure, MaxRows, Required);
        if (sheet is null || unreadable.Count > 0)
        {
            return ([], unreadable);
        }
        var rows = new List<BaselineInput>();
        var problems = new List<BurdenProblem>();
        foreach (var (row, cells) in sheet.Rows)
        {
            string Cell(string column) => sheet.Cell(cells, column);
            var before = problems.Count;
            var kind = ParseKind(Cell(Fields.Kind), row, problems);
            var year = Number(Cell(Fields.Year), Fields.Year, row, problems);
            var items = Number(Cell(Fields.Items), Fields.Items, row, problems);
            var submissions = Number(Cell(Fields.Submissions), Fields.Submissions, row, problems);
            if (problems.Count == before)
            {
                var note = Cell(Fields.Note);
                rows.Add(new BaselineInput(Cell(Fields.OrgUnit), kind, year, items, submissions, note.Length == 0 ? null : note, row));
            }
        }
        return (rows, problems);
    }

    /// <summary>A kind by its name (Report, FieldWork, …) or its Chinese label (报表, …); empty, "None" or 其他 = not classified.</summary>
    public static bool TryParseKind(string text, out DemandKind kind)
    {
        kind = DemandKind.None;
        var t = text.Trim();
        if (t.Length == 0 || t.Equals("None", StringComparison.OrdinalIgnoreCase) || t == "其他")
        {
            return true;
        }
        foreach (var k in BaselineRules.Kinds.Where(k => k != DemandKind.None))
        {
            if (t.Equals(k.ToString(), StringComparison.OrdinalIgnoreCase) || t == ListLabels.Demand(k, AppLanguage.ZhCn))
            {
                kind = k;
                return true;
            }
        }
        return false;
    }

    private static DemandKind ParseKind(string text, int row, List<BurdenProblem> problems)
    {
        if (TryParseKind(text, out var kind))
        {
            return kind;
        }
        problems.Add(BurdenProblem.At(Fields.Kind, BurdenProblemCodes.UnknownKind, row, text));
        return DemandKind.None;
    }

    private static int Number(string text, string column, int row, List<BurdenProblem> problems)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        // Excel stores whole numbers as doubles ("12" may come back as "12.0" from a numeric cell).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
        {
            return (int)d;
        }
        problems.Add(BurdenProblem.At(column, text.Length == 0 ? BurdenProblemCodes.Required : BurdenProblemCodes.NotANumber, row, text));
        return 0;
    }
}

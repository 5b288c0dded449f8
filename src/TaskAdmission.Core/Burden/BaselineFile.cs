using System.Globalization;
using MiniExcelLibs;
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
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
        buffer.Position = 0;
        List<(int Row, string[] Cells)>? sheet;
        try
        {
            sheet = xlsx ? ReadXlsx(buffer) : ReadCsv(buffer);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged file, a non-xlsx file or bytes that are not UTF-8: to the user all mean "unreadable".
            return ([], [BurdenProblem.At("file", BurdenProblemCodes.UnreadableFile)]);
        }
        if (sheet is null)
        {
            return ([], [BurdenProblem.At("file", BurdenProblemCodes.TooManyRows, null, MaxRows)]);
        }
        if (sheet.Count == 0)
        {
            return ([], [BurdenProblem.At("file", BurdenProblemCodes.EmptyFile)]);
        }
        var header = sheet[0].Item2.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var missing = Required.Where(c => !header.Contains(c)).Select(c => BurdenProblem.At(c, BurdenProblemCodes.MissingColumn, 1, c)).ToList();
        if (missing.Count > 0)
        {
            return ([], missing);
        }
        var data = sheet.Skip(1).Where(r => r.Item2.Any(c => c.Trim().Length > 0)).ToList();
        if (data.Count > MaxRows)
        {
            return ([], [BurdenProblem.At("file", BurdenProblemCodes.TooManyRows, null, MaxRows)]);
        }
        var rows = new List<BaselineInput>();
        var problems = new List<BurdenProblem>();
        foreach (var (row, cells) in data)
        {
            string Cell(string column)
            {
                var i = header.IndexOf(column);
                return i >= 0 && i < cells.Length ? cells[i].Trim() : "";
            }
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

    /// <summary>The header and rows, or null when there are more than <see cref="MaxRows"/>.</summary>
    private static List<(int, string[])>? ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        CsvTable table;
        try
        {
            table = CsvTable.Read(reader, MaxRows);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        var rows = new List<(int, string[])> { (1, table.Header.ToArray()) };
        rows.AddRange(table.Rows.Select(r => (r.Line, table.Header.Select(h => r[h]).ToArray())));
        return rows;
    }

    private static List<(int, string[])> ReadXlsx(Stream stream)
    {
        var rows = new List<(int, string[])>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            rows.Add((number, row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray()));
            if (number > MaxRows + 1)
            {
                break;
            }
        }
        while (rows.Count > 0 && rows[^1].Item2.All(c => c.Trim().Length == 0))
        {
            rows.RemoveAt(rows.Count - 1);
        }
        return rows;
    }
}

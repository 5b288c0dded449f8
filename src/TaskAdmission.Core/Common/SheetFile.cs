using System.Globalization;
using MiniExcelLibs;

namespace TaskAdmission.Core.Common;

/// <summary>
/// An uploaded table — CSV (UTF-8) or the first sheet of an XLSX workbook — read into a lower-cased header and data rows
/// with the file's row numbers (header = 1; in XLSX Excel's own, across blank rows), blank rows dropped. Used by the
/// burden imports (baselines, the field dictionary); the list import keeps its own reader.
/// </summary>
public static class SheetFile
{
    public enum Failure
    {
        None,
        Unreadable,
        Empty,
        TooManyRows,
    }

    public sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<(int Row, string[] Cells)> Rows)
    {
        /// <summary>A cell of a data row by column name, trimmed ("" when the column or cell is missing).</summary>
        public string Cell(string[] cells, string column)
        {
            for (var i = 0; i < Header.Count; i++)
            {
                if (Header[i] == column)
                {
                    return i < cells.Length ? cells[i].Trim() : "";
                }
            }
            return "";
        }
    }

    public static async Task<(Sheet? Sheet, Failure Failure)> ReadAsync(Stream stream, bool xlsx, int maxRows, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
        buffer.Position = 0;
        List<(int Row, string[] Cells)>? rows;
        try
        {
            rows = xlsx ? ReadXlsx(buffer, maxRows) : ReadCsv(buffer, maxRows);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged file, a non-xlsx file or bytes that are not UTF-8: to the user all mean "unreadable".
            return (null, Failure.Unreadable);
        }
        if (rows is null)
        {
            return (null, Failure.TooManyRows);
        }
        if (rows.Count == 0)
        {
            return (null, Failure.Empty);
        }
        var header = rows[0].Cells.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var data = rows.Skip(1).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        return data.Count > maxRows ? (null, Failure.TooManyRows) : (new Sheet(header, data), Failure.None);
    }

    /// <summary>The header and rows, or null when there are more than <paramref name="maxRows"/>.</summary>
    private static List<(int, string[])>? ReadCsv(Stream stream, int maxRows)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        CsvTable table;
        try
        {
            table = CsvTable.Read(reader, maxRows);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        var rows = new List<(int, string[])> { (1, table.Header.ToArray()) };
        rows.AddRange(table.Rows.Select(r => (r.Line, table.Header.Select(h => r[h]).ToArray())));
        return rows;
    }

    private static List<(int, string[])> ReadXlsx(Stream stream, int maxRows)
    {
        var rows = new List<(int, string[])>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            rows.Add((number, row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray()));
            if (number > maxRows + 1)
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

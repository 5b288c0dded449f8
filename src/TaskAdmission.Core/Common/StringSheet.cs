using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Common;

/// <summary>
/// Tables of text in and out of files, for every feature's import and export: XLSX through MiniExcel (every value a
/// string cell, so a code "1.10" stays text; header row frozen), CSV through CsvHelper (UTF-8 with BOM, guarded against
/// formula injection). Readers hand back the cells as text, Excel row numbers preserved.
/// </summary>
public static class StringSheet
{
    /// <summary>An .xlsx workbook of one sheet whose first row is the header.</summary>
    public static byte[] ToXlsx(IEnumerable<string[]> rows, string sheetName)
    {
        // The header is written as the first row (not as MiniExcel's column names), so an empty table still has it.
        var cells = rows.Select(row => row.Select((value, c) => (Column: ColumnName(c), Value: (object)value)).ToDictionary(x => x.Column, x => x.Value)).ToList();
        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, cells, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1 });
        return buffer.ToArray();
    }

    /// <summary>CSV bytes (UTF-8 with BOM so Excel shows Chinese), each field guarded against formula injection.</summary>
    public static async Task<byte[]> ToCsvAsync(IEnumerable<string[]> rows, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await CsvRecordWriter.WriteAsync(rows, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>CSV written to <paramref name="stream"/> row by row as the rows come (a long export sent as it is read).</summary>
    public static Task WriteCsvAsync(IAsyncEnumerable<string[]> rows, Stream stream, CancellationToken cancellationToken = default) =>
        CsvRecordWriter.WriteAsync(rows, stream, cancellationToken);

    /// <summary>
    /// The first sheet's rows (row 1 first; MiniExcel yields rows missing from the sheet as empty ones, so index + 1 is
    /// Excel's row number). Throws on a damaged or non-xlsx file; the stream must be seekable.
    /// </summary>
    public static List<IDictionary<string, object?>> Read(Stream seekable) =>
        [.. MiniExcel.Query(seekable, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];

    /// <summary>The first <paramref name="width"/> cells of a row as text (A, B, …; missing cells empty).</summary>
    public static List<string> Cells(IDictionary<string, object?> row, int width)
    {
        var cells = new List<string>(Math.Max(width, 0));
        for (var c = 0; c < width; c++)
        {
            cells.Add(row.TryGetValue(ColumnName(c), out var value) ? Text(value) : "");
        }

        return cells;
    }

    /// <summary>A, B, … Z, AA, …: the sheet's column names.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }

        return name;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => Number(d),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Codes typed as numbers (1, 1.1) arrive as doubles; print them the way the user typed them.
    private static string Number(double value) => value.ToString("0.###############", CultureInfo.InvariantCulture);
}

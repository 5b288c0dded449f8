using System.Globalization;
using MiniExcelLibs;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Imports list items from the first sheet of an .xlsx workbook with the same columns as the CSV format; the
/// header is the first row, so the Excel row number is the reported row (MiniExcel yields rows missing from the
/// sheet as empty ones, so the count holds across gaps). The sheet is read into memory, so the host must bound
/// the upload size.
/// </summary>
public static class ListXlsxImporter
{
    public static async Task<ListImportResult> ImportAsync(
        Stream stream,
        ListImportOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ListImportOptions.Default;
        var validator = new ListRowValidator(options);

        // The reader needs to seek; copying first also keeps request bodies off synchronous IO.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;

        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = [.. MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or non-xlsx file fails in many ways; to the user they all mean "unreadable".
            validator.Add(ListProblem.General(ListProblemCode.UnreadableWorkbook));
            return validator.Finish(0);
        }

        var header = sheet.Count > 0 ? Cells(sheet[0], Width(sheet[0])) : [];
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        if (header.Count == 0)
        {
            validator.Add(ListProblem.General(ListProblemCode.EmptyFile));
            return validator.Finish(0);
        }

        if (!validator.ReadHeader(header))
        {
            return validator.Finish(0);
        }

        var rows = 0;
        for (var r = 1; r < sheet.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = Cells(sheet[r], header.Count);
            if (cells.All(c => c.Length == 0))
            {
                continue; // blank rows are common below a table in Excel
            }

            if (++rows > options.MaxRows)
            {
                rows--;
                validator.Add(ListProblem.At(ListProblemCode.TooManyRows, r + 1, null, options.MaxRows));
                break;
            }

            validator.ReadRow(r + 1, cells);
            if (validator.Saturated)
            {
                break;
            }

            if (rows % options.ProgressInterval == 0)
            {
                progress?.Report(rows);
            }
        }

        progress?.Report(rows);
        return validator.Finish(rows);
    }

    // A row holds the columns up to its last cell (A, B, …); the header's width bounds what is read.
    private static int Width(IDictionary<string, object?> row) => row.Count;

    private static List<string> Cells(IDictionary<string, object?> row, int width)
    {
        var cells = new List<string>(Math.Max(width, 0));
        for (var c = 0; c < width; c++)
        {
            cells.Add(row.TryGetValue(ListXlsxExporter.ColumnName(c), out var value) ? Text(value) : "");
        }

        return cells;
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

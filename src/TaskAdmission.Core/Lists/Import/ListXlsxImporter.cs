using System.Globalization;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Imports list items from the first sheet of an .xlsx workbook with the same columns as the CSV format; the
/// header is the first row, so the Excel row number is the reported row. NPOI loads the whole workbook into
/// memory, so the host must bound the upload size.
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

        // NPOI reads synchronously and needs to seek; copying first keeps request bodies off synchronous IO.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;

        ISheet? sheet;
        try
        {
            var workbook = new XSSFWorkbook(buffer);
            sheet = workbook.NumberOfSheets > 0 ? workbook.GetSheetAt(0) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // NPOI throws a zoo of types for a damaged or non-xlsx file; to the user they all mean "unreadable".
            validator.Add(ListProblem.General(ListProblemCode.UnreadableWorkbook));
            return validator.Finish(0);
        }

        var header = sheet?.GetRow(0) is { } headerRow ? Cells(headerRow, headerRow.LastCellNum) : [];
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        if (sheet is null || header.Count == 0)
        {
            validator.Add(ListProblem.General(ListProblemCode.EmptyFile));
            return validator.Finish(0);
        }

        if (!validator.ReadHeader(header))
        {
            return validator.Finish(0);
        }

        var rows = 0;
        for (var r = 1; r <= sheet.LastRowNum; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = sheet.GetRow(r) is { } row ? Cells(row, header.Count) : [];
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

    private static List<string> Cells(IRow row, int width)
    {
        var cells = new List<string>(Math.Max(width, 0));
        for (var c = 0; c < width; c++)
        {
            cells.Add(Text(row.GetCell(c)));
        }

        return cells;
    }

    private static string Text(ICell? cell) => cell?.CellType switch
    {
        CellType.String => cell.StringCellValue ?? "",
        CellType.Numeric => Number(cell.NumericCellValue),
        CellType.Boolean => cell.BooleanCellValue ? "TRUE" : "FALSE",
        CellType.Formula => cell.CachedFormulaResultType switch
        {
            CellType.String => cell.StringCellValue ?? "",
            CellType.Numeric => Number(cell.NumericCellValue),
            CellType.Boolean => cell.BooleanCellValue ? "TRUE" : "FALSE",
            _ => "",
        },
        _ => "",
    };

    // Codes typed as numbers (1, 1.1) arrive as doubles; print them the way the user typed them.
    private static string Number(double value) => value.ToString("0.###############", CultureInfo.InvariantCulture);
}

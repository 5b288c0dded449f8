using TaskAdmission.Core.Common;

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
            sheet = StringSheet.Read(buffer);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or non-xlsx file fails in many ways; to the user they all mean "unreadable".
            validator.Add(ListProblem.General(ListProblemCode.UnreadableWorkbook));
            return validator.Finish(0);
        }

        var header = sheet.Count > 0 ? StringSheet.Cells(sheet[0], sheet[0].Count) : [];
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
            var cells = StringSheet.Cells(sheet[r], header.Count);
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
}

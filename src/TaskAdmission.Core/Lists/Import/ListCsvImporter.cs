using System.Text;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Imports list items from CSV (UTF-8, with or without BOM). Streams the file; validates every row. Row numbers
/// are the file line where the record starts, the header being line 1.
/// </summary>
public static class ListCsvImporter
{
    public static async Task<ListImportResult> ImportAsync(
        Stream stream,
        ListImportOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ListImportOptions.Default;
        var validator = new ListRowValidator(options);
        using var reader = new CsvRecordReader(stream);
        var rows = 0;
        try
        {
            if (!await reader.ReadAsync().ConfigureAwait(false))
            {
                validator.Add(ListProblem.General(ListProblemCode.EmptyFile));
                return validator.Finish(0);
            }

            if (!validator.ReadHeader(reader.Record))
            {
                return validator.Finish(0);
            }

            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++rows > options.MaxRows)
                {
                    rows--;
                    validator.Add(ListProblem.At(ListProblemCode.TooManyRows, reader.Row, null, options.MaxRows));
                    break;
                }

                ReadRecord(validator, reader);
                if (validator.Saturated)
                {
                    break;
                }

                if (rows % options.ProgressInterval == 0)
                {
                    progress?.Report(rows);
                }
            }
        }
        catch (DecoderFallbackException)
        {
            // No row: the decoder works a buffer ahead of the parser, so the current row would mislead.
            validator.Add(ListProblem.General(ListProblemCode.NotUtf8));
        }

        progress?.Report(rows);
        return validator.Finish(rows);
    }

    private static void ReadRecord(ListRowValidator validator, CsvRecordReader reader)
    {
        if (reader.Malformed)
        {
            validator.Add(ListProblem.At(ListProblemCode.MalformedRow, reader.Row, null));
            return;
        }

        var record = reader.Record;
        // A trailing empty field beyond the header (a stray comma) is harmless; anything else shifts columns.
        var count = record.Length == validator.HeaderWidth + 1 && record[^1].Length == 0 ? record.Length - 1 : record.Length;
        if (count != validator.HeaderWidth)
        {
            validator.Add(ListProblem.At(ListProblemCode.WrongFieldCount, reader.Row, null, validator.HeaderWidth, record.Length));
            return;
        }

        validator.ReadRow(reader.Row, Array.ConvertAll(record, CsvFormulaGuard.Unescape));
    }
}

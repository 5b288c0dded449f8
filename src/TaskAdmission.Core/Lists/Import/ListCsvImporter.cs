using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Imports list items from CSV (UTF-8, with or without BOM). Streams the file; validates every row. Row numbers
/// are CsvHelper's: the file line, except that a quoted field spanning lines counts once (as Excel shows it).
/// </summary>
public static class ListCsvImporter
{
    // Strict decoding: a GBK file saved by an older Excel would otherwise import as replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ListImportResult> ImportAsync(
        Stream stream,
        ListImportOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ListImportOptions.Default;
        var validator = new ListRowValidator(options);
        var malformedRow = -1;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = args => malformedRow = args.Context.Parser?.Row ?? -1,
        };

        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        using var parser = new CsvParser(reader, config);
        var rows = 0;
        try
        {
            if (!await parser.ReadAsync().ConfigureAwait(false) || parser.Record is not { } header)
            {
                validator.Add(ListProblem.General(ListProblemCode.EmptyFile));
                return validator.Finish(0);
            }

            if (!validator.ReadHeader(header))
            {
                return validator.Finish(0);
            }

            while (await parser.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++rows > options.MaxRows)
                {
                    rows--;
                    validator.Add(ListProblem.At(ListProblemCode.TooManyRows, parser.Row, null, options.MaxRows));
                    break;
                }

                // CsvHelper parses fields lazily: BadDataFound fires only once Record is touched.
                var record = parser.Record ?? [];
                ReadRecord(validator, parser.Row, record, malformedRow == parser.Row);
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
            validator.Add(ListProblem.At(ListProblemCode.NotUtf8, Math.Max(parser.Row, 1), null));
        }

        progress?.Report(rows);
        return validator.Finish(rows);
    }

    private static void ReadRecord(ListRowValidator validator, int row, string[] record, bool malformed)
    {
        if (malformed)
        {
            validator.Add(ListProblem.At(ListProblemCode.MalformedRow, row, null));
            return;
        }

        // A trailing empty field beyond the header (a stray comma) is harmless; anything else shifts columns.
        var count = record.Length == validator.HeaderWidth + 1 && record[^1].Length == 0 ? record.Length - 1 : record.Length;
        if (count != validator.HeaderWidth)
        {
            validator.Add(ListProblem.At(ListProblemCode.WrongFieldCount, row, null, validator.HeaderWidth, record.Length));
            return;
        }

        validator.ReadRow(row, Array.ConvertAll(record, CsvFormulaGuard.Unescape));
    }
}

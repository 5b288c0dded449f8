using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// The only place that writes CSV through CsvHelper (see <see cref="CsvRecordReader"/> on versions). Writes
/// UTF-8 with BOM so Excel shows Chinese correctly, and guards every field against formula injection.
/// </summary>
internal static class CsvRecordWriter
{
    public static Task WriteAsync(IEnumerable<string[]> rows, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(rows.ToAsyncEnumerable(), stream, cancellationToken);

    /// <summary>Rows as they come (an export streamed to the response: the audit log), flushed at the end.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<string[]> rows, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var field in row)
            {
                csv.WriteField(CsvFormulaGuard.Escape(field));
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }
}

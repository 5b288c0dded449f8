using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Writes items in the import format, UTF-8 with BOM (so Excel shows Chinese correctly). parent_code and notes
/// are written only when some item has them, so a city set exports exactly the published columns.
/// </summary>
public static class ListCsvExporter
{
    public static async Task ExportAsync(IEnumerable<ListItem> items, Stream stream, CancellationToken cancellationToken = default)
    {
        var rows = ListExportRows.Build(items);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var field in row)
            {
                csv.WriteField(CsvFormulaGuard.Escape(field));
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }

    public static async Task<byte[]> ExportAsync(IEnumerable<ListItem> items, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await ExportAsync(items, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}

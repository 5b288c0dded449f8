namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Writes items in the import format, UTF-8 with BOM (so Excel shows Chinese correctly). parent_code and notes
/// are written only when some item has them, so a city set exports exactly the published columns.
/// </summary>
public static class ListCsvExporter
{
    public static async Task ExportAsync(IEnumerable<ListItem> items, Stream stream, CancellationToken cancellationToken = default)
    {
        await CsvRecordWriter.WriteAsync(ListExportRows.Build(items), stream, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<byte[]> ExportAsync(IEnumerable<ListItem> items, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await ExportAsync(items, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}

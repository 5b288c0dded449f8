using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>Writes items to an .xlsx workbook (one sheet, header row) with the same columns as the CSV export.</summary>
public static class ListXlsxExporter
{
    public const string SheetName = "清单";

    public static async Task ExportAsync(IEnumerable<ListItem> items, Stream stream, CancellationToken cancellationToken = default)
    {
        var bytes = Export(items);
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    public static byte[] Export(IEnumerable<ListItem> items) => StringSheet.ToXlsx(ListExportRows.Build(items), SheetName);
}

using NPOI.XSSF.UserModel;

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

    public static byte[] Export(IEnumerable<ListItem> items)
    {
        var workbook = new XSSFWorkbook();
        var sheet = workbook.CreateSheet(SheetName);
        var rows = ListExportRows.Build(items);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = sheet.CreateRow(r);
            for (var c = 0; c < rows[r].Length; c++)
            {
                // Always a string cell: codes like "1.10" must not become the number 1.1.
                row.CreateCell(c).SetCellValue(rows[r][c]);
            }
        }

        sheet.CreateFreezePane(0, 1);

        // NPOI 2.4.1 closes the stream it writes to, so write to a buffer we own and hand out its bytes.
        using var buffer = new MemoryStream();
        workbook.Write(buffer);
        return buffer.ToArray();
    }
}

using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

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
        // The header is written as the first row (not as MiniExcel's column names), so an empty list still has it.
        // Every value is a string, so a code like "1.10" stays text and never becomes the number 1.1.
        var rows = ListExportRows.Build(items)
            .Select(row => row.Select((value, c) => (Column: ColumnName(c), Value: (object)value)).ToDictionary(x => x.Column, x => x.Value))
            .ToList();
        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, rows, printHeader: false, sheetName: SheetName, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1 });
        return buffer.ToArray();
    }

    /// <summary>A, B, … Z, AA, …: the sheet's column names.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }

        return name;
    }
}

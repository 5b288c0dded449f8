using System.Text;
using MiniExcelLibs;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class ListExportTests
{
    [Fact]
    public async Task CsvExport_RoundTripsEveryField_WhenReimported()
    {
        var items = await DemoItemsAsync();

        var bytes = await ListCsvExporter.ExportAsync(items);
        var again = await ListCsvImporter.ImportAsync(new MemoryStream(bytes));

        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(items.Select(Fields), again.Items.Select(Fields));
    }

    [Fact]
    public async Task CsvExport_WritesOnlyPublishedColumnsWithBom_WhenNoItemHasParentOrNotes()
    {
        // The demo items without their recognisers (issue 11 added that optional column to the demo file).
        var items = (await DemoItemsAsync()).Where(i => i.Kind.IsClaimable()).Select(i => { var c = i.Clone(); c.Recognisers = null; return c; }).ToList();
        var bytes = await ListCsvExporter.ExportAsync(items);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(CsvText.Header, Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0]);
    }

    [Fact]
    public async Task CsvExport_AddsParentAndNotesColumns_WhenAnItemHasThem()
    {
        var items = new[] { Item("XZ-03-1", parent: "XZ-03", notes: "区县细化"), Item("D-1") };

        var again = await ListCsvImporter.ImportAsync(new MemoryStream(await ListCsvExporter.ExportAsync(items)));

        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(items.Select(Fields), again.Items.Select(Fields));
    }

    [Fact]
    public async Task CsvExport_GuardsFormulasAndRoundTrips_WhenValueStartsWithEquals()
    {
        var items = new[] { Item("F-1", title: "=HYPERLINK(\"x\")", notes: "'@x") };

        var bytes = await ListCsvExporter.ExportAsync(items);
        var again = await ListCsvImporter.ImportAsync(new MemoryStream(bytes));

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", Encoding.UTF8.GetString(bytes));
        Assert.Equal(items.Select(Fields), again.Items.Select(Fields));
    }

    [Fact]
    public async Task XlsxExport_RoundTripsEveryField_WhenReimported()
    {
        var items = (await DemoItemsAsync()).ToList();
        var subItem = Item("XZ-03-1", parent: "XZ-03", notes: "备注");
        subItem.SortOrder = items.Count + 1;
        items.Add(subItem);

        var bytes = ListXlsxExporter.Export(items);
        var again = await ListXlsxImporter.ImportAsync(new MemoryStream(bytes));

        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(items.Select(Fields), again.Items.Select(Fields));
    }

    [Fact]
    public async Task XlsxImport_ReportsExcelRowAndColumn_WhenRowIsBad()
    {
        // Rows 3 and 4 are blank, as below a table in Excel: the bad row is still reported as Excel's row 5.
        var workbook = Workbook(
            [.. ListColumns.Required],
            ["Assist", "A-1", "标题", "", "", "", "", "Report"],
            [],
            [],
            ["Assist", "A-2", "标题", "", "", "", "", "Dance"]);

        var result = await ListXlsxImporter.ImportAsync(new MemoryStream(workbook));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.UnknownDemandKind, 5, ListColumns.AllowedDemands), (problem.Code, problem.Row, problem.Column));
    }

    [Fact]
    public async Task XlsxImport_ReadsNumericCodeAsTyped_WhenCellIsNumber()
    {
        var workbook = Workbook([.. ListColumns.Required], ["Autonomy", 12.5, "标题"]);

        var result = await ListXlsxImporter.ImportAsync(new MemoryStream(workbook));

        Assert.Equal("12.5", Assert.Single(result.Items).Code);
    }

    [Fact]
    public async Task XlsxImport_ReportsUnreadableWorkbook_WhenBytesAreNotXlsx()
    {
        var result = await ListXlsxImporter.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(CsvText.Header)));

        Assert.Equal(ListProblemCode.UnreadableWorkbook, Assert.Single(result.Problems).Code);
    }

    internal static async Task<List<ListItem>> DemoItemsAsync()
    {
        await using var file = File.OpenRead(ReferenceData.DemoListsCsv);
        return (await ListCsvImporter.ImportAsync(file)).Items.ToList();
    }

    private static ListItem Item(string code, string? parent = null, string? notes = null, string title = "标题") => new()
    {
        Kind = ListKind.Assist,
        Code = code,
        TitleZh = title,
        ParentCode = parent,
        Notes = notes,
        AllowedDemands = DemandKind.FieldWork | DemandKind.Report,
    };

    private static string Fields(ListItem i) =>
        string.Join("|", i.Kind, i.Code, i.ParentCode, i.TitleZh, i.TitleEn, i.Category, i.DepartmentCode, i.LegalBasis, i.AllowedDemands, i.Notes);

    /// <summary>A one-sheet workbook with these rows (a value's type is its cell's type: a double is a number cell).</summary>
    private static byte[] Workbook(params object[][] rows)
    {
        var width = rows.Max(r => r.Length);
        var sheet = rows.Select(r => Enumerable.Range(0, width).ToDictionary(c => ((char)('A' + c)).ToString(), c => c < r.Length ? r[c] : "")).ToList();
        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, sheet, printHeader: false, sheetName: "s", excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }
}

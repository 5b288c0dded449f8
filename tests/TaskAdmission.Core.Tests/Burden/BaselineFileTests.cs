using System.Text;
using MiniExcelLibs;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Burden;

public sealed class BaselineFileTests
{
    private static Task<(List<BaselineInput> Rows, List<BurdenProblem> Problems)> Csv(string text) =>
        BaselineFile.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), xlsx: false);

    [Fact]
    public async Task ReadAsync_Csv_ReadsKindsByNameOrLabel()
    {
        var (rows, problems) = await Csv("org_unit_code,kind,year,items,submissions,note\n990100100100,Report,2024,40,300,调查\n990100100200,台账,2024,12,12,\n990100100300,,2024,5,5,\n");

        Assert.Empty(problems);
        Assert.Equal([DemandKind.Report, DemandKind.Ledger, DemandKind.None], rows.Select(r => r.Kind));
        Assert.Equal([2, 3, 4], rows.Select(r => r.Row));
        Assert.Equal("调查", rows[0].Note);
    }

    [Fact]
    public async Task ReadAsync_Csv_NamesRowAndColumnOfBadCells()
    {
        var (rows, problems) = await Csv("org_unit_code,kind,year,items,submissions\n990100100100,Teleport,2024,x,3\n990100100200,Report,2024,1,\n");

        Assert.Empty(rows);
        Assert.Equal(["2:kind:UnknownKind", "2:items:NotANumber", "3:submissions:Required"], problems.Select(p => $"{p.Row}:{p.Field}:{p.Code}"));
    }

    [Fact]
    public async Task ReadAsync_MissingColumns_AreNamed()
    {
        var (_, problems) = await Csv("org_unit_code,year,items\n990100100100,2024,1\n");

        Assert.Equal(["kind", "submissions"], problems.Select(p => p.Field));
    }

    [Fact]
    public async Task ReadAsync_Xlsx_ReportsExcelRowsAcrossBlankRows()
    {
        using var book = new MemoryStream();
        var sheet = new List<Dictionary<string, object>>
        {
            new() { ["A"] = "org_unit_code", ["B"] = "kind", ["C"] = "year", ["D"] = "items", ["E"] = "submissions" },
            new() { ["A"] = "990100100100", ["B"] = "Meeting", ["C"] = 2024, ["D"] = 6, ["E"] = 24 },
            new() { ["A"] = "", ["B"] = "", ["C"] = "", ["D"] = "", ["E"] = "" },
            new() { ["A"] = "990100100200", ["B"] = "Meeting", ["C"] = 2024, ["D"] = "six", ["E"] = 24 },
        };
        MiniExcel.SaveAs(book, sheet, printHeader: false, excelType: ExcelType.XLSX);
        book.Position = 0;

        var (rows, problems) = await BaselineFile.ReadAsync(book, xlsx: true);

        Assert.Equal(24, Assert.Single(rows).Submissions);
        Assert.Equal(4, Assert.Single(problems).Row);
    }

    [Fact]
    public async Task ReadAsync_NotAWorkbook_IsUnreadable()
    {
        var (_, problems) = await BaselineFile.ReadAsync(new MemoryStream([1, 2, 3]), xlsx: true);

        Assert.Equal(BurdenProblemCodes.UnreadableFile, Assert.Single(problems).Code);
    }
}

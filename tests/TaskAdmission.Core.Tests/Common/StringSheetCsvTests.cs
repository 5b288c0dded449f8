using System.Text;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Tests.Common;

/// <summary>The one CSV writer every export uses (lists, burden, the village's work, the appeal queue, the audit log).</summary>
public class StringSheetCsvTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("  =HYPERLINK(\"x\")", "\"'  =HYPERLINK(\"\"x\"\")\"")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-5", "'-5")]
    [InlineData("'=x", "''=x")]
    public async Task ACellASpreadsheetWouldRunAsAFormula_GetsOneApostrophe(string cell, string written)
    {
        var csv = Encoding.UTF8.GetString(await StringSheet.ToCsvAsync([["head"], [cell]]));

        Assert.Equal(written, csv.Split("\r\n")[1]);
    }

    [Theory]
    [InlineData("太平村 2027 年走访")]
    [InlineData("a-b=c")]
    [InlineData("' plain")]
    public async Task OrdinaryText_IsWrittenAsItIs(string cell)
    {
        var csv = Encoding.UTF8.GetString(await StringSheet.ToCsvAsync([["head"], [cell]]));

        Assert.Equal(cell, csv.Split("\r\n")[1]);
    }

    [Fact]
    public async Task TheFile_StartsWithTheUtf8Mark_SoASpreadsheetShowsChinese_AndQuotesCommasAndLineBreaks()
    {
        var bytes = await StringSheet.ToCsvAsync([["标题", "说明"], ["走访,入户", "第一行\n第二行"]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("标题,说明\r\n\"走访,入户\",\"第一行\n第二行\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task StreamedRows_AreWrittenAsTheyCome_WithTheSameGuard()
    {
        using var stream = new MemoryStream();

        await StringSheet.WriteCsvAsync(Rows(), stream);

        Assert.Equal("\uFEFFsequence,details\r\n1,'=cmd\r\n2,登录\r\n", Encoding.UTF8.GetString(stream.ToArray()));

        static async IAsyncEnumerable<string[]> Rows()
        {
            yield return ["sequence", "details"];
            await Task.Yield();
            yield return ["1", "=cmd"];
            yield return ["2", "登录"];
        }
    }
}

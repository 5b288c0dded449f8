using System.Text.Encodings.Web;
using System.Text.Unicode;
using TaskAdmission.Web.Features.Admission;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>
/// The review page writes each village row as one piece of markup (ReviewVillageRows): what a reviewer reads in it must
/// be the names and codes as stored, whatever characters they hold, as the renderer's own encoding showed them.
/// </summary>
public sealed class ReviewVillageRowsTests
{
    // The app's encoder: every Unicode range allowed (LocalizationExtensions), so Chinese stays as written.
    private static readonly HtmlEncoder AppEncoder = HtmlEncoder.Create(new TextEncoderSettings(UnicodeRanges.All));

    [Fact]
    public void Row_ShowsEachValueAsWritten_EvenWithMarkupCharacters()
    {
        var rows = new ReviewVillageRows(AppEncoder);
        var html = $"<table><tbody>{rows.Row("9901\"<x>", "石桥镇 <b>&amp;", "村'\"&<script>", 3, "待审核")}{rows.Row("990100100101", "石桥镇", "二村", 0, "已准入")}</tbody></table>";

        var parsed = Parse(html).QuerySelectorAll("tr[data-village]");

        Assert.Equal(2, parsed.Length);
        Assert.Equal("9901\"<x>", parsed[0].GetAttribute("data-village"));
        Assert.Equal(["石桥镇 <b>&amp;", "村'\"&<script>", "3", "待审核"], parsed[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Empty(parsed[0].QuerySelectorAll("b, script"));
        Assert.Equal("text-end", parsed[0].QuerySelectorAll("td")[2].ClassName);
        Assert.Equal(["石桥镇", "二村", "0", "已准入"], parsed[1].QuerySelectorAll("td").Select(td => td.TextContent));
        // Chinese is not turned into character references (the renderer's encoder allows it).
        Assert.Contains("<td>二村</td>", rows.Row("990100100101", "石桥镇", "二村", 0, "已准入").Value);
    }
}

using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Burden;

/// <summary>
/// Every dashboard view exported to CSV and XLSX reads back (with CsvHelper and MiniExcel, the libraries that wrote
/// them) as exactly the table the page shows beside its chart; out of scope is 404, a filter not understood is 400.
/// </summary>
public abstract class BurdenExportTests(BurdenDemoTestApp app)
{
    private static readonly int Year = Core.Common.ChinaClock.System.Today.Year;

    [Theory]
    [InlineData("", "trend")]
    [InlineData("", "kinds")]
    [InlineData("", "departments")]
    [InlineData("", "heat")]
    [InlineData("", "villages")]
    [InlineData("/units/990100300000", "heat")]
    [InlineData("/units/990100300200", "assignments")]
    public async Task Export_ReadsBackAsThePagesTable(string unit, string view)
    {
        var client = await app.SignedInClientAsync("supervisor");
        var query = $"?period={Year}&measure=Submissions";
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/burden{unit}{query}"));
        var table = page.QuerySelector($"#table-{view}") ?? throw new InvalidOperationException($"no #table-{view}");
        var shown = table.QuerySelectorAll("tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var code = unit.Length == 0 ? "990100000000" : unit[7..];

        var csv = await client.GetAsync($"/burden/export/{view}.csv{query}&unit={code}");
        var xlsx = await client.GetAsync($"/burden/export/{view}.xlsx{query}&unit={code}");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(shown, ReadCsv(await csv.Content.ReadAsStreamAsync()));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(shown, ReadXlsx(await xlsx.Content.ReadAsStreamAsync(), shown[0].Count));
        Assert.True(shown.Count > 1, $"{view} has no rows: the demo burden should fill it");
    }

    [Fact]
    public async Task Export_OutsideTheScope_IsNotFound_AndABadFilterIsNamed()
    {
        var township = await app.SignedInClientAsync("township");

        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync("/burden/export/kinds.csv?unit=990100300000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync("/burden/units/990100300200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await township.GetAsync("/burden/export/kinds.csv?unit=990100100100")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync("/burden/export/kinds.pdf")).StatusCode);
        var bad = await township.GetAsync("/burden/export/kinds.csv?period=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("2026-Q2", await bad.Content.ReadAsStringAsync());
        var village = await app.SignedInClientAsync("village");
        Assert.Equal(HttpStatusCode.NotFound, (await village.GetAsync("/burden/export/assignments.csv?unit=990100100200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await village.GetAsync("/burden/export/assignments.csv")).StatusCode);
    }

    [Fact]
    public async Task Scorecards_SupervisorRanksDepartments_ADepartmentSeesOnlyItsOwn()
    {
        var supervisor = await app.SignedInClientAsync("supervisor");
        var list = new HtmlParser().ParseDocument(await supervisor.GetStringAsync($"/burden/departments?period={Year}"));
        var rows = list.QuerySelectorAll("#table-scorecards tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var submitter = await app.SignedInClientAsync("submitter");

        // Departments, not villages, are ranked: by items added per village, the most first. 市民政局 reaches all 18 villages with two kinds.
        Assert.Equal("市民政局", rows[0][0]);
        var perVillage = rows.Select(r => decimal.Parse(r[^1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(perVillage.OrderDescending(), perVillage);
        Assert.Equal(2m, perVillage[0]);
        var own = new HtmlParser().ParseDocument(await submitter.GetStringAsync($"/burden/department?period={Year}"));
        Assert.Contains("市民政局", own.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await submitter.GetAsync("/burden/departments/CITY-GA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await submitter.GetAsync("/burden/departments/CITY-GA/export.csv")).StatusCode);
        var csv = ReadCsv(await (await submitter.GetAsync($"/burden/departments/CITY-MZ/export.csv?period={Year}")).Content.ReadAsStreamAsync());
        Assert.Equal(own.QuerySelectorAll("#table-scorecard tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList(), csv);
    }

    [Fact]
    public async Task PublicVillagePage_ShowsItsAdmittedBurden_NeverItsReports()
    {
        var client = app.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/public/villages/990100300200/work"));

        var section = page.QuerySelector("#public-burden")!;
        Assert.Contains("入户走访", section.TextContent);
        Assert.DoesNotContain("截图", section.TextContent);
        Assert.Null(page.QuerySelector("script:not([src])"));
    }

    [Fact]
    public async Task HomePage_ShowsTheHeadline_ToTownshipDistrictAndSupervisor_Only()
    {
        foreach (var (user, shown) in new[] { ("township", true), ("jointreview", true), ("supervisor", true), ("submitter", false), ("village", false) })
        {
            var client = await app.SignedInClientAsync(user);
            var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
            Assert.True((home.QuerySelector("#burden-headline") is not null) == shown, user);
        }
    }

    private static List<List<string>> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<List<string>>();
        while (parser.Read())
        {
            rows.Add([.. parser.Record!]);
        }
        return rows;
    }

    private static List<List<string>> ReadXlsx(Stream stream, int width)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Take(width).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList()).ToList();
    }
}

public sealed class SqliteBurdenExportTests(SqliteBurdenDemoTestApp app) : BurdenExportTests(app), IClassFixture<SqliteBurdenDemoTestApp>;

public sealed class PostgresBurdenExportTests(PostgresBurdenDemoTestApp app) : BurdenExportTests(app), IClassFixture<PostgresBurdenDemoTestApp>;

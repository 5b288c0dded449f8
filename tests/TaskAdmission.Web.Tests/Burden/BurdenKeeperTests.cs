using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Burden;

/// <summary>
/// The list administrator keeps baselines and targets: bad input is answered beside its field (a file's problems by
/// row and column) and writes nothing; good input is recorded and audited.
/// </summary>
public sealed class BurdenKeeperTests(SqliteBurdenDemoTestApp app) : IClassFixture<SqliteBurdenDemoTestApp>
{
    private Task<int> BaselineCountAsync() => app.WithScopeAsync<AppDbContext, int>(db => db.BurdenBaselines.CountAsync());

    [Fact]
    public async Task BaselineForm_BadValues_AreNamedBesideTheirFields_AndNothingIsWritten()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var before = await BaselineCountAsync();

        var page = await TestApp.PostFormAsync(client, "/burden/baselines", "baseline-save",
            ("Input.OrgUnitCode", "999999999999"), ("Input.Kind", "Report"), ("Input.Year", "2024"), ("Input.Items", "x"), ("Input.Submissions", "12"));

        Assert.Contains("不是整数", page.QuerySelector("#items-error")?.TextContent);
        Assert.Equal(before, await BaselineCountAsync());
        page = await TestApp.PostFormAsync(client, "/burden/baselines", "baseline-save",
            ("Input.OrgUnitCode", "999999999999"), ("Input.Kind", "Report"), ("Input.Year", "1990"), ("Input.Items", "4"), ("Input.Submissions", "12"));
        Assert.Contains("不存在", page.QuerySelector("#org_unit_code-error")?.TextContent);
        Assert.Contains("2000", page.QuerySelector("#year-error")?.TextContent);
        Assert.Equal(before, await BaselineCountAsync());
    }

    [Fact]
    public async Task BaselineForm_Good_ReplacesTheFigureOfThatUnitAndKind()
    {
        var client = await app.SignedInClientAsync("listadmin");

        var page = await TestApp.PostFormAsync(client, "/burden/baselines", "baseline-save",
            ("Input.OrgUnitCode", "990200100100"), ("Input.Kind", "Meeting"), ("Input.Year", "2024"), ("Input.Items", "6"), ("Input.Submissions", "24"));
        await TestApp.PostFormAsync(client, "/burden/baselines", "baseline-save",
            ("Input.OrgUnitCode", "990200100100"), ("Input.Kind", "Meeting"), ("Input.Year", "2024"), ("Input.Items", "5"), ("Input.Submissions", "20"));

        Assert.NotNull(page.QuerySelector("#baseline-message"));
        var saved = await app.WithScopeAsync<AppDbContext, BurdenBaseline>(db => db.BurdenBaselines.SingleAsync(b => b.OrgUnitCode == "990200100100" && b.Kind == DemandKind.Meeting));
        Assert.Equal((5, 20, BaselineOrigin.Form), (saved.Items, saved.Submissions, saved.Origin));
        Assert.True(await app.WithScopeAsync<AppDbContext, bool>(db => db.AuditEntries.AnyAsync(a => a.Action == "burden.baseline.save" && a.Actor == "listadmin")));
    }

    [Fact]
    public async Task BaselineImport_WithAnyBadRow_WritesNothing_AndNamesRowAndColumn()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var before = await BaselineCountAsync();

        var page = await ImportAsync(client, "org_unit_code,kind,year,items,submissions\n990300100100,Report,2024,10,40\n990300100200,Teleport,2024,3,x\n990300100100,Report,2024,1,1\n");

        var text = page.QuerySelector("form[enctype] .alert-danger")!.TextContent;
        Assert.Contains("第 3 行 kind 列", text);
        Assert.Contains("第 3 行 submissions 列", text);
        Assert.Contains("第 4 行 kind 列", text);
        Assert.Equal(before, await BaselineCountAsync());

        page = await ImportAsync(client, "org_unit_code,kind,year,items,submissions,note\n990300100100,Report,2024,10,40,调查\n990300100200,报表,2024,3,12,\n");
        Assert.Contains("已导入 2 项基线", page.QuerySelector("#baseline-message")!.TextContent);
        Assert.Equal(before + 2, await BaselineCountAsync());
    }

    [Fact]
    public async Task Targets_BadWindowIsNamed_AGoodTargetShowsItsStatus()
    {
        var client = await app.SignedInClientAsync("listadmin");

        var page = await TestApp.PostFormAsync(client, "/burden/targets", "target-create",
            ("Input.OrgUnitCode", "990300000000"), ("Input.Name", "云台区责任状减半"), ("Input.Goal", "ReduceByPercent"), ("Input.Value", "50"),
            ("Input.Measure", "Submissions"), ("Input.Kind", "Report"), ("Input.StartMonth", "2027-06"), ("Input.DueMonth", "2027-01"));
        Assert.Contains("晚于开始月份", page.QuerySelector("#dueDate-error")?.TextContent);

        page = await TestApp.PostFormAsync(client, "/burden/targets", "target-create",
            ("Input.OrgUnitCode", "990300000000"), ("Input.Name", "云台区责任状减半"), ("Input.Goal", "ReduceByPercent"), ("Input.Value", "50"),
            ("Input.Measure", "Submissions"), ("Input.Kind", "Pledge"), ("Input.StartMonth", "2026-01"), ("Input.DueMonth", "2028-02"));
        var row = page.QuerySelectorAll("#table-targets tbody tr").Single(r => r.TextContent.Contains("云台区责任状减半"));
        Assert.Contains("缺少基线", row.TextContent);
        Assert.Contains("2028年2月29日", row.TextContent);
    }

    private async Task<IHtmlDocument> ImportAsync(HttpClient client, string csv)
    {
        var fields = await TestApp.FormFieldsAsync(client, "/burden/baselines", "baseline-import");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "File", "baselines.csv");
        var response = await client.PostAsync("/burden/baselines", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}

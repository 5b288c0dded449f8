using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Tasks;

/// <summary>
/// Who reaches the instance viewer and the definition endpoints through the real app: the viewer by involvement and
/// scope (another township or a village gets "not found"), deploying and downloading only as a system administrator.
/// </summary>
public sealed class WorkflowConsoleAccessTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private const string Deploy = "/admin/workflows/designer/deploy";

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Fixture() => ConsoleApprovalInstances.Fixture();

    private async Task<Guid> StartAtReviewAsync() => (await ConsoleApprovalInstances.StartAtReviewAsync(app)).Instance;

    private Task<int> LatestVersionAsync() => app.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().WorkflowDefinitions.Where(d => d.ProcessId == "console_approval").MaxAsync(d => d.Version));

    /// <summary>The designer's deploy post (its antiforgery field as the designer page hands it to the script) with <paramref name="xml"/>.</summary>
    private static async Task<HttpResponseMessage> PostDeployAsync(HttpClient admin, HttpClient sender, string xml)
    {
        var host = Parse(await admin.GetStringAsync("/admin/workflows/designer/console_approval")).QuerySelector("[data-token]")!;
        return await sender.PostAsync(Deploy, new FormUrlEncodedContent(
            [new("xml", xml), new(host.GetAttribute("data-token-field")!, host.GetAttribute("data-token")!)]));
    }

    [Fact]
    public async Task Viewer_ShowsTheInstanceToItsApproverAndInitiator_InWords_AndToNoOtherScope()
    {
        var instance = await StartAtReviewAsync();
        var path = $"/workflows/instances/{instance}";

        var township = Parse(await (await app.SignedInClientAsync("township")).GetStringAsync(path));
        var initiator = Parse(await (await app.SignedInClientAsync("submitter")).GetStringAsync(path));

        Assert.Null(township.QuerySelector("#viewer-missing"));
        Assert.Contains("通用审批(控制台测试)", township.QuerySelector("h1")!.TextContent);
        Assert.Contains("办理中", township.QuerySelector("#viewer-status")!.TextContent);
        Assert.Contains("民政局经办人 王芳", township.QuerySelector("#viewer-summary")!.TextContent);
        Assert.Null(initiator.QuerySelector("#viewer-missing"));
        foreach (var outsider in new[] { "village", "listadmin", "depthead" })
        {
            var page = Parse(await (await app.SignedInClientAsync(outsider)).GetStringAsync(path));
            Assert.NotNull(page.QuerySelector("#viewer-missing"));
            Assert.DoesNotContain("通用审批", page.Body!.TextContent);
        }
    }

    [Fact]
    public async Task Deploy_IsRefusedToAnApprover_AndAnInvalidFileIsRefusedWithItsProblems_WritingNothing()
    {
        await StartAtReviewAsync();
        var before = await LatestVersionAsync();
        var admin = await app.SignedInClientAsync("admin");
        var township = await app.SignedInClientAsync("township");
        var changed = Fixture().Replace("name=\"乡镇审核\"", $"name=\"乡镇审核 {Guid.NewGuid():N}\"", StringComparison.Ordinal);
        var broken = Fixture().Replace("<bpmn:endEvent id=\"End\" name=\"完成\">", "<bpmn:complexGateway id=\"Odd\" /><bpmn:endEvent id=\"End\" name=\"完成\">", StringComparison.Ordinal);

        var refused = await PostDeployAsync(admin, township, changed);
        var invalid = await PostDeployAsync(admin, admin, broken);

        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden || refused.Headers.Location?.ToString().Contains("/account/access-denied") == true, $"{refused.StatusCode}");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problems = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("problems");
        Assert.Contains(problems.EnumerateArray(), p => p.GetProperty("element").GetString() == "Odd");
        Assert.Equal(before, await LatestVersionAsync());

        var deployed = await PostDeployAsync(admin, admin, changed);

        Assert.Equal(HttpStatusCode.OK, deployed.StatusCode);
        Assert.Equal(before + 1, JsonDocument.Parse(await deployed.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        Assert.Equal(before + 1, await LatestVersionAsync());
    }

    [Fact]
    public async Task DownloadXml_IsTheDeployedFile_ForAnAdministratorOnly()
    {
        await StartAtReviewAsync();
        var version = await LatestVersionAsync();
        var path = $"/admin/workflows/definitions/console_approval/{version}/xml";

        var admin = await (await app.SignedInClientAsync("admin")).GetAsync(path);
        var township = await (await app.SignedInClientAsync("township")).GetAsync(path);
        var missing = await (await app.SignedInClientAsync("admin")).GetAsync($"/admin/workflows/definitions/console_approval/{version + 1000}/xml");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("id=\"console_approval\"", await admin.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, township.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

using System.Net;
using AngleSharp.Html.Parser;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Web.Tests.Audit;

/// <summary>The audit viewer: what a system administrator and a district supervisor each see, filters, export, bad input.</summary>
public sealed class AuditViewerTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private readonly VillageScenario scenario = new(app.Services);

    private static async Task<List<(string Action, string Subject)>> RowsAsync(HttpClient client, string query)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/audit?" + query));
        return page.QuerySelectorAll("#audit-entries tbody tr")
            .Select(r => (r.Children[3].QuerySelector("code")!.TextContent, r.Children[4].TextContent.Trim())).ToList();
    }

    [Fact]
    public async Task Supervisor_SeesTheSubmissionsOfItsArea_AdministratorSeesEverything()
    {
        var submission = await scenario.SubmitAsync("审计查看用的走访", VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        var admin = await app.SignedInClientAsync("admin");
        var supervisor = await app.SignedInClientAsync("supervisor");

        var all = await RowsAsync(admin, "");
        Assert.Contains(all, r => r.Action == "account.signin");
        Assert.Contains(all, r => r.Action == "decision.Admit" && r.Subject == $"submission:{submission.Number}");
        var area = await RowsAsync(supervisor, "");
        Assert.Contains(area, r => r.Action == "decision.Admit" && r.Subject == $"submission:{submission.Number}");
        Assert.All(area, r => Assert.StartsWith("submission:", r.Subject));

        var decisions = await RowsAsync(admin, "action=decision.&subject=" + Uri.EscapeDataString($"submission:{submission.Number}"));
        Assert.Equal([("decision.Admit", $"submission:{submission.Number}")], decisions);
    }

    [Fact]
    public async Task Export_IsCsvOfTheFilteredEntries_WithTheirHashes()
    {
        var admin = await app.SignedInClientAsync("admin");

        var response = await admin.GetAsync("/audit/export.csv?action=account.signin");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sequence,at_utc,actor,action,subject,details,previous_hash,hash,intact", lines[0].TrimEnd('\r'));
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",account.signin,", l));
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",yes", l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData("from=2026-13-40")]
    [InlineData("from=99999-01-01")]
    [InlineData("to=1900-01-01")]
    [InlineData("from=2026-05-01&to=2026-04-01")]
    public async Task BadDates_AreFieldMessages_NeverAnError(string query)
    {
        var admin = await app.SignedInClientAsync("admin");

        var response = await admin.GetAsync("/audit?" + query);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".is-invalid"));
        Assert.Null(page.QuerySelector("#audit-entries"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/audit/export.csv?" + query)).StatusCode);
    }

    [Fact]
    public async Task OtherRoles_CannotReadTheRecord()
    {
        var township = await app.SignedInClientAsync("township");

        Assert.Equal(HttpStatusCode.Redirect, (await township.GetAsync("/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await township.GetAsync("/audit/export.csv")).StatusCode);
    }
}

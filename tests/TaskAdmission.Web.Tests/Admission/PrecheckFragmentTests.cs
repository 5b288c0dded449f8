using System.Net;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>The htmx fragments of the form: the live pre-check panel and one more demand row.</summary>
public sealed class PrecheckFragmentTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private async Task<HttpResponseMessage> PostFragmentAsync(HttpClient client, string fragment, IEnumerable<KeyValuePair<string, string>> fields, bool token = true)
    {
        var hidden = await TestApp.FormFieldsAsync(client, "/admission/new", "submission");
        var body = token ? [.. hidden, .. fields] : fields.ToList();
        return await client.PostAsync($"/admission/fragments/{fragment}", new FormUrlEncodedContent(body));
    }

    [Fact]
    public async Task PrecheckFragment_ReturnsCitedFindings_ForProhibitedTask()
    {
        var client = await app.SignedInClientAsync("submitter");
        var fields = ValidFields("完成招商引资任务").With("Description", "各村完成招商引资任务,每季度上报引进项目和资金。").With("ClaimedCodes", "");

        var response = await PostFragmentAsync(client, "precheck", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        var panel = Parse(html).QuerySelector(".ta-precheck")!;
        Assert.Equal("Rejected", panel.GetAttribute("data-outcome"));
        var finding = panel.QuerySelector("[data-rule=PROHIBITED_ITEM]");
        Assert.NotNull(finding);
        Assert.Contains("FM-01", finding!.TextContent);
        Assert.Contains("阻断", finding.TextContent);
        Assert.NotNull(finding.QuerySelector(".ta-citation"));
    }

    [Fact]
    public async Task PrecheckFragment_ShowsBurdenAndSuggestions_ForListedTask()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await PostFragmentAsync(client, "precheck", ValidFields().With("ClaimedCodes", ""));

        var panel = Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(panel.QuerySelector("canvas[data-burden]"));
        Assert.Contains("入户走访/现场工作", panel.QuerySelector("table")!.TextContent);
        Assert.NotNull(panel.QuerySelector("button[data-add-code='XZ-04']"));
    }

    [Fact]
    public async Task PrecheckFragment_ListsWhatIsMissing_WhenFormIsIncomplete()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await PostFragmentAsync(client, "precheck", [new("Title", "只有标题")]);

        var panel = Parse(await response.Content.ReadAsStringAsync());
        // Only early signals of the title so far: a provisional reading, never a check's outcome.
        Assert.Equal("true", panel.QuerySelector(".ta-precheck")!.GetAttribute("data-provisional"));
        Assert.Null(panel.QuerySelector("[data-testid=precheck-outcome]"));
        Assert.Contains("请填写事项内容。", panel.QuerySelector(".ta-precheck-missing")!.TextContent);
    }

    [Fact]
    public async Task PrecheckFragment_Refuses_WithoutAntiforgeryToken()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await PostFragmentAsync(client, "precheck", ValidFields(), token: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DemandRowFragment_ReturnsTheNextRow()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await PostFragmentAsync(client, "demand-row", ValidFields().Append(new("Demands[3].Note", "x")));

        var row = Parse($"<table><tbody>{await response.Content.ReadAsStringAsync()}</tbody></table>").QuerySelector("tr")!;
        Assert.Equal("4", row.GetAttribute("data-row"));
        Assert.NotNull(row.QuerySelector("select[name='Demands[4].Kind']"));
    }
}

using System.Net;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>The new-submission form over real HTTP: field messages, nothing stored on bad input, drafts saved.</summary>
public abstract class SubmissionFormTests<TApp>(TApp app) where TApp : TestApp
{
    [Fact]
    public async Task NewSubmission_ShowsFieldMessagesAndStoresNothing_WhenInputIsBad()
    {
        var client = await app.SignedInClientAsync("submitter");
        var before = await SubmissionCountAsync(app);
        var bad = ValidFields()
            .With("Title", "")
            .With("StartDate", "2026-13-45")
            .With("Demands[0].Count", "four")
            .With("ContactPhone", "")
            .Where(f => f.Key != "Targets")
            .Append(new("Action", "save"));

        var response = await PostFormAsync(client, "/admission/new", "submission", bad);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("请填写事项名称。", doc.GetElementById("title-error")?.TextContent.Trim());
        Assert.Equal("开始日期的值无效。", doc.GetElementById("startDate-error")?.TextContent.Trim());
        Assert.NotNull(doc.GetElementById("demands[0].count-error"));
        Assert.NotNull(doc.GetElementById("targetOrgUnitCodes-error"));
        Assert.NotNull(doc.GetElementById("contactPhone-error"));
        Assert.NotNull(doc.QuerySelector(".alert-danger[role=alert]"));
        // What was typed stays in the form.
        Assert.Equal("four", doc.QuerySelector("input[name='Demands[0].Count']")?.GetAttribute("value"));
        Assert.Equal(before, await SubmissionCountAsync(app));
    }

    [Fact]
    public async Task NewSubmission_SavesDraftAndShowsIt_WhenInputIsComplete()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await PostFormAsync(client, "/admission/new", "submission", ValidFields("表单保存草稿测试").Append(new("Action", "save")));

        var id = IdFrom(response);
        var detail = Parse(await client.GetStringAsync($"/admission/submissions/{id}"));
        Assert.Equal("表单保存草稿测试", detail.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Draft", detail.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        // A draft's detail page already shows the live pre-check of what it says.
        Assert.Equal("TownshipReview", detail.QuerySelector(".ta-precheck")?.GetAttribute("data-outcome"));
        Assert.NotNull(detail.QuerySelector($"a[href='/admission/edit/{id}']"));
    }

    [Fact]
    public async Task EditDraft_StoresNewDemandsAndTargets()
    {
        var client = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(client, "/admission/new", "submission", ValidFields("草稿修改测试").Append(new("Action", "save"))));
        var edited = ValidFields("草稿修改测试(已改)", Shiqiao, Liulin)
            .Append(new("Demands[1].Kind", "Report")).Append(new("Demands[1].Count", "2")).Append(new("Demands[1].Period", "Year"))
            .Append(new("Action", "save"));

        var response = await PostFormAsync(client, $"/admission/edit/{id}", "submission", edited);

        Assert.Equal(id, IdFrom(response));
        var detail = Parse(await client.GetStringAsync($"/admission/submissions/{id}"));
        Assert.Equal("草稿修改测试(已改)", detail.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(2, detail.QuerySelectorAll("tr[data-township]").Length);
        Assert.Contains("报表", detail.QuerySelector("#summary-heading")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task AddRow_PostsBackWithOneMoreDemandRow_WithoutJavaScript()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await PostFormAsync(client, "/admission/new", "submission", ValidFields().Append(new("Action", "add-row")));

        var doc = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, doc.QuerySelectorAll("#demand-rows tr").Length);
        Assert.Equal("FieldWork", doc.QuerySelector("select[name='Demands[0].Kind'] option[selected]")?.GetAttribute("value"));
        Assert.Empty(doc.QuerySelectorAll(".invalid-feedback"));
    }

    [Fact]
    public async Task EditPage_IsForbidden_ToDepartmentHead()
    {
        var head = await app.SignedInClientAsync("depthead");

        var response = await head.GetAsync("/admission/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }
}

public sealed class SqliteSubmissionFormTests(SqliteTestApp app) : SubmissionFormTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresSubmissionFormTests(PostgresTestApp app) : SubmissionFormTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

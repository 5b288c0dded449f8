using TaskAdmission.Testing.Admission;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Admission.Appeals;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Recognition;

/// <summary>The list editors' page of overruled pre-check findings (机审误判记录), through the real app on SQLite.</summary>
public sealed class MisjudgementsPageTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private const string Page = "/lists/admin/misjudgements";
    private static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    private static readonly Actor Reviewer = new("jointreview", AppRoles.JointReviewer, null, "990100000000");

    /// <summary>A Qingshan (石桥镇) request the pre-check refuses for 招商引资, appealed and overruled by the district's joint review.</summary>
    private async Task<(Submission Submission, Guid AppealId, Guid FindingId)> OverruledAsync(string title)
    {
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var submission = await app.WithScopeAsync<AdmissionService, Submission>(s => s.CreateAsync(AppealNotices.For(today, title, [Shiqiao]), Submitter, start: true));
        var stored = (await app.WithScopeAsync<AdmissionService, Submission?>(s => s.GetAsync(submission.Id, Submitter)))!;
        var appeal = await app.WithScopeAsync<PrecheckAppealService, PrecheckAppeal>(s => s.AppealAsync(submission.Id,
            new([.. PrecheckAppealService.Blocking(stored).Select((_, i) => new FindingObjection(i, AppealReason.OtherBody, "招商引资由乡镇招商办承担，村里只转发通知。"))], null), Submitter));
        await app.WithScopeAsync<PrecheckAppealService, int>(async s =>
        {
            await s.DecideAsync(appeal.Id, [.. appeal.Findings.Select(f => new FindingRuling(f.Position, FindingVerdict.Overruled, "村只转发通知，机审误判"))], null, Reviewer);
            return 0;
        });
        var finding = await app.WithScopeAsync<AppDbContext, Guid>(db =>
            db.AppealFindings.Where(f => f.AppealId == appeal.Id && f.Rule == PrecheckRules.ProhibitedItem).Select(f => f.Id).SingleAsync());
        return (stored, appeal.Id, finding);
    }

    [Fact]
    public async Task ListsOnlyTheAdministratorsArea_WithTheSpanMarked_AndTryItOpensWithTheNotice()
    {
        var (submission, _, finding) = await OverruledAsync("招商引资任务(误判页面)");

        var city = await app.SignedInClientAsync("listadmin");
        var page = Parse(await city.GetStringAsync(Page));
        var row = page.QuerySelector($"#misjudgements tr[data-finding='{finding}']")!;
        var mark = row.QuerySelector("mark")!;
        Assert.Equal("招商引资", string.Concat(mark.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)));
        Assert.Contains("负面清单", row.TextContent);
        Assert.Contains("村只转发通知，机审误判", row.TextContent);
        Assert.Contains(page.QuerySelectorAll("#tallies tbody tr"), t => t.GetAttribute("data-rule") == PrecheckRules.ProhibitedItem);

        var tryIt = Parse(await city.GetStringAsync(row.QuerySelector("[data-testid=try-link]")!.GetAttribute("href")!));
        Assert.Equal(submission.Title, tryIt.QuerySelector("#try-title")!.GetAttribute("value"));
        Assert.Contains(tryIt.QuerySelectorAll("#try-hits tbody tr"), r => r.GetAttribute("data-fires") == "true");

        // Qingshan's list administrator sees its district's finding, Baishui's does not (nor on "try it").
        var qingshan = Parse(await (await SignedInAsAsync(app, AppRoles.ListAdministrator, "990100000000")).GetStringAsync(Page));
        Assert.NotNull(qingshan.QuerySelector($"#misjudgements tr[data-finding='{finding}']"));
        var baishuiClient = await SignedInAsAsync(app, AppRoles.ListAdministrator, "990200000000");
        var baishui = Parse(await baishuiClient.GetStringAsync(Page));
        Assert.Null(baishui.QuerySelector($"#misjudgements tr[data-finding='{finding}']"));
        Assert.DoesNotContain(submission.Number, baishui.Body!.TextContent);
        Assert.DoesNotContain(submission.Number, await (await baishuiClient.GetAsync($"{Page}.csv")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEnglishListAdministrator_ReadsEachFindingAsTheEnglishPrecheckWordedIt()
    {
        var (_, _, finding) = await OverruledAsync("招商引资任务(误判页面英文)");
        var appealed = await app.WithScopeAsync<AppDbContext, (string Zh, string? En)>(async db =>
            await db.AppealFindings.Where(f => f.Id == finding).Select(f => new ValueTuple<string, string?>(f.Message, f.MessageEn)).SingleAsync());
        Assert.False(string.IsNullOrEmpty(appealed.En));

        var city = await app.SignedInClientAsync("listadmin");
        city.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var row = Parse(await city.GetStringAsync(Page)).QuerySelector($"#misjudgements tr[data-finding='{finding}']")!;

        Assert.Equal(appealed.En, row.QuerySelector("[data-testid=misjudge-message]")!.TextContent.Trim());
        Assert.DoesNotContain(appealed.Zh, row.TextContent);
    }

    [Fact]
    public async Task TryIt_DoesNotLoadTheNoticeOfAnAppealNotInTheQueue()
    {
        var (_, _, finding) = await OverruledAsync("招商引资任务(试一试链接)");
        var city = await app.SignedInClientAsync("listadmin");
        var link = Parse(await city.GetStringAsync(Page)).QuerySelector($"#misjudgements tr[data-finding='{finding}'] [data-testid=try-link]")!.GetAttribute("href")!;
        // Another notice of the same district, appealed but not decided yet: not a misjudgement (yet).
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var open = await app.WithScopeAsync<AdmissionService, Submission>(s => s.CreateAsync(AppealNotices.For(today, "招商引资任务(复核未决)", [Shiqiao]), Submitter, start: true));
        var stored = (await app.WithScopeAsync<AdmissionService, Submission?>(s => s.GetAsync(open.Id, Submitter)))!;
        var appeal = await app.WithScopeAsync<PrecheckAppealService, PrecheckAppeal>(s => s.AppealAsync(open.Id,
            new([.. PrecheckAppealService.Blocking(stored).Select((_, i) => new FindingObjection(i, AppealReason.OtherBody, "招商引资由乡镇招商办承担，村里只转发通知。"))], null), Submitter));

        var tryIt = Parse(await city.GetStringAsync(link[..link.IndexOf("appeal=", StringComparison.Ordinal)] + $"appeal={appeal.Id}"));

        Assert.NotEqual(open.Title, tryIt.QuerySelector("#try-title")!.GetAttribute("value"));
        Assert.DoesNotContain("招商引资任务(复核未决)", tryIt.Body!.TextContent);
    }

    [Fact]
    public async Task MarkHandled_WithoutANote_ShowsTheFieldMessage_AndChangesNothing_ThenWithANoteIsStored()
    {
        var (_, _, finding) = await OverruledAsync("招商引资任务(标记处理)");
        var client = await app.SignedInClientAsync("listadmin");

        var refused = await PostFormAsync(client, Page, $"handled-{finding:N}", [new("note", "  ")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("请填写理由", page.QuerySelector($"tr[data-finding='{finding}']")!.TextContent);
        Assert.Null(await app.WithScopeAsync<AppDbContext, DateTime?>(db => db.AppealFindings.Where(f => f.Id == finding).Select(f => f.HandledAtUtc).SingleAsync()));

        var done = await PostFormAsync(client, Page, $"handled-{finding:N}", [new("note", "已在草稿中为“招商引资”增加乡镇主体的排除条件")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("已在草稿中为“招商引资”增加乡镇主体的排除条件",
            await app.WithScopeAsync<AppDbContext, string?>(db => db.AppealFindings.Where(f => f.Id == finding).Select(f => f.HandledNote).SingleAsync()));
        var open = Parse(await client.GetStringAsync($"{Page}?handled=false"));
        Assert.Null(open.QuerySelector($"tr[data-finding='{finding}']"));
        Assert.NotNull(Parse(await client.GetStringAsync($"{Page}?handled=true")).QuerySelector($"tr[data-finding='{finding}']"));
    }

    [Fact]
    public async Task InEnglish_TheFieldMessageAndHeadingsAreEnglish()
    {
        var (_, _, finding) = await OverruledAsync("招商引资任务(英文页面)");
        var client = await app.SignedInClientAsync("listadmin");
        var culture = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/culture']");
        culture["culture"] = "en";
        culture["returnUrl"] = "/";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/culture", new FormUrlEncodedContent(culture))).StatusCode);

        var refused = Parse(await (await PostFormAsync(client, Page, $"handled-{finding:N}", [new("note", "")])).Content.ReadAsStringAsync());

        Assert.Equal("Pre-check misjudgements", refused.QuerySelector("h1")!.TextContent);
        Assert.Contains("Give a reason.", refused.QuerySelector($"tr[data-finding='{finding}']")!.TextContent);
        Assert.Contains("Prohibited work", refused.QuerySelector($"tr[data-finding='{finding}']")!.TextContent);
    }

    [Fact]
    public async Task Csv_AnswersWithCsv_ForTheFilter()
    {
        var (submission, _, _) = await OverruledAsync("招商引资任务(误判下载)");
        var client = await app.SignedInClientAsync("listadmin");

        var response = await client.GetAsync($"{Page}.csv?rule={PrecheckRules.ProhibitedItem}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(submission.Number, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(submission.Number, await (await client.GetAsync($"{Page}.csv?rule={PrecheckRules.LeadTime}")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("submitter")]
    [InlineData("jointreview")]
    public async Task AnotherRole_IsRefused(string user)
    {
        var client = await app.SignedInClientAsync(user);

        var page = await client.GetAsync(Page);
        var csv = await client.GetAsync($"{Page}.csv");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, csv.StatusCode);
    }
}

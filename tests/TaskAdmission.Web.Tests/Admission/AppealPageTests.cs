using TaskAdmission.Testing.Admission;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Admission.Appeals;
using TaskAdmission.Application.Identity;
using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>The appeal screen as a browser posts it: the department's form with its field messages, then the reviewer's verdicts.</summary>
public sealed class AppealPageTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task DepartmentForm_ShowsFieldMessages_ThenTheReviewerOverrulesOnTheirScreen()
    {
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var submission = await app.WithScopeAsync<AdmissionService, Submission>(s => s.CreateAsync(AppealNotices.For(today, "招商引资任务(复核页面)", [AdmissionScreens.Shiqiao]), new Actor("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null), start: true));
        var department = await app.SignedInClientAsync("submitter");
        var path = $"/admission/submissions/{submission.Id}/appeal";
        var detail = new HtmlParser().ParseDocument(await department.GetStringAsync($"/admission/submissions/{submission.Id}"));
        Assert.Equal(path, detail.QuerySelector("[data-testid=appeal-link]")!.GetAttribute("href"));

        // Each finding by its rule's name, the code beside it.
        var form = new HtmlParser().ParseDocument(await department.GetStringAsync(path));
        Assert.StartsWith("1. 负面清单事项 PROHIBITED_ITEM", form.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal("PROHIBITED_ITEM", form.QuerySelector("legend code")!.TextContent);

        var refused = await AdmissionScreens.PostFormAsync(department, path, "appeal", [new("reason-0", ""), new("explanation-0", "不对")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("请为这条机审意见选择复核理由", page.Body!.TextContent);
        Assert.Contains("至少 10 个字", page.Body.TextContent);
        Assert.Equal("不对", page.QuerySelector("#explanation-0")!.TextContent);
        Assert.Equal(0, await app.WithScopeAsync<AppDbContext, int>(db => db.PrecheckAppeals.CountAsync(a => a.SubmissionId == submission.Id)));

        var sent = await AdmissionScreens.PostFormAsync(department, path, "appeal",
            [new("reason-0", "OtherBody"), new("explanation-0", "招商引资由乡镇招商办承担，村里只转发通知。"), new("note", "请人工复核")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var appealId = await app.WithScopeAsync<AppDbContext, Guid>(db => db.PrecheckAppeals.Where(a => a.SubmissionId == submission.Id).Select(a => a.Id).SingleAsync());
        Assert.Contains("待区县联审复核", await department.GetStringAsync(path));
        // The department sees the appeal but has no decision form.
        Assert.Null(new HtmlParser().ParseDocument(await department.GetStringAsync(path)).QuerySelector("input[name=verdict-0]"));

        var reviewer = await app.SignedInClientAsync("jointreview");
        var screen = $"/admission/appeals/{appealId}";
        var review = new HtmlParser().ParseDocument(await reviewer.GetStringAsync(screen));
        Assert.Equal("招商引资", review.QuerySelector("[data-testid=appeal-finding] mark")!.TextContent);
        Assert.StartsWith("1. 负面清单事项 PROHIBITED_ITEM", review.QuerySelector("[data-testid=appeal-finding] h2")!.TextContent.Trim());
        Assert.Contains("招商引资由乡镇招商办承担", review.QuerySelector("[data-testid=appeal-finding]")!.TextContent);
        var noReason = await AdmissionScreens.PostFormAsync(reviewer, screen, "appeal-decision", [new("verdict-0", "Overruled"), new("ruling-0", "")]);
        Assert.Contains("请填写理由", await noReason.Content.ReadAsStringAsync());
        var decided = await AdmissionScreens.PostFormAsync(reviewer, screen, "appeal-decision", [new("verdict-0", "Overruled"), new("ruling-0", "招商任务属乡镇，村只转发")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains("已撤销机审意见", await reviewer.GetStringAsync(screen));

        var village = await app.SignedInClientAsync("village");
        Assert.NotEqual(HttpStatusCode.OK, (await village.GetAsync(screen)).StatusCode);
    }

    [Fact]
    public async Task AnotherDistrictsReviewer_ReadsTheAppealInEnglish_WithoutADecisionForm_AndSeesWhoDecided()
    {
        const string baishuiTownship = "990200100000";
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var submitter = new Actor("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
        var submission = await app.WithScopeAsync<AdmissionService, Submission>(s => s.CreateAsync(AppealNotices.For(today, "招商引资任务(两区复核页面)", [baishuiTownship, AdmissionScreens.Shiqiao]), submitter, start: true));
        var stored = StoredPrecheck.Read((await app.WithScopeAsync<AppDbContext, Submission>(db => db.Submissions.SingleAsync(x => x.Id == submission.Id))).PrecheckJson)!;
        var blocking = PrecheckAppealService.Blocking(submission);
        var appeal = await app.WithScopeAsync<PrecheckAppealService, PrecheckAppeal>(s => s.AppealAsync(submission.Id,
            new([.. blocking.Select((_, i) => new FindingObjection(i, AppealReason.OtherBody, "招商引资由乡镇招商办承担，村里只转发通知。"))], null), submitter));
        await app.WithScopeAsync<UserService, string>(users =>
            users.CreateAsync(new NewUser("bsjoint", "柏树区联审成员", "Right@Pass123", AppRoles.JointReviewer, "990200000000"), Actor.SystemAdministrator("test")));
        var baishui = app.CreateClient();
        await app.SignInAsync(baishui, "bsjoint", "Right@Pass123");
        baishui.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var screen = $"/admission/appeals/{appeal.Id}";

        var page = new HtmlParser().ParseDocument(await baishui.GetStringAsync(screen));
        // The finding as the English pre-check panel words it, not the stored Chinese message.
        var english = stored.En.Findings.First(f => f.Severity == FindingSeverity.Block).Message;
        Assert.Equal(english, page.QuerySelector("[data-testid=appeal-message]")!.TextContent.Trim());
        Assert.DoesNotContain(stored.Zh.Findings.First(f => f.Severity == FindingSeverity.Block).Message, page.Body!.TextContent);
        // Read-only: both districts listed, the lead one marked; no decision form; a post is not taken.
        Assert.Equal(["990100000000", "990200000000"], page.QuerySelectorAll("[data-testid=appeal-districts] [data-district]").Select(e => e.GetAttribute("data-district")));
        Assert.NotNull(page.QuerySelector("[data-testid=appeal-read-only]"));
        Assert.Null(page.QuerySelector("input[name=verdict-0]"));
        var posted = await AdmissionScreens.PostFormAsync(baishui, screen, "appeal-decision", [new("verdict-0", "Upheld")]);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(AppealStatus.Open, await app.WithScopeAsync<AppDbContext, AppealStatus>(db => db.PrecheckAppeals.Where(a => a.Id == appeal.Id).Select(a => a.Status).SingleAsync()));

        // The lead district's member decides on their own screen; Baishui then sees who did.
        var lead = await app.SignedInClientAsync("jointreview");
        Assert.NotNull(new HtmlParser().ParseDocument(await lead.GetStringAsync(screen)).QuerySelector("input[name=verdict-0]"));
        var decided = await AdmissionScreens.PostFormAsync(lead, screen, "appeal-decision",
            [.. blocking.SelectMany((_, i) => new KeyValuePair<string, string>[] { new($"verdict-{i}", "Upheld") })]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var after = new HtmlParser().ParseDocument(await baishui.GetStringAsync(screen));
        Assert.Contains("刘洋", after.QuerySelector("[data-testid=appeal-decided-by]")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignedInClientAsync("village")).GetAsync(screen)).StatusCode);
    }
}

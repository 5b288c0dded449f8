using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Web.Tests.Villages;

/// <summary>
/// Row-level security over real HTTP: a village reaches only its own admitted work by id, list, search, export, API
/// and attachment URL (404, not 403); a department never learns which village reported it; the public page.
/// </summary>
public sealed class VillageHttpTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private readonly VillageScenario scenario = new(app.Services);

    /// <summary>One admitted task for 石桥镇, with a progress file from 石桥村; returns 石桥村's assignment and file.</summary>
    private async Task<(Guid Assignment, Guid File)> ShiqiaoWorkAsync(string title)
    {
        // Only 石桥村 is targeted, so 柏林村 (village2, same township) has no assignment of this title.
        var submission = await scenario.SubmitAsync(title, VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, Core.Admission.Submissions.DecisionKind.Admit);
        var id = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        var report = await scenario.WithAsync<VillageWorkService, ProgressReport>(w => w.ReportProgressAsync(id, VillageScenario.Village(VillageScenario.ShiqiaoVillage),
            "走访记录见附件", new FileUpload("record.pdf", "%PDF-1.4 visit record"u8.ToArray())));
        return (id, report.FileId!.Value);
    }

    [Fact]
    public async Task Village_ReadsItsOwnWork_ByPageApiSearchExportAndFile()
    {
        var (id, file) = await ShiqiaoWorkAsync("本村可见的走访");
        var client = await app.SignedInClientAsync("village");

        var inbox = JsonNode.Parse(await client.GetStringAsync("/api/v1/villages/me/assignments"))!;
        Assert.Contains(inbox["groups"]!.AsArray().SelectMany(g => g!["assignments"]!.AsArray()), a => a!["id"]!.GetValue<Guid>() == id);
        var one = JsonNode.Parse(await client.GetStringAsync($"/api/v1/villages/me/assignments/{id}"))!;
        Assert.Equal("Admit", one["decision"]!["kind"]!.GetValue<string>());
        Assert.Equal("XZ-04", one["listItems"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Pending", one["support"]!["funding"]!.GetValue<string>());
        var search = JsonNode.Parse(await client.GetStringAsync("/api/v1/villages/me/assignments/search?q=" + Uri.EscapeDataString("本村可见")))!;
        Assert.True(search["admitted"]!.GetValue<bool>());
        var notAdmitted = JsonNode.Parse(await client.GetStringAsync("/api/v1/villages/me/assignments/search?q=" + Uri.EscapeDataString("出租屋台账")))!;
        Assert.False(notAdmitted["admitted"]!.GetValue<bool>());
        Assert.Contains("本村可见的走访", await client.GetStringAsync("/village/assignments.csv"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/village/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/village-files/{file}")).StatusCode);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/village"));
        Assert.NotNull(page.QuerySelector($"#a-{id}"));
    }

    [Fact]
    public async Task OtherVillage_Gets404_ByIdListSearchExportApiAndAttachmentUrl()
    {
        var (id, file) = await ShiqiaoWorkAsync("他村不可见的走访");
        var client = await app.SignedInClientAsync("village2");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/villages/me/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/village/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/village-files/{file}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await client.GetStringAsync("/api/v1/villages/me/assignments"));
        Assert.DoesNotContain(id.ToString(), await client.GetStringAsync("/api/v1/villages/me/assignments?status=done"));
        Assert.DoesNotContain(id.ToString(), await client.GetStringAsync("/api/v1/villages/me/assignments/search?q=" + Uri.EscapeDataString("他村不可见")));
        Assert.DoesNotContain("他村不可见的走访", await client.GetStringAsync("/village/assignments.csv"));
        Assert.DoesNotContain(id.ToString(), await client.GetStringAsync("/village"));
        Assert.DoesNotContain("他村不可见的走访", await client.GetStringAsync("/village/check?q=" + Uri.EscapeDataString("他村不可见")));

        // Acting on it by form post is refused the same way (the page answers 404 and changes nothing).
        var form = await TestApp.FormFieldsAsync(client, "/village/report", "report");
        form["AcknowledgeId"] = id.ToString();
        form["_handler"] = "acknowledge";
        await client.PostAsync("/village", new FormUrlEncodedContent(form));
        var status = await scenario.WithAsync<AppDbContext, AssignmentStatus>(db => db.Assignments.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
        Assert.Equal(AssignmentStatus.InProgress, status);
    }

    [Fact]
    public async Task Department_NeverLearnsWhichVillageReported()
    {
        var today = await scenario.TodayAsync();
        var report = await scenario.WithAsync<UnadmittedReportService, UnadmittedReport>(s => s.SubmitAsync(new ReportInput(
            "CITY-MZ", null, "微信群里要求每天拍照打卡", ReportChannel.WorkChat, today.AddDays(-1)), VillageScenario.Village(VillageScenario.ShiqiaoVillage)));
        var supervisor = VillageScenario.Supervisor();
        await scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.TriageAsync(report.Id, true, null, supervisor); return 0; });
        await scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.FindAsync(report.Id, true, "属实", supervisor); return 0; });
        await scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.ActAsync(report.Id, DepartmentActionKind.Interview, "约谈民政局分管负责人", supervisor); return 0; });

        var department = await app.SignedInClientAsync("submitter");
        var page = await department.GetStringAsync("/department/reports");
        var notifications = await department.GetStringAsync("/notifications");
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "reports", 30, Actor.SystemAdministrator("test")));
        var system = app.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", key);
        var api = await system.GetStringAsync("/api/v1/departments/me/reports");

        Assert.Contains(report.Number, page);
        Assert.Contains(report.Number, api);
        foreach (var text in new[] { page, api, notifications })
        {
            Assert.DoesNotContain("石桥", text);
            Assert.DoesNotContain(VillageScenario.ShiqiaoVillage, text);
            Assert.DoesNotContain(VillageScenario.Shiqiao, text);
            Assert.DoesNotContain("village", text.Replace("villages", ""), StringComparison.Ordinal);
        }
        Assert.Contains("石桥村", await (await app.SignedInClientAsync("supervisor")).GetStringAsync($"/supervision/reports/{report.Id}"));
    }

    [Fact]
    public async Task PublicPage_ShowsAdmittedWorkInForce_WithoutPersonalData()
    {
        await ShiqiaoWorkAsync("公示的走访");
        var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"/public/villages/{VillageScenario.ShiqiaoVillage}/work");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("公示的走访", html);
        Assert.Contains("市民政局", html);
        Assert.Contains("XZ-04", html);
        Assert.Contains("2000", html);
        Assert.DoesNotContain("approver-", html);
        Assert.DoesNotContain("王芳", html);
        Assert.DoesNotContain("023-12345678", html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/public/villages/990100100000/work")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/public/villages/nope/work")).StatusCode);
    }

    [Fact]
    public async Task Bell_ShowsUnreadCount_AndNotificationsPageMarksRead()
    {
        await ShiqiaoWorkAsync("铃铛测试");
        var client = await app.SignedInClientAsync("village");

        var bell = new HtmlParser().ParseDocument(await client.GetStringAsync("/")).QuerySelector("#notification-bell [data-unread]");
        Assert.NotNull(bell);
        var form = await TestApp.FormFieldsAsync(client, "/notifications", "notifications");
        form["Open"] = "all";
        var response = await client.PostAsync("/notifications", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(new HtmlParser().ParseDocument(await client.GetStringAsync("/")).QuerySelector("#notification-bell [data-unread]"));
    }
}

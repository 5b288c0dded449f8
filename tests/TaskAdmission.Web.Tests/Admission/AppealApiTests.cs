using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>POST /api/v1/submissions/{id}/appeal over real HTTP: field messages in both languages, one appeal for a retry, scope.</summary>
public abstract class AppealApiTests<TApp>(TApp app) where TApp : TestApp
{
    private async Task<HttpClient> KeyClientAsync(string department, string language = "zh-CN")
    {
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync(department, "appeal", 30, Actor.SystemAdministrator("test")));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject Appeal(string explanation, string reason = "OtherBody") => new()
    {
        ["findings"] = new JsonArray(new JsonObject { ["position"] = 0, ["reason"] = reason, ["explanation"] = explanation }),
        ["note"] = "请人工复核",
    };

    [Fact]
    public async Task Appeal_GivesFieldMessagesInEitherLanguage_CreatesOnce_AndOnlyForItsDepartment()
    {
        var client = await KeyClientAsync("CITY-MZ");
        var body = ApiSubmissionBody.For();
        body["title"] = "招商引资任务(复核接口)";
        body["description"] = "请各村完成年度招商引资任务。";
        var submitted = JsonNode.Parse(await (await client.PostAsync("/api/v1/submissions", Json(body))).Content.ReadAsStringAsync())!;
        Assert.Equal("Rejected", submitted["status"]!.GetValue<string>());
        var path = $"/api/v1/submissions/{submitted["id"]}/appeal";

        var shortZh = await client.PostAsync(path, Json(Appeal("不对")));
        Assert.Equal(HttpStatusCode.BadRequest, shortZh.StatusCode);
        Assert.Equal("application/problem+json", shortZh.Content.Headers.ContentType!.MediaType);
        var zh = JsonNode.Parse(await shortZh.Content.ReadAsStringAsync())!;
        Assert.Contains("至少 10 个字", zh["errors"]!["findings[0].explanation"]![0]!.GetValue<string>());
        var english = await KeyClientAsync("CITY-MZ", "en");
        var en = JsonNode.Parse(await (await english.PostAsync(path, Json(Appeal("wrong", reason: "Other")))).Content.ReadAsStringAsync())!;
        Assert.Contains("at least 10 characters", en["errors"]!["findings[0].explanation"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(path, Json(Appeal("招商由乡镇招商办负责，村不承担", reason: "Whatever")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);

        var created = await client.PostAsync(path, Json(Appeal("招商引资由乡镇招商办承担，村里只转发通知。")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var appeal = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal("Open", appeal["status"]!.GetValue<string>());
        Assert.Equal("PROHIBITED_ITEM", appeal["findings"]![0]!["rule"]!.GetValue<string>());

        var retried = await client.PostAsync(path, Json(Appeal("招商引资由乡镇招商办承担，村里只转发通知。")));
        Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
        var conflict = JsonNode.Parse(await retried.Content.ReadAsStringAsync())!;
        Assert.Equal("AlreadyAppealed", conflict["code"]!.GetValue<string>());
        Assert.Contains("不能重复申请", conflict["detail"]!.GetValue<string>());
        Assert.Equal(appeal["id"]!.GetValue<string>(), (await client.GetFromJsonAsync<JsonObject>(path))!["id"]!.GetValue<string>());

        var other = await KeyClientAsync("CITY-GA");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(path, Json(Appeal("招商引资由乡镇招商办承担，村里只转发通知。")))).StatusCode);
    }

    [Fact]
    public async Task Appeal_OfASubmissionRevisedAsNew_IsAConflict_WithItsMessageInEitherLanguage()
    {
        var client = await KeyClientAsync("CITY-MZ");
        var body = ApiSubmissionBody.For();
        body["title"] = "招商引资任务(已修改重提)";
        body["description"] = "请各村完成年度招商引资任务。";
        var submitted = JsonNode.Parse(await (await client.PostAsync("/api/v1/submissions", Json(body))).Content.ReadAsStringAsync())!;
        Assert.Equal("Rejected", submitted["status"]!.GetValue<string>());
        var id = Guid.Parse(submitted["id"]!.GetValue<string>());
        await app.WithScopeAsync<AdmissionService, Submission>(s =>
            s.ReviseAsNewAsync(id, new Actor("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null)));

        var refused = await client.PostAsync($"/api/v1/submissions/{id}/appeal", Json(Appeal("招商引资由乡镇招商办承担，村里只转发通知。")));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var zh = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RevisedAsNew", zh["code"]!.GetValue<string>());
        Assert.Contains("修改后重新提交为新申请", zh["detail"]!.GetValue<string>());
        var english = await KeyClientAsync("CITY-MZ", "en");
        var en = JsonNode.Parse(await (await english.PostAsync($"/api/v1/submissions/{id}/appeal", Json(Appeal("The township's office does it.")))).Content.ReadAsStringAsync())!;
        Assert.Contains("revised as a new submission", en["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/submissions/{id}/appeal")).StatusCode);
    }
}

public sealed class SqliteAppealApiTests(SqliteTestApp app) : AppealApiTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresAppealApiTests(PostgresTestApp app) : AppealApiTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

/// <summary>
/// An appeal and a revise-as-new sent in the same instant, on PostgreSQL: both pass their checks (the test holds the
/// tables' writes until both wait), then exactly one wins and the other gets its conflict, nothing of it written.
/// </summary>
public sealed class PostgresAppealOrRevisionRaceTests(PostgresTestApp app) : IClassFixture<PostgresTestApp>
{
    [Fact]
    public async Task AnAppealAndARevisionAtOnce_ExactlyOneWins_TheOtherIsAConflict_AndNothingOfItIsWritten()
    {
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "appeal-race", 30, Actor.SystemAdministrator("test")));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var body = ApiSubmissionBody.For();
        body["title"] = "招商引资任务(复核与修改同时)";
        body["description"] = "请各村完成年度招商引资任务。";
        var submitted = JsonNode.Parse(await (await client.PostAsync("/api/v1/submissions", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync())!;
        Assert.Equal("Rejected", submitted["status"]!.GetValue<string>());
        var id = Guid.Parse(submitted["id"]!.GetValue<string>());
        var number = submitted["number"]!.GetValue<string>();
        var appealBody = new JsonObject
        {
            ["findings"] = new JsonArray(new JsonObject { ["position"] = 0, ["reason"] = "OtherBody", ["explanation"] = "招商引资由乡镇招商办承担，村里只转发通知。" }),
        };
        var appealInstancesBefore = await app.WithScopeAsync<AppDbContext, int>(db => db.WorkflowInstances.CountAsync(i => i.ProcessId == "precheck_appeal"));

        // Writes to both tables wait behind this lock; reads go on, so each request passes its check and then waits.
        HttpResponseMessage appealed;
        Task<Submission> revising;
        await using (var holder = app.Services.CreateAsyncScope())
        {
            var db = holder.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var hold = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE submissions, precheck_appeals IN EXCLUSIVE MODE");
            var appealing = client.PostAsync($"/api/v1/submissions/{id}/appeal", new StringContent(appealBody.ToJsonString(), Encoding.UTF8, "application/json"));
            revising = Task.Run(() => app.WithScopeAsync<AdmissionService, Submission>(s =>
                s.ReviseAsNewAsync(id, new Actor("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null))));
            Assert.True(await Eventually.TrueAsync(async () => await app.WithScopeAsync<AppDbContext, int>(d => d.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE NOT granted AND relation IN ('submissions'::regclass, 'precheck_appeals'::regclass)").SingleAsync()) >= 2,
                TimeSpan.FromSeconds(60)), "the two requests did not both pass their checks and wait");
            await hold.RollbackAsync();
            appealed = await appealing;
        }
        var revised = await Record.ExceptionAsync(() => revising);

        var appealWon = appealed.StatusCode == HttpStatusCode.Created;
        var revisionWon = revised is null;
        Assert.True(appealWon ^ revisionWon, $"appeal {appealed.StatusCode}, revision {(revised is null ? "created" : revised.Message)}");
        if (appealWon)
        {
            var refusal = Assert.IsType<RefusalException>(revised);
            Assert.Equal((RefusalKind.Conflict, "AppealPending"), (refusal.Kind, refusal.Code));
        }
        else
        {
            Assert.Equal(HttpStatusCode.Conflict, appealed.StatusCode);
            Assert.Equal("application/problem+json", appealed.Content.Headers.ContentType!.MediaType);
            Assert.Equal("RevisedAsNew", JsonNode.Parse(await appealed.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        }
        var (appeals, findings, revisions, appealAudits, reviseAudits, appealInstances) = await app.WithScopeAsync<AppDbContext, (int, int, int, int, int, int)>(async db => (
            await db.PrecheckAppeals.CountAsync(a => a.SubmissionId == id),
            await db.AppealFindings.CountAsync(f => db.PrecheckAppeals.Any(a => a.Id == f.AppealId && a.SubmissionId == id)),
            await db.Submissions.CountAsync(s => s.RevisionOf == id),
            await db.AuditEntries.CountAsync(a => a.Subject == $"submission:{number}" && a.Action == "submission.appeal"),
            await db.AuditEntries.CountAsync(a => a.Action == "submission.revise" && a.Details == $"revision of {number}"),
            await db.WorkflowInstances.CountAsync(i => i.ProcessId == "precheck_appeal")));
        var a = appealWon ? 1 : 0;
        var r = revisionWon ? 1 : 0;
        Assert.Equal((a, a, r, a, r, appealInstancesBefore + a), (appeals, findings, revisions, appealAudits, reviseAudits, appealInstances));
    }
}

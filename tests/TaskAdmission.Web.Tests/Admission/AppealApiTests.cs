using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Identity;
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

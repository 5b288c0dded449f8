using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>The department API over real HTTP with real API keys.</summary>
public abstract class AdmissionApiTests<TApp>(TApp app) where TApp : TestApp
{
    private async Task<HttpClient> KeyClientAsync(string department)
    {
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync(department, "test", 30, Actor.SystemAdministrator("test")));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return client;
    }

    private static JsonObject Body(string department = "CITY-MZ") => ApiSubmissionBody.For(department);

    private async Task<int> SubmissionCountAsync()
    {
        return await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.CountAsync());
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Precheck_ReturnsTownshipReviewWithCitedFindings_ForListedFundedTask()
    {
        var client = await KeyClientAsync("CITY-MZ");

        var response = await client.PostAsync("/api/v1/precheck", Json(Body()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TownshipReview", json["outcome"]!.GetValue<string>());
        Assert.Equal(6, json["villageCount"]!.GetValue<int>());
        Assert.Contains(json["findings"]!.AsArray(), f => f!["itemCode"]?.GetValue<string>() == "XZ-04" && f["listSet"]!.GetValue<string>().Contains("2025版"));
    }

    [Fact]
    public async Task Submit_CreatesOnce_WhenIdempotencyKeyIsRetried()
    {
        var client = await KeyClientAsync("CITY-MZ");
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> PostAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = Json(Body()) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var first = await PostAsync();
        var second = await PostAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var b = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Equal(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>());
        Assert.Equal("InReview", a["status"]!.GetValue<string>());
        var get = await client.GetFromJsonAsync<JsonObject>($"/api/v1/submissions/{a["id"]}");
        Assert.Equal("TownshipReview", get!["precheckOutcome"]!.GetValue<string>());
    }

    public static TheoryData<string, Func<JsonObject, JsonNode>, string> BadBodies => new()
    {
        { "missing title", b => { b.Remove("title"); return b; }, "title" },
        { "dates reversed", b => { b["endDate"] = "2020-01-01"; return b; }, "endDate" },
        { "unknown org unit", b => { b["targetOrgUnitCodes"] = new JsonArray("999999999999"); return b; }, "targetOrgUnitCodes[0]" },
        { "1 MB title", b => { b["title"] = new string('标', 1_000_000); return b; }, "title" },
        { "wrong type", b => { b["demands"]![0]!["count"] = "four"; return b; }, "demands[0].count" },
        { "unknown demand kind", b => { b["demands"]![0]!["kind"] = "Bribe"; return b; }, "demands[0].kind" },
        { "other department", b => { b["departmentCode"] = "CITY-GA"; return b; }, "departmentCode" },
        { "no demands", b => { b["demands"] = new JsonArray(); return b; }, "demands" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Submit_Answers400WithFieldAndStoresNothing_WhenBodyIsBad(string name, Func<JsonObject, JsonNode> spoil, string field)
    {
        var client = await KeyClientAsync("CITY-MZ");
        var before = await SubmissionCountAsync();

        var response = await client.PostAsync("/api/v1/submissions", Json(spoil(Body())));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"{name}: errors were {errors.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace(errors[field]![0]!.GetValue<string>()));
        Assert.Equal(before, await SubmissionCountAsync());
    }

    [Fact]
    public async Task GetSubmission_IsNotFound_ForAnotherDepartment()
    {
        var owner = await KeyClientAsync("CITY-MZ");
        var created = JsonNode.Parse(await (await owner.PostAsync("/api/v1/submissions", Json(Body()))).Content.ReadAsStringAsync())!;
        var other = await KeyClientAsync("CITY-GA");

        var response = await other.GetAsync($"/api/v1/submissions/{created["id"]}");
        var withdraw = await other.PostAsync($"/api/v1/submissions/{created["id"]}/withdraw", Json(new JsonObject { ["reason"] = "x" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
    }

    /// <summary>
    /// The answer counts the villages in the database instead of reading their rows; what it says must be what the rows
    /// say — for a township's task and for a district's (every village of its townships).
    /// </summary>
    [Theory]
    [InlineData("990100100000")]
    [InlineData("990100000000")]
    public async Task Submit_AnswersTheStoredVillageCountsStatusAndFindings(string target)
    {
        var client = await KeyClientAsync("CITY-MZ");
        var body = Body();
        body["targetOrgUnitCodes"] = new JsonArray(target);
        var precheck = JsonNode.Parse(await (await client.PostAsync("/api/v1/precheck", Json(body))).Content.ReadAsStringAsync())!;

        var response = await client.PostAsync("/api/v1/submissions", Json(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = Guid.Parse(json["id"]!.GetValue<string>());
        var (villages, admitted, status) = await app.WithScopeAsync<AppDbContext, (int, int, string)>(async db => (
            await db.SubmissionVillages.CountAsync(v => v.SubmissionId == id),
            await db.SubmissionVillages.CountAsync(v => v.SubmissionId == id && v.Admitted),
            (await db.Submissions.SingleAsync(s => s.Id == id)).Status.ToString()));
        Assert.True(villages >= 6, $"{villages} villages");
        Assert.Equal(villages, json["villageCount"]!.GetValue<int>());
        Assert.Equal(precheck["villageCount"]!.GetValue<int>(), json["villageCount"]!.GetValue<int>());
        Assert.Equal(admitted, json["admittedVillageCount"]!.GetValue<int>());
        Assert.Equal(status, json["status"]!.GetValue<string>());
        Assert.Equal(
            precheck["findings"]!.AsArray().Select(f => f!["itemCode"]?.ToJsonString()).ToList(),
            json["precheck"]!["findings"]!.AsArray().Select(f => f!["itemCode"]?.ToJsonString()).ToList());
        var read = await client.GetFromJsonAsync<JsonObject>($"/api/v1/submissions/{id}");
        Assert.Equal(json.ToJsonString(), read!.ToJsonString());
    }

    [Fact]
    public async Task Withdraw_EndsTheSubmission_BeforeAnyDecision()
    {
        var client = await KeyClientAsync("CITY-MZ");
        var created = JsonNode.Parse(await (await client.PostAsync("/api/v1/submissions", Json(Body()))).Content.ReadAsStringAsync())!;

        var response = await client.PostAsync($"/api/v1/submissions/{created["id"]}/withdraw", Json(new JsonObject { ["reason"] = "任务调整" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Withdrawn", json["status"]!.GetValue<string>());
    }
}

public sealed class SqliteAdmissionApiTests(SqliteTestApp app) : AdmissionApiTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresAdmissionApiTests(PostgresTestApp app) : AdmissionApiTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

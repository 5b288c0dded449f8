using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>
/// The holes the probe found, each pinned: inputs that ended in a 500, text the app stored whatever its flags said,
/// a retried submission that answered 409, lost races written to the error log.
/// </summary>
public abstract class ProbeRegressionTests(WatchedTestApp app)
{
    private async Task<HttpClient> KeyClientAsync()
    {
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "probe", 30, Actor.SystemAdministrator("test")));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static JsonObject Body(string title = "农村留守老人关爱走访")
    {
        var start = ChinaClock.System.Today.AddDays(80);
        return JsonNode.Parse($$"""
        {
          "departmentCode": "CITY-MZ", "title": "{{title}}",
          "description": "请各村每季度入户走访独居和留守老人,填写关爱服务记录。",
          "claimedItemCodes": ["XZ-04"], "targetOrgUnitCodes": ["990100100000"],
          "startDate": "{{start:yyyy-MM-dd}}", "endDate": "{{start.AddDays(300):yyyy-MM-dd}}",
          "demands": [{ "kind": "FieldWork", "count": 1, "period": "Quarter" }],
          "support": { "fundingYuanPerVillage": 2000 }, "contactName": "王芳", "contactPhone": "023-12345678"
        }
        """)!.AsObject();
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
    }

    [Fact]
    public async Task IdenticalSubmissions_AtOnce_FromASignedInUser_AreOneSubmission_201Then200()
    {
        var client = await app.SignedInClientAsync("submitter");
        app.Log.Clear();
        var key = Guid.NewGuid().ToString();
        var origin = app.BaseAddress.GetLeftPart(UriPartial.Authority);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = Json(Body("同一键重试的走访")) };
            request.Headers.Add("Idempotency-Key", key);
            request.Headers.Add("Origin", origin);
            return await client.SendAsync(request);
        })));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => JsonNode.Parse(await r.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>()));
        Assert.Single(ids.Distinct());
        Assert.Equal("AwaitingSignOff", JsonNode.Parse(await responses[0].Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal(1, await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.CountAsync(s => s.IdempotencyKey == key)));
        Assert.True(app.Log.Errors.Count == 0, string.Join("\n", app.Log.Errors));
    }

    [Fact]
    public async Task SimultaneousDecisionsOnOneTask_OneWins_TheOtherIsAConflict_AndNothingIsAnErrorOrIncident()
    {
        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.SubmitAsync("两人同时审批的走访", VillageScenario.Shiqiao);
        app.Log.Clear();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            try
            {
                await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, Core.Admission.Submissions.DecisionKind.Admit, $"同意 {i}");
                return "won";
            }
            catch (RefusalException refusal) when (refusal.Kind is RefusalKind.Conflict)
            {
                return "conflict";
            }
            catch (InvalidOperationException)
            {
                // The task was gone before this one even looked (Single() over the open tasks found none).
                return "conflict";
            }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "won"));
        Assert.True(app.Log.Errors.Count == 0, string.Join("\n", app.Log.Errors));
        Assert.Equal(0, await app.WithScopeAsync<AppDbContext, int>(db => db.WorkflowIncidents.CountAsync()));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-02")]
    [InlineData("2101-01-01")]
    public async Task FarSubmittedOn_IsAFieldProblem_NotA500(string submittedOn)
    {
        var client = await KeyClientAsync();
        var body = Body();
        body["submittedOn"] = submittedOn;

        Assert.True((await ErrorsAsync(await client.PostAsync("/api/v1/precheck", Json(body)))).ContainsKey("submittedOn"));
    }

    public static TheoryData<string, string, string> BadText => new()
    {
        { "emergencyReason", new string('急', 1001), "emergency off, reason too long" },
        { "frequency", new string('次', 101), "frequency too long" },
        { "contactPhone", "call me maybe", "not a phone number" },
        { "contactPhone", "١٣٨٠٠١٣٨٠٠٠", "Arabic-Indic digits" },
        { "title", "发票\u202Egpj.exe", "right-to-left override" },
        { "title", "标题\u0007响铃", "control character" },
        { "contactName", "王\u2066芳", "isolate" },
    };

    [Theory]
    [MemberData(nameof(BadText))]
    public async Task BadText_IsRefusedOnItsField_AndNothingIsStored(string field, string value, string why)
    {
        var client = await KeyClientAsync();
        var before = await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.CountAsync());
        var body = Body();
        body[field] = value;

        var errors = await ErrorsAsync(await client.PostAsync("/api/v1/submissions", Json(body)));

        Assert.True(errors.ContainsKey(field), $"{why}: {errors.ToJsonString()}");
        Assert.Equal(before, await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task ChunkedBody_OverTheLimit_IsRefused()
    {
        var client = await KeyClientAsync();
        // No Content-Length: the body arrives chunked and is cut off by the server at 8 MB.
        var huge = "{\"title\":\"" + new string('长', 3_000_000) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/precheck") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.True((await ErrorsAsync(response)).ContainsKey("body"));
    }

    [Fact]
    public async Task UnicodeDigitsInFormKeys_AreNotDemandRows_NotA500()
    {
        var client = await app.SignedInClientAsync("submitter");
        var hidden = await TestApp.FormFieldsAsync(client, "/admission/new", "submission");
        KeyValuePair<string, string>[] fields = [.. hidden, new("Title", "走访"), new("Demands[٣].Kind", "Report"), new("Demands[三].Kind", "Report")];

        var precheck = await client.PostAsync("/admission/fragments/precheck", new FormUrlEncodedContent(fields));
        var row = await client.PostAsync("/admission/fragments/demand-row", new FormUrlEncodedContent(fields));
        var page = await client.PostAsync("/admission/new", new FormUrlEncodedContent([.. fields, new("action", "save")]));

        Assert.Equal(HttpStatusCode.OK, precheck.StatusCode);
        Assert.Equal(HttpStatusCode.OK, row.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("/\u0007admission")]
    [InlineData("/\r\nSet-Cookie: x=y")]
    [InlineData("/lists\u0000")]
    public async Task ControlCharactersInTheLanguageSwitchsReturnUrl_GoHome_NotA500(string returnUrl)
    {
        var client = await app.SignedInClientAsync("village");
        var hidden = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/culture']");
        hidden["culture"] = "en";
        hidden["returnUrl"] = returnUrl;
        app.Log.Clear();

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(hidden));

        // A NUL is refused by the form reader itself (400); anything else goes home. Never a 500, never the given URL.
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/"), $"{response.StatusCode} {response.Headers.Location}");
        Assert.True(app.Log.Errors.Count == 0, string.Join("\n", app.Log.Errors));
    }

    [Fact]
    public async Task PageForm_WithABadAntiforgeryToken_Is400_NotA500()
    {
        var client = app.CreateClient();
        var hidden = await TestApp.FormFieldsAsync(client, "/account/login", "login");
        hidden["__RequestVerificationToken"] = "forged";
        hidden["Input.UserName"] = "admin";
        hidden["Input.Password"] = "x";

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/login", new FormUrlEncodedContent(hidden))).StatusCode);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("NoSuchReason")]
    [InlineData("")]
    public async Task UnknownEnumValueInAPageForm_IsRefused_NeverStoredOrDefaulted(string reason)
    {
        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.AdmittedAsync($"退出理由校验 {reason}", VillageScenario.Shiqiao);
        var assignment = await app.WithScopeAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        var client = await app.SignedInClientAsync("village");

        var page = await TestApp.PostFormAsync(client, $"/village/assignments/{assignment}", "exit", ("ExitReason", reason), ("ExitDetails", "村民不认可"));

        Assert.NotNull(page.QuerySelector(".is-invalid, .alert-danger, .invalid-feedback"));
        Assert.Equal(0, await app.WithScopeAsync<AppDbContext, int>(db => db.ExitRequests.CountAsync(e => e.AssignmentId == assignment)));
    }
}

public sealed class SqliteProbeRegressionTests(SqliteWatchedTestApp app) : ProbeRegressionTests(app), IClassFixture<SqliteWatchedTestApp>;

public sealed class PostgresProbeRegressionTests(PostgresWatchedTestApp app) : ProbeRegressionTests(app), IClassFixture<PostgresWatchedTestApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Lists;

/// <summary>The lists API through the real app, on the demo data (示范市 2025版 from 2025-01-01, 青山区's refinement from 2025-03-01).</summary>
public abstract class ListsApiTests<TApp>(TApp app) where TApp : TestApp
{
    private const string ShiqiaoVillage = "990100100100";

    private static JsonElement Item(JsonElement body, string code) =>
        body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static string[] Demands(JsonElement element) =>
        element.GetProperty("allowedDemands").EnumerateArray().Select(d => d.GetString()!).ToArray();

    [Fact]
    public async Task InForce_IncludesDistrictRefinement_ForQingshanVillage()
    {
        var client = await app.SignedInClientAsync("village");

        var response = await client.GetAsync($"/api/v1/lists/in-force?orgUnit={ShiqiaoVillage}&date=2025-06-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("990000000000", body.GetProperty("city").GetProperty("authority").GetString());
        Assert.Equal("990100000000", body.GetProperty("district").GetProperty("authority").GetString());
        var narrowed = Item(body, "XZ-13");
        Assert.Equal("DistrictOverride", narrowed.GetProperty("origin").GetString());
        Assert.Equal(["Survey"], Demands(narrowed));
        Assert.Equal(["Report", "Survey"], Demands(narrowed.GetProperty("narrowedFrom")));
        var sub = Item(body, "QS-XZ-03-01");
        Assert.Equal(("DistrictSubItem", "XZ-03"), (sub.GetProperty("origin").GetString(), sub.GetProperty("narrowedFrom").GetProperty("code").GetString()));
        Assert.Equal("DistrictOnly", Item(body, "QS-ZZ-01").GetProperty("origin").GetString());
    }

    [Fact]
    public async Task InForce_CityOnly_BeforeTheRefinementStarts()
    {
        var client = await app.SignedInClientAsync("submitter");

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/lists/in-force?orgUnit={ShiqiaoVillage}&date=2025-02-01");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("district").ValueKind);
        Assert.Equal(["Report", "Survey"], Demands(Item(body, "XZ-13")));
        Assert.DoesNotContain(body.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == "QS-ZZ-01");
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("01/06/2025")]
    public async Task InForce_BadRequestProblem_WhenDateIsInvalid(string date)
    {
        var client = await app.SignedInClientAsync("township");

        var response = await client.GetAsync($"/api/v1/lists/in-force?orgUnit={ShiqiaoVillage}&date={Uri.EscapeDataString(date)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(date, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task InForce_BadRequestProblem_WhenOrgUnitIsUnknown()
    {
        var client = await app.SignedInClientAsync("township");

        var response = await client.GetAsync("/api/v1/lists/in-force?orgUnit=999999999999&date=2025-06-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InForce_NotFoundProblemNamingTheCause_WhenNoListIsInForce()
    {
        var client = await app.SignedInClientAsync("supervisor");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/lists/in-force?orgUnit={ShiqiaoVillage}&date=2024-12-31");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("No list in force", problem.GetProperty("title").GetString());
        Assert.Equal("NoListInForce", problem.GetProperty("code").GetString());
        Assert.Equal("No list of 990000000000 is in force on 2024-12-31.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ListSets_ListsPublishedSetsAndItems_ForDepartmentApiKey()
    {
        string key;
        (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("9901-MZ", "lists", 30, Actor.SystemAdministrator("test")));

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var sets = await client.GetFromJsonAsync<JsonElement>("/api/v1/list-sets?authority=990100000000&status=Published");
        var set = Assert.Single(sets.EnumerateArray());
        Assert.Equal(6, set.GetProperty("itemCount").GetInt32());
        var items = await client.GetFromJsonAsync<JsonElement>($"/api/v1/list-sets/{set.GetProperty("id").GetGuid()}/items");
        Assert.Equal(6, items.GetProperty("items").GetArrayLength());
        Assert.Contains(items.GetProperty("items").EnumerateArray(), i => i.GetProperty("parentCode").GetString() == "XZ-03");
    }

    [Fact]
    public async Task ListSetItems_NotFoundProblem_WhenSetDoesNotExist()
    {
        var client = await app.SignedInClientAsync("village");

        var response = await client.GetAsync($"/api/v1/list-sets/{Guid.NewGuid()}/items");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class SqliteListsApiTests(SqliteTestApp app) : ListsApiTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresListsApiTests(PostgresTestApp app) : ListsApiTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

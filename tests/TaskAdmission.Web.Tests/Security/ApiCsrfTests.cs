using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>
/// Cross-site request forgery against every JSON API endpoint that changes something (found from the app's own
/// endpoint table, so a new endpoint is covered the day it is added): with the browser's cookie, a form-like body is
/// 415 and JSON without proof of origin is 403, and nothing is written; with proof, or with an API key, the call
/// reaches the endpoint.
/// </summary>
public sealed class ApiCsrfTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    /// <summary>The changing API endpoints; <see cref="EveryChangingApiEndpoint_IsInTheTheory"/> fails when the app maps one more.</summary>
    private static readonly string[] Routes = ["/api/v1/precheck", "/api/v1/submissions", "/api/v1/submissions/{id}/appeal", "/api/v1/submissions/{id}/withdraw"];

    public static TheoryData<string> ChangingEndpoints() => new(Routes);

    private IEnumerable<string> MappedChangingEndpoints() =>
        app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is not ("GET" or "HEAD")) == true)
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), "\\{(\\w+)[^}]*\\}", "{$1}"));

    [Fact]
    public void EveryChangingApiEndpoint_IsInTheTheory()
    {
        Assert.Equal(Routes.Order(), MappedChangingEndpoints().Order());
    }

    private async Task<(HttpClient Client, string Path)> SubmitterAsync(string route)
    {
        var client = await app.SignedInClientAsync("submitter");
        var id = await app.WithScopeAsync<AppDbContext, Guid>(db => db.Submissions.Where(s => s.DepartmentCode == "CITY-MZ").Select(s => s.Id).FirstOrDefaultAsync());
        return (client, route.Replace("{id}", id == Guid.Empty ? Guid.NewGuid().ToString() : id.ToString()));
    }

    private Task<(int Submissions, long Audit)> WrittenAsync() =>
        app.WithScopeAsync<AppDbContext, (int, long)>(async db => (await db.Submissions.CountAsync(), await db.AuditEntries.LongCountAsync()));

    private static HttpRequestMessage Post(string path, string body, string contentType, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        return request;
    }

    private const string Body = """{"departmentCode":"CITY-MZ","title":"跨站提交","reason":"跨站撤回"}""";

    [Theory]
    [MemberData(nameof(ChangingEndpoints))]
    public async Task CookieCall_WithAFormBody_Is415_AndWritesNothing(string route)
    {
        var (client, path) = await SubmitterAsync(route);
        var before = await WrittenAsync();

        var plain = await client.SendAsync(Post(path, Body, "text/plain"));
        var form = await client.SendAsync(Post(path, "title=x", "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal("NotJson", JsonNode.Parse(await plain.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        Assert.Equal(before, await WrittenAsync());
    }

    [Theory]
    [MemberData(nameof(ChangingEndpoints))]
    public async Task CookieCall_WithJsonButNoProofOfOrigin_Is403_AndWritesNothing(string route)
    {
        var (client, path) = await SubmitterAsync(route);
        var before = await WrittenAsync();

        var bare = await client.SendAsync(Post(path, Body, "application/json"));
        var foreign = await client.SendAsync(Post(path, Body, "application/json", origin: "https://evil.example"));

        Assert.Equal(HttpStatusCode.Forbidden, bare.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("CrossSiteRequest", JsonNode.Parse(await foreign.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        Assert.Equal(before, await WrittenAsync());
    }

    [Theory]
    [MemberData(nameof(ChangingEndpoints))]
    public async Task CookieCall_FromThisSite_ReachesTheEndpoint(string route)
    {
        var (client, path) = await SubmitterAsync(route);

        var response = await client.SendAsync(Post(path, Body, "application/json", origin: app.BaseAddress.GetLeftPart(UriPartial.Authority)));

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ChangingEndpoints))]
    public async Task ApiKeyCall_IsNotConcerned(string route)
    {
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "csrf", 30, Actor.SystemAdministrator("test")));
        var (_, path) = await SubmitterAsync(route);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.SendAsync(Post(path, "not json", "text/plain"));

        Assert.NotEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

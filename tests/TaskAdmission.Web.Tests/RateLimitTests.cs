using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests;

/// <summary>An app whose API allows three requests a minute per key.</summary>
public sealed class LowLimitApp() : TestApp(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<string> ExtraArgs => ["--RateLimiting:PermitsPerMinute=3"];
}

public sealed class RateLimitTests(LowLimitApp app) : IClassFixture<LowLimitApp>
{
    [Fact]
    public async Task Api_Answers429_WhenOneKeyExceedsItsLimit_AndOtherKeysAreUnaffected()
    {
        var (_, busy) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "busy", 1, Actor.SystemAdministrator("test")));
        var (_, quiet) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "quiet", 1, Actor.SystemAdministrator("test")));
        var client = app.CreateClient();

        async Task<HttpStatusCode> CallAsync(string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Add("X-Api-Key", key);
            return (await client.SendAsync(request)).StatusCode;
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await CallAsync(busy));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, await CallAsync(quiet));
    }
}

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

        async Task<HttpResponseMessage> CallAsync(string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Add("X-Api-Key", key);
            return await client.SendAsync(request);
        }

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await CallAsync(busy));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        var retryAfter = responses[^1].Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1), $"Retry-After {retryAfter}");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(quiet)).StatusCode);
    }
}

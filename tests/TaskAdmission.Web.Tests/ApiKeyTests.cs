using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Web.Features.Account;

namespace TaskAdmission.Web.Tests;

public abstract class ApiKeyTests<TApp>(TApp app) where TApp : TestApp
{
    private async Task<(Guid Id, string Key)> IssueAsync(string department = "CITY-MZ")
    {
        var (key, plain) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync(department, "test", 30, Actor.SystemAdministrator("test")));
        return (key.Id, plain);
    }

    private HttpRequestMessage Me(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return request;
    }

    [Fact]
    public async Task ApiKey_ActsAsItsDepartment_WhenValid()
    {
        var (_, key) = await IssueAsync("9901-NY");

        var response = await app.CreateClient().SendAsync(Me(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<MeResponse>();
        Assert.Equal("9901-NY", me!.DepartmentCode);
        Assert.Equal(["DepartmentSystem"], me.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("nonsense")]
    [InlineData("ta_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ApiKey_Unauthorized_WhenMissingOrUnknown(string? key)
    {
        var response = await app.CreateClient().SendAsync(Me(key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiKey_StopsWorking_WhenRevoked()
    {
        var (id, key) = await IssueAsync();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Me(key))).StatusCode);

        Assert.True(await app.WithScopeAsync<ApiKeyService, bool>(keys => keys.RevokeAsync(id, Actor.SystemAdministrator("test"))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Me(key))).StatusCode);
    }

    [Fact]
    public async Task ApiKey_IsStoredOnlyAsHash()
    {
        var (id, key) = await IssueAsync();

        var stored = (await app.WithScopeAsync<ApiKeyService, List<ApiKey>>(keys => keys.ListAsync())).Single(k => k.Id == id);
        Assert.DoesNotContain(key, stored.SecretHash);
        Assert.Equal(64, stored.SecretHash.Length);
        Assert.DoesNotContain(key.Split('_', 3)[2], stored.SecretHash + stored.Prefix + stored.Name);
    }
}

public sealed class SqliteApiKeyTests(SqliteTestApp app) : ApiKeyTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresApiKeyTests(PostgresTestApp app) : ApiKeyTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

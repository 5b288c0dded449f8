using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Clients;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Web.Tests.Admission;
using TaskAdmission.Web.Features.Account;
using static TaskAdmission.Web.Tests.OAuth.DepartmentTokenClient;

namespace TaskAdmission.Web.Tests.OAuth;

/// <summary>The OAuth 2.0 client-credentials flow for department systems, over real HTTP on each database.</summary>
public abstract class DepartmentTokenTests<TApp>(TApp app) where TApp : TestApp
{
    private static StringContent Json(string department) => new(ApiSubmissionBody.For(department).ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Discovery_NamesTheTokenEndpointScopesAndKeys()
    {
        var client = app.CreateClient();

        var discovery = JsonNode.Parse(await client.GetStringAsync("/.well-known/openid-configuration"))!;

        Assert.Equal(new Uri(app.BaseAddress, "/connect/token").ToString(), discovery["token_endpoint"]!.GetValue<string>());
        Assert.Contains("client_credentials", discovery["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Superset(ApiScopes.All.ToHashSet(), discovery["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet());
        var jwks = JsonNode.Parse(await client.GetStringAsync(discovery["jwks_uri"]!.GetValue<string>()))!;
        var signingKeyId = await app.WithScopeAsync<AppDbContext, Guid>(db => db.OAuthKeys.Where(k => k.Purpose == OAuthKey.Signing).Select(k => k.Id).SingleAsync());
        Assert.Contains(jwks["keys"]!.AsArray(), k => k!["kid"]!.GetValue<string>() == signingKeyId.ToString("N"));
    }

    [Fact]
    public async Task Token_ActsAsItsDepartment_OverRealHttp()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-MZ");

        var tokenResponse = await RequestTokenAsync(app, id, secret);

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        Assert.Equal("Bearer", token["token_type"]!.GetValue<string>());
        Assert.Equal(ApiScopes.All.Order(), token["scope"]!.GetValue<string>().Split(' ').Order());
        var client = WithToken(app, token["access_token"]!.GetValue<string>());
        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me");
        Assert.Equal("CITY-MZ", me!.DepartmentCode);
        Assert.Equal(["DepartmentSystem"], me.Roles);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/precheck", Json("CITY-MZ"))).StatusCode);
        var created = await client.PostAsync("/api/v1/submissions", Json("CITY-MZ"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Token_OfAnotherDepartment_CannotReadOrWithdrawTheSubmission()
    {
        var owner = await ClientAsync(app, "CITY-WJ");
        var created = await owner.PostAsync("/api/v1/submissions", Json("CITY-WJ"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var other = await ClientAsync(app, "CITY-NY");

        var read = await other.GetAsync(created.Headers.Location);
        var withdraw = await other.PostAsync($"{created.Headers.Location}/withdraw",
            new StringContent("""{"reason":"不是我们的"}""", Encoding.UTF8, "application/json"));
        var submitForOwner = await other.PostAsync("/api/v1/submissions", Json("CITY-WJ"));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, submitForOwner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task WrongSecret_IsRefusedAsInvalidClient()
    {
        var (id, _) = await RegisterAsync(app, "CITY-RS");

        var response = await RequestTokenAsync(app, id, ClientSecret.Generate());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_LackingTheScope_Gets403Problem_AndKeepsWhatItHas()
    {
        var reader = await ClientAsync(app, "CITY-TJ", ApiScopes.Read);

        var precheck = await reader.PostAsync("/api/v1/precheck", Json("CITY-TJ"));
        var submit = await reader.PostAsync("/api/v1/submissions", Json("CITY-TJ"));

        Assert.Equal(HttpStatusCode.Forbidden, precheck.StatusCode);
        Assert.Equal("application/problem+json", precheck.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await precheck.Content.ReadAsStringAsync())!;
        Assert.Equal("InsufficientScope", problem["code"]!.GetValue<string>());
        Assert.Equal(ApiScopes.Precheck, problem["scope"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(0, await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.CountAsync(s => s.DepartmentCode == "CITY-TJ")));
    }

    [Fact]
    public async Task Token_AskedForOneScope_HasOnlyThatScope()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-YJ");
        var client = WithToken(app, await TokenAsync(app, id, secret, ApiScopes.Precheck));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/precheck", Json("CITY-YJ"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Token_AskedForAScopeTheClientLacks_IsRefused()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-TJ", ApiScopes.Read);

        var response = await RequestTokenAsync(app, id, secret, ApiScopes.Submit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // OpenIddict answers invalid_request for a known scope the client is not permitted.
        Assert.Equal("invalid_request", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task RotatedSecret_StopsTheOldSecretAndItsTokens()
    {
        var (id, oldSecret) = await RegisterAsync(app, "CITY-GA");
        var oldToken = await TokenAsync(app, id, oldSecret);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(app, oldToken).GetAsync("/api/v1/me")).StatusCode);

        var newSecret = await app.WithScopeAsync<DepartmentClientService, string>(c => c.RotateAsync("CITY-GA", Administrator));

        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(app, id, oldSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(app, oldToken).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(app, await TokenAsync(app, id, newSecret)).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(1, await app.WithScopeAsync<AppDbContext, int>(db => db.AuditEntries.CountAsync(a => a.Action == "client.rotate" && a.Subject == $"client:{id}")));
    }

    [Fact]
    public async Task DisabledClient_GetsNoTokenAndItsTokensStop()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-MZ");
        var token = await TokenAsync(app, id, secret);

        await app.WithScopeAsync<DepartmentClientService, string>(c => c.DisableAsync("CITY-MZ", Administrator));

        var refused = await RequestTokenAsync(app, id, secret);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("unauthorized_client", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(app, token).GetAsync("/api/v1/me")).StatusCode);
        var listed = (await app.WithScopeAsync<DepartmentClientService, List<DepartmentClient>>(c => c.ListAsync())).Single(c => c.ClientId == id);
        Assert.False(listed.IsActive);
        Assert.Equal(1, await app.WithScopeAsync<AppDbContext, int>(db => db.AuditEntries.CountAsync(a => a.Action == "client.disable" && a.Subject == $"client:{id}")));
    }

    [Fact]
    public async Task SecondClientForOneDepartment_IsAConflict_AndSecretsAreStoredHashed()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-NY");

        var refusal = await Assert.ThrowsAsync<RefusalException>(() =>
            app.WithScopeAsync<DepartmentClientService, (DepartmentClient, string)>(c => c.AddAsync("CITY-NY", [ApiScopes.Read], Administrator)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        var stored = await app.WithScopeAsync<AppDbContext, string?>(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientId == id).Select(a => a.ClientSecret).SingleAsync());
        Assert.NotNull(stored);
        Assert.DoesNotContain(secret, stored);
    }

    [Fact]
    public async Task Pruning_RemovesOnlyLongExpiredTokenEntries_AndTheCurrentTokenKeepsWorking()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-ZJ");
        var old = await TokenAsync(app, id, secret);
        var current = await TokenAsync(app, id, secret);
        var entries = await app.WithScopeAsync<AppDbContext, List<string>>(db => TokensOf(db, id).OrderBy(t => t.CreationDate).Select(t => t.Id!).ToListAsync());
        Assert.Equal(2, entries.Count);
        // The first token was asked for three weeks ago and expired long since.
        await app.WithScopeAsync<AppDbContext, int>(db => TokensOf(db, id).Where(t => t.Id == entries[0]).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.CreationDate, DateTime.UtcNow.AddDays(-21))
            .SetProperty(x => x.ExpirationDate, DateTime.UtcNow.AddDays(-21).AddHours(1))));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (tokens, _) = await OAuthTokenPruningWorker.PruneAsync(scope.ServiceProvider, DateTimeOffset.UtcNow, CancellationToken.None);
            Assert.True(tokens >= 1);
        }

        Assert.Equal([entries[1]], await app.WithScopeAsync<AppDbContext, List<string>>(db => TokensOf(db, id).Select(t => t.Id!).ToListAsync()));
        Assert.Equal(HttpStatusCode.OK, (await WithToken(app, current).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(app, old).GetAsync("/api/v1/me")).StatusCode);
    }

    private static IQueryable<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken> TokensOf(AppDbContext db, string clientId) =>
        db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken>().Where(t => t.Application!.ClientId == clientId);

    [Fact]
    public async Task Token_FromOneNode_IsAcceptedByASecondNodeOnTheSameDatabase()
    {
        var (id, secret) = await RegisterAsync(app, "CITY-RS");
        var token = await TokenAsync(app, id, secret);
        // Nodes behind one load balancer share a host name; here they differ by port, so the issuer is configured.
        var second = new SecondNode(app.Provider, app.ConnectionString, app.BaseAddress);
        await second.InitializeAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await WithToken(second, token).GetAsync("/api/v1/me")).StatusCode);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }
}

/// <summary>A second node on the same database, naming the first node's address as the issuer.</summary>
internal sealed class SecondNode(DatabaseProvider provider, string connectionString, Uri issuer) : TestApp(provider, connectionString)
{
    protected override IEnumerable<string> ExtraArgs => [$"--OAuth:Issuer={issuer}"];
}

public sealed class SqliteDepartmentTokenTests(SqliteTestApp app) : DepartmentTokenTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresDepartmentTokenTests(PostgresTestApp app) : DepartmentTokenTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

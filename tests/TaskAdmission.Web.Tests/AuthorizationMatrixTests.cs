using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests;

/// <summary>
/// Enumerates every endpoint the app maps, so a new page or API is covered the day it is added: anonymous callers
/// are refused everywhere but the reviewed public list, and each demo role reaches exactly the endpoints whose
/// [Authorize(Roles=...)] names it.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    /// <summary>Endpoints anyone may call. Adding to this list is a security review decision.</summary>
    private static readonly HashSet<string> Public =
    [
        "/account/login", "/account/login-2fa", "/account/access-denied", "/not-found", "/error", "/culture",
        "/health/live", "/health/ready", "/openapi/{documentName}.json",
        // OAuth 2.0 token endpoint: the client authenticates with its id and secret in the request itself.
        "/connect/token",
        // Operators' probe: no sign-in, but only from loopback and Observability:AllowedNetworks (404 to anyone else).
        "/health/operations",
        "/public/villages/{OrgUnitCode}/lists",
        "/public/villages/{OrgUnitCode}/work",
    ];

    /// <summary>
    /// Who may open what, written down independently of the attributes on the pages, so a page that forgets its
    /// [Authorize(Roles=...)] fails here. Longest matching prefix wins; every endpoint must match a rule.
    /// An empty role list means every signed-in role.
    /// </summary>
    private static readonly (string Prefix, string[] Roles)[] Rules =
    [
        ("/", []),
        ("/account/", []),
        ("/_framework/", []),
        ("/admin/", [AppRoles.SystemAdministrator]),
        ("/admin/calendar", [AppRoles.SystemAdministrator]),
        ("/admin/workflows", [AppRoles.SystemAdministrator]),
        ("/admin/workflows/", [AppRoles.SystemAdministrator]),
        ("/admin/workflows/instances", [AppRoles.SystemAdministrator]),
        ("/admin/workflows/definitions", [AppRoles.SystemAdministrator]),
        ("/admin/workflows/designer", [AppRoles.SystemAdministrator]),
        ("/admission/submissions", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/admission/appeals/", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/admission/new", [AppRoles.DepartmentSubmitter]),
        ("/admission/edit/", [AppRoles.DepartmentSubmitter]),
        ("/admission/fragments/", [AppRoles.DepartmentSubmitter]),
        ("/admission/sign-off", [AppRoles.DepartmentHead]),
        ("/admission/reviews", [AppRoles.TownshipApprover, AppRoles.JointReviewer]),
        ("/admission/attachments/", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/api/v1/me", []),
        ("/api/v1/org-units", []),
        ("/api/v1/submissions/", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.DepartmentSystem]),
        ("/lists", []),
        ("/lists/admin", [AppRoles.ListAdministrator]),
        ("/lists/admin/misjudgements", [AppRoles.ListAdministrator]),
        ("/api/v1/lists/", []),
        ("/api/v1/list-sets", []),
        ("/notifications", []),
        ("/tasks", []),
        ("/tasks/", []),
        ("/workflows/instances/", []),
        ("/village", [AppRoles.VillageCommittee]),
        ("/village/", [AppRoles.VillageCommittee]),
        ("/village-files/", [AppRoles.VillageCommittee, AppRoles.TownshipApprover, AppRoles.Supervisor]),
        ("/api/v1/villages/me/", [AppRoles.VillageCommittee]),
        ("/dispatch", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/dispatch/exit-requests", [AppRoles.TownshipApprover]),
        ("/supervision", [AppRoles.Supervisor]),
        ("/audit", [AppRoles.Supervisor, AppRoles.SystemAdministrator]),
        ("/audit/", [AppRoles.Supervisor, AppRoles.SystemAdministrator]),
        ("/admin/audit", [AppRoles.SystemAdministrator]),
        ("/department/reports", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead]),
        ("/api/v1/departments/me/reports", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.DepartmentSystem]),
        ("/burden", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator, AppRoles.VillageCommittee]),
        ("/burden/", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator, AppRoles.VillageCommittee]),
        ("/burden/department", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.Supervisor]),
        ("/burden/departments", [AppRoles.Supervisor]),
        ("/burden/departments/", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.Supervisor]),
        ("/burden/departments/export", [AppRoles.Supervisor]),
        ("/burden/baselines", [AppRoles.ListAdministrator]),
        ("/burden/targets", [AppRoles.ListAdministrator]),
        ("/burden/collection", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator, AppRoles.VillageCommittee]),
        ("/burden/fields", [AppRoles.ListAdministrator]),
        ("/purchase", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/purchase/new", [AppRoles.DepartmentSubmitter]),
        ("/purchase/cases/", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/purchase/money", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor]),
        ("/purchase/files/", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.VillageCommittee]),
        ("/purchase/providers", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator]),
        ("/purchase/providers/new", [AppRoles.ListAdministrator]),
        ("/purchase/providers/edit/", [AppRoles.ListAdministrator]),
        ("/purchase/providers/import", [AppRoles.ListAdministrator]),
    ];

    private IEnumerable<RouteEndpoint> Endpoints =>
        app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null);

    /// <summary>Static files (MapStaticAssets) are public, and are only what wwwroot holds: no route of theirs reaches anything else.</summary>
    [Fact]
    public void StaticFileEndpoints_AreAnonymous_AndServeOnlyWwwroot()
    {
        var statics = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null).ToList();
        var wwwroot = Path.Combine(RepositoryPaths.Combine("src"), "TaskAdmission.Web", "wwwroot");

        Assert.Contains(statics, e => e.RoutePattern.RawText == "app.css");
        foreach (var e in statics)
        {
            Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>());
            var file = e.Metadata.GetMetadata<StaticAssetDescriptor>()!.AssetPath;
            var source = Path.Combine(wwwroot, StripCompression(file));
            Assert.True(File.Exists(source), $"{e.RoutePattern.RawText} serves {file}, which is not a file of wwwroot");
        }
    }

    /// <summary>The wwwroot file a pre-compressed copy was made from (app.css.br → app.css).</summary>
    private static string StripCompression(string assetPath) =>
        assetPath.EndsWith(".br", StringComparison.Ordinal) || assetPath.EndsWith(".gz", StringComparison.Ordinal) ? assetPath[..^3] : assetPath;

    [Fact]
    public void AnonymousEndpoints_AreExactlyThePublicList()
    {
        var anonymous = Endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => Normalise(e.RoutePattern.RawText!)).ToHashSet();

        Assert.Equal(Public.Order(), anonymous.Order());
    }

    [Fact]
    public async Task EveryNonPublicEndpoint_RefusesAnonymousCallers()
    {
        var client = app.CreateClient();
        var checkedCount = 0;
        foreach (var endpoint in Endpoints.Where(e => !Public.Contains(Normalise(e.RoutePattern.RawText!))))
        {
            var path = SamplePath(endpoint);
            var method = Methods(endpoint).Contains("GET") ? HttpMethod.Get : HttpMethod.Post;
            var response = await client.SendAsync(new HttpRequestMessage(method, path));

            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} gave {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login"),
                    $"{method} {path} gave {response.StatusCode} {response.Headers.Location}");
            }
            checkedCount++;
        }
        Assert.True(checkedCount >= 8, $"only {checkedCount} endpoints found");
    }

    [Fact]
    public async Task EachRole_ReachesExactlyItsEndpoints()
    {
        var clients = new Dictionary<NewDemoUser, HttpClient>();
        foreach (var user in DemoUsers.All)
        {
            clients[user] = await app.SignedInClientAsync(user.UserName);
        }
        var gets = Endpoints.Where(e => Methods(e).Contains("GET") && !Public.Contains(Normalise(e.RoutePattern.RawText!))).ToList();
        Assert.NotEmpty(gets);
        foreach (var endpoint in gets)
        {
            var path = SamplePath(endpoint);
            var rule = Rules.Where(r => r.Prefix == "/" ? path == "/" : path.StartsWith(r.Prefix, StringComparison.Ordinal))
                .OrderByDescending(r => r.Prefix.Length).FirstOrDefault();
            Assert.True(rule.Prefix is not null, $"{path} has no rule in the authorisation matrix; add one");
            var roles = rule.Roles.ToHashSet();
            foreach (var (user, client) in clients)
            {
                var allowed = roles.Count == 0 || roles.Contains(user.Role);
                var response = await client.GetAsync(path);
                var denied = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/"));
                Assert.True(allowed != denied, $"{user.UserName} ({user.Role}) GET {path}: expected {(allowed ? "allowed" : "denied")}, got {response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    /// <summary>
    /// Department systems on the API: an <c>X-Api-Key</c> (legacy) and an OAuth token with <c>admission.read</c> reach
    /// exactly the GET rows that name DepartmentSystem (or every role); a token without that scope reaches none of them.
    /// People's cookies are covered row by row above.
    /// </summary>
    [Fact]
    public async Task DepartmentSystems_ReachExactlyTheirApiEndpoints_WithKeyOrToken()
    {
        var (_, key) = await app.WithScopeAsync<Application.Identity.ApiKeyService, (ApiKey, string)>(
            keys => keys.IssueAsync("CITY-MZ", "matrix", 30, Actor.SystemAdministrator("test")));
        var keyClient = app.CreateClient();
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", key);
        var callers = new Dictionary<string, (HttpClient Client, bool MayRead)>
        {
            ["key"] = (keyClient, true),
            ["token"] = (await OAuth.DepartmentTokenClient.ClientAsync(app, "CITY-GA"), true),
            ["token without admission.read"] = (await OAuth.DepartmentTokenClient.ClientAsync(app, "CITY-WJ", ApiScopes.Precheck, ApiScopes.Submit), false),
        };
        var gets = Endpoints.Where(e => Methods(e).Contains("GET") && Normalise(e.RoutePattern.RawText!).StartsWith("/api/", StringComparison.Ordinal)
            && !Public.Contains(Normalise(e.RoutePattern.RawText!))).ToList();
        Assert.True(gets.Count >= 5, $"only {gets.Count} API GET endpoints found");
        foreach (var endpoint in gets)
        {
            var path = SamplePath(endpoint);
            var rule = Rules.Where(r => path.StartsWith(r.Prefix, StringComparison.Ordinal)).OrderByDescending(r => r.Prefix.Length).First();
            var roleAllows = rule.Roles.Length == 0 || rule.Roles.Contains(AppRoles.DepartmentSystem);
            foreach (var (name, (client, mayRead)) in callers)
            {
                var response = await client.GetAsync(path);
                var denied = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                var allowed = roleAllows && mayRead;
                Assert.True(allowed != denied, $"{name} GET {path}: expected {(allowed ? "allowed" : "denied")}, got {response.StatusCode}");
            }
        }
    }

    private static HashSet<string> Methods(RouteEndpoint e) =>
        e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.ToHashSet() ?? ["GET"];

    private static string Normalise(string raw) => raw.StartsWith('/') ? raw : "/" + raw;

    /// <summary>A concrete path for a route pattern; parameters get plausible values (an unknown id is fine: the check is who may ask).</summary>
    private static string SamplePath(RouteEndpoint e)
    {
        var path = Normalise(e.RoutePattern.RawText!);
        foreach (var p in e.RoutePattern.Parameters)
        {
            // A value the route's constraint accepts, so the request reaches authorisation instead of stopping at 404.
            var value = p.Name.Contains("document", StringComparison.OrdinalIgnoreCase) ? "v1"
                : p.ParameterPolicies.Any(x => x.Content == "int") ? "1"
                : Guid.Empty.ToString();
            path = System.Text.RegularExpressions.Regex.Replace(path, "\\{" + p.Name + "[^}]*\\}", value);
        }
        return path;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Clients;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Web.Cli;
using static TaskAdmission.Web.Tests.OAuth.DepartmentTokenClient;

namespace TaskAdmission.Web.Tests.OAuth;

/// <summary>Registering, rotating and disabling department clients on the admin page and with the CLI.</summary>
public sealed class ClientAdminTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private const string Page = "/admin/api-keys";

    [Fact]
    public async Task AdminPage_RegistersClientWithTickedScopes_ShowsSecretOnce_AndDisablesIt()
    {
        var admin = await app.SignedInClientAsync("admin");

        var added = await TestApp.PostFormAsync(admin, Page, "client-add", ("Input.Department", "CITY-YJ"), ("Input.Read", "true"));

        var clientId = added.QuerySelector("#shown-client-id")!.TextContent;
        var secret = added.QuerySelector("#shown-client-secret")!.TextContent;
        Assert.Equal("dept-CITY-YJ", clientId);
        var token = JsonNode.Parse(await (await RequestTokenAsync(app, clientId, secret)).Content.ReadAsStringAsync())!;
        Assert.Equal(ApiScopes.Read, token["scope"]!.GetValue<string>());
        Assert.DoesNotContain(secret, await admin.GetStringAsync(Page));

        await TestApp.PostFormAsync(admin, Page, "client-change", ("Change", "disable:CITY-YJ"));

        Assert.Equal(HttpStatusCode.BadRequest, (await RequestTokenAsync(app, clientId, secret)).StatusCode);
        Assert.Equal(1, await app.WithScopeAsync<AppDbContext, int>(db => db.AuditEntries.CountAsync(a => a.Action == "client.disable" && a.Actor == "admin")));
    }

    [Fact]
    public async Task AdminPage_RefusesClientWithoutScopeOrDepartment_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync("admin");

        var noScope = await TestApp.PostFormAsync(admin, Page, "client-add", ("Input.Department", "CITY-TJ"));
        var noDepartment = await TestApp.PostFormAsync(admin, Page, "client-add", ("Input.Department", ""), ("Input.Read", "true"));

        Assert.Null(noScope.QuerySelector("#shown-client-secret"));
        Assert.NotEmpty(noScope.QuerySelectorAll(".invalid-feedback, .text-danger"));
        Assert.Null(noDepartment.QuerySelector("#shown-client-secret"));
        var clients = await app.WithScopeAsync<DepartmentClientService, List<DepartmentClient>>(c => c.ListAsync());
        Assert.DoesNotContain(clients, c => c.DepartmentCode is "CITY-TJ" or "");
    }

    [Fact]
    public async Task AdminPage_IsForSystemAdministratorsOnly()
    {
        var head = await app.SignedInClientAsync("depthead");

        var response = await head.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Cli_AddsRotatesAndDisables_PrintingTheSecretOnItsLastLine()
    {
        async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await OperatorCommandLine.RunAsync(
                [.. args, $"--Database:Provider={app.Provider}", $"--ConnectionStrings:Default={app.ConnectionString}", "--Logging:LogLevel:Default=Warning"], output, error);
            return (exit, output.ToString(), error.ToString());
        }
        await RemoveAsync(app, "CITY-RS");

        var (addExit, addOut, _) = await RunAsync("client", "add", "--department", "CITY-RS", "--scopes", "admission.precheck,admission.read");
        var firstSecret = addOut.TrimEnd().Split('\n')[^1].Trim();
        var (rotateExit, rotateOut, _) = await RunAsync("client", "rotate", "--department", "CITY-RS");
        var secondSecret = rotateOut.TrimEnd().Split('\n')[^1].Trim();

        Assert.Equal((0, 0), (addExit, rotateExit));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", firstSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(app, "dept-CITY-RS", firstSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(app, "dept-CITY-RS", secondSecret)).StatusCode);
        Assert.Equal(1, (await RunAsync("client", "add", "--department", "CITY-RS")).Exit);
        Assert.Equal(1, (await RunAsync("client", "add", "--department", "CITY-TJ", "--scopes", "admission.everything")).Exit);
        Assert.Equal(2, (await RunAsync("client", "rotate")).Exit);
        Assert.Equal(0, (await RunAsync("client", "disable", "--department", "CITY-RS")).Exit);
        Assert.Contains("dept-CITY-RS\tCITY-RS\tadmission.precheck admission.read\tdisabled", (await RunAsync("client", "list")).Out);
        Assert.Equal(HttpStatusCode.BadRequest, (await RequestTokenAsync(app, "dept-CITY-RS", secondSecret)).StatusCode);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>The app with a second factor required of system administrators, township approvers and list administrators.</summary>
public sealed class TwoFactorTestApp() : TestApp(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<string> ExtraArgs =>
        [$"--Account:TwoFactorRequiredRoles={AppRoles.SystemAdministrator},{AppRoles.TownshipApprover},{AppRoles.ListAdministrator}"];
}

/// <summary>Two-step sign-in over real HTTP: enrolment with a code computed from the page's key, sign-in by code and recovery code, the administrator's reset.</summary>
public sealed class TwoFactorTests(TwoFactorTestApp app) : IClassFixture<TwoFactorTestApp>
{
    /// <summary>Reads the key the page shows and turns the second factor on with its current code; returns key and recovery codes.</summary>
    public static async Task<(string Key, List<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var setup = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/two-factor"));
        var key = setup.QuerySelector("#authenticator-key")!.GetAttribute("data-key")!;
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img[alt]")!.GetAttribute("src"));

        var done = await TestApp.PostFormAsync(client, "/account/two-factor", "enable-2fa", ("Input.Code", new Totp(Base32Encoding.ToBytes(key)).ComputeTotp()));

        return (key, done.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList());
    }

    private async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code)
    {
        var form = await TestApp.FormFieldsAsync(client, "/account/login-2fa", "login-2fa");
        form["Input.Code"] = code;
        return await client.PostAsync("/account/login-2fa", new FormUrlEncodedContent(form));
    }

    private Task<bool> AuditedAsync(string actor, string action, string userName) =>
        app.WithScopeAsync<AppDbContext, bool>(db => db.AuditEntries.AnyAsync(e => e.Actor == actor && e.Action == action && e.Subject == $"user:{userName}"));

    [Fact]
    public async Task RequiredRole_WithoutASecondFactor_IsSentToEnrol_AndItsCookieApiCallsAreRefused()
    {
        var client = await app.SignedInClientAsync("listadmin");

        var page = await client.GetAsync("/lists/admin");
        var api = await client.GetAsync("/api/v1/me");
        var setup = await client.GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("SecondFactorRequired", JsonNode.Parse(await api.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
    }

    [Fact]
    public async Task Approver_Enrols_ThenSignsInWithARecoveryCodeOnce_AndAWrongCodeSignsNobodyIn()
    {
        var first = await app.SignedInClientAsync("township");
        var (_, codes) = await EnrolAsync(first);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admission/reviews")).StatusCode);
        Assert.True(await AuditedAsync("township", "account.2fa.enable", "township"));

        var second = app.CreateClient();
        var password = await app.SignInAsync(second, "township");
        Assert.Contains("/account/login-2fa", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admission/reviews")).StatusCode);

        var wrong = await SecondStepAsync(second, "ABCDE-12345");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("login-error", await wrong.Content.ReadAsStringAsync());
        Assert.True(await AuditedAsync("township", "account.signin.2fa.failed", "township"));

        var right = await SecondStepAsync(second, codes[0]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/admission/reviews")).StatusCode);

        var third = app.CreateClient();
        await app.SignInAsync(third, "township");
        var reused = await SecondStepAsync(third, codes[0]);
        Assert.Contains("login-error", await reused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await third.GetAsync("/admission/reviews")).StatusCode);
    }

    [Fact]
    public async Task OptionalRole_MayEnrol_AndAnAdministratorResetsIt_Audited_EndingItsSessions()
    {
        var reviewer = await app.SignedInClientAsync("jointreview");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/admission/reviews")).StatusCode);
        await EnrolAsync(reviewer);
        var id = await app.WithScopeAsync<AppDbContext, string>(db => db.Users.Where(u => u.UserName == "jointreview").Select(u => u.Id).SingleAsync());
        Assert.True(await app.WithScopeAsync<AppDbContext, bool>(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var admin = await app.SignedInClientAsync("admin");
        await EnrolAsync(admin);
        var done = await TestApp.PostFormAsync(admin, $"/admin/users/{id}", "reset-2fa");

        Assert.NotNull(done.QuerySelector(".alert-success"));
        Assert.False(await app.WithScopeAsync<AppDbContext, bool>(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await AuditedAsync("admin", "user.2fa.reset", "jointreview"));
        var after = await reviewer.GetAsync("/admission/reviews");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString);
    }
}

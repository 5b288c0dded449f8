using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests;

public abstract class SignInTests<TApp>(TApp app) where TApp : TestApp
{
    [Fact]
    public async Task SignIn_RedirectsHomeAndShowsName_WhenPasswordIsRight()
    {
        var client = app.CreateClient();

        var response = await app.SignInAsync(client, "township");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(app.BaseAddress, "/"), new Uri(app.BaseAddress, response.Headers.Location!));
        var home = await client.GetStringAsync("/");
        Assert.Contains("石桥镇审核人 张伟", home);
    }

    [Fact]
    public async Task SignIn_ShowsClearMessage_WhenPasswordIsWrong()
    {
        var client = app.CreateClient();

        var response = await app.SignInAsync(client, "submitter", "Wrong@Password1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("用户名或密码不正确，或账号暂时不能登录。", doc.QuerySelector("#login-error")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_LocksAccountForStrangers_AfterFiveWrongPasswords_WithTheSameAnswer()
    {
        var userName = $"lock{Guid.NewGuid():N}"[..12];
        var created = await app.WithScopeAsync<UserService, string>(users =>
            users.CreateAsync(new NewUser(userName, "锁定测试", "Right@Pass123", AppRoles.Supervisor, "990100000000"), Actor.SystemAdministrator("test")));
        Assert.NotEmpty(created);
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await app.SignInAsync(client, userName, "Wrong@Pass123");
        }
        var response = await app.SignInAsync(client, userName, "Right@Pass123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("用户名或密码不正确，或账号暂时不能登录。", doc.QuerySelector("#login-error")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_IgnoresForeignReturnUrl()
    {
        var client = app.CreateClient();
        var form = await TestApp.FormFieldsAsync(client, "/account/login?ReturnUrl=//evil.example/x", "login");
        form["Input.UserName"] = "township";
        form["Input.Password"] = TaskAdmission.Application.Seeding.DemoUsers.Password;

        var response = await client.PostAsync("/account/login?ReturnUrl=//evil.example/x", new FormUrlEncodedContent(form));

        // The redirect stays on this site.
        Assert.Equal(new Uri(app.BaseAddress, "/"), new Uri(app.BaseAddress, response.Headers.Location!));
    }

    [Fact]
    public async Task SignOut_EndsSession()
    {
        var client = await app.SignedInClientAsync("village");
        var form = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/account/logout']");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(form));

        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}

public sealed class SqliteSignInTests(SqliteTestApp app) : SignInTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresSignInTests(PostgresTestApp app) : SignInTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

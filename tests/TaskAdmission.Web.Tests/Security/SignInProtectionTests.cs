using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>The app with small sign-in limits, so throttling shows within a test.</summary>
public sealed class ThrottledTestApp() : TestApp(Application.Persistence.DatabaseProvider.Sqlite)
{
    protected override IEnumerable<string> ExtraArgs => ["--Account:FailuresPerUserName=6", "--Account:FailuresPerAddress=1000"];
}

/// <summary>
/// What the sign-in form tells an outsider: the same answer, in about the same time, for an unknown user, a locked
/// account and a wrong password; throttling per user name with Retry-After; and a user's own browser still gets in
/// while strangers' failures have locked the account.
/// </summary>
public sealed class SignInProtectionTests(ThrottledTestApp app) : IClassFixture<ThrottledTestApp>
{
    private const string Right = SignInProbe.Right;
    private readonly SignInProbe probe = new(app);

    private Task<string> NewUserAsync(bool locked = false) => probe.NewUserAsync(locked);

    private static Task<(HttpStatusCode Status, string? Message, TimeSpan Took, HttpResponseMessage Response)> AttemptAsync(HttpClient client, string user, string password) =>
        SignInProbe.AttemptAsync(client, user, password);

    [Fact]
    public async Task Failures_ForOneUserName_AreThrottledWithRetryAfter_EvenForTheRightPassword()
    {
        var user = await NewUserAsync();
        var stranger = app.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AttemptAsync(stranger, user, "Wrong@Pass123")).Status);
        }

        var throttled = await AttemptAsync(stranger, user, Right);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.Status);
        Assert.True(throttled.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        Assert.StartsWith("登录失败次数过多", throttled.Message);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/")).StatusCode);
        var unknown = $"nobody{Guid.NewGuid():N}";
        for (var i = 0; i < 6; i++)
        {
            await AttemptAsync(stranger, unknown, "x");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await AttemptAsync(stranger, unknown, "x")).Status);
    }

    [Fact]
    public async Task OwnBrowser_StillSignsIn_WhileStrangersHaveLockedTheAccount()
    {
        var user = await NewUserAsync();
        var own = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync(own, user, Right)).Status);
        var form = await TestApp.HiddenFieldsAsync(own, "/", "form[action='/account/logout']");
        await own.PostAsync("/account/logout", new FormUrlEncodedContent(form));

        // A stranger's five failures lock the account (Identity's lockout), still under the user-name limit.
        var stranger = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await AttemptAsync(stranger, user, "Wrong@Pass123");
        }
        var lockedOut = await app.WithScopeAsync<UserManager<AppUser>, bool>(async users => await users.IsLockedOutAsync((await users.FindByNameAsync(user))!));
        var newcomer = await AttemptAsync(app.CreateClient(), user, Right);

        Assert.True(lockedOut);
        Assert.Equal(HttpStatusCode.OK, newcomer.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync(own, user, Right)).Status);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsEveryCopyOfTheCookieAtOnce_AndNeedsTheAntiforgeryToken()
    {
        var user = await NewUserAsync();
        var jar = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        await AttemptAsync(client, user, Right);
        // Someone who copied the session cookie (a shared computer, a stolen backup of the browser profile).
        var stolen = new CookieContainer();
        stolen.Add(jar.GetAllCookies());
        var copy = new HttpClient(new HttpClientHandler { CookieContainer = stolen, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var form = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/account/logout']");
        await client.PostAsync("/account/logout", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
    }
}

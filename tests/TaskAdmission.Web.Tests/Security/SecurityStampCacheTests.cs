using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>
/// On PostgreSQL the sign-in cookie check keeps the stamps it read (SecurityStampCache); a stamp changed by this node
/// (sign-out) or by another (a direct UPDATE from another connection, as another node's write arrives) still ends every
/// copy of the old cookie — at once here, with the notification for the other.
/// </summary>
public sealed class SecurityStampCacheTests(SecurityStampCacheTests.App app) : IClassFixture<SecurityStampCacheTests.App>
{
    public sealed class App() : TestApp(DatabaseProvider.Postgres);

    private readonly SignInProbe probe = new(app);

    private async Task<(HttpClient Client, HttpClient Copy)> SignedInAsync(string user)
    {
        var jar = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.Redirect, (await SignInProbe.AttemptAsync(client, user, SignInProbe.Right)).Status);
        var stolen = new CookieContainer();
        stolen.Add(jar.GetAllCookies());
        var copy = new HttpClient(new HttpClientHandler { CookieContainer = stolen, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        // Twice: the second answer comes from the cached stamp while the listener is live.
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/me")).StatusCode);
        var id = await app.WithScopeAsync<AppDbContext, string>(db => db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync());
        Assert.NotNull(app.Services.GetRequiredService<SecurityStampCache>().Find(id));
        return (client, copy);
    }

    [Fact]
    public async Task SignOut_OnThisNode_EndsACopyOfTheCookieAtOnce_WhileTheStampIsCached()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the listener never went live: nothing would be cached");
        var (client, copy) = await SignedInAsync(await probe.NewUserAsync());

        var form = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/account/logout']");
        await client.PostAsync("/account/logout", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task StampChangedByAnotherNode_EndsACopyOfTheCookie_WhenItsNotificationArrives()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the listener never went live: nothing would be cached");
        var user = await probe.NewUserAsync();
        var (_, copy) = await SignedInAsync(user);
        var generation = cache.Generation(VillageInboxCache.UsersChanged);

        var connectionString = await app.WithScopeAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using (var other = new NpgsqlConnection(connectionString))
        {
            await other.OpenAsync();
            await using var update = new NpgsqlCommand("""UPDATE "AspNetUsers" SET "SecurityStamp" = 'CHANGED-ELSEWHERE' WHERE "UserName" = @name""", other);
            update.Parameters.AddWithValue("name", user);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.Generation(VillageInboxCache.UsersChanged) != generation)), "no 'users' notification arrived");
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ScopeChangedByAnAdministrator_EndsTheUsersCookieAtOnce_AndTheNewSignInCarriesTheNewScope()
    {
        // Identity's own revalidation runs only every 30 minutes: a moved supervisor must not keep the old district's view
        // until then. The reassignment rotates the stamp, which the per-request check sees at once.
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the listener never went live: nothing would be cached");
        var user = await probe.NewUserAsync();
        var (client, copy) = await SignedInAsync(user);
        var id = await app.WithScopeAsync<AppDbContext, string>(db => db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync());

        await app.WithScopeAsync<UserService, int>(async users =>
        {
            await users.AssignAsync(id, AppRoles.Supervisor, "990100100000", Actor.SystemAdministrator("test"));
            return 0;
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
        var again = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.Redirect, (await SignInProbe.AttemptAsync(again, user, SignInProbe.Right)).Status);
        var me = await again.GetStringAsync("/api/v1/me");
        Assert.Contains("990100100000", me);
    }
}

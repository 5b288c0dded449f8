using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Web.Tests.Hosting;

/// <summary>The app with <c>Observability:ServerTiming</c> on, as the Monday benchmark runs it.</summary>
public sealed class ServerTimingTestApp() : TestApp(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<string> ExtraArgs => ["--Observability:ServerTiming=true"];
}

/// <summary>
/// Where a village's inbox read spent its time is told to whoever diagnoses a latency tail only when an operator turned
/// it on: with <c>Observability:ServerTiming</c> each answer says, in its Server-Timing header, the inbox path's phases
/// and the database's share; without it (the default) nothing about the server's inner timing leaves it.
/// </summary>
public sealed class ServerTimingTests(ServerTimingTestApp timed, SqliteTestApp plain) : IClassFixture<ServerTimingTestApp>, IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task InboxRead_SaysWhereItsTimeWent_WhenTurnedOn()
    {
        var village = await timed.SignedInClientAsync("village");
        using var response = await village.GetAsync(VillageInbox.Path);
        response.EnsureSuccessStatusCode();

        Assert.True(response.Headers.TryGetValues("Server-Timing", out var values), "no Server-Timing header with ServerTiming on");
        var header = string.Join(", ", values);
        // SQLite never caches an inbox, so this read went through every phase of a miss, to the database and back.
        foreach (var phase in new[] { "auth-stamp;dur=", "cache;dur=", "rows;dur=", "judge;dur=", "render;dur=", "db-exec;dur=", "gc;dur=", "app;dur=" })
        {
            Assert.Contains(phase, header);
        }
    }

    [Fact]
    public async Task InboxRead_TellsNothingOfTheServersTiming_ByDefault()
    {
        var village = await plain.SignedInClientAsync("village");
        using var response = await village.GetAsync(VillageInbox.Path);
        response.EnsureSuccessStatusCode();

        Assert.False(response.Headers.Contains("Server-Timing"));
    }

    [Fact]
    public async Task DatabaseShare_IsMeasuredOnlyWhenTurnedOn()
    {
        // Off, no command of the app passes through the timing interceptor at all (not just a no-op look-up per command).
        Assert.True(await HasTimingInterceptorAsync(timed.Services));
        Assert.False(await HasTimingInterceptorAsync(plain.Services));
    }

    private static async Task<bool> HasTimingInterceptorAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();
        return core?.Interceptors?.Any(i => i is RequestTimingInterceptor) == true;
    }
}

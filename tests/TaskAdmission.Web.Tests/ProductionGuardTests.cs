using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Web.Hosting;

namespace TaskAdmission.Web.Tests;

/// <summary>Demo accounts with a published password must never serve real users.</summary>
public sealed class ProductionGuardTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "prodguard");

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task InitializeAsync(string environment, bool demo, Func<AppDbContext, Task>? inspect = null)
    {
        await using var app = TaskAdmissionApp.Build(
        [
            $"--environment={environment}", $"--Demo:Enabled={demo}", "--Logging:LogLevel:Default=Warning",
            $"--ConnectionStrings:Default={database.ConnectionString}",
        ]);
        await app.InitializeDatabaseAsync();
        if (inspect is not null)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await inspect(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
    }

    [Fact]
    public async Task Production_RefusesToStart_WhenDemoUsersExist()
    {
        await InitializeAsync("Development", demo: true);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => InitializeAsync("Production", demo: false));

        Assert.Contains("Demo users exist", ex.Message);
    }

    [Fact]
    public async Task Production_RefusesDemoMode()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => InitializeAsync("Production", demo: true));

        Assert.Contains("Demo:Enabled must be false", ex.Message);
    }

    [Fact]
    public async Task Production_Starts_WhenNoDemoUsers()
    {
        // What an operator finds after the first start: the schema in place, and no account anyone could guess.
        await InitializeAsync("Production", demo: false, async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(await db.Users.AnyAsync());
        });
    }
}

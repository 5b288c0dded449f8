using Npgsql;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Tests;

/// <summary>The app's PostgreSQL connection policy, and that an operator's explicit setting wins over it.</summary>
public sealed class ConnectionPolicyTests
{
    private static NpgsqlConnectionStringBuilder Resolve(string connectionString) =>
        new(ApplicationServiceCollectionExtensions.ResolveConnectionString(
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }, AppContext.BaseDirectory));

    [Fact]
    public void Postgres_PreparesHotStatements_AndSkipsThePoolResetByDefault()
    {
        var resolved = Resolve("Host=db.example;Database=ta;Username=app");

        Assert.Equal(50, resolved.MaxAutoPrepare);
        Assert.True(resolved.NoResetOnClose);
        Assert.Equal(("db.example", "ta", "app"), (resolved.Host, resolved.Database, resolved.Username));
    }

    [Fact]
    public void Postgres_KeepsAWarmFloorOfConnections_OpenedAtStart()
    {
        var resolved = Resolve("Host=db.example;Database=ta;Username=app");

        Assert.Equal(ApplicationServiceCollectionExtensions.DefaultMinPoolSize, resolved.MinPoolSize);
        Assert.NotNull(TaskAdmission.Application.Hosting.ConnectionWarmup.For(resolved.ConnectionString));
        // Never above half the ceiling an operator gave: the warm-up holds the floor at once, and requests must still
        // find connections meanwhile (Npgsql refuses a floor over the maximum anyway).
        Assert.Equal(2, Resolve("Host=db.example;Maximum Pool Size=4").MinPoolSize);
        Assert.Equal(1, Resolve("Host=db.example;Maximum Pool Size=1").MinPoolSize);
    }

    [Theory]
    [InlineData("Host=db.example;Minimum Pool Size=0", 0)]
    [InlineData("Host=db.example;MinPoolSize=0", 0)]
    [InlineData("Host=db.example;Minimum Pool Size=3", 3)]
    public void Postgres_KeepsTheOperatorsFloor(string connectionString, int floor)
    {
        var resolved = Resolve(connectionString);

        Assert.Equal(floor, resolved.MinPoolSize);
        Assert.Equal(floor > 0, TaskAdmission.Application.Hosting.ConnectionWarmup.For(resolved.ConnectionString) is not null);
    }

    /// <summary>
    /// The suite's budget: every test host has its own database, so its own pool, on the one server of the run
    /// (max_connections=300). With the app's floor each would keep ten connections open for good; the test databases
    /// ask for none, so an idle test pool shrinks away and no host warms one up.
    /// </summary>
    [Fact]
    public async Task TestDatabases_AskForNoFloor_SoTheSuiteStaysWithinTheSharedServersConnections()
    {
        await using var database = await TaskAdmission.Testing.TestDatabase.CreateAsync(DatabaseProvider.Postgres, "connpolicy");

        var resolved = Resolve(database.ConnectionString);

        Assert.Equal(0, resolved.MinPoolSize);
        Assert.Equal(20, resolved.MaxPoolSize);
        Assert.Null(TaskAdmission.Application.Hosting.ConnectionWarmup.For(resolved.ConnectionString));
    }

    [Theory]
    [InlineData("Host=db.example;Database=ta;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db.example;Database=ta;NoResetOnClose=false;MaxAutoPrepare=0")]
    public void Postgres_KeepsTheOperatorsOwnSettings(string connectionString)
    {
        var resolved = Resolve(connectionString);

        Assert.False(resolved.NoResetOnClose);
        Assert.Equal(0, resolved.MaxAutoPrepare);
    }

    [Fact]
    public void Postgres_WithoutConnectionString_IsRefusedInBothLanguages()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(" "));

        Assert.Contains("ConnectionStrings:Default", error.Message);
        Assert.Contains("未配置连接字符串", error.Message);
    }
}

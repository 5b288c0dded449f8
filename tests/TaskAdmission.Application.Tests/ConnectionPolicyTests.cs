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

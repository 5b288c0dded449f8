using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

/// <summary>
/// Issue 20: with a warm floor (the app's default on PostgreSQL), every physical connection the pool opens — also the
/// ones a burst opens later — has the village inbox's statement prepared before its first request, on the real
/// PostgreSQL of the run; before the tables exist, opening a connection still works.
/// </summary>
public sealed class ConnectionWarmerTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "connwarm");

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>The app's services on the test database with a pool of its own (its name tells PostgreSQL and Npgsql apart).</summary>
    private IHost Build(int floor, string name)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MinPoolSize = floor, MaxPoolSize = 4, ApplicationName = name };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection([new("Burden:DemoWork", "false"), new("Admission:WarmPrecheckAtStart", "false")]);
        builder.Services.AddTaskAdmissionApplication(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection.ConnectionString }, AppContext.BaseDirectory);
        builder.Services.AddTaskAdmissionUserStores();
        builder.Services.AddTaskAdmissionWorkflows();
        return builder.Build();
    }

    private static async Task<List<string>> PreparedOnOwnConnectionAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        return await PreparedAsync(db);
    }

    /// <summary>The village inbox's statement: its open assignments of one village (EF Core quotes only mixed-case names).</summary>
    private static bool IsInboxStatement(string sql) =>
        sql.Contains("FROM assignments AS a", StringComparison.Ordinal) && sql.Contains("a.\"VillageCode\" = $1", StringComparison.Ordinal);

    /// <summary>The statements prepared on the context's open connection (its PostgreSQL backend's own).</summary>
    private static async Task<List<string>> PreparedAsync(AppDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT statement FROM pg_prepared_statements";
        var statements = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statements.Add(reader.GetString(0));
        }
        return statements;
    }

    /// <summary>Open backends of this database under a pool's application name, counted on an unpooled connection.</summary>
    private async Task<long> BackendsAsync(string name)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false };
        await using var admin = new NpgsqlConnection(unpooled.ConnectionString);
        await admin.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @n", admin);
        count.Parameters.AddWithValue("n", name);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task EveryNewConnection_HasTheInboxStatementPrepared_AndOpensBeforeTheTablesExist()
    {
        // Before the migrations: the warm-up's statement fails on the missing tables, and the connection still opens.
        using (var early = Build(floor: 1, "warm-early"))
        {
            Assert.Empty(await PreparedOnOwnConnectionAsync(early.Services));
            using var migrate = early.Services.CreateScope();
            await migrate.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true, isProduction: false);
        }

        // Without a floor (the suite's own pools): nothing warms a connection.
        using (var cold = Build(floor: 0, "warm-none"))
        {
            Assert.Null(cold.Services.GetService<PhysicalConnectionWarmer>());
            Assert.DoesNotContain(await PreparedOnOwnConnectionAsync(cold.Services), IsInboxStatement);
        }

        // With a floor: the warm-up opens it as separate backends at start, each prepared as it opens.
        using var warm = Build(floor: 2, "warm-app");
        var warmup = warm.Services.GetServices<IHostedService>().OfType<ConnectionWarmup>().Single();
        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;
        // Each connection had the statement prepared and run once.
        Assert.Equal((2, 2), warmup.Done);
        Assert.True(await BackendsAsync("warm-app") >= 2);

        // A burst past the floor opens a third connection: it too holds the inbox statement prepared before its first use.
        var scopes = Enumerable.Range(0, 3).Select(_ => warm.Services.CreateAsyncScope()).ToList();
        try
        {
            foreach (var scope in scopes)
            {
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync();
            }
            Assert.True(await BackendsAsync("warm-app") >= 3);
            foreach (var scope in scopes)
            {
                var prepared = await PreparedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
                Assert.Contains(prepared, IsInboxStatement);
            }
            // The app's own inbox reads on such a connection run that statement: past Npgsql's own preparation
            // threshold (5 uses), the backend still holds the inbox statement once, not a second copy of its own.
            var reads = scopes[2].ServiceProvider.GetRequiredService<AppDbContext>();
            for (var use = 0; use < 7; use++)
            {
                await AssignmentQueries.OpenRowsAsync(reads, "-", CancellationToken.None, new Dictionary<string, string>());
            }
            Assert.Single(await PreparedAsync(reads), IsInboxStatement);
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
        Assert.Equal(3, warm.Services.GetRequiredService<PhysicalConnectionWarmer>().Statements);
    }
}

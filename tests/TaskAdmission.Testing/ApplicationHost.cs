using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows;
using Xunit;

namespace TaskAdmission.Testing;

/// <summary>
/// The Application layer without the web host, for Application tests: its use cases, the workflow engine over the
/// app database and Application's own hosted services (the inbox listener, village checks, notification delivery),
/// on a fresh database of the given provider with the demo data. No Kestrel, no pages, no HTTP — tests of pages and
/// the API use <see cref="TestApp"/>. Share one per test class (IClassFixture).
/// </summary>
public class ApplicationHost(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;
    private IHost? host;

    public DatabaseProvider Provider => provider;

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>Runs <paramref name="use"/> in a new DI scope, as one request or one worker poll would.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="use"/> on one service of a new DI scope (a use case, the DbContext).</summary>
    public Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull =>
        WithScopeAsync(services => use(services.GetRequiredService<TService>()));

    /// <summary>Settings a derived fixture wants (e.g. <c>Admission:JointReviewRatios:…</c>), as configuration keys.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Services a derived fixture registers first (e.g. a fake clock), before the Application's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, GetType().Name.ToLowerInvariant());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Tests make their own work (as TestApp): the Development settings would seed 青山区's demo burden.
        // Nor do they warm the pre-check at start (a fixture that tests the warm-up turns it on in its Settings).
        builder.Configuration.AddInMemoryCollection([new("Burden:DemoWork", "false"), new("Admission:WarmPrecheckAtStart", "false")]);
        builder.Configuration.AddInMemoryCollection(Settings);
        ConfigureServices(builder.Services);
        builder.Services.AddTaskAdmissionApplication(new DatabaseOptions { Provider = provider, ConnectionString = database.ConnectionString }, AppContext.BaseDirectory);
        builder.Services.AddTaskAdmissionUserStores();
        builder.Services.AddTaskAdmissionWorkflows();
        host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true, isProduction: false);
        }

        await host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

/// <summary>The Application layer on SQLite.</summary>
public sealed class SqliteApplicationHost() : ApplicationHost(DatabaseProvider.Sqlite);

/// <summary>The Application layer on the run's throw-away PostgreSQL.</summary>
public sealed class PostgresApplicationHost() : ApplicationHost(DatabaseProvider.Postgres);

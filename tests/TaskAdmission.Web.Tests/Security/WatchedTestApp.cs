using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>The app with its error log kept for the test to read.</summary>
public abstract class WatchedTestApp(DatabaseProvider provider) : TestApp(provider)
{
    public ErrorLog Log { get; } = new();

    protected override void Configure(WebApplicationBuilder builder) => builder.Logging.AddProvider(Log);
}

public sealed class SqliteWatchedTestApp() : WatchedTestApp(DatabaseProvider.Sqlite);

public sealed class PostgresWatchedTestApp() : WatchedTestApp(DatabaseProvider.Postgres);

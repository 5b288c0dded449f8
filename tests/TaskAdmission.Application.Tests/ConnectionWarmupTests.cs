using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

/// <summary>
/// The pool's warm floor is open before the first request: the warm-up holds that many connections at once (so they
/// are distinct PostgreSQL backends, not one connection reused) and runs the inbox statement on each.
/// </summary>
public sealed class ConnectionWarmupTests(PostgresApplicationHost host) : IClassFixture<PostgresApplicationHost>
{
    [Fact]
    public async Task Warmup_OpensTheFloorAsSeparateBackends_AndRunsTheInboxStatementOnEach()
    {
        var database = await host.WithScopeAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetDbConnection().Database));
        var warmup = new ConnectionWarmup(host.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<ConnectionWarmup>.Instance, floor: 4, autoPrepareMinUsages: 5);

        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;

        // Each connection ran the statement until Npgsql prepares it (5 uses) and once more, prepared.
        Assert.Equal((4, 4 * 6), warmup.Done);
        // Back in the pool, the four are still open backends of this database (idle ones are pruned only after minutes).
        // Unpooled, so it is not one of the four it counts.
        var unpooled = new NpgsqlConnectionStringBuilder(await host.WithScopeAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!))) { Pooling = false };
        await using var admin = new NpgsqlConnection(unpooled.ConnectionString);
        await admin.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @d AND pid <> pg_backend_pid()", admin);
        count.Parameters.AddWithValue("d", database);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 4);
    }
}

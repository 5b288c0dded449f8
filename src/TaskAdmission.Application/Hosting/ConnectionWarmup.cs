using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// Opens the connection pool's floor (<c>Minimum Pool Size</c>, see
/// <see cref="ApplicationServiceCollectionExtensions.ResolveConnectionString"/>) once at start, all at the same time;
/// each new connection has the village inbox's statement prepared by <see cref="PhysicalConnectionWarmer"/>.
/// </summary>
/// <remarks>
/// Why (issue 20): Npgsql opens a physical connection only when every pooled one is busy, and keeps the floor open
/// but never opens it by itself. So the first burst at a rate never met before paid for new PostgreSQL backends —
/// a process start, cold catalog caches, and every hot statement parsed, planned and (after
/// <c>Auto Prepare Min Usages</c> uses on that connection) prepared again. In the quiet ramp of session 10 that was the
/// inbox's failed step: connections in use 2–5 → 14, the slowest reads spending 25–44 ms opening one. Opened here, the
/// floor is ready before the first request, and Npgsql does not prune it when idle. Connections opened later under load
/// are prepared by the same initializer when they open (session 35).
/// Failures are logged and forgotten: the app works without a warm pool, as it did before.
/// </remarks>
public sealed class ConnectionWarmup(IServiceScopeFactory scopes, ILogger<ConnectionWarmup> logger, int floor, PhysicalConnectionWarmer warmer) : BackgroundService
{
    /// <summary>
    /// The warm-up for a resolved PostgreSQL connection string, or null when it asks for no floor (unpooled, or
    /// <c>Minimum Pool Size=0</c>, as the test suite's are: its hosts share one server).
    /// </summary>
    internal static Func<IServiceProvider, ConnectionWarmup>? For(string resolvedConnectionString)
    {
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(resolvedConnectionString);
        if (!HasWarmFloor(pg))
        {
            return null;
        }
        return sp => new ConnectionWarmup(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<ConnectionWarmup>>(),
            // An operator's floor may equal the ceiling; the warm-up holds what it opens all at once, so it opens at most
            // half the pool and leaves the rest of the floor to Npgsql (which keeps what it opens under load).
            Math.Min(pg.MinPoolSize, Math.Max(1, pg.MaxPoolSize / 2)), sp.GetRequiredService<PhysicalConnectionWarmer>());
    }

    /// <summary>The initializer for every new physical connection where <see cref="For"/> gives a warm-up, else null.</summary>
    internal static PhysicalConnectionWarmer? WarmerFor(string resolvedConnectionString)
    {
        return HasWarmFloor(new Npgsql.NpgsqlConnectionStringBuilder(resolvedConnectionString)) ? new PhysicalConnectionWarmer() : null;
    }

    /// <summary>A pooled connection string with a floor: the app's default on PostgreSQL, not the test suite's.</summary>
    private static bool HasWarmFloor(Npgsql.NpgsqlConnectionStringBuilder pg) => pg.Pooling && pg.MinPoolSize > 0;

    /// <summary>The connections this warm-up held open at once, and the inbox statements run on new connections by then (for tests and logs).</summary>
    public (int Connections, int Statements) Done { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = Environment.TickCount64;
            // Each scope's context holds its own connection open until every one is open, so the pool cannot hand the
            // same physical connection to two of them: the floor is opened, not one connection the floor times. Each
            // opens through the pool's initializer, which prepares the inbox statement on it.
            var held = new List<AsyncServiceScope>(floor);
            try
            {
                for (var i = 0; i < floor; i++)
                {
                    var scope = scopes.CreateAsyncScope();
                    held.Add(scope);
                    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(stoppingToken);
                }
                Done = (held.Count, warmer.Statements);
            }
            finally
            {
                foreach (var scope in held)
                {
                    await scope.DisposeAsync();
                }
            }
            logger.LogInformation("Connection pool warmed: {Connections} connections opened, the inbox statement run {Statements} times, in {Ms} ms.",
                Done.Connections, Done.Statements, Environment.TickCount64 - started);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped first.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Connection pool warm-up failed; connections will be opened on demand.");
        }
    }
}

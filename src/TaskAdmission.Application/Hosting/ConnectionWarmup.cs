using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// Opens the connection pool's floor (<c>Minimum Pool Size</c>, see
/// <see cref="ApplicationServiceCollectionExtensions.ResolveConnectionString"/>) once at start, all at the same time,
/// and runs the village inbox's statement on each until Npgsql prepares it there.
/// </summary>
/// <remarks>
/// Why (issue 20): Npgsql opens a physical connection only when every pooled one is busy, and keeps the floor open
/// but never opens it by itself. So the first burst at a rate never met before paid for new PostgreSQL backends —
/// a process start, cold catalog caches, and every hot statement parsed, planned and (after
/// <c>Auto Prepare Min Usages</c> uses on that connection) prepared again. In the quiet ramp of session 10 that was the
/// inbox's failed step: connections in use 2–5 → 14, the slowest reads spending 25–44 ms opening one. Opened here, the
/// floor is ready before the first request, and Npgsql does not prune it when idle.
/// Failures are logged and forgotten: the app works without a warm pool, as it did before.
/// </remarks>
public sealed class ConnectionWarmup(IServiceScopeFactory scopes, ILogger<ConnectionWarmup> logger, int floor, int autoPrepareMinUsages) : BackgroundService
{
    /// <summary>
    /// The warm-up for a resolved PostgreSQL connection string, or null when it asks for no floor (unpooled, or
    /// <c>Minimum Pool Size=0</c>, as the test suite's are: its hosts share one server).
    /// </summary>
    internal static Func<IServiceProvider, ConnectionWarmup>? For(string resolvedConnectionString)
    {
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(resolvedConnectionString);
        if (!pg.Pooling || pg.MinPoolSize == 0)
        {
            return null;
        }
        return sp => new ConnectionWarmup(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<ConnectionWarmup>>(),
            // An operator's floor may equal the ceiling; the warm-up holds what it opens all at once, so it opens at most
            // half the pool and leaves the rest of the floor to Npgsql (which keeps what it opens under load).
            Math.Min(pg.MinPoolSize, Math.Max(1, pg.MaxPoolSize / 2)), pg.AutoPrepareMinUsages);
    }

    private static readonly IReadOnlyDictionary<string, string> NoNames = new Dictionary<string, string>();

    /// <summary>The connections this warm-up held open at once, and the inbox statements it ran (for tests and logs).</summary>
    public (int Connections, int Statements) Done { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = Environment.TickCount64;
            string? village = null;
            // Each scope's context holds its own connection open until every one is open, so the pool cannot hand the
            // same physical connection to two of them: the floor is opened, not one connection the floor times.
            var held = new List<AsyncServiceScope>(floor);
            try
            {
                for (var i = 0; i < floor; i++)
                {
                    var scope = scopes.CreateAsyncScope();
                    held.Add(scope);
                    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(stoppingToken);
                }
                // A real village, so PostgreSQL's first plans of the prepared statement are those of a real read (its
                // choice between a custom and a generic plan starts from them); "-" matches nothing when there is none.
                village = await held[0].ServiceProvider.GetRequiredService<AppDbContext>().Assignments.AsNoTracking()
                    .Select(a => a.VillageCode).FirstOrDefaultAsync(stoppingToken) ?? "-";
                var statements = 0;
                foreach (var scope in held)
                {
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    // Npgsql prepares a statement after Auto Prepare Min Usages uses on a connection (5 by default); one
                    // more use runs it prepared. The statement a live cache's miss sends leaves the deciding units' names
                    // out (DecidingUnitNames): given none here, the rows' units are looked up after them (the warm-up's
                    // village is read, not shown).
                    for (var use = 0; use <= autoPrepareMinUsages; use++)
                    {
                        await AssignmentQueries.OpenRowsAsync(db, village, stoppingToken, NoNames);
                        statements++;
                    }
                }
                Done = (held.Count, statements);
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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TaskAdmission.Data.Villages.Caching;

/// <summary>
/// Keeps <see cref="VillageInboxCache"/> honest on PostgreSQL: LISTENs on <see cref="Channel"/> on a dedicated
/// connection (the triggers of migration VillageInboxNotify send the changed village codes, or "all") and evicts. The
/// cache is live only while this connection is listening and answers its heartbeat; on SQLite it never starts, so
/// nothing is cached there.
/// </summary>
public sealed partial class VillageInboxListener(IServiceScopeFactory scopes, VillageInboxCache cache, ILogger<VillageInboxListener> log) : BackgroundService
{
    public const string Channel = "village_inbox";

    /// <summary>The listener's application_name in pg_stat_activity (operations, and the tests that cut it).</summary>
    public const string ApplicationName = "taskadmission-inbox-listener";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AliveFor = Heartbeat * 3;
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled || await ConnectionStringAsync() is not { } connectionString)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                cache.Disconnected();
                LogLost(ex.Message);
                try { await Task.Delay(Retry, stoppingToken); } catch (OperationCanceledException) { }
            }
            finally
            {
                cache.Disconnected();
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken ct)
    {
        // A dedicated connection, never returned to the pool: its LISTEN must not outlive it on a pooled session.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, e) => Apply(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        // Only now may the cache serve: every commit from here on reaches us, anything earlier is forgotten.
        cache.Connected(AliveFor);
        LogListening();
        await using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = (int)Heartbeat.TotalSeconds };
        while (!ct.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(Heartbeat, ct))
            {
                await ping.ExecuteScalarAsync(ct);
            }
            cache.Alive(AliveFor);
        }
    }

    private void Apply(string payload)
    {
        if (payload == "all")
        {
            cache.EvictAll();
            return;
        }
        cache.Evict(payload.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private async Task<string?> ConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsNpgsql() || db.Database.GetConnectionString() is not { } connectionString)
        {
            return null;
        }
        // Its own physical connection: LISTEN state must not go back to the pool, and a pooled reset would drop it.
        return new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, ApplicationName = ApplicationName, MaxAutoPrepare = 0, Timeout = 5,
        }.ConnectionString;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Village inbox cache: listening for changes")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Village inbox cache: listener connection lost ({Reason}); reads bypass the cache until it reconnects")]
    private partial void LogLost(string reason);
}

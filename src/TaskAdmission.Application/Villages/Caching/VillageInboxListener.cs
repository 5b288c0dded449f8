using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Keeps <see cref="VillageInboxCache"/> honest on PostgreSQL: LISTENs on <see cref="Channel"/> on a dedicated
/// connection (the triggers of migration VillageInboxNotify send the changed village codes, or "all") and evicts. The
/// cache is live only while this connection is listening and answers its heartbeat; on SQLite it never starts, so
/// nothing is cached there. The same channel carries 'org', 'keys', 'lists' and 'fields' for the pre-check path's read caches
/// (<see cref="Admission.OrgDirectoryCache"/>, <see cref="Identity.ApiKeyCache"/>, <see cref="Admission.PrecheckReadCache"/>),
/// and 'users' for the sign-in cookie check's <see cref="Identity.SecurityStampCache"/>, which share this liveness, and
/// 'tasks:' with submission ids for the pre-check's <see cref="Admission.RunningTaskIndex"/>.
/// </summary>
public sealed partial class VillageInboxListener(IServiceScopeFactory scopes, VillageInboxCache cache, ILogger<VillageInboxListener> log) : BackgroundService
{
    public const string Channel = "village_inbox";

    /// <summary>The listener's application_name in pg_stat_activity (operations, and the tests that cut it).</summary>
    public const string ApplicationName = "taskadmission-inbox-listener";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AliveFor = Heartbeat * 3;
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    /// <summary>Triggers created by migrations VillageInboxNotify, ReadCacheSignals, PrecheckCacheSignals, SecurityStampSignal and RunningTaskSignals; the heartbeat requires every one present and ENABLE ALWAYS.</summary>
    public const int TriggerCount = 28;

    private const string PingPrefix = "ping:";
    private string? expectedPing;
    private int missedPings;

    /// <summary>Tests: how many heartbeats went unanswered within their wait since start (a held or lost ping).</summary>
    internal int MissedPings => Volatile.Read(ref missedPings);
    private volatile bool pingArrived;

    /// <summary>A <see cref="CaughtUpAsync"/> barrier's nonce: never a village code, ignored by every other listener.</summary>
    private const string SyncPrefix = "sync:";
    private readonly ConcurrentDictionary<string, TaskCompletionSource> barriers = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled || await AppConnectionStringAsync() is not { } appConnectionString)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(appConnectionString, stoppingToken);
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

    private async Task ListenAsync(string appConnectionString, CancellationToken ct)
    {
        // Its own physical connection, never returned to the pool: its LISTEN must not outlive it on a pooled session,
        // and a pooled reset would drop it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(appConnectionString)
        {
            Pooling = false, ApplicationName = ApplicationName, MaxAutoPrepare = 0, Timeout = 5,
        }.ConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, e) => Deliver(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        // The cache serves only after a heartbeat went all the way round, and keeps serving only while they do.
        var live = false;
        while (!ct.IsCancellationRequested)
        {
            // Pings go out every Heartbeat, counted from the last one sent, whether it came back or not: one that is
            // late or lost (a busy machine, a GC pause) is followed by the next at once, so the cache stops only after
            // AliveFor without a proof — two missed in a row — not after one. (Until session 20 the interval started
            // when the wait for the ping ended: a single miss put the next proof beyond AliveFor and emptied the cache.)
            var sent = Environment.TickCount64;
            var proved = await HeartbeatAsync(connection, appConnectionString, ct);
            if (proved && !live)
            {
                // Every commit from here on reaches us; anything cached before is forgotten.
                cache.Connected(AliveFor);
                LogListening();
            }
            else if (proved)
            {
                cache.Alive(AliveFor);
            }
            else
            {
                Interlocked.Increment(ref missedPings);
            }

            live |= proved;
            cache.Own.Prune(AliveFor);
            // Notifications are handled (Apply) while we wait; the next heartbeat follows a quiet interval or a busy one alike.
            var next = sent + (long)Heartbeat.TotalMilliseconds;
            while (!ct.IsCancellationRequested && Environment.TickCount64 < next)
            {
                await connection.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(1, next - Environment.TickCount64)), ct);
            }
        }
    }

    /// <summary>
    /// Proves the whole notification path, not just this connection: checks that all <see cref="TriggerCount"/>
    /// triggers exist and fire always, then sends a ping through <c>pg_notify</c> from an ordinary pooled connection
    /// (as the app's writes are) and waits for it to arrive here. A silent path (a disabled or dropped trigger, a pooler
    /// that does not carry LISTEN) thus stops the cache within <see cref="AliveFor"/>.
    /// </summary>
    private async Task<bool> HeartbeatAsync(NpgsqlConnection listener, string appConnectionString, CancellationToken ct)
    {
        var nonce = $"{PingPrefix}{Guid.NewGuid():N}";
        Volatile.Write(ref expectedPing, nonce);
        pingArrived = false;
        await using (var sender = new NpgsqlConnection(appConnectionString))
        {
            await sender.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FILTER (WHERE tgenabled = 'A'), pg_notify(@channel, @nonce) IS NULL FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'village_inbox%'",
                sender);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("nonce", nonce);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var enabled = reader.GetInt64(0);
            if (enabled != TriggerCount)
            {
                throw new InvalidOperationException($"{enabled} of the {TriggerCount} village_inbox triggers exist and fire always; the cache cannot trust the notifications");
            }
        }

        var deadline = Environment.TickCount64 + (long)Heartbeat.TotalMilliseconds;
        while (!pingArrived && Environment.TickCount64 < deadline)
        {
            await listener.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(1, deadline - Environment.TickCount64)), ct);
        }

        return pingArrived;
    }

    /// <summary>
    /// A barrier: true once every notification committed before this call has been applied to the cache; false if that
    /// is not seen within <paramref name="bound"/> (the connection lost meanwhile, say: the cache is emptied then anyway).
    /// It commits a <c>pg_notify</c> with a fresh nonce after them and waits until this connection has applied it:
    /// PostgreSQL delivers a listening session's notifications in commit order, and they are applied one at a time in
    /// that order. For tests that keep an entry across steps: a write of this process evicts its villages at its commit,
    /// and its own notification evicts them again a moment later — after a read that kept the entry, as often as not.
    /// </summary>
    internal async Task<bool> CaughtUpAsync(TimeSpan bound, CancellationToken ct = default)
    {
        if (!cache.Enabled || await AppConnectionStringAsync() is not { } appConnectionString)
        {
            return false;
        }
        var nonce = $"{SyncPrefix}{Guid.NewGuid():N}";
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        barriers[nonce] = arrived;
        try
        {
            await using (var sender = new NpgsqlConnection(appConnectionString))
            {
                await sender.OpenAsync(ct);
                await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @nonce)", sender);
                command.Parameters.AddWithValue("channel", Channel);
                command.Parameters.AddWithValue("nonce", nonce);
                await command.ExecuteNonQueryAsync(ct);
            }
            await arrived.Task.WaitAsync(bound, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            barriers.TryRemove(nonce, out _);
        }
    }

    /// <summary>
    /// Applies a notification, or keeps it while <see cref="Hold"/> is in force. One at a time: the connection raises
    /// them in order, and a release applies the kept ones first.
    /// </summary>
    private void Deliver(string payload)
    {
        lock (delivery)
        {
            if (held is { } waiting)
            {
                waiting.Add(payload);
                return;
            }
            Apply(payload);
        }
    }

    private readonly Lock delivery = new();
    private List<string>? held;

    /// <summary>
    /// Tests: until the result is disposed, notifications (pings and barriers too) wait, in order, and are then
    /// applied — as if PostgreSQL delivered them late: what a read between a commit and its notification keeps, and
    /// what a late ping does to the heartbeat.
    /// </summary>
    internal IDisposable Hold()
    {
        lock (delivery)
        {
            held ??= [];
        }
        return new Release(this);
    }

    private sealed class Release(VillageInboxListener listener) : IDisposable
    {
        public void Dispose()
        {
            lock (listener.delivery)
            {
                var waiting = listener.held ?? [];
                listener.held = null;
                foreach (var payload in waiting)
                {
                    listener.Apply(payload);
                }
            }
        }
    }

    /// <summary>
    /// The transaction whose village lists were applied last (their '@' tag), while its notifications may still be
    /// coming: PostgreSQL delivers a transaction's notifications together, so once another transaction's list, a ping
    /// or a barrier (each its own transaction) follows, its record of what its commit evicted (<see cref="OwnCommits"/>)
    /// is done with. Not any untagged payload: its 'tasks:' ids, say, come between its lists.
    /// </summary>
    private ulong? lastTransaction;

    private void Apply(string payload)
    {
        var transaction = payload.StartsWith(TransactionPrefix) ? TransactionOf(payload) : null;
        if (lastTransaction is { } last && last != transaction
            && (transaction is not null || payload.StartsWith(PingPrefix, StringComparison.Ordinal) || payload.StartsWith(SyncPrefix, StringComparison.Ordinal)))
        {
            cache.Own.Applied(last);
            lastTransaction = null;
        }
        if (transaction is { } id)
        {
            lastTransaction = id;
            // A village list of a transaction that wrote rows: those this process's own commit evicted already stay.
            cache.EvictList(payload.AsSpan(payload.IndexOf(',') + 1), cache.Own.Of(id));
            return;
        }
        if (payload.StartsWith(PingPrefix, StringComparison.Ordinal))
        {
            pingArrived |= payload == Volatile.Read(ref expectedPing);
            return;
        }
        if (payload.StartsWith(SyncPrefix, StringComparison.Ordinal))
        {
            if (barriers.TryGetValue(payload, out var arrived))
            {
                arrived.TrySetResult();
            }
            return;
        }
        switch (payload)
        {
            case "all":
                // Sent for a TRUNCATE of submissions or their villages too: every running task may have changed.
                cache.EvictAll();
                cache.Tasks.ChangedAny();
                return;
            case "tasks":
                cache.Tasks.ChangedAny();
                return;
            case "org":
                // Org-unit and department names are on every card; the org tree and department checks read them too.
                cache.EvictAll();
                cache.Signal(VillageInboxCache.OrgChanged);
                return;
            case "keys":
                cache.Signal(VillageInboxCache.KeysChanged);
                return;
            case "lists":
                cache.Signal(VillageInboxCache.ListsChanged);
                return;
            case "fields":
                cache.Signal(VillageInboxCache.FieldsChanged);
                return;
            case "users":
                cache.Signal(VillageInboxCache.UsersChanged);
                return;
        }
        if (payload.StartsWith(TasksPrefix, StringComparison.Ordinal))
        {
            cache.Tasks.Changed(ParseTasks(payload.AsSpan(TasksPrefix.Length)));
            return;
        }
        cache.EvictList(payload);
    }

    /// <summary>
    /// '@', the id of the transaction that wrote the rows and a comma ahead of a list of village codes (migration
    /// InboxNotifyTransaction): the transaction's own node may have evicted them already (<see cref="OwnCommits"/>).
    /// </summary>
    private const char TransactionPrefix = '@';

    /// <summary>The transaction id of an '@' list; null if malformed (then the whole payload is evicted as codes, as before).</summary>
    private static ulong? TransactionOf(string payload)
    {
        var comma = payload.IndexOf(',');
        return comma > 1 && ulong.TryParse(payload.AsSpan(1, comma - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>'tasks:' and submission ids, comma-separated (migration RunningTaskSignals).</summary>
    private const string TasksPrefix = "tasks:";

    private List<Guid> ParseTasks(ReadOnlySpan<char> ids)
    {
        var parsed = new List<Guid>();
        foreach (var range in ids.Split(','))
        {
            if (Guid.TryParse(ids[range].Trim(), out var id))
            {
                parsed.Add(id);
            }
            else
            {
                // Not ours to guess: treat it as "any task changed", which is always safe.
                LogBadTaskId(ids[range].ToString());
                cache.Tasks.ChangedAny();
            }
        }
        return parsed;
    }

    /// <summary>The app's own (pooled) connection string, or null when the database is not PostgreSQL.</summary>
    private async Task<string?> AppConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Database.IsNpgsql() ? db.Database.GetConnectionString() : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running-task index: a 'tasks:' notification named '{Id}', not a submission id; every running task is read again")]
    private partial void LogBadTaskId(string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Village inbox cache: listening for changes")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Village inbox cache: listener connection lost ({Reason}); reads bypass the cache until it reconnects")]
    private partial void LogLost(string reason);
}

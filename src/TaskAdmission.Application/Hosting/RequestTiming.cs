using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskAdmission.Application.Hosting;

/// <summary>
/// Where one request's time went, for diagnosing a latency tail (issue 20): the code on the request's path marks the end
/// of each phase (<see cref="Mark"/>), the database interceptor adds the time spent opening connections (the Npgsql pool's
/// wait included), executing commands and reading their rows, and the request's start/end frame adds the garbage
/// collector's pause time and the process's lock contentions while it ran. The host sends it as a <c>Server-Timing</c>
/// header when <c>Observability:ServerTiming</c> is on; off (the default) nothing is started and every call here is a
/// read of an empty <see cref="AsyncLocal{T}"/>.
/// </summary>
/// <remarks>
/// Phases are wall time between marks, so a phase includes whatever the request waited for inside it: a lock, a pooled
/// connection, a thread-pool thread to continue on, a GC pause. The GC and lock figures are the process's, not the
/// request's own: they say whether the request overlapped a pause or a contended lock, not that it caused one.
/// </remarks>
public sealed class RequestTiming
{
    private static readonly AsyncLocal<RequestTiming?> CurrentTiming = new();

    /// <summary>The timing of the request this code runs for, or null when none is being taken.</summary>
    public static RequestTiming? Current => CurrentTiming.Value;

    /// <summary>Starts timing the current request (its async flow from here on).</summary>
    public static RequestTiming Start() => CurrentTiming.Value = new RequestTiming();

    private readonly long started = Stopwatch.GetTimestamp();
    private readonly TimeSpan gcPauseAtStart = GC.GetTotalPauseDuration();
    private readonly long contentionsAtStart = Monitor.LockContentionCount;
    private readonly int gen0AtStart = GC.CollectionCount(0);
    private readonly List<(string Name, long Ticks)> phases = new(12);
    private long lastMark;
    private long dbOpenedAt;
    private long dbExecutedAt;
    private int dbCommands;

    private RequestTiming() => lastMark = started;

    /// <summary>The time since the previous mark (or the start) belongs to <paramref name="phase"/>.</summary>
    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        lock (phases)
        {
            AddLocked(phase, now - lastMark);
            lastMark = now;
        }
    }

    /// <summary>A measured part inside the phases (e.g. the database's share), reported beside them.</summary>
    public void Add(string part, long ticks)
    {
        lock (phases)
        {
            AddLocked(part, ticks);
        }
    }

    private void AddLocked(string name, long ticks)
    {
        for (var i = 0; i < phases.Count; i++)
        {
            if (phases[i].Name == name)
            {
                phases[i] = (name, phases[i].Ticks + ticks);
                return;
            }
        }
        phases.Add((name, ticks));
    }

    internal void DbOpening() => dbOpenedAt = Stopwatch.GetTimestamp();

    internal void DbOpened() => Add("db-open", Stopwatch.GetTimestamp() - dbOpenedAt);

    internal void DbExecuting() => dbExecutedAt = Stopwatch.GetTimestamp();

    internal void DbExecuted()
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref dbCommands);
        Add("db-exec", now - dbExecutedAt);
        dbExecutedAt = now;
    }

    internal void DbRead() => Add("db-read", Stopwatch.GetTimestamp() - dbExecutedAt);

    /// <summary>
    /// The <c>Server-Timing</c> value: each phase and part in milliseconds, then <c>gc</c> (the process's GC pause time
    /// while the request ran; desc = gen0 collections), <c>locks</c> (the process's lock contentions meanwhile, in desc),
    /// <c>db</c> (commands, in desc) and <c>app</c> (the whole, from the start to this call).
    /// </summary>
    public string Header()
    {
        var now = Stopwatch.GetTimestamp();
        var text = new StringBuilder(256);
        lock (phases)
        {
            foreach (var (name, ticks) in phases)
            {
                Append(text, name, Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds, null);
            }
        }
        Append(text, "gc", (GC.GetTotalPauseDuration() - gcPauseAtStart).TotalMilliseconds, (GC.CollectionCount(0) - gen0AtStart).ToString(CultureInfo.InvariantCulture));
        Append(text, "locks", 0, (Monitor.LockContentionCount - contentionsAtStart).ToString(CultureInfo.InvariantCulture));
        Append(text, "db", 0, Volatile.Read(ref dbCommands).ToString(CultureInfo.InvariantCulture));
        Append(text, "app", Stopwatch.GetElapsedTime(started, now).TotalMilliseconds, null);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, double ms, string? desc)
    {
        if (text.Length > 0) text.Append(", ");
        text.Append(name).Append(";dur=").Append(ms.ToString("0.###", CultureInfo.InvariantCulture));
        if (desc is not null) text.Append(";desc=\"").Append(desc).Append('"');
    }
}

/// <summary>
/// Adds the database's share to the current <see cref="RequestTiming"/>: connection opening (the pool's wait included),
/// command execution up to the first result, and reading the rows. Does nothing when no request is being timed.
/// </summary>
public sealed class RequestTimingInterceptor : IDbConnectionInterceptor, IDbCommandInterceptor
{
    public static readonly RequestTimingInterceptor Instance = new();

    private RequestTimingInterceptor()
    {
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        RequestTiming.Current?.DbOpening();
        return ValueTask.FromResult(result);
    }

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RequestTiming.Current?.DbOpened();
        return Task.CompletedTask;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        RequestTiming.Current?.DbExecuting();
        return ValueTask.FromResult(result);
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        RequestTiming.Current?.DbExecuted();
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        RequestTiming.Current?.DbRead();
        return result;
    }
}

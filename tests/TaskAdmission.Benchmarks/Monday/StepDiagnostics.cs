using System.Globalization;
using Npgsql;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// What the app process and PostgreSQL did during one step of a run, to tell what makes a latency tail: from the app's
/// /metrics (read before and after the step, and the gauges sampled during it) the garbage collections per generation,
/// their total pause and the longest (the <c>taskadmission.gc.pause</c> histogram, on with
/// <c>--Observability:GcPauses=true</c>), the thread pool's queue length and thread count (largest sample), lock
/// contentions, Npgsql's pool (connections in use and requests waiting for one, largest sample); from PostgreSQL the
/// database's commits and rollbacks (pg_stat_database) and the server's WAL records, writes and fsyncs (pg_stat_wal).
/// </summary>
public sealed class StepDiagnostics(HttpClient http, string connectionString, TimeSpan sampleEvery, Func<(TimeSpan App, TimeSpan Pg)>? cpu = null) : IAsyncDisposable
{
    private NpgsqlConnection? connection;

    public sealed record Snapshot(IReadOnlyDictionary<string, double> Metrics, long Commits, long Rollbacks, long WalRecords, long WalWrites, long WalSyncs, long WalBytes,
        TimeSpan AppCpu, TimeSpan PgCpu, TimeSpan HarnessCpu = default, (long Busy, long Idle) Machine = default);

    /// <summary>
    /// The whole machine's busy and idle jiffies (the first line of /proc/stat: every core, every process; idle
    /// includes iowait), or zeros where there is no /proc. Tells whether a step's queue waited for a thread or for a core:
    /// the app's and PostgreSQL's cores leave out the load generator and everything else running.
    /// </summary>
    public static (long Busy, long Idle) MachineJiffies()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
            return (fields.Take(8).Sum() - idle, idle); // user nice system idle iowait irq softirq steal (guest is in user)
        }
        catch (IOException)
        {
            return default;
        }
    }

    /// <summary>The largest values of the gauges sampled during a step.</summary>
    public sealed class Peaks
    {
        public double QueueLength { get; set; }
        public double Threads { get; set; }
        public double ConnectionsUsed { get; set; }
        public double ConnectionsOpen { get; set; }
        public double PendingConnections { get; set; }
        public double Executing { get; set; }
        public int Samples { get; set; }

        internal void Add(IReadOnlyDictionary<string, double> m)
        {
            QueueLength = Math.Max(QueueLength, Sum(m, "dotnet_thread_pool_queue_length"));
            Threads = Math.Max(Threads, Sum(m, "dotnet_thread_pool_thread_count"));
            // Npgsql 10's names (db.client.connection.count by state; pending_requests appears once a request has waited).
            ConnectionsUsed = Math.Max(ConnectionsUsed, Sum(m, "db_client_connection_count", "state=\"used\""));
            ConnectionsOpen = Math.Max(ConnectionsOpen, Sum(m, "db_client_connection_count"));
            PendingConnections = Math.Max(PendingConnections, Sum(m, "db_client_connection_npgsql_pending_requests"));
            Executing = Math.Max(Executing, Sum(m, "db_client_operation_npgsql_executing"));
            Samples++;
        }
    }

    public async Task<Snapshot> TakeAsync()
    {
        var metrics = await ScrapeAsync();
        if (connection is null)
        {
            connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
        }
        await using var command = new NpgsqlCommand(
            """
            SELECT pg_stat_clear_snapshot() IS NULL,
                   (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()),
                   (SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()),
                   wal_records, wal_write, wal_sync, wal_bytes::bigint
            FROM pg_stat_wal
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (app, pg) = cpu?.Invoke() ?? default;
        return new Snapshot(metrics, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), app, pg,
            System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, MachineJiffies());
    }

    /// <summary>Samples the app's gauges every <c>sampleEvery</c> until <paramref name="stop"/> (nothing when it is zero).</summary>
    public async Task<Peaks> SampleAsync(CancellationToken stop)
    {
        var peaks = new Peaks();
        if (sampleEvery <= TimeSpan.Zero)
        {
            return peaks;
        }
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(sampleEvery, stop);
                peaks.Add(await ScrapeAsync());
            }
        }
        catch (OperationCanceledException)
        {
            // The step ended.
        }
        return peaks;
    }

    /// <summary>Runs <paramref name="step"/> with a snapshot before and after it and the gauges sampled during it.</summary>
    public async Task<(T Result, string Line)> AroundAsync<T>(Func<Task<T>> step, TimeSpan? seconds = null)
    {
        var before = await TakeAsync();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var stop = new CancellationTokenSource();
        var sampling = SampleAsync(stop.Token);
        T result;
        try
        {
            result = await step();
        }
        finally
        {
            await stop.CancelAsync();
        }
        var peaks = await sampling;
        var after = await TakeAsync();
        return (result, Line(before, after, peaks, seconds ?? System.Diagnostics.Stopwatch.GetElapsedTime(started)));
    }

    /// <summary>The causes an inbox miss is counted under (VillageInboxCache.MissCause and its lookups).</summary>
    private static readonly string[] MissCauses = ["evicted", "notified", "max_age", "cold", "rendering", "cleared", "not_live", "revalidated_unchanged", "revalidated_changed", "renewed_ahead"];

    /// <summary>Why a write-through fell back to eviction (VillageInboxCache.WriteThrough, InboxWriteThrough).</summary>
    private static readonly string[] WriteThroughReasons = ["no_snapshot", "shown", "tie", "full", "verdict", "columns", "other_write", "raced"];

    public static string Line(Snapshot before, Snapshot after, Peaks peaks, TimeSpan elapsed)
    {
        double D(string name, string? label = null) => Sum(after.Metrics, name, label) - Sum(before.Metrics, name, label);
        var gc = $"gc gen0/1/2 {D("dotnet_gc_collections", "gen0"):0}/{D("dotnet_gc_collections", "gen1"):0}/{D("dotnet_gc_collections", "gen2"):0}";
        var pauseTotal = D("dotnet_gc_pause_time") * 1000;
        var max = MaxPause(before.Metrics, after.Metrics);
        var commits = after.Commits - before.Commits;
        var syncs = after.WalSyncs - before.WalSyncs;
        var pool = peaks.Samples == 0 ? "gauges not sampled, "
            : string.Create(CultureInfo.InvariantCulture, $"thread pool queue max {peaks.QueueLength:0}, threads max {peaks.Threads:0}, ");
        var npgsql = peaks.Samples == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $"npgsql connections in use max {peaks.ConnectionsUsed:0} of {peaks.ConnectionsOpen:0} open, opened in the step {Opened(after.Metrics) - Opened(before.Metrics):0}, waiting max {peaks.PendingConnections:0}, commands executing max {peaks.Executing:0} ({peaks.Samples} samples) | ");
        // The load generator (this process) shares the machine: its cores, and the share of the machine's cores left idle.
        var jiffies = (after.Machine.Busy - before.Machine.Busy) + (after.Machine.Idle - before.Machine.Idle);
        var machine = jiffies <= 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $", load generator {(after.HarnessCpu - before.HarnessCpu) / elapsed:0.00}, machine idle {(after.Machine.Idle - before.Machine.Idle) * 100.0 / jiffies:0} % of {Environment.ProcessorCount} cores");
        var cores = after.AppCpu == TimeSpan.Zero ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $"cores busy app {(after.AppCpu - before.AppCpu) / elapsed:0.00}, PostgreSQL {(after.PgCpu - before.PgCpu) / elapsed:0.00}{machine} | ");
        var perFsync = syncs == 0 ? "-" : (commits / (double)syncs).ToString("0.0", CultureInfo.InvariantCulture);
        // With --Observability:ThreadPoolEvents=true: why the pool added threads, and the locks' wait time.
        var adjustments = after.Metrics.Keys.Any(k => k.StartsWith("taskadmission_threadpool_adjustments", StringComparison.Ordinal))
            ? string.Create(CultureInfo.InvariantCulture,
                $", threads added: starvation {D("taskadmission_threadpool_threads_added", "reason=\"starvation\""):0}, blocking {D("taskadmission_threadpool_threads_added", "reason=\"blocking\""):0}, " +
                $"other {D("taskadmission_threadpool_threads_added") - D("taskadmission_threadpool_threads_added", "reason=\"starvation\"") - D("taskadmission_threadpool_threads_added", "reason=\"blocking\""):0} " +
                $"(adjustments {D("taskadmission_threadpool_adjustments"):0}: starvation {D("taskadmission_threadpool_adjustments", "reason=\"starvation\""):0}, blocking {D("taskadmission_threadpool_adjustments", "reason=\"blocking\""):0})")
            : "";
        var waited = after.Metrics.Keys.Any(k => k.StartsWith("taskadmission_lock_contention_time", StringComparison.Ordinal))
            ? string.Create(CultureInfo.InvariantCulture, $", waited {D("taskadmission_lock_contention_time") * 1000:0.0} ms")
            : "";
        // Inbox misses by cause (what emptied the village's entry: an eviction by a write of this node, a notification of
        // another's, the 60 s backstop, never read), and how many of them awaited a read of the same village already in
        // flight instead of reading.
        var misses = D("taskadmission_inbox_cache_lookups", "result=\"miss\"");
        var causes = string.Join(", ", MissCauses.Select(c => (Cause: c, Count: D("taskadmission_inbox_cache_lookups", $"cause=\"{c}\""))).Where(c => c.Count > 0)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cause} {c.Count:0}")));
        // A dispatch chunk's write-through (Villages:InboxWriteThrough): entries updated in memory, and those it evicted
        // instead, by reason. Derived: misses served from what the entry keeps (another language, or the snapshot a
        // write-through left), no read; the misses that needed a read are the rest.
        var derived = D("taskadmission_inbox_cache_derived");
        var updated = D("taskadmission_inbox_cache_write_through", "result=\"updated\"");
        var fellBack = D("taskadmission_inbox_cache_write_through", "result=\"evicted\"");
        var reasons = string.Join(", ", WriteThroughReasons.Select(r => (Reason: r, Count: D("taskadmission_inbox_cache_write_through", $"reason=\"{r}\""))).Where(r => r.Count > 0)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Reason} {r.Count:0}")));
        var through = updated + fellBack == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $", write-through: updated {updated:0}, evicted {fellBack:0}{(reasons.Length > 0 ? $" ({reasons})" : "")}");
        // Renewed behind: entries due for renewal read again after their reader was served the kept one (InboxRenewals):
        // database reads no reader waited on.
        var inbox = misses == 0 && updated + fellBack == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $"inbox misses {misses:0} ({causes}), joined a read in flight {D("taskadmission_inbox_cache_joined"):0}, derived {derived:0}, needing a read {misses - derived:0}, " +
                $"renewed behind the reader {D("taskadmission_inbox_cache_renewed_behind"):0}{through} | ");
        return string.Create(CultureInfo.InvariantCulture,
            $"{cores}{gc}, pause total {pauseTotal:0.0} ms, max {max}{GcDetail(before.Metrics, after.Metrics)} | {pool}work items {D("dotnet_thread_pool_work_item_count"):0}{adjustments} | " +
            $"lock contentions {D("dotnet_monitor_lock_contentions"):0}{waited} | {inbox}{npgsql}" +
            $"pg commits {commits} ({commits / Math.Max(0.001, elapsed.TotalSeconds):0}/s), rollbacks {after.Rollbacks - before.Rollbacks}, " +
            $"WAL records {after.WalRecords - before.WalRecords}, writes {after.WalWrites - before.WalWrites}, fsyncs {syncs} ({perFsync} commits per fsync), " +
            $"{(after.WalBytes - before.WalBytes) / 1024.0:0} KiB");
    }

    /// <summary>
    /// The longest pause of the step, as the bucket of the pause histogram it fell in ("≤ 5 ms"), or "n/a" when the app
    /// does not serve the histogram.
    /// </summary>
    private static string MaxPause(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after)
    {
        var buckets = after.Keys.Where(k => k.StartsWith("taskadmission_gc_pause", StringComparison.Ordinal) && k.Contains("_bucket{", StringComparison.Ordinal))
            .Select(k => (Key: k, Le: Le(k))).Where(b => b.Le is not null).OrderBy(b => b.Le).ToList();
        if (buckets.Count == 0)
        {
            return "n/a";
        }
        var total = after[buckets[^1].Key] - before.GetValueOrDefault(buckets[^1].Key);
        if (total == 0)
        {
            return "- (no pause)";
        }
        foreach (var (key, le) in buckets)
        {
            if (after[key] - before.GetValueOrDefault(key) >= total)
            {
                return double.IsPositiveInfinity(le!.Value) ? "> 1 s" : string.Create(CultureInfo.InvariantCulture, $"<= {le * 1000:0.#} ms ({total:0} pauses)");
            }
        }
        return "?";
    }

    private static double? Le(string key)
    {
        var at = key.IndexOf("le=\"", StringComparison.Ordinal);
        if (at < 0) return null;
        var value = key[(at + 4)..key.IndexOf('"', at + 4)];
        return value == "+Inf" ? double.PositiveInfinity : double.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step's GC pause time by generation and kind ("gen1 blocking 30.1 ms"), and with the app's
    /// <c>Observability:GcAllocations</c> the sampled allocations: per heap, and the three types allocated most.
    /// </summary>
    private static string GcDetail(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after)
    {
        static string Label(string key, string label)
        {
            var at = key.IndexOf(label + "=\"", StringComparison.Ordinal);
            return at < 0 ? "?" : key[(at + label.Length + 2)..key.IndexOf('"', at + label.Length + 2)];
        }
        IEnumerable<(string Key, double Delta)> Deltas(string prefix) => after
            .Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(kv => (kv.Key, kv.Value - before.GetValueOrDefault(kv.Key))).Where(d => d.Item2 > 0);
        var pauses = Deltas("taskadmission_gc_pause_by_generation").OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{Label(d.Key, "generation")} {Label(d.Key, "kind")} {d.Delta * 1000:0.0} ms")).ToList();
        var text = pauses.Count == 0 ? "" : $" ({string.Join(", ", pauses)})";
        var allocated = Deltas("taskadmission_gc_allocated").ToList();
        if (allocated.Count > 0)
        {
            var heaps = allocated.GroupBy(d => Label(d.Key, "heap")).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(d => d.Delta) / 1048576:0.0} MiB"));
            var top = allocated.OrderByDescending(d => d.Delta).Take(3)
                .Select(d => string.Create(CultureInfo.InvariantCulture, $"{Label(d.Key, "type")} ({Label(d.Key, "heap")}) {d.Delta / 1048576:0.0}"));
            text += $", allocated (sampled) {string.Join(", ", heaps)}; most: {string.Join(", ", top)}";
        }
        return text;
    }

    /// <summary>
    /// Physical connections Npgsql opened so far (the count of its connection-creation time histogram): each is a new
    /// PostgreSQL backend, whose statements are parsed, planned and prepared again (issue 20's warm pool floor).
    /// </summary>
    private static double Opened(IReadOnlyDictionary<string, double> m) =>
        m.Where(kv => kv.Key.StartsWith("db_client_connection_npgsql_create_time", StringComparison.Ordinal) && kv.Key.Contains("_count", StringComparison.Ordinal))
            .Sum(kv => kv.Value);

    /// <summary>The sum of the series whose name starts with <paramref name="name"/> and whose labels contain <paramref name="label"/>.</summary>
    internal static double Sum(IReadOnlyDictionary<string, double> m, string name, string? label = null) =>
        m.Where(kv => kv.Key.StartsWith(name, StringComparison.Ordinal) && !kv.Key.Contains("_bucket", StringComparison.Ordinal)
                && (label is null || kv.Key.Contains(label, StringComparison.Ordinal)))
            .Sum(kv => kv.Value);

    private Task<IReadOnlyDictionary<string, double>> ScrapeAsync() => ScrapeAsync(http);

    /// <summary>The app's Prometheus text as series (name with labels) → value.</summary>
    internal static async Task<IReadOnlyDictionary<string, double>> ScrapeAsync(HttpClient http)
    {
        // Read line by line: the exposition is hundreds of kilobytes with the histograms, and as one string (and its
        // split) it went to the generator's large-object heap at every sample, once a second, during the step it times.
        using var reader = new StreamReader(await http.GetStreamAsync("/metrics"));
        var series = new Dictionary<string, double>(StringComparer.Ordinal);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var end = line.LastIndexOf('}');
            var split = end >= 0 ? end + 1 : line.IndexOf(' ');
            if (split <= 0) continue;
            var value = line[split..].Trim().Split(' ')[0]; // value, then maybe a timestamp
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                series[line[..split].Trim()] = v;
            }
        }
        return series;
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// <c>engine-cost [instances=3000] [warmup=30] [concurrency=8] [trace=300] [alloc=0 (instances to sample)]</c>: what one persisted instance of the
/// durability load (start <c>township-review.bpmn</c> + complete its first task, each command in its own DI scope and
/// transaction) costs, by measures a shared machine does not move much: round trips and statements per instance (Npgsql's
/// traces, <c>trace</c> instances one after another), bytes allocated per instance, CPU per instance of this process and of
/// <em>its own</em> PostgreSQL server only (the postmaster of its connection and that postmaster's children — not every
/// <c>postgres</c> on the machine, as <see cref="CpuMeter"/> counts), and, when the server loads
/// <c>pg_stat_statements</c>, calls and execution time per statement and instance (nested statements too, with
/// <c>pg_stat_statements.track=all</c>: foreign-key checks, triggers' statements); with <c>alloc=1</c>, the allocating types
/// (the runtime's allocation sampling).
/// </summary>
public sealed partial class EngineCostHarness : IHarness
{
    public string Name => "engine-cost";

    public string Description => "statements, round trips, allocations and CPU per persisted engine instance (start + one completion)";

    public async Task<int> RunAsync(string[] args)
    {
        int Option(string name, int fallback) =>
            args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal)) is { } a ? int.Parse(a[(name.Length + 1)..]) : fallback;
        var instances = Option("instances", 3000);
        var warmup = Option("warmup", 30);
        var concurrency = Option("concurrency", 8);
        var traced = Option("trace", 300);
        var admin = Environment.GetEnvironmentVariable("TA_TEST_PG");
        if (string.IsNullOrWhiteSpace(admin))
        {
            Console.WriteLine("TA_TEST_PG is not set: run ./build.sh bench engine-cost (it starts a throw-away PostgreSQL)");
            return 2;
        }

        await using var services = await PersistedLoad.CreateServicesAsync(admin);
        string processId;
        string database;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            database = db.Database.GetDbConnection().Database;
            Console.WriteLine($"fsync/synchronous_commit: {await db.Database.SqlQueryRaw<string>("SELECT current_setting('fsync') || '/' || current_setting('synchronous_commit') AS \"Value\"").SingleAsync()}");
            processId = (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().DeployAsync(BenchFixtures.Read("test", "township-review.bpmn"))).ProcessId;
        }

        Console.WriteLine($"warming up {warmup} s with {concurrency} loops ...");
        await PersistedLoad.RunLoopsAsync(services, processId, concurrency, TimeSpan.FromSeconds(warmup), null);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        // 1. Round trips and statements, one instance after another (tracing costs CPU: not in the timed part).
        using (var meter = new TraceMeter())
        {
            await RunAsync(services, processId, 1, traced);
            Console.WriteLine($"traced {traced} instances: {meter.RoundTrips / (double)traced:F2} round trips, {meter.Statements / (double)traced:F2} statements per instance");
            foreach (var (shape, count) in meter.Shapes.OrderByDescending(s => s.Value))
            {
                Console.WriteLine($"  {count / (double)traced,6:F2}  {shape}");
            }
        }

        // 1b. What the allocations are: the runtime's allocation sampling (one event per ~100 KB allocated, by type).
        if (Option("alloc", 0) is var sampled and > 0)
        {
            KeyValuePair<string, int>[] samples;
            using (var sampler = new AllocationSampler())
            {
                await RunAsync(services, processId, 1, sampled);
                samples = sampler.Samples.ToArray();
            }
            var total = samples.Sum(s => s.Value);
            Console.WriteLine($"allocation samples over {sampled} instances: {total} (≈100 KB each), top types:");
            foreach (var (type, count) in samples.OrderByDescending(s => s.Value).Take(25))
            {
                Console.WriteLine($"  {count * 100.0 / total,5:F1} %  {type}");
            }
        }

        // 2. CPU, allocations and server-side statements of `instances` instances at `concurrency` loops.
        var postmaster = await PostmasterAsync(admin);
        var serverBeforeRun = await ServerCountersAsync(admin, database, checkpoint: true);
        // Reset after the CHECKPOINT, so its time is not counted as the load's.
        var stats = await StatStatementsAsync(admin, null);
        var allocated = GC.GetTotalAllocatedBytes(true);
        var gcs = GC.CollectionCount(0);
        using var self = Process.GetCurrentProcess();
        var harnessBefore = self.TotalProcessorTime;
        // The runtime's own JIT work in the measured part (tier-up of methods still running instrumented or unoptimized
        // code; on a loaded machine the background tier-1 compiler falls behind the warm-up): part of the harness's CPU
        // that a long-running app does not pay per instance.
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
        var jittedBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
        var serverBefore = ServerTicks(postmaster);
        var watch = Stopwatch.StartNew();
        await RunAsync(services, processId, concurrency, instances);
        var elapsed = watch.Elapsed;
        self.Refresh();
        var harness = (self.TotalProcessorTime - harnessBefore).TotalMilliseconds / instances;
        var server = (ServerTicks(postmaster) - serverBefore) * 10.0 / instances;
        var bytes = (GC.GetTotalAllocatedBytes(true) - allocated) / (double)instances;
        var jit = (System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jitBefore).TotalMilliseconds / instances;
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - jittedBefore;
        Console.WriteLine($"{instances} instances at {concurrency} loops in {elapsed.TotalSeconds:F1} s ({instances / elapsed.TotalSeconds:N0}/s on this machine now; load {File.ReadAllText("/proc/loadavg").Trim()})");
        Console.WriteLine($"per instance: harness CPU {harness:F3} ms, own PostgreSQL server CPU {server:F3} ms, {bytes / 1024:F1} KiB allocated, {(GC.CollectionCount(0) - gcs) / (double)instances * 1000:F2} gen0 GCs per 1000");
        Console.WriteLine($"of the harness CPU: JIT {jit:F3} ms per instance ({jitted} methods compiled in the measured part); without it {harness - jit:F3} ms");
        var serverAfterRun = await ServerCountersAsync(admin, database, checkpoint: false);
        Console.WriteLine($"server counters per instance (pg_stat_database, pg_stat_wal, pg_stat_user_tables; after a CHECKPOINT, so full-page images are counted from a clean start): {ServerCounters.Describe(serverBeforeRun, serverAfterRun, instances)}");
        if (stats is not null)
        {
            var after = await StatStatementsAsync(admin, database);
            if (after is not null)
            {
                Console.WriteLine($"pg_stat_statements ({database}), per instance: {after.Sum(s => s.Calls) / (double)instances:F2} statements (nested included), {after.Sum(s => s.Ms) / instances:F3} ms executing");
                foreach (var s in after.OrderByDescending(s => s.Ms).Take(40))
                {
                    Console.WriteLine($"  {s.Calls / (double)instances,6:F2} calls {s.Ms / instances,7:F4} ms {s.Rows / (double)instances,6:F2} rows  {s.Query}");
                }
            }
        }
        return 0;
    }

    private static Task RunAsync(IServiceProvider services, string processId, int concurrency, int instances)
    {
        var left = instances;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(loop => Task.Run(async () =>
        {
            var variables = WorkflowVariables.From(new { townshipCode = "990100100000" });
            while (Interlocked.Decrement(ref left) >= 0)
            {
                Guid taskId;
                await using (var scope = services.CreateAsyncScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartInstanceRequest { ProcessId = processId, Initiator = $"bench{loop}", Variables = variables });
                    taskId = result.OpenTasks.Single().Id;
                }

                await using (var scope = services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(taskId, $"bench{loop}", WorkflowVariables.From(new { outcome = "approve" }));
                }
            }
        })));
    }

    private sealed record Statement(string Query, long Calls, double Ms, long Rows);

    /// <summary>
    /// What the server counted for the database (transactions committed, rows by table) and the cluster (WAL records,
    /// full-page images, bytes, WAL writes and fsyncs) at one moment. Backends publish their counters only when idle and at
    /// most once a second (PostgreSQL 15), or when they exit: the app's pool is cleared first, so every backend that
    /// served the load has exited and flushed.
    /// </summary>
    private sealed record ServerCounters(long Commits, long Rollbacks, long WalRecords, long WalFpi, decimal WalBytes, long WalWrites, long WalSyncs, Dictionary<string, long[]> Tables)
    {
        public static string Describe(ServerCounters before, ServerCounters after, int instances)
        {
            double Per(decimal value) => (double)value / instances;
            var text = new System.Text.StringBuilder();
            text.Append(FormattableString.Invariant($"{Per(after.Commits - before.Commits):F2} commits, {Per(after.Rollbacks - before.Rollbacks):F2} rollbacks, "));
            text.Append(FormattableString.Invariant($"WAL {Per(after.WalRecords - before.WalRecords):F1} records, {Per(after.WalFpi - before.WalFpi):F2} full-page images, {Per(after.WalBytes - before.WalBytes):F0} bytes, "));
            text.Append(FormattableString.Invariant($"{Per(after.WalWrites - before.WalWrites):F2} WAL writes, {Per(after.WalSyncs - before.WalSyncs):F2} WAL fsyncs"));
            long[] totals = new long[4];
            var lines = new List<string>();
            foreach (var (table, values) in after.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var was = before.Tables.GetValueOrDefault(table) ?? new long[4];
                var delta = values.Zip(was, (a, b) => a - b).ToArray();
                if (delta.All(d => d == 0)) continue;
                for (var i = 0; i < 4; i++) totals[i] += delta[i];
                lines.Add(FormattableString.Invariant($"    {table}: {delta[0] / (double)instances:F2} inserted, {delta[1] / (double)instances:F2} updated ({delta[3] / (double)instances:F2} HOT), {delta[2] / (double)instances:F2} deleted"));
            }
            text.Append(FormattableString.Invariant($"; rows {totals[0] / (double)instances:F2} inserted, {totals[1] / (double)instances:F2} updated ({totals[3] / (double)instances:F2} HOT), {totals[2] / (double)instances:F2} deleted:"));
            foreach (var line in lines) text.Append('\n').Append(line);
            return text.ToString();
        }
    }

    private static async Task<ServerCounters> ServerCountersAsync(string admin, string database, bool checkpoint)
    {
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        if (checkpoint)
        {
            await using var command = new NpgsqlCommand("CHECKPOINT", connection);
            await command.ExecuteNonQueryAsync();
        }

        long commits, rollbacks, records, fpi, writes, syncs;
        decimal bytes;
        await using (var command = new NpgsqlCommand(
            "SELECT d.xact_commit, d.xact_rollback, w.wal_records, w.wal_fpi, w.wal_bytes, w.wal_write, w.wal_sync FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = current_database()", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (commits, rollbacks, records, fpi, bytes, writes, syncs) =
                (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4), reader.GetInt64(5), reader.GetInt64(6));
        }

        var tables = new Dictionary<string, long[]>();
        await using (var command = new NpgsqlCommand("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd FROM pg_stat_user_tables", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables[reader.GetString(0)] = [reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)];
        }
        return new ServerCounters(commits, rollbacks, records, fpi, bytes, writes, syncs, tables);
    }

    /// <summary>Resets (database null) or reads pg_stat_statements of <paramref name="database"/>; null when the server does not load it.</summary>
    private static async Task<List<Statement>?> StatStatementsAsync(string admin, string? database)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        try
        {
            await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection))
            {
                await create.ExecuteNonQueryAsync();
            }
            if (database is null)
            {
                await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection);
                await reset.ExecuteNonQueryAsync();
                return [];
            }
            await using var read = new NpgsqlCommand(
                "SELECT s.query, s.calls, s.total_exec_time, s.rows FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = @db", connection);
            read.Parameters.AddWithValue("db", database);
            var list = new List<Statement>();
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                list.Add(new Statement(Flat(reader.GetString(0)), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3)));
            }
            return list;
        }
        catch (PostgresException e)
        {
            Console.WriteLine($"pg_stat_statements not available ({e.MessageText}): start the server with shared_preload_libraries=pg_stat_statements");
            return null;
        }
    }

    private static string Flat(string text)
    {
        var flat = Spaces().Replace(text, " ").Trim();
        return flat.Length > 150 ? flat[..150] + "…" : flat;
    }

    private static async Task<int> PostmasterAsync(string admin)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        return int.Parse(Stat(backend)![1]);
    }

    /// <summary>Fields of /proc/pid/stat after the command name (state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14]).</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Clock ticks (1/100 s) of the postmaster, its children that ended (cutime/cstime) and its live children.</summary>
    private static long ServerTicks(int postmaster)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Stat(pid) is not { } fields) continue;
            if (pid == postmaster) ticks += long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
            else if (fields[1] == postmaster.ToString(System.Globalization.CultureInfo.InvariantCulture)) ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        return ticks;
    }

    /// <summary>Npgsql's traces: one activity per command or batch sent (a round trip), its text split into statements.</summary>
    private sealed class TraceMeter : IDisposable
    {
        private readonly ActivityListener listener;
        private int roundTrips;
        private int statements;

        public TraceMeter()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = Stopped,
            };
            ActivitySource.AddActivityListener(listener);
        }

        public ConcurrentDictionary<string, int> Shapes { get; } = new();

        public int RoundTrips => Volatile.Read(ref roundTrips);

        public int Statements => Volatile.Read(ref statements);

        private void Stopped(Activity activity)
        {
            var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
            Interlocked.Increment(ref roundTrips);
            var parts = Literals().Replace(text, "?").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Interlocked.Add(ref statements, Math.Max(1, parts.Length));
            foreach (var part in parts.Length == 0 ? [text] : parts)
            {
                Shapes.AddOrUpdate(Flat(part), 1, (_, n) => n + 1);
            }
        }

        public void Dispose() => listener.Dispose();
    }

    /// <summary>GC AllocationTick events of this process (the runtime's own ~100 KB sampling), counted by type name.</summary>
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        public ConcurrentDictionary<string, int> Samples { get; } = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.PayloadNames?.IndexOf("TypeName") is int i and >= 0)
            {
                Samples.AddOrUpdate(e.Payload![i] as string ?? "?", 1, (_, n) => n + 1);
            }
        }
    }

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Literals();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// <c>load persisted [--seconds 60] [--concurrency 8]</c>: on PostgreSQL (TA_TEST_PG), each of N loops starts a
/// township_review instance and completes its first user task, each command in its own DI scope as a web request
/// would; reports (start + completion) pairs per second, latencies, working set and GC heap.
/// </summary>
public static class PersistedLoad
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var seconds = EngineComparison.IntOption(args, "--seconds", 60);
        var concurrency = EngineComparison.IntOption(args, "--concurrency", 8);
        var warmup = EngineComparison.IntOption(args, "--warmup", 5);
        var admin = Environment.GetEnvironmentVariable("TA_TEST_PG");
        if (string.IsNullOrWhiteSpace(admin))
        {
            output.WriteLine("TA_TEST_PG is not set: run ./build.sh bench load persisted (it starts a throw-away PostgreSQL)");
            return 2;
        }

        await using var services = await CreateServicesAsync(admin);
        var xml = BenchFixtures.Read("test", "township-review.bpmn");
        string processId;
        await using (var scope = services.CreateAsyncScope())
        {
            processId = (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().DeployAsync(xml)).ProcessId;
        }

        output.WriteLine($"warming up {warmup} s, then measuring {seconds} s with {concurrency} concurrent loops ...");
        await RunLoopsAsync(services, processId, concurrency, TimeSpan.FromSeconds(warmup), null);
        await using (var scope = services.CreateAsyncScope())
        {
            // The database was created a few seconds ago and autovacuum analyzes a table only every minute or so:
            // without this the planner would still price the wf_ tables as empty (and pick, e.g., the status index
            // over the primary key), which no running system sees.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var samples = new ConcurrentQueue<MemorySample>();
        using var stop = new CancellationTokenSource();
        var sampler = SampleMemoryAsync(samples, stop.Token);
        var stats = new LoadStats();
        var cpuBefore = CpuMeter.Read();
        var watch = Stopwatch.StartNew();
        await RunLoopsAsync(services, processId, concurrency, TimeSpan.FromSeconds(seconds), stats);
        var elapsed = watch.Elapsed;
        var cpuAfter = CpuMeter.Read();
        await stop.CancelAsync();
        await sampler;

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            output.WriteLine($"rows: {await db.WorkflowInstances.CountAsync()} instances, {await db.WorkflowTasks.CountAsync()} tasks, {await db.WorkflowJournalPages.SumAsync(p => p.LastSequence - p.FirstSequence + 1)} journal entries in {await db.WorkflowJournalPages.CountAsync()} pages, {await db.WorkflowTimers.CountAsync()} timers");
        }

        stats.Report(output, elapsed, concurrency, [.. samples]);
        output.WriteLine($"CPU per instance (start + completion): {CpuMeter.PerInstance(cpuBefore, cpuAfter, stats.Count)}");
        return 0;
    }

    internal static async Task<ServiceProvider> CreateServicesAsync(string admin)
    {
        var name = $"bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // The app's own data registration (provider, connection policy, interceptors), as the web host uses it.
        var database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 50 }.ToString(),
        };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddTaskAdmissionApplication(database, AppContext.BaseDirectory)
            .AddTaskAdmissionWorkflows()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await new WorkingCalendarStore(db).SeedIfEmptyAsync();
        return services;
    }

    internal static Task RunLoopsAsync(IServiceProvider services, string processId, int concurrency, TimeSpan duration, LoadStats? stats)
    {
        var deadline = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(loop => Task.Run(async () =>
        {
            var variables = WorkflowVariables.From(new { townshipCode = "990100100000" });
            while (deadline.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                Guid taskId;
                await using (var scope = services.CreateAsyncScope())
                {
                    var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
                    var result = await engine.StartAsync(new StartInstanceRequest { ProcessId = processId, Initiator = $"bench{loop}", Variables = variables });
                    taskId = result.OpenTasks.Single().Id;
                }

                var completing = Stopwatch.GetTimestamp();
                await using (var scope = services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(taskId, $"bench{loop}", WorkflowVariables.From(new { outcome = "approve" }));
                }

                stats?.Add(deadline.Elapsed, Stopwatch.GetElapsedTime(started, completing), Stopwatch.GetElapsedTime(completing));
            }
        })));
    }

    private static async Task SampleMemoryAsync(ConcurrentQueue<MemorySample> samples, CancellationToken stop)
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                process.Refresh();
                samples.Enqueue(new MemorySample(process.WorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(false)));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

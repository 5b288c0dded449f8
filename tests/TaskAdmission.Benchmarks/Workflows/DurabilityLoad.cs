using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// <c>load durability [--rounds 4] [--seconds 20] [--warmup 40] [--concurrency 8]</c>: the persisted load of
/// <see cref="PersistedLoad"/> (start + one completion) on two PostgreSQL servers started by <c>./build.sh bench</c> —
/// TA_TEST_PG with the durable defaults (fsync on, synchronous_commit on) and TA_BENCH_PG_FSYNC_OFF with fsync off —
/// in alternating rounds in one process, so both see the same machine. Prints instances/s and CPU per instance
/// (harness, and all PostgreSQL processes of both servers: the idle one adds its background writer) per round.
/// </summary>
public static class DurabilityLoad
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var rounds = EngineComparison.IntOption(args, "--rounds", 4);
        var seconds = EngineComparison.IntOption(args, "--seconds", 20);
        var warmup = EngineComparison.IntOption(args, "--warmup", 40);
        var concurrency = EngineComparison.IntOption(args, "--concurrency", 8);
        var durable = Environment.GetEnvironmentVariable("TA_TEST_PG");
        var unsafeServer = Environment.GetEnvironmentVariable("TA_BENCH_PG_FSYNC_OFF");
        if (string.IsNullOrWhiteSpace(durable) || string.IsNullOrWhiteSpace(unsafeServer))
        {
            output.WriteLine("TA_TEST_PG and TA_BENCH_PG_FSYNC_OFF are not set: run ./build.sh bench load durability (it starts both servers)");
            return 2;
        }

        var servers = new List<(string Label, ServiceProvider Services, string ProcessId, List<(double PerSecond, string Cpu)> Rounds)>();
        foreach (var (label, admin) in new[] { ("durable (fsync on, synchronous_commit on)", durable), ("fsync off", unsafeServer) })
        {
            var services = await PersistedLoad.CreateServicesAsync(admin);
            await using var scope = services.CreateAsyncScope();
            output.WriteLine($"{label}: {await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.SqlQueryRaw<string>("SELECT current_setting('fsync') || '/' || current_setting('synchronous_commit') AS \"Value\"").SingleAsync()} (fsync/synchronous_commit)");
            var processId = (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().DeployAsync(BenchFixtures.Read("test", "township-review.bpmn"))).ProcessId;
            servers.Add((label, services, processId, []));
        }

        output.WriteLine($"warming up {warmup} s on each, then {rounds} alternating rounds of {seconds} s, {concurrency} loops ...");
        foreach (var server in servers)
        {
            await PersistedLoad.RunLoopsAsync(server.Services, server.ProcessId, concurrency, TimeSpan.FromSeconds(warmup), null);
            await using var scope = server.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        for (var round = 0; round < rounds; round++)
        {
            // Alternate which goes first, so neither always runs on the warmer (or busier) half of a round.
            foreach (var server in round % 2 == 0 ? servers : Enumerable.Reverse(servers))
            {
                var stats = new LoadStats();
                var cpuBefore = CpuMeter.Read();
                var watch = Stopwatch.StartNew();
                await PersistedLoad.RunLoopsAsync(server.Services, server.ProcessId, concurrency, TimeSpan.FromSeconds(seconds), stats);
                var perSecond = stats.Count / watch.Elapsed.TotalSeconds;
                var cpu = CpuMeter.PerInstance(cpuBefore, CpuMeter.Read(), stats.Count);
                server.Rounds.Add((perSecond, cpu));
                output.WriteLine($"round {round + 1}, {server.Label}: {perSecond:N0} instances/s; CPU per instance {cpu}");
            }
        }

        output.WriteLine();
        output.WriteLine("| server | instances/s per round | median |");
        output.WriteLine("|---|---|---|");
        foreach (var server in servers)
        {
            var figures = server.Rounds.Select(r => r.PerSecond).Order().ToList();
            output.WriteLine($"| {server.Label} | {string.Join(", ", server.Rounds.Select(r => r.PerSecond.ToString("N0")))} | {figures[figures.Count / 2]:N0} |");
            await server.Services.DisposeAsync();
        }
        return 0;
    }
}

using System.Diagnostics;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// <c>load compare [--rounds R] [--instances N] [--node-instances M]</c>: our engine (in-memory store) against the npm
/// bpmn-engine on an exclusive choice, a parallel fork/join and three user tasks. Engines alternate within each round
/// (the order flips every round) so a busy neighbour on the shared machine slows both; the figure that counts is the
/// median of the per-round ratios, with wall time and CPU per instance of each engine.
/// </summary>
public static class EngineComparison
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var rounds = IntOption(args, "--rounds", 7);
        var instances = IntOption(args, "--instances", 5_000);
        var nodeInstances = IntOption(args, "--node-instances", 300);
        output.WriteLine($"load before: {LoadAverage()}; {Environment.ProcessorCount} cores");
        await using var node = await NodeBench.StartAsync(output);
        var samples = BenchFixtures.CompareFiles.ToDictionary(f => f, _ => new List<Sample>());

        // One warm-up round of each engine (JIT, node's optimiser), not recorded.
        foreach (var file in BenchFixtures.CompareFiles)
        {
            await OursAsync(file, instances / 5);
            await node.RunAsync(file, nodeInstances / 5);
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var file in BenchFixtures.CompareFiles)
            {
                (double, TimeSpan) ours = default, theirs = default;
                if (round % 2 == 0)
                {
                    ours = await OursAsync(file, instances);
                    theirs = await node.RunAsync(file, nodeInstances);
                }
                else
                {
                    theirs = await node.RunAsync(file, nodeInstances);
                    ours = await OursAsync(file, instances);
                }

                samples[file].Add(new Sample(instances / ours.Item1, ours.Item2 / instances, nodeInstances / theirs.Item1, theirs.Item2 / nodeInstances));
            }
        }

        output.WriteLine($"load after: {LoadAverage()}");
        output.WriteLine();
        output.WriteLine($"| file | ours (instances/s, n={instances}) | bpmn-engine (instances/s, n={nodeInstances}) | median ratio of {rounds} rounds (min–max) | CPU per instance ours / bpmn-engine | CPU ratio |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (file, list) in samples)
        {
            var ratios = list.Select(s => s.OursRate / s.TheirRate).ToList();
            var oursCpu = Median(list.Select(s => s.OursCpu.TotalMilliseconds));
            var theirCpu = Median(list.Select(s => s.TheirCpu.TotalMilliseconds));
            output.WriteLine($"| {file} | {Median(list.Select(s => s.OursRate)):N0} | {Median(list.Select(s => s.TheirRate)):N1} | {Median(ratios):N1}× ({ratios.Min():N1}–{ratios.Max():N1}) | {oursCpu:N3} ms / {theirCpu:N2} ms | {theirCpu / oursCpu:N1}× |");
        }

        var userTasks = Median(samples["user-tasks-3.bpmn"].Select(s => s.OursRate / s.TheirRate));
        output.WriteLine();
        output.WriteLine($"three user tasks: median ratio {userTasks:N1}× (goal ≥ 30×): {(userTasks >= 30 ? "met" : "NOT met")}");
        return 0;
    }

    /// <summary>Runs instances in batches on a fresh store each (so the store does not grow without end); wall time and this process's CPU.</summary>
    private static async Task<(double Seconds, TimeSpan Cpu)> OursAsync(string file, int instances)
    {
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        for (var done = 0; done < instances; done += Batch)
        {
            var (engine, processId) = await BenchFixtures.InMemoryEngineAsync(file);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await BenchFixtures.RunInstancesAsync(engine, processId, Math.Min(Batch, instances - done));
            elapsed += watch.Elapsed;
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        }

        return (elapsed.TotalSeconds, cpu);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
    }

    private sealed record Sample(double OursRate, TimeSpan OursCpu, double TheirRate, TimeSpan TheirCpu);
}

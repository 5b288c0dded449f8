using System.Diagnostics;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// <c>load compare [--instances N] [--node-instances M]</c>: instances/s of the bench fixtures on our engine (in-memory
/// store) and on the npm bpmn-engine, measured the same way (sequential instances after a warm-up), and the ratio.
/// </summary>
public static class EngineComparison
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var instances = IntOption(args, "--instances", 20_000);
        var nodeInstances = IntOption(args, "--node-instances", 500);
        var ours = new Dictionary<string, double>();
        foreach (var file in BenchFixtures.Files)
        {
            await TimeBatchesAsync(file, Math.Max(Batch, instances / 5));
            ours[file] = instances / (await TimeBatchesAsync(file, instances)).TotalSeconds;
        }

        var theirs = await NodeBench.RunAsync(nodeInstances, output);
        output.WriteLine();
        output.WriteLine($"| file | TaskAdmission.Workflows (instances/s, n={instances}) | bpmn-engine (instances/s, n={nodeInstances}) | ratio |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var file in BenchFixtures.Files)
        {
            output.WriteLine($"| {file} | {ours[file]:N0} | {theirs[file]:N1} | {ours[file] / theirs[file]:N0}× |");
        }

        var worst = BenchFixtures.Files.Min(f => ours[f] / theirs[f]);
        output.WriteLine();
        output.WriteLine($"lowest ratio {worst:N0}× (goal ≥ 20×): {(worst >= 20 ? "met" : "NOT met")}");
        return 0;
    }

    /// <summary>Instances run in batches on a fresh store each (like the BenchmarkDotNet benchmark), so the store does not grow without end.</summary>
    private static async Task<TimeSpan> TimeBatchesAsync(string file, int instances)
    {
        var elapsed = TimeSpan.Zero;
        for (var done = 0; done < instances; done += Batch)
        {
            var (engine, processId) = await BenchFixtures.InMemoryEngineAsync(file);
            var watch = Stopwatch.StartNew();
            await BenchFixtures.RunInstancesAsync(engine, processId, Math.Min(Batch, instances - done));
            elapsed += watch.Elapsed;
        }

        return elapsed;
    }

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
    }
}

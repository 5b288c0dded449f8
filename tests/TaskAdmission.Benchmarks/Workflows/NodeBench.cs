using System.Diagnostics;
using System.Text.Json;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>Runs node/bench.mjs (the npm bpmn-engine) after <c>npm ci</c>; returns instances/s per file.</summary>
public static class NodeBench
{
    public static async Task<Dictionary<string, double>> RunAsync(int instances, TextWriter log)
    {
        var folder = Path.Combine(BenchFixtures.Root, "tests", "TaskAdmission.Benchmarks", "node");
        await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, log);
        var json = await RunAsync("node", ["bench.mjs", instances.ToString(), .. BenchFixtures.Files.Select(BenchFixtures.BenchPath)], folder, log);
        log.WriteLine($"bpmn-engine: {json.Trim()}");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("file").GetString()!, r => r.GetProperty("instancesPerSecond").GetDouble());
    }

    private static async Task<string> RunAsync(string file, IEnumerable<string> args, string folder, TextWriter log)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}): {await error}");
        var stderr = await error;
        if (stderr.Length > 0) log.WriteLine(stderr.Trim());
        return await output;
    }
}

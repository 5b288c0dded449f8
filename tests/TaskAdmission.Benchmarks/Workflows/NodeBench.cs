using System.Diagnostics;
using System.Text.Json;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// The npm bpmn-engine in a long-lived node process (node/bench.mjs, after <c>npm ci</c>) that runs one batch per request,
/// so that the harness can alternate engines round by round with both warm.
/// </summary>
public sealed class NodeBench : IAsyncDisposable
{
    private readonly Process process;

    private NodeBench(Process process, string header)
    {
        this.process = process;
        Header = header;
    }

    /// <summary>The engine, its version and node's, as the script reports them.</summary>
    public string Header { get; }

    public static async Task<NodeBench> StartAsync(TextWriter log)
    {
        var folder = Path.Combine(BenchFixtures.Root, "tests", "TaskAdmission.Benchmarks", "node");
        using (var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]) { WorkingDirectory = folder, RedirectStandardError = true })!)
        {
            var error = await npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0) throw new InvalidOperationException($"npm ci failed: {error}");
        }

        var info = new ProcessStartInfo("node", ["bench.mjs"]) { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start node");
        var header = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("node bench.mjs printed nothing");
        log.WriteLine($"bpmn-engine: {header}");
        return new NodeBench(process, header);
    }

    /// <summary>Runs <paramref name="instances"/> instances of a bench file; returns wall seconds and the node process's CPU for the batch.</summary>
    public async Task<(double Seconds, TimeSpan Cpu)> RunAsync(string file, int instances)
    {
        await process.StandardInput.WriteLineAsync($"{BenchFixtures.BenchPath(file)} {instances}");
        await process.StandardInput.FlushAsync();
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("node bench.mjs ended");
        using var result = JsonDocument.Parse(line);
        return (result.RootElement.GetProperty("seconds").GetDouble(), TimeSpan.FromMicroseconds(result.RootElement.GetProperty("cpuMicros").GetDouble()));
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        process.Dispose();
    }
}

using BenchmarkDotNet.Attributes;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>
/// Instances per second of the bench fixtures on the in-memory store: one operation = start one instance and run it to
/// its end event (all service tasks are no-ops). Each invocation uses a fresh store so memory stays flat.
/// </summary>
[MemoryDiagnoser]
public class InMemoryEngineBenchmarks
{
    private const int InstancesPerInvoke = 1000;
    private WorkflowEngine engine = default!;
    private string processId = default!;

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = default!;

    public static IEnumerable<string> Files => BenchFixtures.Files;

    [IterationSetup]
    public void FreshEngine() => (engine, processId) = BenchFixtures.InMemoryEngineAsync(File).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = InstancesPerInvoke)]
    public Task StartToEnd() => BenchFixtures.RunInstancesAsync(engine, processId, InstancesPerInvoke);
}

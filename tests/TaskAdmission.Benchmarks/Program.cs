using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TaskAdmission.Benchmarks.Workflows;

// ./build.sh bench                         BenchmarkDotNet (all benchmarks; BenchmarkDotNet's own arguments work too)
// ./build.sh bench load compare            our engine vs the npm bpmn-engine on workflows/bench (npm ci on first run)
// ./build.sh bench load persisted [--seconds 60] [--concurrency 8]   start + complete load on PostgreSQL
if (args is ["load", var harness, .. var rest])
{
    return harness switch
    {
        "compare" => await EngineComparison.RunAsync(rest, Console.Out),
        "persisted" => await PersistedLoad.RunAsync(rest, Console.Out),
        _ => Usage(),
    };
}

// In-process: BenchmarkDotNet's generated project would need a second restore through the package mirror.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

static int Usage()
{
    Console.Error.WriteLine("usage: load compare [--instances N] [--node-instances M] | load persisted [--seconds S] [--concurrency C]");
    return 2;
}

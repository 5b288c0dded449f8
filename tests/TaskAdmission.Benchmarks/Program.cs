using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TaskAdmission.Benchmarks;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Benchmarks.Workflows;

// ./build.sh bench                          BenchmarkDotNet (all; its own arguments work, e.g. --filter '*ListsInForce*')
// ./build.sh bench <harness> [args]         a named IHarness (precheck, precheck-http)
// ./build.sh bench console [tasks=5000] [entries=500] [calls=300]   to-do inbox and instance viewer p99 on PostgreSQL
// ./build.sh bench villages-dispatch [villages=10000] [runs=5]
// ./build.sh bench villages-inbox [villages=10000] [assignments=1000000] [seconds=20] [requests=200000] [concurrency=16]
// ./build.sh bench burden-dashboard [villages=10000] [assignments=1000000] [calls=30]   city burden page vs raw SQL aggregates
// ./build.sh bench audit-chain [decisions=200] [entries=1000000]   decisions with/without the audit chain; verify-audit
// ./build.sh bench monday [townships=20] [villages=10000] [seconds=60] [submit=2] [precheck=4] [inbox=0]   open-loop Monday morning, app in its own process
// ./build.sh bench inbox-pipeline [townships=4] [villages=2000] [work=20] [n=2000] [explain=20] [plan=0] [types=0]   bytes, collections, statements per inbox hit and miss vs the bare cookie endpoint (in process)
// ./build.sh bench precheck-cost [work=20] [n=200] [rounds=2] [loop=1 loopseconds=40]   CPU and allocations per warm pre-check by stage (one call at a time)
// ./build.sh bench submit-path [townships=10] [villages=1000] [runs=3] [concurrency=4] [seconds=15]   submission and decision write path: time, statements
// ./build.sh bench village-bytes [tasks=5] [rounds=3] [url=http://…]   bytes of a village's first and repeat visit (Chromium)
// ./build.sh bench load compare             our engine vs the npm bpmn-engine on workflows/bench (npm ci on first run)
// ./build.sh bench load persisted [--seconds 60] [--concurrency 8]   start + complete load on PostgreSQL (durable)
// ./build.sh bench load durability [--rounds 4] [--seconds 20]       the same, durable vs fsync off, alternating rounds
// ./build.sh bench engine-cost [instances=3000] [warmup=30] [concurrency=8] [trace=300] [alloc=0]   the same load's statements, round trips, allocations, CPU per instance
// The console, village and persisted harnesses need TA_TEST_PG, which ./build.sh bench exports.
args = args.SkipWhile(a => a == "--").ToArray();
if (args is ["load", var load, .. var rest])
{
    return load switch
    {
        "compare" => await EngineComparison.RunAsync(rest, Console.Out),
        "persisted" => await PersistedLoad.RunAsync(rest, Console.Out),
        "durability" => await DurabilityLoad.RunAsync(rest, Console.Out),
        _ => Usage(),
    };
}
var villageHarnesses = new Dictionary<string, Func<string[], Task<int>>>
{
    ["villages-dispatch"] = DispatchHarness.RunAsync,
    ["villages-inbox"] = InboxLoadHarness.RunAsync,
    ["audit-chain"] = TaskAdmission.Benchmarks.Audit.AuditChainHarness.RunAsync,
    ["village-bytes"] = TaskAdmission.Benchmarks.Pages.VillageBytesHarness.RunAsync,
};
if (args.Length > 0 && Harnesses.Find(args[0]) is { } harness)
{
    return await harness.RunAsync(args[1..]);
}
if (args.Length > 0 && villageHarnesses.TryGetValue(args[0], out var village))
{
    return await village(args[1..]);
}

// In-process: BenchmarkDotNet's generated project would need a second restore through the package mirror.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Harnesses).Assembly).Run(args, config);
return 0;

static int Usage()
{
    Console.Error.WriteLine("usage: load compare [--rounds R] [--instances N] [--node-instances M] | load persisted [--seconds S] [--concurrency C] | load durability [--rounds R] [--seconds S]");
    return 2;
}

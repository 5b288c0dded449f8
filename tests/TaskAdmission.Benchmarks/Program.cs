using BenchmarkDotNet.Running;
using TaskAdmission.Benchmarks;
using TaskAdmission.Benchmarks.Villages;

// `./build.sh bench <harness> [args]` runs a named load/percentile harness (`IHarness` classes, and the village
// harnesses below, which need TA_TEST_PG that ./build.sh bench exports); anything else goes to BenchmarkDotNet
// (e.g. `--filter '*ListsInForce*'`).
//   villages-dispatch [villages=10000] [runs=5]
//   villages-inbox [villages=10000] [assignments=1000000] [seconds=20] [requests=200000] [concurrency=16]
var villageHarnesses = new Dictionary<string, Func<string[], Task<int>>>
{
    ["villages-dispatch"] = DispatchHarness.RunAsync,
    ["villages-inbox"] = InboxLoadHarness.RunAsync,
};
// "./build.sh bench -- name" hands the "--" through; it separates nothing here.
args = args.SkipWhile(a => a == "--").ToArray();
if (args.Length > 0 && Harnesses.Find(args[0]) is { } harness)
{
    return await harness.RunAsync(args[1..]);
}
if (args.Length > 0 && villageHarnesses.TryGetValue(args[0], out var village))
{
    return await village(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Harnesses).Assembly).Run(args);
return 0;

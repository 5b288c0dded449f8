using BenchmarkDotNet.Running;
using TaskAdmission.Benchmarks.Villages;

// Named harnesses (they need TA_TEST_PG, which ./build.sh bench exports); anything else goes to BenchmarkDotNet.
//   ./build.sh bench -- villages-dispatch [villages=10000] [runs=5]
//   ./build.sh bench -- villages-inbox [villages=10000] [assignments=1000000] [seconds=20] [requests=200000] [concurrency=16]
var harnesses = new Dictionary<string, Func<string[], Task<int>>>
{
    ["villages-dispatch"] = DispatchHarness.RunAsync,
    ["villages-inbox"] = InboxLoadHarness.RunAsync,
};
// "./build.sh bench -- name" hands the "--" through; it separates nothing here.
args = args.SkipWhile(a => a == "--").ToArray();
if (args.Length > 0 && harnesses.TryGetValue(args[0], out var harness))
{
    return await harness(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(DispatchHarness).Assembly).Run(args);
return 0;

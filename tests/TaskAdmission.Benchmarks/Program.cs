using BenchmarkDotNet.Running;
using TaskAdmission.Benchmarks;

// `dotnet run -c Release --project tests/TaskAdmission.Benchmarks -- <harness>` runs a load/percentile harness by name;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*ListsInForce*'`).
if (args.Length > 0 && Harnesses.Find(args[0]) is { } harness)
{
    return await harness.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Harnesses).Assembly).Run(args);
return 0;

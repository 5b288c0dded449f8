namespace TaskAdmission.Benchmarks;

/// <summary>A benchmark that BenchmarkDotNet does not fit (percentiles over many calls, HTTP load): prints its own figures.</summary>
public interface IHarness
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}

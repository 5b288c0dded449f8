namespace TaskAdmission.Benchmarks.Workflows;

/// <summary>One reading of the process's memory during a load run.</summary>
public sealed record MemorySample(long WorkingSetBytes, long GcHeapBytes, long GcLiveBytes);

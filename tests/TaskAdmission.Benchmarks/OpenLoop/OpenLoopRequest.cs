namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>One scheduled request: its index in the schedule, when it was due (Stopwatch timestamp), and the run's drain token.</summary>
public readonly record struct OpenLoopRequest(long Index, long DueTimestamp, CancellationToken Token);

namespace TaskAdmission.Workflows.Execution;

/// <summary>Settings of a <see cref="TimerWorker"/>.</summary>
public sealed class TimerWorkerOptions
{
    /// <summary>Identifies this worker in timer leases (default: machine name plus a random suffix).</summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    /// <summary>How long a leased timer is reserved for this worker before others may take it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Maximum timers leased per poll.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Delay between polls when <see cref="TimerWorker.RunAsync"/> loops.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}

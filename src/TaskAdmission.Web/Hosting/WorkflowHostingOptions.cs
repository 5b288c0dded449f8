using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Web.Hosting;

/// <summary>The workflow background workers (<c>Workflows</c> section): timer worker, outbox dispatcher, calendar refresh.</summary>
public sealed class WorkflowHostingOptions
{
    public const string Section = "Workflows";

    /// <summary>Run the timer worker on this node (every node may; leases keep them from firing a timer twice).</summary>
    public bool TimerWorkerEnabled { get; set; } = true;

    /// <summary>Pause between polls when no more timers are due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a leased timer is reserved for this node before another may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TimerLeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timers leased per poll.</summary>
    [Range(1, 500)]
    public int TimerBatchSize { get; set; } = 50;

    /// <summary>Run the outbox dispatcher on this node (safe on every node: messages are leased, each to one node at a time).</summary>
    public bool OutboxDispatcherEnabled { get; set; } = true;

    /// <summary>Pause between polls when the outbox is empty.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages sent per poll.</summary>
    [Range(1, 500)]
    public int OutboxBatchSize { get; set; } = 50;

    /// <summary>How often this node re-reads the working calendar (edits made on another node arrive within this time); 0 turns it off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CalendarRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}

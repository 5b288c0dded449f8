namespace TaskAdmission.Workflows.Persistence;

/// <summary>An instance with its live bookmarks: what a command loads before running.</summary>
/// <param name="Instance">The instance row.</param>
/// <param name="OpenTasks">Open user tasks.</param>
/// <param name="PendingTimers">Pending timers.</param>
/// <param name="ActiveSubscriptions">Active message subscriptions.</param>
/// <param name="OpenIncidents">Open incidents.</param>
public sealed record InstanceRecords(
    InstanceSnapshot Instance,
    IReadOnlyList<UserTaskRecord> OpenTasks,
    IReadOnlyList<TimerRecord> PendingTimers,
    IReadOnlyList<MessageSubscriptionRecord> ActiveSubscriptions,
    IReadOnlyList<IncidentRecord> OpenIncidents);

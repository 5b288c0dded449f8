namespace TaskAdmission.Workflows.Persistence;

/// <summary>Durable storage of definitions, instances and their bookmarks; the engine's only persistence seam.</summary>
/// <remarks>
/// The in-memory implementation lives here; an EF Core implementation can stage <see cref="CommitAsync"/> into the
/// caller's DbContext so the change set commits in the same transaction as the caller's domain changes.
/// </remarks>
public interface IWorkflowStore
{
    /// <summary>Returns a deployed version, or the latest version when <paramref name="version"/> is null.</summary>
    Task<DeployedDefinition?> GetDefinitionAsync(string processId, int? version, CancellationToken cancellationToken = default);

    /// <summary>Adds a new version; throws <see cref="Execution.WorkflowConflictException"/> when the version already exists.</summary>
    Task AddDefinitionAsync(DeployedDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Loads an instance with its open tasks, pending timers, active subscriptions and open incidents.</summary>
    Task<InstanceRecords?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Returns a user task in any state.</summary>
    Task<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A user task in any state and, when it is open, its instance as <see cref="LoadInstanceAsync"/> returns it: what
    /// every command on a task reads first. A database store answers in one round trip; this default takes two.
    /// </summary>
    async Task<TaskWithInstance?> LoadTaskWithInstanceAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await GetTaskAsync(taskId, cancellationToken);
        if (task is null) return null;
        return new TaskWithInstance(task, task.Status == UserTaskStatus.Open ? await LoadInstanceAsync(task.InstanceId, cancellationToken) : null);
    }

    /// <summary>Returns a timer in any state.</summary>
    Task<TimerRecord?> GetTimerAsync(Guid timerId, CancellationToken cancellationToken = default);

    /// <summary>Returns an incident in any state.</summary>
    Task<IncidentRecord?> GetIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default);

    /// <summary>Active subscriptions for a message name and business key, oldest first.</summary>
    Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default);

    /// <summary>Inbox query with paging.</summary>
    Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default);

    /// <summary>The instance's journal in sequence order.</summary>
    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>All incidents of an instance, open and resolved.</summary>
    Task<IReadOnlyList<IncidentRecord>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Atomically leases up to <paramref name="maxCount"/> pending timers due at <paramref name="now"/> whose lease is free or expired.</summary>
    /// <remarks>An SQL store implements this with <c>FOR UPDATE SKIP LOCKED</c> so workers never lease the same timer.</remarks>
    Task<IReadOnlyList<TimerRecord>> LeaseDueTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Carbon copies for a recipient, newest first.</summary>
    Task<PagedResult<CarbonCopyRecord>> QueryCarbonCopiesAsync(string recipient, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Marks a carbon copy read; returns false when it does not exist or belongs to someone else.</summary>
    Task<bool> MarkCarbonCopyReadAsync(Guid carbonCopyId, string recipient, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Outbox messages not yet dispatched, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetPendingOutboxAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically leases up to <paramref name="maxCount"/> pending outbox messages, oldest first, whose lease is free or
    /// expired at <paramref name="now"/>. Dispatchers on several nodes never hold the same message at once; a message whose
    /// send failed (or whose node died) is leased again once its lease runs out.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> LeaseOutboxAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Marks an outbox message dispatched.</summary>
    Task MarkOutboxDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Commits the change set atomically; throws <see cref="Execution.WorkflowConflictException"/> if the instance version is not the expected one.</summary>
    Task CommitAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default);
}

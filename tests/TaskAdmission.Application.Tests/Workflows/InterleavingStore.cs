using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>Runs <paramref name="beforeFirstCommit"/> once, just before the first commit: a deterministic lost race.</summary>
internal sealed class InterleavingStore(IWorkflowStore inner, Func<Task> beforeFirstCommit) : IWorkflowStore
{
    private bool interleaved;

    public async Task CommitAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (!interleaved)
        {
            interleaved = true;
            await beforeFirstCommit();
        }

        await inner.CommitAsync(changes, cancellationToken);
    }

    public Task<DeployedDefinition?> GetDefinitionAsync(string processId, int? version, CancellationToken cancellationToken = default) => inner.GetDefinitionAsync(processId, version, cancellationToken);

    public Task AddDefinitionAsync(DeployedDefinition definition, CancellationToken cancellationToken = default) => inner.AddDefinitionAsync(definition, cancellationToken);

    public Task<InstanceRecords?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.LoadInstanceAsync(instanceId, cancellationToken);

    public Task<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) => inner.GetTaskAsync(taskId, cancellationToken);

    public Task<TimerRecord?> GetTimerAsync(Guid timerId, CancellationToken cancellationToken = default) => inner.GetTimerAsync(timerId, cancellationToken);

    public Task<IncidentRecord?> GetIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default) => inner.GetIncidentAsync(incidentId, cancellationToken);

    public Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default) => inner.FindSubscriptionsAsync(messageName, businessKey, cancellationToken);

    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) => inner.QueryTasksAsync(query, cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.GetJournalAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<IncidentRecord>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.GetIncidentsAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> LeaseDueTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default) => inner.LeaseDueTimersAsync(now, owner, leaseDuration, maxCount, cancellationToken);

    public Task<PagedResult<CarbonCopyRecord>> QueryCarbonCopiesAsync(string recipient, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default) => inner.QueryCarbonCopiesAsync(recipient, unreadOnly, skip, take, cancellationToken);

    public Task<bool> MarkCarbonCopyReadAsync(Guid carbonCopyId, string recipient, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.MarkCarbonCopyReadAsync(carbonCopyId, recipient, at, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> GetPendingOutboxAsync(int maxCount, CancellationToken cancellationToken = default) => inner.GetPendingOutboxAsync(maxCount, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> LeaseOutboxAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default) => inner.LeaseOutboxAsync(now, owner, leaseDuration, maxCount, cancellationToken);

    public Task MarkOutboxDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.MarkOutboxDispatchedAsync(messageId, at, cancellationToken);
}

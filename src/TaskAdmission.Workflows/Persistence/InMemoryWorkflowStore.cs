using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Workflows.Persistence;

/// <summary>Thread-safe in-memory <see cref="IWorkflowStore"/> for tests, the CLI and single-process hosts.</summary>
/// <remarks>One lock guards everything: commits are rare and short, and it makes atomicity obvious.</remarks>
public sealed partial class InMemoryWorkflowStore : IWorkflowStore, IStartTimerStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string ProcessId, int Version), DeployedDefinition> definitions = [];
    private readonly Dictionary<Guid, InstanceSnapshot> instances = [];
    private readonly Dictionary<Guid, UserTaskRecord> tasks = [];
    private readonly Dictionary<Guid, TimerRecord> timers = [];
    private readonly Dictionary<Guid, MessageSubscriptionRecord> subscriptions = [];
    private readonly Dictionary<Guid, IncidentRecord> incidents = [];
    private readonly Dictionary<Guid, CarbonCopyRecord> carbonCopies = [];
    private readonly List<JournalEntry> journal = [];
    private readonly Dictionary<Guid, OutboxMessage> outbox = [];
    private readonly Dictionary<Guid, DateTimeOffset> outboxLeases = [];
    private readonly Dictionary<Guid, StartTimerRecord> startTimers = [];

    // Live bookmarks per instance (open tasks, pending timers, ...), so loading an instance does not scan every row.
    private readonly Dictionary<Guid, LiveIds> live = [];

    /// <summary>Number of successful commits, for tests asserting "exactly one transition".</summary>
    public int CommitCount { get; private set; }

    /// <inheritdoc />
    public Task<DeployedDefinition?> GetDefinitionAsync(string processId, int? version, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var found = version is { } v
                ? definitions.GetValueOrDefault((processId, v))
                : definitions.Values.Where(d => d.ProcessId == processId).MaxBy(d => d.Version);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task AddDefinitionAsync(DeployedDefinition definition, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!definitions.TryAdd((definition.ProcessId, definition.Version), definition))
            {
                throw new WorkflowConflictException($"process '{definition.ProcessId}' version {definition.Version} was deployed concurrently");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<InstanceRecords?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!instances.TryGetValue(instanceId, out var instance)) return Task.FromResult<InstanceRecords?>(null);
            var ids = live.GetValueOrDefault(instanceId) ?? LiveIds.None;
            return Task.FromResult<InstanceRecords?>(new InstanceRecords(
                instance,
                ids.Tasks.Select(id => tasks[id]).ToList(),
                ids.Timers.Select(id => timers[id]).ToList(),
                ids.Subscriptions.Select(id => subscriptions[id]).ToList(),
                ids.Incidents.Select(id => incidents[id]).ToList()));
        }
    }

    /// <inheritdoc />
    public Task<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) => Get(tasks, taskId);

    /// <inheritdoc />
    public Task<TimerRecord?> GetTimerAsync(Guid timerId, CancellationToken cancellationToken = default) => Get(timers, timerId);

    /// <inheritdoc />
    public Task<IncidentRecord?> GetIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default) => Get(incidents, incidentId);

    /// <inheritdoc />
    public Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<MessageSubscriptionRecord> found = subscriptions.Values
                .Where(s => s.Status == SubscriptionStatus.Active && s.MessageName == messageName && s.BusinessKey == businessKey)
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, 500);
        lock (gate)
        {
            var matches = tasks.Values
                .Where(t => query.IncludeClosed || t.Status == UserTaskStatus.Open)
                .Where(t => query.InstanceId is null || t.InstanceId == query.InstanceId)
                .Where(t => Matches(t, query))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .ToList();
            return Task.FromResult(new PagedResult<UserTaskRecord>(matches.Skip(query.Skip).Take(query.Take).ToList(), matches.Count, query.Skip, query.Take));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<JournalEntry> entries = journal.Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToList();
            return Task.FromResult(entries);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IncidentRecord>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<IncidentRecord> found = incidents.Values.Where(i => i.InstanceId == instanceId).OrderBy(i => i.CreatedAt).ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimerRecord>> LeaseDueTimersAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var leased = timers.Values
                .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now && (t.LeasedUntil is null || t.LeasedUntil < now))
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Take(maxCount)
                .Select(t => t with { LeaseOwner = owner, LeasedUntil = now + leaseDuration })
                .ToList();
            foreach (var timer in leased) timers[timer.Id] = timer;
            return Task.FromResult<IReadOnlyList<TimerRecord>>(leased);
        }
    }

    /// <inheritdoc />
    public Task<PagedResult<CarbonCopyRecord>> QueryCarbonCopiesAsync(string recipient, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var matches = carbonCopies.Values
                .Where(c => c.Recipient == recipient && (!unreadOnly || c.ReadAt is null))
                .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
                .ToList();
            return Task.FromResult(new PagedResult<CarbonCopyRecord>(matches.Skip(skip).Take(take).ToList(), matches.Count, skip, take));
        }
    }

    /// <inheritdoc />
    public Task<bool> MarkCarbonCopyReadAsync(Guid carbonCopyId, string recipient, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!carbonCopies.TryGetValue(carbonCopyId, out var copy) || copy.Recipient != recipient) return Task.FromResult(false);
            carbonCopies[carbonCopyId] = copy with { ReadAt = copy.ReadAt ?? at };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> GetPendingOutboxAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<OutboxMessage> pending = outbox.Values.Where(m => m.DispatchedAt is null).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(maxCount).ToList();
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> LeaseOutboxAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int maxCount, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<OutboxMessage> leased = outbox.Values
                .Where(m => m.DispatchedAt is null && (!outboxLeases.TryGetValue(m.Id, out var until) || until < now))
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(maxCount).ToList();
            foreach (var message in leased) outboxLeases[message.Id] = now + leaseDuration;
            return Task.FromResult(leased);
        }
    }

    /// <inheritdoc />
    public Task MarkOutboxDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (outbox.TryGetValue(messageId, out var message)) outbox[messageId] = message with { DispatchedAt = at };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task CommitAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        var instance = changes.Instance;
        lock (gate)
        {
            var current = instances.GetValueOrDefault(instance.Id);
            var currentVersion = current?.Version ?? 0;
            if (currentVersion != changes.ExpectedVersion)
            {
                throw new WorkflowConflictException($"instance {instance.Id} was changed concurrently: expected version {changes.ExpectedVersion} but found {currentVersion}");
            }

            if (instance.Version != changes.ExpectedVersion + 1)
            {
                throw new ArgumentException($"the new instance version must be {changes.ExpectedVersion + 1}", nameof(changes));
            }

            instances[instance.Id] = instance;
            Upsert(tasks, changes.Tasks, t => (t.Id, t.InstanceId, t.Status == UserTaskStatus.Open), ids => ids.Tasks);
            Upsert(timers, changes.Timers, t => (t.Id, t.InstanceId, t.Status == TimerStatus.Pending), ids => ids.Timers);
            Upsert(subscriptions, changes.Subscriptions, s => (s.Id, s.InstanceId, s.Status == SubscriptionStatus.Active), ids => ids.Subscriptions);
            Upsert(incidents, changes.Incidents, i => (i.Id, i.InstanceId, i.Status == IncidentStatus.Open), ids => ids.Incidents);
            foreach (var copy in changes.CarbonCopies) carbonCopies[copy.Id] = copy;
            foreach (var message in changes.Outbox) outbox[message.Id] = message;
            journal.AddRange(changes.Journal);
            CommitCount++;
        }

        return Task.CompletedTask;
    }

    /// <summary>Stores changed rows and keeps each row's instance's list of live ones in step.</summary>
    private void Upsert<T>(Dictionary<Guid, T> rows, IEnumerable<T> changed, Func<T, (Guid Id, Guid InstanceId, bool Live)> describe, Func<LiveIds, List<Guid>> liveList)
    {
        foreach (var row in changed)
        {
            var (id, instanceId, isLive) = describe(row);
            rows[id] = row;
            if (!live.TryGetValue(instanceId, out var ids)) live[instanceId] = ids = new LiveIds();
            liveList(ids).Set(id, isLive);
        }
    }

    private Task<T?> Get<T>(Dictionary<Guid, T> source, Guid id)
        where T : class
    {
        lock (gate)
        {
            return Task.FromResult(source.GetValueOrDefault(id));
        }
    }

    /// <summary>Ids of an instance's live bookmarks, in the order they were created.</summary>
    private sealed class LiveIds
    {
        public static readonly LiveIds None = new();

        public List<Guid> Tasks { get; } = [];

        public List<Guid> Timers { get; } = [];

        public List<Guid> Subscriptions { get; } = [];

        public List<Guid> Incidents { get; } = [];
    }
}

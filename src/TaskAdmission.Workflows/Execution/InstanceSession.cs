using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>One command's working copy of an instance: loaded records, the state, and every change to commit.</summary>
internal sealed class InstanceSession
{
    private readonly Dictionary<Guid, UserTaskRecord> tasks;
    private readonly Dictionary<Guid, TimerRecord> timers;
    private readonly Dictionary<Guid, MessageSubscriptionRecord> subscriptions;
    private readonly Dictionary<Guid, IncidentRecord> incidents;
    private readonly HashSet<Guid> changedTasks = [];
    private readonly HashSet<Guid> changedTimers = [];
    private readonly HashSet<Guid> changedSubscriptions = [];
    private readonly HashSet<Guid> changedIncidents = [];
    private readonly List<JournalEntry> journal = [];
    private readonly List<OutboxMessage> outbox = [];
    private readonly List<CarbonCopyRecord> carbonCopies = [];

    private InstanceSession(ProcessDefinition definition, InstanceState state, long expectedVersion, DateTimeOffset now, InstanceRecords? records)
    {
        Definition = definition;
        State = state;
        ExpectedVersion = expectedVersion;
        Now = now;
        tasks = records?.OpenTasks.ToDictionary(t => t.Id) ?? [];
        timers = records?.PendingTimers.ToDictionary(t => t.Id) ?? [];
        subscriptions = records?.ActiveSubscriptions.ToDictionary(s => s.Id) ?? [];
        incidents = records?.OpenIncidents.ToDictionary(i => i.Id) ?? [];
    }

    public ProcessDefinition Definition { get; private set; }

    public InstanceState State { get; }

    public long ExpectedVersion { get; }

    public DateTimeOffset Now { get; }

    /// <summary>Element ids entered during this command, in order (the CLI prints this as the path).</summary>
    public List<string> Path { get; } = [];

    public List<IncidentRecord> RaisedIncidents { get; } = [];

    /// <summary>Timers due at once that cross to another instance (call start, return, cancel); the engine fires them after the commit.</summary>
    public List<Guid> ImmediateTimers { get; } = [];

    public IEnumerable<UserTaskRecord> Tasks => tasks.Values;

    public IEnumerable<TimerRecord> Timers => timers.Values;

    public static InstanceSession Load(InstanceRecords records, ProcessDefinition definition, DateTimeOffset now, InstanceState? parsed = null) =>
        new(definition, parsed ?? InstanceState.Deserialize(records.Instance.StateJson), records.Instance.Version, now, records);

    public static InstanceSession Create(ProcessDefinition definition, InstanceState state, DateTimeOffset now) =>
        new(definition, state, 0, now, null);

    public void SwitchDefinition(ProcessDefinition definition) => Definition = definition;

    public UserTaskRecord Task(Guid id) => tasks.TryGetValue(id, out var task)
        ? task
        : throw new InvalidOperationException($"task {id} is not loaded in this command");

    public bool TryGetTask(Guid id, out UserTaskRecord task) => tasks.TryGetValue(id, out task!);

    public TimerRecord? Timer(Guid id) => timers.GetValueOrDefault(id);

    public MessageSubscriptionRecord? Subscription(Guid id) => subscriptions.GetValueOrDefault(id);

    public IncidentRecord? Incident(Guid id) => incidents.GetValueOrDefault(id);

    public void Put(UserTaskRecord task)
    {
        tasks[task.Id] = task;
        changedTasks.Add(task.Id);
    }

    public void Put(TimerRecord timer)
    {
        timers[timer.Id] = timer;
        changedTimers.Add(timer.Id);
    }

    public void Put(MessageSubscriptionRecord subscription)
    {
        subscriptions[subscription.Id] = subscription;
        changedSubscriptions.Add(subscription.Id);
    }

    public void Put(IncidentRecord incident)
    {
        incidents[incident.Id] = incident;
        changedIncidents.Add(incident.Id);
    }

    public void Add(CarbonCopyRecord copy) => carbonCopies.Add(copy);

    public void Outbox(string type, object payload, string? stepId = null) => outbox.Add(new OutboxMessage
    {
        Id = RowIds.New(),
        InstanceId = State.Id,
        Type = type,
        PayloadJson = payload as string ?? JsonSerializer.Serialize(payload, WorkflowJson.Options),
        StepId = stepId,
        CreatedAt = Now,
    });

    public void Journal(
        JournalEntryKind kind,
        string? elementId = null,
        string? actor = null,
        string? comment = null,
        IReadOnlyDictionary<string, JsonElement>? variables = null,
        Guid? taskId = null,
        string? outcome = null,
        string? detail = null) => journal.Add(new JournalEntry
    {
        Id = RowIds.New(),
        InstanceId = State.Id,
        Sequence = ++State.JournalSequence,
        At = Now,
        Kind = kind,
        ElementId = elementId,
        TaskId = taskId,
        Actor = actor,
        Comment = comment,
        Outcome = outcome,
        VariablesJson = variables is { Count: > 0 } ? JsonSerializer.Serialize(variables, WorkflowJson.Options) : null,
        Detail = detail,
    });

    public WorkflowChangeSet ToChangeSet() => new()
    {
        ExpectedVersion = ExpectedVersion,
        Instance = Snapshot(),
        Tasks = changedTasks.Select(id => tasks[id]).ToList(),
        Timers = changedTimers.Select(id => timers[id]).ToList(),
        Subscriptions = changedSubscriptions.Select(id => subscriptions[id]).ToList(),
        Incidents = changedIncidents.Select(id => incidents[id]).ToList(),
        CarbonCopies = carbonCopies.ToList(),
        Journal = journal.ToList(),
        Outbox = outbox.ToList(),
    };

    public InstanceSnapshot Snapshot() => new()
    {
        Id = State.Id,
        ProcessId = State.ProcessId,
        DefinitionVersion = State.DefinitionVersion,
        BusinessKey = State.BusinessKey,
        Initiator = State.Initiator,
        Status = State.Status,
        Version = ExpectedVersion + 1,
        StartedAt = State.StartedAt,
        EndedAt = State.EndedAt,
        HasOpenIncidents = incidents.Values.Any(i => i.Status == IncidentStatus.Open),
        StateJson = State.Serialize(),
    };
}

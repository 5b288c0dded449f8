using System.Text.Json;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>An engine over an in-memory store with a fake clock, plus terse helpers for tests.</summary>
internal sealed class EngineHarness
{
    /// <summary>Monday 2025-09-29 09:00 in Beijing.</summary>
    public static readonly DateTimeOffset Monday0900 = new(2025, 9, 29, 9, 0, 0, TimeSpan.FromHours(8));

    public EngineHarness(WorkingCalendar? calendar = null, BpmnParserOptions? parsing = null)
    {
        Engine = new WorkflowEngine(
            Store,
            Activities,
            new WorkflowEngineOptions
            {
                Calendar = calendar ?? WorkingCalendar.WeekdaysOnly,
                TimeZone = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"),
                Parsing = parsing ?? new BpmnParserOptions(),
            },
            Time,
            startTimers: Store);
    }

    public FakeTimeProvider Time { get; } = new(Monday0900);

    public InMemoryWorkflowStore Store { get; } = new();

    public ServiceActivityRegistry Activities { get; } = new();

    public WorkflowEngine Engine { get; }

    public static IReadOnlyDictionary<string, JsonElement> Vars(object? values) => WorkflowVariables.From(values);

    public async Task<WorkflowCommandResult> StartAsync(string xml, object? variables = null, string? businessKey = null, string? initiator = "initiator")
    {
        var deployment = await Engine.DeployAsync(xml);
        return await Engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = deployment.ProcessId,
            Version = deployment.Version,
            BusinessKey = businessKey,
            Initiator = initiator,
            Variables = Vars(variables),
        });
    }

    public async Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync(Guid instanceId) =>
        (await Store.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, Take = 500 })).Items;

    public async Task<UserTaskRecord> OpenTaskAsync(Guid instanceId, string elementId, string? assignee = null) =>
        Assert.Single(await OpenTasksAsync(instanceId), t => t.ElementId == elementId && (assignee is null || t.Assignee == assignee));

    public async Task<WorkflowCommandResult> CompleteAsync(Guid instanceId, string elementId, object? variables = null, string? actor = null)
    {
        var candidates = (await OpenTasksAsync(instanceId)).Where(t => t.ElementId == elementId).ToList();
        var task = candidates.Count == 1 ? candidates[0] : Assert.Single(candidates, t => t.Assignee == actor);
        return await Engine.CompleteTaskAsync(task.Id, actor ?? task.Assignee ?? "someone", Vars(variables));
    }

    public async Task<WorkflowInstanceView> InstanceAsync(Guid instanceId) => (await Engine.GetInstanceAsync(instanceId))!;

    public async Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(Guid instanceId) =>
        (await Store.LoadInstanceAsync(instanceId))!.PendingTimers;

    public async Task<WorkflowCommandResult> FireAsync(Guid instanceId, string elementId)
    {
        var timer = Assert.Single(await PendingTimersAsync(instanceId), t => t.ElementId == elementId);
        Time.SetUtcNow(timer.DueAt);
        return await Engine.FireTimerAsync(timer.Id);
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync() => await Store.GetPendingOutboxAsync(1000);

    public async Task<string> VariableAsync(Guid instanceId, string name) => (await InstanceAsync(instanceId)).Variables[name].GetRawText();

    /// <summary>Every element the instance's tokens entered, over all its commands, in order (from the journal).</summary>
    public async Task<IReadOnlyList<string>> PathAsync(Guid instanceId) =>
        (await Engine.GetJournalAsync(instanceId)).Where(e => e.Kind == JournalEntryKind.ElementEntered).Select(e => e.ElementId!).ToList();

    public async Task<IReadOnlyList<IncidentRecord>> OpenIncidentsAsync(Guid instanceId) =>
        (await Store.GetIncidentsAsync(instanceId)).Where(i => i.Status == IncidentStatus.Open).ToList();

    public Task<MessageDeliveryResult> DeliverAsync(string message, string? businessKey, object? variables = null) =>
        Engine.DeliverMessageAsync(message, businessKey, Vars(variables));

    /// <summary>Deploys files (e.g. a called process before its caller) and returns the last deployment.</summary>
    public async Task<DeploymentResult> DeployAsync(params string[] xmls)
    {
        DeploymentResult? last = null;
        foreach (var xml in xmls) last = await Engine.DeployAsync(xml);
        return last!;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>The engine facade: deploy, start, and every command on instances; each command commits one change set.</summary>
public sealed partial class WorkflowEngine(
    IWorkflowStore store,
    IServiceActivityResolver activities,
    WorkflowEngineOptions? options = null,
    TimeProvider? timeProvider = null,
    ILogger<WorkflowEngine>? logger = null,
    ParsedDefinitionCache? parsedDefinitions = null,
    IStartTimerStore? startTimers = null,
    InstanceStateCache? stateCache = null)
{
    // Parsed instance states are shared by the scoped engines of a host like definitions are (see InstanceStateCache).
    private readonly InstanceStateCache states = stateCache ?? new InstanceStateCache();

    // Parsed definitions are immutable; hosts share one cache between their scoped engines.
    private readonly ParsedDefinitionCache definitions = parsedDefinitions ?? new ParsedDefinitionCache();
    private readonly WorkflowEngineOptions options = options ?? new WorkflowEngineOptions();
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly ILogger logger = logger ?? NullLogger<WorkflowEngine>.Instance;

    /// <summary>The store the engine commits to.</summary>
    public IWorkflowStore Store => store;

    /// <summary>Deploys BPMN XML: a new version when the content changed, the existing version when identical.</summary>
    /// <exception cref="WorkflowDefinitionException">The file has problems; all are listed.</exception>
    public async Task<DeploymentResult> DeployAsync(string bpmnXml, CancellationToken cancellationToken = default)
    {
        var parsed = BpmnParser.Parse(bpmnXml, this.options.Parsing);
        var definition = parsed.Definition ?? throw new WorkflowDefinitionException(parsed.Problems);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(bpmnXml.ReplaceLineEndings("\n"))));
        for (var attempt = 0; ; attempt++)
        {
            var latest = await store.GetDefinitionAsync(definition.ProcessId, null, cancellationToken);
            if (latest is not null && latest.ContentHash == hash)
            {
                return new DeploymentResult(definition.ProcessId, latest.Version, false, hash) { Warnings = parsed.Warnings };
            }

            var version = (latest?.Version ?? 0) + 1;
            try
            {
                var deployed = new DeployedDefinition(definition.ProcessId, version, definition.Name, hash, bpmnXml, time.GetUtcNow());
                await store.AddDefinitionAsync(deployed, cancellationToken);
                definitions.Add(deployed, definition);
                logger.LogInformation("Deployed {ProcessId} version {Version}", definition.ProcessId, version);
                await ScheduleStartTimersAsync(deployed, definition, cancellationToken);
                return new DeploymentResult(definition.ProcessId, version, true, hash) { Warnings = parsed.Warnings };
            }
            catch (WorkflowConflictException) when (attempt < 3)
            {
                // Someone deployed concurrently; re-read so identical content resolves to their version.
            }
        }
    }

    /// <summary>Starts an instance at the none start event and runs it until every token waits or ends.</summary>
    public async Task<WorkflowCommandResult> StartAsync(StartInstanceRequest request, CancellationToken cancellationToken = default)
    {
        var deployed = await store.GetDefinitionAsync(request.ProcessId, request.Version, cancellationToken)
            ?? throw new WorkflowOperationException($"process '{request.ProcessId}'{(request.Version is { } v ? $" version {v}" : string.Empty)} is not deployed");
        var definition = Definition(deployed);
        if (definition.StartNodes(null).Count == 0)
        {
            throw new WorkflowOperationException($"process '{request.ProcessId}' has no none start event; it is started by its timer start event(s)");
        }

        var session = await StartCoreAsync(deployed, definition, RowIds.New(), request, definition.StartNodes(null)[0], null, cancellationToken);
        var result = WorkflowCommandResult.From(session);
        Remember(session);
        await FireImmediateTimersAsync(session.ImmediateTimers, cancellationToken);
        return result;
    }

    /// <summary>Creates, runs and commits a new instance from <paramref name="start"/> (none start, timer start, or a call).</summary>
    private async Task<InstanceSession> StartCoreAsync(
        DeployedDefinition deployed, ProcessDefinition definition, Guid id, StartInstanceRequest request, FlowNode start, CallerLink? caller,
        CancellationToken cancellationToken, DateTimeOffset? timerDue = null)
    {
        var now = time.GetUtcNow();
        var state = new InstanceState
        {
            Id = id,
            ProcessId = deployed.ProcessId,
            DefinitionVersion = deployed.Version,
            BusinessKey = request.BusinessKey,
            Initiator = request.Initiator,
            Status = InstanceStatus.Running,
            StartedAt = now,
            Caller = caller,
        };
        foreach (var (name, value) in request.Variables ?? WorkflowVariables.Empty) state.Variables[name] = value.Clone();
        if (request.Initiator is not null)
        {
            state.Variables.TryAdd("initiator", WorkflowVariables.Value(request.Initiator));
            if (start is StartEventNode { InitiatorVariable: { } variable }) state.Variables.TryAdd(variable, WorkflowVariables.Value(request.Initiator));
        }

        using var step = WorkflowTelemetry.Begin(nameof(StartAsync), id);
        var session = InstanceSession.Create(definition, state, now);
        session.Journal(JournalEntryKind.InstanceStarted, actor: request.Initiator, variables: state.Variables);
        if (timerDue is { } due) session.Journal(JournalEntryKind.StartedByTimer, start.Id, "system", detail: $"occurrence due {due:O}");
        var runner = Runner(session);
        runner.Enqueue(state.NewToken(start.Id, null));
        await runner.RunAsync(cancellationToken);
        await store.CommitAsync(session.ToChangeSet(), cancellationToken);
        step.Committed(deployed.ProcessId);
        return session;
    }

    /// <summary>Keeps a committed command's state for the next command on the instance; call once nothing reads the session any more.</summary>
    private void Remember(InstanceSession session) => states.Put(session.State.Id, session.ExpectedVersion + 1, session.State);

    /// <summary>Reads an instance's status, variables and token positions.</summary>
    public async Task<WorkflowInstanceView?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var records = await store.LoadInstanceAsync(instanceId, cancellationToken);
        if (records is null) return null;
        var snapshot = records.Instance;
        var state = InstanceState.Deserialize(snapshot.StateJson);
        return new WorkflowInstanceView
        {
            Id = snapshot.Id,
            ProcessId = snapshot.ProcessId,
            DefinitionVersion = snapshot.DefinitionVersion,
            BusinessKey = snapshot.BusinessKey,
            Initiator = snapshot.Initiator,
            Status = snapshot.Status,
            Version = snapshot.Version,
            HasOpenIncidents = snapshot.HasOpenIncidents,
            Variables = state.Variables,
            ActiveElementIds = state.Tokens.Where(t => t.MultiInstance is null).Select(t => t.NodeId).ToList(),
        };
    }

    /// <summary>The instance's journal, oldest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        store.GetJournalAsync(instanceId, cancellationToken);

    /// <summary>Inbox query (delegates to the store).</summary>
    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default) =>
        store.QueryTasksAsync(query, cancellationToken);

    /// <summary>Returns the parsed definition of a deployed version.</summary>
    public async Task<ProcessDefinition> GetDefinitionAsync(string processId, int version, CancellationToken cancellationToken = default)
    {
        var deployed = await store.GetDefinitionAsync(processId, version, cancellationToken)
            ?? throw new WorkflowOperationException($"process '{processId}' version {version} is not deployed");
        return Definition(deployed);
    }

    private ProcessDefinition Definition(DeployedDefinition deployed) => definitions.GetOrParse(deployed, options.Parsing);

    private TokenRunner Runner(InstanceSession session) => new(session, activities, options, logger);

    /// <summary>Loads an instance, applies <paramref name="apply"/>, runs tokens, and commits one change set.</summary>
    private async Task<WorkflowCommandResult> RunCommandAsync(
        Guid instanceId,
        Action<InstanceSession, TokenRunner> apply,
        Func<Task<string?>>? describeConflict,
        CancellationToken cancellationToken,
        InstanceRecords? preloaded = null,
        bool allowEnded = false,
        [System.Runtime.CompilerServices.CallerMemberName] string command = "")
    {
        using var step = WorkflowTelemetry.Begin(command, instanceId);
        var records = preloaded ?? await store.LoadInstanceAsync(instanceId, cancellationToken)
            ?? throw new WorkflowOperationException($"instance {instanceId} does not exist");
        if (records.Instance.Status != InstanceStatus.Running && !allowEnded)
        {
            throw new WorkflowOperationException($"instance {instanceId} is {records.Instance.Status.ToString().ToLowerInvariant()}");
        }

        var definition = await GetDefinitionAsync(records.Instance.ProcessId, records.Instance.DefinitionVersion, cancellationToken);
        var session = InstanceSession.Load(records, definition, time.GetUtcNow(), states.Take(instanceId, records.Instance.Version));
        var runner = Runner(session);
        apply(session, runner);
        await runner.RunAsync(cancellationToken);
        try
        {
            await store.CommitAsync(session.ToChangeSet(), cancellationToken);
            step.Committed(records.Instance.ProcessId);
        }
        catch (WorkflowConflictException e)
        {
            step.Conflicted();
            if (describeConflict is null) throw;
            var message = await describeConflict();
            throw new WorkflowConflictException(message ?? e.Message, e);
        }

        var result = WorkflowCommandResult.From(session);
        Remember(session);
        await FireImmediateTimersAsync(session.ImmediateTimers, cancellationToken);
        return result;
    }
}

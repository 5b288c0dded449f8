using System.Text.Json;
using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Moves tokens through the process graph until every token waits or ends; all effects go to the session.</summary>
internal sealed partial class TokenRunner(InstanceSession session, IServiceActivityResolver activities, WorkflowEngineOptions options, ILogger logger)
{
    private readonly Queue<TokenState> ready = new();
    private int steps;

    private InstanceState State => session.State;

    private ProcessDefinition Definition => session.Definition;

    private DateOnly LocalToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.Now, options.TimeZone).DateTime);

    /// <summary>Queues a token to execute its current node.</summary>
    public void Enqueue(TokenState token)
    {
        token.Status = TokenStatus.Ready;
        ready.Enqueue(token);
    }

    /// <summary>Runs queued tokens, then inclusive joins that became decidable, until nothing is left to do.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        do
        {
            while (ready.TryDequeue(out var token))
            {
                // A token can be cancelled (terminate end, interrupting boundary) while it sits in the queue.
                if (token.Status != TokenStatus.Ready || State.Token(token.Id) is null) continue;
                if (++steps > options.MaxStepsPerCommand)
                {
                    RaiseIncident(token, $"more than {options.MaxStepsPerCommand} steps in one command; the process probably loops", null);
                    continue;
                }

                await ExecuteAsync(token, cancellationToken);
            }
        }
        while (TryFireInclusiveJoins());

        RaiseStuckJoinIncidents();
    }

    private async Task ExecuteAsync(TokenState token, CancellationToken cancellationToken)
    {
        var node = Definition.Node(token.NodeId);
        session.Path.Add(node.Id);
        session.Journal(JournalEntryKind.ElementEntered, node.Id);
        switch (node)
        {
            case StartEventNode or BoundaryEventNode or PassThroughNode:
                Leave(token, node);
                break;
            case EndEventNode end:
                End(token, end);
                break;
            case UserTaskNode or SubProcessNode or CallActivityNode:
                EnterActivity(token, node);
                break;
            case ServiceTaskNode serviceTask:
                await RunServiceTaskAsync(token, serviceTask, cancellationToken);
                break;
            case ReceiveTaskNode receive:
                CreateBoundaries(token, receive);
                Subscribe(token, receive.Id, receive.MessageName, signal: false);
                break;
            case MessageCatchEventNode message:
                Subscribe(token, message.Id, message.MessageName, signal: false);
                break;
            case SignalCatchEventNode signal:
                Subscribe(token, signal.Id, signal.SignalName, signal: true);
                break;
            case TimerCatchEventNode timer:
                token.TimerId = ScheduleTimer(token, timer.Id, timer.Timer);
                token.Status = TokenStatus.Waiting;
                break;
            case GatewayNode gateway:
                EnterGateway(token, gateway);
                break;
        }
    }

    /// <summary>Leaves a node along all its outgoing flows (one flow moves the token; several fork it).</summary>
    public void Leave(TokenState token, FlowNode node, IReadOnlyDictionary<string, JsonElement>? variables = null)
    {
        session.Journal(JournalEntryKind.ElementCompleted, node.Id, variables: variables);
        Take(token, node.Outgoing);
    }

    private void Take(TokenState token, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            RemoveAndCheckScope(token);
            return;
        }

        for (var i = 0; i < flows.Count; i++)
        {
            var next = i == 0 ? token : State.NewToken(flows[i].TargetId, token.ParentId);

            // Return and withdraw never cross a fork, so forked branches start with an empty trail.
            if (flows.Count > 1) next.Trail = [];
            next.NodeId = flows[i].TargetId;
            next.ArrivedVia = flows[i].Id;
            Enqueue(next);
        }
    }

    private void End(TokenState token, EndEventNode end)
    {
        switch (end.Kind)
        {
            case EndEventKind.None:
                RemoveAndCheckScope(token);
                break;
            case EndEventKind.Terminate:
                foreach (var sibling in State.Children(token.ParentId).ToList()) RemoveTree(sibling);
                session.Journal(JournalEntryKind.ElementCompleted, end.Id, detail: "terminated the enclosing scope");
                CompleteScope(token.ParentId);
                break;
            case EndEventKind.Error:
                ThrowError(token, end.ErrorCode!, fromEndEvent: true);
                break;
            case EndEventKind.Escalation:
                ThrowEscalation(token, end.EscalationCode!);
                break;
        }
    }

    private void RemoveAndCheckScope(TokenState token)
    {
        State.Tokens.Remove(token);
        if (!State.Children(token.ParentId).Any()) CompleteScope(token.ParentId);
    }

    private void CompleteScope(int? scopeTokenId)
    {
        if (scopeTokenId is not { } id)
        {
            if (State.Status != InstanceStatus.Running) return;
            State.Status = InstanceStatus.Completed;
            State.EndedAt = session.Now;
            session.Journal(JournalEntryKind.InstanceCompleted);
            ReturnToCaller();
            return;
        }

        var scope = State.Token(id)!;
        FinishActivity(scope, Definition.Node(scope.NodeId), null, null, null);
    }

    /// <summary>Process variables overlaid with the locals of the token and its enclosing scopes.</summary>
    public IReadOnlyDictionary<string, JsonElement> Variables(TokenState token)
    {
        var chain = new List<Dictionary<string, JsonElement>>();
        for (TokenState? t = token; t is not null; t = t.ParentId is { } p ? State.Token(p) : null)
        {
            if (t.Locals is { Count: > 0 } locals) chain.Add(locals);
        }

        if (chain.Count == 0) return State.Variables;
        var merged = new Dictionary<string, JsonElement>(State.Variables, StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i]) merged[name] = value;
        }

        return merged;
    }

    /// <summary>Stops a token with an incident; it stays at its node until retried or moved.</summary>
    public void RaiseIncident(TokenState token, string message, string? stackTrace)
    {
        var incident = new IncidentRecord
        {
            Id = RowIds.New(),
            InstanceId = State.Id,
            TokenId = token.Id,
            ElementId = token.NodeId,
            StepId = token.StepId ?? NewStepId(token.NodeId),
            Message = message,
            StackTrace = stackTrace,
            Status = IncidentStatus.Open,
            CreatedAt = session.Now,
        };
        session.Put(incident);
        session.RaisedIncidents.Add(incident);
        token.IncidentId = incident.Id;

        // A multi-instance body keeps owning its instance tokens; only plain tokens change status.
        if (token.MultiInstance is null) token.Status = TokenStatus.Incident;
        session.Journal(JournalEntryKind.IncidentRaised, token.NodeId, detail: message);
        logger.LogWarning("Incident in instance {InstanceId} at {ElementId}: {Message}", State.Id, token.NodeId, message);
    }

    private string NewStepId(string elementId) => $"{State.Id:N}:{elementId}:{++State.StepCounter}";
}

using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Service tasks, message and signal subscriptions, BPMN errors and escalations.</summary>
internal sealed partial class TokenRunner
{
    /// <summary>Prefix of the subscription name under which signal catch events wait (signals are not correlated by business key).</summary>
    public const string SignalPrefix = "signal:";

    private async Task RunServiceTaskAsync(TokenState token, ServiceTaskNode node, CancellationToken cancellationToken)
    {
        // The step id survives an incident so a retried activity can recognise its earlier attempt.
        token.StepId ??= NewStepId(node.Id);
        var activity = activities.Resolve(node.ServiceType);
        if (activity is null)
        {
            RaiseIncident(token, $"no service activity is registered for type '{node.ServiceType}'", null);
            return;
        }

        var context = new ServiceActivityContext(State.Id, State.BusinessKey, node.Id, node.ServiceType, token.StepId, session.Now, Variables(token));
        try
        {
            await activity.ExecuteAsync(context, cancellationToken);
        }
        catch (BpmnErrorException e)
        {
            ThrowError(token, e.ErrorCode, fromEndEvent: false);
            return;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Writes and outbox messages of the failed attempt are dropped: only successful steps leave effects.
            RaiseIncident(token, e.Message, e.ToString());
            return;
        }

        foreach (var (name, value) in context.Writes) State.Variables[name] = value;
        foreach (var (type, payload) in context.OutboxMessages) session.Outbox(type, payload, token.StepId);
        token.StepId = null;
        Leave(token, node, context.Writes);
    }

    private void Subscribe(TokenState token, string elementId, string name, bool signal)
    {
        token.SubscriptionId = NewSubscription(token, elementId, name, signal).Id;
        token.Status = TokenStatus.Waiting;
    }

    private MessageSubscriptionRecord NewSubscription(TokenState token, string elementId, string name, bool signal)
    {
        var subscription = new MessageSubscriptionRecord
        {
            Id = RowIds.New(),
            InstanceId = State.Id,
            TokenId = token.Id,
            ElementId = elementId,
            MessageName = signal ? SignalPrefix + name : name,
            BusinessKey = signal ? null : State.BusinessKey,
            Status = SubscriptionStatus.Active,
            CreatedAt = session.Now,
        };
        session.Put(subscription);
        return subscription;
    }

    /// <summary>True when <paramref name="token"/> waits on <paramref name="subscriptionId"/> (its own wait, a boundary event, or a race).</summary>
    public static bool WaitsOn(TokenState token, Guid subscriptionId) =>
        token.SubscriptionId == subscriptionId || token.BoundarySubscriptionIds?.Contains(subscriptionId) == true;

    /// <summary>Delivers a message or signal to the waiting token: consumes the subscription, merges variables, moves on.</summary>
    public void DeliverMessage(TokenState token, Guid subscriptionId, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var subscription = session.Subscription(subscriptionId)!;
        session.Put(subscription with { Status = SubscriptionStatus.Consumed, ClosedAt = session.Now });
        foreach (var (name, value) in variables) State.Variables[name] = value;
        var isSignal = subscription.MessageName.StartsWith(SignalPrefix, StringComparison.Ordinal);
        session.Journal(isSignal ? JournalEntryKind.SignalReceived : JournalEntryKind.MessageReceived, subscription.ElementId, variables: variables,
            detail: isSignal ? subscription.MessageName[SignalPrefix.Length..] : subscription.MessageName);
        var node = Definition.Node(subscription.ElementId);
        if (node is BoundaryEventNode boundary)
        {
            token.BoundarySubscriptionIds!.Remove(subscriptionId);
            FireBoundary(token, boundary);
            return;
        }

        if (token.NodeId != node.Id)
        {
            token.BoundarySubscriptionIds!.Remove(subscriptionId);
            ResolveRace(token, node, variables);
            return;
        }

        token.SubscriptionId = null;
        CancelBoundaryTimers(token);
        Leave(token, node, variables);
    }

    private void ThrowError(TokenState token, string errorCode, bool fromEndEvent)
    {
        if (!fromEndEvent && FindBoundary(Definition.Node(token.NodeId), BoundaryEventKind.Error, errorCode) is { } own)
        {
            CatchError(token, own, errorCode);
            return;
        }

        for (var scopeId = token.ParentId; scopeId is { } id;)
        {
            var scope = ActivityToken(State.Token(id)!);
            if (FindBoundary(Definition.Node(scope.NodeId), BoundaryEventKind.Error, errorCode) is { } boundary)
            {
                CatchError(scope, boundary, errorCode);
                return;
            }

            scopeId = scope.ParentId;
        }

        if (State.Caller is not null)
        {
            // Uncaught in a called process: the process ends and the caller's call activity receives the error.
            State.EndErrorCode = errorCode;
            session.Journal(JournalEntryKind.ElementCompleted, token.NodeId, detail: $"error '{errorCode}' ends the called process; the caller handles it");
            CancelAll();
            CompleteScope(null);
            return;
        }

        RaiseIncident(token, $"BPMN error '{errorCode}' was not caught by any error boundary event", null);
    }

    /// <summary>The boundary event of <paramref name="kind"/> catching <paramref name="code"/>: the one naming it, else one catching every code.</summary>
    private static BoundaryEventNode? FindBoundary(FlowNode node, BoundaryEventKind kind, string code) =>
        node.BoundaryEvents.FirstOrDefault(b => b.Kind == kind && (kind == BoundaryEventKind.Error ? b.ErrorCode : b.EscalationCode) == code)
        ?? node.BoundaryEvents.FirstOrDefault(b => b.Kind == kind && (kind == BoundaryEventKind.Error ? b.ErrorCode : b.EscalationCode) is null);

    private void CatchError(TokenState activityToken, BoundaryEventNode boundary, string errorCode)
    {
        session.Journal(JournalEntryKind.ErrorCaught, boundary.Id, detail: $"error '{errorCode}' caught on {boundary.AttachedToId}");
        CancelActivity(activityToken);
        activityToken.StepId = null;
        activityToken.NodeId = boundary.Id;
        activityToken.ArrivedVia = null;
        Enqueue(activityToken);
    }
}

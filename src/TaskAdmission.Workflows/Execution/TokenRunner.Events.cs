using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Service tasks, messages and BPMN errors.</summary>
internal sealed partial class TokenRunner
{
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

    private void Subscribe(TokenState token, string messageName)
    {
        var subscription = new MessageSubscriptionRecord
        {
            Id = RowIds.New(),
            InstanceId = State.Id,
            TokenId = token.Id,
            ElementId = token.NodeId,
            MessageName = messageName,
            BusinessKey = State.BusinessKey,
            Status = SubscriptionStatus.Active,
            CreatedAt = session.Now,
        };
        session.Put(subscription);
        token.SubscriptionId = subscription.Id;
        token.Status = TokenStatus.Waiting;
    }

    /// <summary>Delivers a message to the waiting token: consumes the subscription, merges variables, moves on.</summary>
    public void DeliverMessage(TokenState token, IReadOnlyDictionary<string, System.Text.Json.JsonElement> variables)
    {
        var subscription = session.Subscription(token.SubscriptionId!.Value)!;
        session.Put(subscription with { Status = SubscriptionStatus.Consumed, ClosedAt = session.Now });
        token.SubscriptionId = null;
        foreach (var (name, value) in variables) State.Variables[name] = value;
        session.Journal(JournalEntryKind.MessageReceived, token.NodeId, variables: variables, detail: subscription.MessageName);
        Leave(token, Definition.Node(token.NodeId), variables);
    }

    private void ThrowError(TokenState token, string errorCode, bool fromEndEvent)
    {
        if (!fromEndEvent && FindErrorBoundary(Definition.Node(token.NodeId), errorCode) is { } own)
        {
            CatchError(token, own, errorCode);
            return;
        }

        for (var scopeId = token.ParentId; scopeId is { } id;)
        {
            var scope = State.Token(id)!;
            if (FindErrorBoundary(Definition.Node(scope.NodeId), errorCode) is { } boundary)
            {
                CatchError(scope, boundary, errorCode);
                return;
            }

            scopeId = scope.ParentId;
        }

        RaiseIncident(token, $"BPMN error '{errorCode}' was not caught by any error boundary event", null);
    }

    private static BoundaryEventNode? FindErrorBoundary(FlowNode node, string errorCode) =>
        node.BoundaryEvents.FirstOrDefault(b => b.Kind == BoundaryEventKind.Error && b.ErrorCode == errorCode)
        ?? node.BoundaryEvents.FirstOrDefault(b => b.Kind == BoundaryEventKind.Error && b.ErrorCode is null);

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

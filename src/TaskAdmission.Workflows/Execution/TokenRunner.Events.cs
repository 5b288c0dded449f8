using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Service tasks, timers, messages and BPMN errors.</summary>
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
            Id = Guid.NewGuid(),
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

    private Guid ScheduleTimer(TokenState token, string elementId, TimerSpec spec)
    {
        var timer = new TimerRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = State.Id,
            TokenId = token.Id,
            ElementId = elementId,
            DueAt = spec.ComputeDue(session.Now, options.Calendar, options.TimeZone),
            Status = TimerStatus.Pending,
            CreatedAt = session.Now,
        };
        session.Put(timer);
        return timer.Id;
    }

    private void CreateBoundaryTimers(TokenState token, FlowNode node)
    {
        foreach (var boundary in node.BoundaryEvents.Where(b => b.Kind == BoundaryEventKind.Timer))
        {
            token.BoundaryTimerIds.Add(ScheduleTimer(token, boundary.Id, boundary.Timer!));
        }
    }

    /// <summary>Fires a pending timer owned by <paramref name="token"/>; the caller has checked it is pending.</summary>
    public void FireTimer(TokenState token, TimerRecord timer)
    {
        session.Put(timer with { Status = TimerStatus.Fired, ClosedAt = session.Now });
        session.Journal(JournalEntryKind.TimerFired, timer.ElementId, actor: "system");
        var node = Definition.Node(timer.ElementId);
        if (node is TimerCatchEventNode catchEvent)
        {
            token.TimerId = null;
            Leave(token, catchEvent);
            return;
        }

        var boundary = (BoundaryEventNode)node;
        token.BoundaryTimerIds.Remove(timer.Id);
        switch (boundary.TimeoutAction)
        {
            case TimeoutAction.Remind:
                foreach (var task in OpenTasksUnder(token)) Remind(task, "system", $"timer {boundary.Id} is due");
                break;
            case TimeoutAction.Approve or TimeoutAction.Reject:
                var outcome = boundary.TimeoutAction == TimeoutAction.Approve ? "approve" : "reject";
                AutoComplete(token, outcome, boundary.Id);
                return;
        }

        if (boundary.Outgoing.Count == 0) return;
        if (boundary.CancelActivity)
        {
            CancelActivity(token);
            token.MultiInstance = null;
            token.NodeId = boundary.Id;
            token.ArrivedVia = null;
            Enqueue(token);
        }
        else
        {
            Enqueue(State.NewToken(boundary.Id, token.ParentId));
        }
    }

    private void AutoComplete(TokenState token, string outcome, string boundaryId)
    {
        var variables = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["outcome"] = WorkflowVariables.Value(outcome),
        };
        var taskTokens = token.MultiInstance is null ? [token] : State.Children(token.Id).Where(t => t.TaskId is not null).ToList();
        foreach (var taskToken in taskTokens)
        {
            if (taskToken.TaskId is null || State.Token(taskToken.Id) is null) continue;
            CompleteUserTask(taskToken, "system", variables, $"automatic {outcome}: timer {boundaryId} is due");
        }
    }

    /// <summary>Sends a reminder for an open task through the outbox and journals it.</summary>
    public void Remind(UserTaskRecord task, string actor, string? comment)
    {
        session.Outbox("TaskReminder", new
        {
            taskId = task.Id,
            instanceId = task.InstanceId,
            elementId = task.ElementId,
            taskName = task.Name,
            assignee = task.Assignee,
            candidateRoles = task.CandidateRoles,
            candidateScope = task.CandidateScope,
            dueDate = task.DueDate,
            from = actor,
            comment,
        });
        session.Journal(JournalEntryKind.Reminded, task.ElementId, actor, comment, taskId: task.Id);
    }

    private IEnumerable<UserTaskRecord> OpenTasksUnder(TokenState token)
    {
        var tokens = token.MultiInstance is null ? [token] : State.Children(token.Id).ToList();
        return tokens
            .Where(t => t.TaskId is not null && session.TryGetTask(t.TaskId.Value, out var task) && task.Status == UserTaskStatus.Open)
            .Select(t => session.Task(t.TaskId!.Value))
            .ToList();
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

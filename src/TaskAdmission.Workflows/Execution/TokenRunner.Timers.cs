using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Timers: scheduling, boundary timers, firing and the ta:timeoutAction automatic actions.</summary>
internal sealed partial class TokenRunner
{
    private Guid ScheduleTimer(TokenState token, string elementId, TimerSpec spec)
    {
        var timer = new TimerRecord
        {
            Id = RowIds.New(),
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

    /// <summary>Fires a pending timer owned by <paramref name="token"/>; the caller has checked it is pending.</summary>
    public void FireTimer(TokenState token, TimerRecord timer)
    {
        session.Put(timer with { Status = TimerStatus.Fired, ClosedAt = session.Now });
        session.Journal(JournalEntryKind.TimerFired, timer.ElementId, actor: "system");
        var node = Definition.Node(timer.ElementId);
        if (node is TimerCatchEventNode catchEvent)
        {
            if (token.NodeId == catchEvent.Id)
            {
                token.TimerId = null;
                Leave(token, catchEvent);
                return;
            }

            // The token waits at an event-based gateway and this timer won the race.
            token.BoundaryTimerIds.Remove(timer.Id);
            ResolveRace(token, catchEvent, null);
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
        FireBoundary(token, boundary);
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
}

using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Cancelling tokens and their bookmarks (tasks, timers, subscriptions, incidents).</summary>
internal sealed partial class TokenRunner
{
    /// <summary>Cancels everything a token owns (child tokens and bookmarks) but keeps the token itself.</summary>
    public void CancelActivity(TokenState token)
    {
        foreach (var child in State.Children(token.Id).ToList()) RemoveTree(child);
        CancelBookmarks(token);
        token.MultiInstance = null;
        token.ResolvedVariables = null;
    }

    /// <summary>Cancels a token with everything it owns and removes it from the instance.</summary>
    public void RemoveTree(TokenState token)
    {
        CancelActivity(token);
        State.Tokens.Remove(token);
    }

    /// <summary>Cancels the boundary events (timers, message and signal subscriptions) of an activity that is being left, or a race that was decided.</summary>
    public void CancelBoundaryTimers(TokenState token)
    {
        foreach (var id in token.BoundaryTimerIds) CancelTimer(id);
        token.BoundaryTimerIds.Clear();
        if (token.BoundarySubscriptionIds is null) return;
        foreach (var id in token.BoundarySubscriptionIds) CancelSubscription(id);
        token.BoundarySubscriptionIds = null;
    }

    private void CancelBookmarks(TokenState token)
    {
        if (token.TaskId is { } taskId && session.TryGetTask(taskId, out var task) && task.Status == UserTaskStatus.Open)
        {
            session.Put(task with { Status = UserTaskStatus.Cancelled, ClosedAt = session.Now });
            session.Journal(JournalEntryKind.TaskCancelled, task.ElementId, taskId: task.Id);
        }

        if (token.TimerId is { } timerId) CancelTimer(timerId);
        CancelBoundaryTimers(token);
        if (token.SubscriptionId is { } subscriptionId) CancelSubscription(subscriptionId);
        if (token.CalledInstanceId is { } called && token.CallStarted) CancelCalledInstance(token, called);

        if (token.IncidentId is { } incidentId && session.Incident(incidentId) is { Status: IncidentStatus.Open } incident)
        {
            session.Put(incident with { Status = IncidentStatus.Resolved, ResolvedAt = session.Now, ResolvedBy = "system" });
        }

        token.TaskId = null;
        token.TimerId = null;
        token.SubscriptionId = null;
        token.IncidentId = null;
        token.CalledInstanceId = null;
        token.CallStarted = false;
    }

    private void CancelSubscription(Guid id)
    {
        if (session.Subscription(id) is { Status: SubscriptionStatus.Active } subscription)
        {
            session.Put(subscription with { Status = SubscriptionStatus.Cancelled, ClosedAt = session.Now });
        }
    }

    private void CancelTimer(Guid id)
    {
        if (session.Timer(id) is { Status: TimerStatus.Pending } timer)
        {
            session.Put(timer with { Status = TimerStatus.Cancelled, ClosedAt = session.Now });
        }
    }
}

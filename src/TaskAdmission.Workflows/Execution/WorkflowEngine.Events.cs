using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>External triggers: timers, messages, and incident retries.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Fires a due timer exactly once.</summary>
    /// <exception cref="WorkflowConflictException">The timer was already fired or cancelled (by this or another worker).</exception>
    /// <exception cref="WorkflowOperationException">The timer does not exist or is not due yet.</exception>
    public async Task<WorkflowCommandResult> FireTimerAsync(Guid timerId, CancellationToken cancellationToken = default)
    {
        var timer = await store.GetTimerAsync(timerId, cancellationToken)
            ?? throw new WorkflowOperationException($"timer {timerId} does not exist");
        if (timer.Status != TimerStatus.Pending) throw new WorkflowConflictException(DescribeClosed(timer));
        if (timer.DueAt > time.GetUtcNow())
        {
            throw new WorkflowOperationException($"timer {timerId} ({timer.ElementId}) is not due until {timer.DueAt:O}");
        }

        async Task<string?> Describe() => await store.GetTimerAsync(timerId, cancellationToken) is { Status: not TimerStatus.Pending } latest
            ? DescribeClosed(latest)
            : $"instance {timer.InstanceId} changed while timer {timerId} fired; it stays pending and will be fired again";

        try
        {
            if (timer.ElementId == TokenRunner.CancelCallElementId) return await CancelCalledAsync(timer, cancellationToken);
            return await RunCommandAsync(
                timer.InstanceId,
                (session, runner) =>
                {
                    var current = session.Timer(timerId);
                    if (current is not { Status: TimerStatus.Pending }) throw new TimerClosedMeanwhileException();
                    if (session.Definition.Nodes.TryGetValue(timer.ElementId, out var node) && node is CallActivityNode) throw new CallTimerException();
                    if (session.State.Token(timer.TokenId) is not { } token)
                    {
                        // The token it belonged to is gone (a call returning to a cancelled caller): retire the timer.
                        session.Put(current with { Status = TimerStatus.Cancelled, ClosedAt = session.Now });
                        return;
                    }

                    runner.FireTimer(token, current);
                },
                Describe,
                cancellationToken);
        }
        catch (CallTimerException)
        {
            return await CallTimerAsync(timer, Describe, cancellationToken);
        }
        catch (TimerClosedMeanwhileException)
        {
            throw new WorkflowConflictException(await Describe() ?? $"timer {timerId} is no longer pending");
        }
    }

    private async Task<WorkflowCommandResult> CallTimerAsync(TimerRecord timer, Func<Task<string?>> describe, CancellationToken cancellationToken)
    {
        try
        {
            return await CrossInstanceTimerAsync(timer, cancellationToken);
        }
        catch (TimerClosedMeanwhileException)
        {
            throw new WorkflowConflictException(await describe() ?? $"timer {timer.Id} is no longer pending");
        }
    }

    /// <summary>Broadcasts a signal to every waiting signal catch event, signal boundary event and event-based gateway; returns the number of instances reached.</summary>
    public async Task<int> SendSignalAsync(string signalName, IReadOnlyDictionary<string, JsonElement>? variables = null, CancellationToken cancellationToken = default)
    {
        var reached = 0;
        var subscriptions = await store.FindSubscriptionsAsync(TokenRunner.SignalPrefix + signalName, null, cancellationToken);
        foreach (var instance in subscriptions.GroupBy(s => s.InstanceId))
        {
            var ids = instance.Select(s => s.Id).ToHashSet();
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await RunCommandAsync(instance.Key, (session, runner) =>
                    {
                        foreach (var id in ids)
                        {
                            if (session.Subscription(id) is not { Status: SubscriptionStatus.Active } subscription) continue;
                            if (session.State.Token(subscription.TokenId) is { } token && TokenRunner.WaitsOn(token, id)) runner.DeliverMessage(token, id, variables ?? WorkflowVariables.Empty);
                        }
                    }, null, cancellationToken);
                    reached++;
                    break;
                }
                catch (WorkflowConflictException) when (attempt < 3)
                {
                    // Another command moved the instance meanwhile; deliver to what still waits.
                }
                catch (WorkflowOperationException)
                {
                    break;
                }
            }
        }

        return reached;
    }

    /// <summary>Delivers a message to the oldest token waiting for it under the business key; returns NotFound when none waits.</summary>
    public async Task<MessageDeliveryResult> DeliverMessageAsync(string messageName, string? businessKey, IReadOnlyDictionary<string, JsonElement>? variables = null, CancellationToken cancellationToken = default)
    {
        var subscriptions = await store.FindSubscriptionsAsync(messageName, businessKey, cancellationToken);
        if (subscriptions.Count == 0) return MessageDeliveryResult.NotFound;
        var subscription = subscriptions[0];
        var result = await RunCommandAsync(
            subscription.InstanceId,
            (session, runner) =>
            {
                var token = session.State.Token(subscription.TokenId);
                if (token is null || !TokenRunner.WaitsOn(token, subscription.Id) || session.Subscription(subscription.Id) is not { Status: SubscriptionStatus.Active })
                {
                    throw new WorkflowConflictException($"message '{messageName}' for '{businessKey}' was already consumed by another delivery");
                }

                runner.DeliverMessage(token, subscription.Id, variables ?? WorkflowVariables.Empty);
            },
            async () => (await store.FindSubscriptionsAsync(messageName, businessKey, cancellationToken)).Any(s => s.Id == subscription.Id)
                ? $"message '{messageName}' for '{businessKey}' raced with another command on instance {subscription.InstanceId}; deliver it again"
                : $"message '{messageName}' for '{businessKey}' was already delivered to '{subscription.ElementId}' by a concurrent command",
            cancellationToken);
        return new MessageDeliveryResult(true, subscription.InstanceId, subscription.ElementId, result);
    }

    /// <summary>Retries the element an incident stopped at (a service task re-runs with the same step id).</summary>
    public async Task<WorkflowCommandResult> RetryIncidentAsync(Guid incidentId, string operatorName, string? comment = null, CancellationToken cancellationToken = default)
    {
        var incident = await store.GetIncidentAsync(incidentId, cancellationToken)
            ?? throw new WorkflowOperationException($"incident {incidentId} does not exist");
        if (incident.Status != IncidentStatus.Open)
        {
            throw new WorkflowConflictException($"incident {incidentId} was already resolved by {incident.ResolvedBy} at {incident.ResolvedAt:O}");
        }

        return await RunCommandAsync(
            incident.InstanceId,
            (session, runner) =>
            {
                var token = session.State.Token(incident.TokenId);
                if (token?.IncidentId != incidentId) throw new WorkflowConflictException($"incident {incidentId} was already resolved");
                session.Put(incident with { Status = IncidentStatus.Resolved, ResolvedAt = session.Now, ResolvedBy = operatorName });
                session.Journal(JournalEntryKind.IncidentResolved, token.NodeId, operatorName, comment, detail: incident.Message);
                token.IncidentId = null;
                if (token.MultiInstance is not null)
                {
                    // A failed completion condition: re-evaluate rather than restart the multi-instance body.
                    runner.EvaluateMultiInstance(token);
                    return;
                }

                // Boundary timers are recreated when the element runs again.
                runner.CancelBoundaryTimers(token);
                runner.Enqueue(token);
            },
            () => Task.FromResult<string?>($"incident {incidentId} was retried concurrently"),
            cancellationToken);
    }

    private static string DescribeClosed(TimerRecord timer) => timer.Status == TimerStatus.Fired
        ? $"timer {timer.Id} ({timer.ElementId}) was already fired at {timer.ClosedAt:O}"
        : $"timer {timer.Id} ({timer.ElementId}) was cancelled at {timer.ClosedAt:O}";

    private sealed class TimerClosedMeanwhileException : Exception;

    // Thrown before any change when the timer belongs to a call activity, whose crossing needs async work outside the command.
    private sealed class CallTimerException : Exception;
}

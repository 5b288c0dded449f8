using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Rewrites tokens and their bookmarks onto the target definition of a validated migration plan.</summary>
internal sealed class MigrationApplier(InstanceSession session, MigrationPlanner planner, ProcessDefinition target, int targetVersion)
{
    public void Apply()
    {
        foreach (var token in session.State.Tokens)
        {
            var to = planner.Map(token.NodeId);
            var node = target.Node(to);
            token.NodeId = to;
            token.Trail.RemoveAll(e => !target.Nodes.ContainsKey(planner.Map(e.ElementId)));
            foreach (var entry in token.Trail) entry.ElementId = planner.Map(entry.ElementId);
            if (token.TaskId is { } taskId && session.TryGetTask(taskId, out var task))
            {
                session.Put(task with { ElementId = to, Name = node.Name });
            }

            if (token.TimerId is { } timerId && session.Timer(timerId) is { } timer)
            {
                session.Put(timer with { ElementId = to });
            }

            if (token.SubscriptionId is { } subscriptionId && session.Subscription(subscriptionId) is { } subscription)
            {
                var message = node switch
                {
                    ReceiveTaskNode r => r.MessageName,
                    MessageCatchEventNode m => m.MessageName,
                    _ => subscription.MessageName,
                };
                session.Put(subscription with { ElementId = to, MessageName = message });
            }

            MigrateBoundaryTimers(token, node);
        }

        session.State.DefinitionVersion = targetVersion;
        session.SwitchDefinition(target);
    }

    private void MigrateBoundaryTimers(TokenState token, FlowNode node)
    {
        foreach (var id in token.BoundaryTimerIds.ToList())
        {
            if (session.Timer(id) is not { } timer) continue;
            var mapped = planner.Map(timer.ElementId);
            if (node.BoundaryEvents.Any(b => b.Id == mapped && b.Kind == BoundaryEventKind.Timer) || node.Outgoing.Any(f => f.TargetId == mapped))
            {
                session.Put(timer with { ElementId = mapped });
                continue;
            }

            session.Put(timer with { Status = TimerStatus.Cancelled, ClosedAt = session.Now });
            token.BoundaryTimerIds.Remove(id);
        }

        // Message and signal boundary events (and an event-based gateway's waits) follow the same rule as timers.
        foreach (var id in token.BoundarySubscriptionIds?.ToList() ?? [])
        {
            if (session.Subscription(id) is not { } subscription) continue;
            var mapped = planner.Map(subscription.ElementId);
            if (node.BoundaryEvents.Any(b => b.Id == mapped) || node.Outgoing.Any(f => f.TargetId == mapped))
            {
                session.Put(subscription with { ElementId = mapped });
                continue;
            }

            session.Put(subscription with { Status = SubscriptionStatus.Cancelled, ClosedAt = session.Now });
            token.BoundarySubscriptionIds!.Remove(id);
        }
    }
}

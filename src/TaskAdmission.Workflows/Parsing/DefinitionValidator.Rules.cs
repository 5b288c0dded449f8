using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Gateway and boundary-event rules.</summary>
internal sealed partial class DefinitionValidator
{
    private void CheckGateway(GatewayNode gateway)
    {
        if (gateway.DefaultFlowId is { } defaultId)
        {
            if (gateway.Kind is GatewayKind.Parallel or GatewayKind.EventBased)
            {
                problems.Error(gateway.Id, gateway.Line, $"{gateway.ElementType} cannot have a default flow");
            }
            else if (!definition.Flows.TryGetValue(defaultId, out var flow))
            {
                problems.Error(gateway.Id, gateway.Line, $"default flow '{defaultId}' does not exist");
            }
            else if (flow.SourceId != gateway.Id)
            {
                problems.Error(gateway.Id, gateway.Line, $"default flow '{defaultId}' leaves '{flow.SourceId}', not this gateway");
            }
            else if (flow.Condition is not null)
            {
                problems.Error(defaultId, flow.Line, "the default flow must not have a condition");
            }
        }

        if (gateway.Kind == GatewayKind.EventBased)
        {
            CheckEventGateway(gateway);
            return;
        }

        if (gateway.Kind == GatewayKind.Parallel || gateway.Outgoing.Count < 2) return;
        foreach (var flow in gateway.Outgoing.Where(f => f.Condition is null && !f.ConditionFailed && f.Id != gateway.DefaultFlowId))
        {
            problems.Error(flow.Id, flow.Line, $"sequence flow leaving {gateway.ElementType} '{gateway.Id}' needs a condition or must be the default flow");
        }
    }

    private void CheckEventGateway(GatewayNode gateway)
    {
        if (gateway.Outgoing.Count < 2)
        {
            problems.Error(gateway.Id, gateway.Line, "eventBasedGateway needs at least two outgoing flows, each to a catch event or receive task");
        }

        foreach (var flow in gateway.Outgoing)
        {
            var target = definition.Nodes[flow.TargetId];
            if (target is RefusedNode) continue;
            if (target is not (TimerCatchEventNode or MessageCatchEventNode or SignalCatchEventNode or ReceiveTaskNode))
            {
                problems.Error(flow.Id, flow.Line, $"a flow leaving eventBasedGateway '{gateway.Id}' must lead to a timer, message or signal catch event or a receive task, not to {target.ElementType} '{target.Id}'");
            }
            else if (target.Incoming.Count > 1)
            {
                problems.Error(target.Id, target.Line, $"{target.ElementType} after eventBasedGateway '{gateway.Id}' must have no other incoming flow");
            }
            else if (target.BoundaryEvents.Count > 0)
            {
                problems.Error(target.Id, target.Line, $"{target.ElementType} after eventBasedGateway '{gateway.Id}' cannot have boundary events");
            }
        }
    }

    private void CheckBoundary(BoundaryEventNode boundary)
    {
        if (!definition.Nodes.TryGetValue(boundary.AttachedToId, out var host))
        {
            problems.Error(boundary.Id, boundary.Line, $"attachedToRef '{boundary.AttachedToId}' does not match any activity");
            return;
        }

        if (host.ScopeId != boundary.ScopeId)
        {
            problems.Error(boundary.Id, boundary.Line, $"boundaryEvent must be in the same scope as '{host.Id}'");
        }

        var allowed = host is RefusedNode || boundary.Kind switch
        {
            BoundaryEventKind.Timer => host is UserTaskNode or SubProcessNode or CallActivityNode or ReceiveTaskNode,
            BoundaryEventKind.Error => host is ServiceTaskNode or SubProcessNode or CallActivityNode,
            BoundaryEventKind.Message or BoundaryEventKind.Signal => host is UserTaskNode or SubProcessNode or CallActivityNode or ReceiveTaskNode,
            _ => host is SubProcessNode or CallActivityNode,
        };
        if (!allowed)
        {
            problems.Error(boundary.Id, boundary.Line, $"boundaryEvent of type {boundary.Kind.ToString().ToLowerInvariant()} on {host.ElementType} is not supported");
        }

        if (boundary.Kind == BoundaryEventKind.Error && !boundary.CancelActivity)
        {
            problems.Error(boundary.Id, boundary.Line, "error boundary events are always interrupting (cancelActivity must not be false)");
        }

        switch (boundary.TimeoutAction)
        {
            case null:
                break;
            case not null when host is not UserTaskNode:
                problems.Error(boundary.Id, boundary.Line, "ta:timeoutAction is only supported on timers attached to user tasks");
                break;
            case TimeoutAction.Remind when boundary.CancelActivity:
                problems.Error(boundary.Id, boundary.Line, "ta:timeoutAction=\"remind\" keeps the task open, so the timer must be non-interrupting (cancelActivity=\"false\")");
                break;
            case TimeoutAction.Approve or TimeoutAction.Reject when boundary.Outgoing.Count > 0:
                problems.Error(boundary.Id, boundary.Line, $"ta:timeoutAction=\"{boundary.TimeoutAction.ToString()!.ToLowerInvariant()}\" completes the task, which continues on its own outgoing flow; the boundary event must not have outgoing flows");
                break;
        }
    }
}

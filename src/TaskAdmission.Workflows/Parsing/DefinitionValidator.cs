using System.Xml;
using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Graph-level rules: start/end events, flow counts, gateways, boundary events, reachability and wait-free cycles.</summary>
internal sealed class DefinitionValidator(
    ProcessDefinition definition,
    string processId,
    IReadOnlyDictionary<string, (XElement Element, string? ScopeId)> scopes,
    List<ParseProblem> problems,
    IReadOnlySet<string> touchingRefused,
    IReadOnlySet<string> refusedIds)
{
    public void Validate()
    {
        CheckStartEvents();
        foreach (var node in definition.Nodes.Values)
        {
            if (!touchingRefused.Contains(node.Id)) CheckFlowCounts(node);
            switch (node)
            {
                case GatewayNode gateway:
                    CheckGateway(gateway);
                    break;
                case BoundaryEventNode boundary:
                    CheckBoundary(boundary);
                    break;
            }
        }

        foreach (var flow in definition.Flows.Values.Where(f => f.Condition is not null))
        {
            if (definition.Nodes[flow.SourceId] is not GatewayNode { Kind: not GatewayKind.Parallel })
            {
                Add(flow.Id, flow.Line, "conditions are only supported on sequence flows leaving exclusive or inclusive gateways");
            }
        }

        if (refusedIds.Count == 0) CheckReachability();
        foreach (var cycle in new WaitFreeCycleFinder(definition).Find())
        {
            var first = definition.Nodes[cycle[0]];
            Add(first.Id, first.Line, $"cycle without a wait state (user task, receive task, message or timer event) would loop forever through {string.Join(", ", cycle)}");
        }
    }

    private void CheckStartEvents()
    {
        foreach (var (scopeId, (element, _)) in scopes)
        {
            var inScope = scopeId == processId ? null : scopeId;
            if (inScope is not null && !definition.Nodes.ContainsKey(scopeId)) continue;
            var starts = definition.Nodes.Values.OfType<StartEventNode>().Where(s => s.ScopeId == inScope).OrderBy(s => s.Line).ToList();
            var what = inScope is null ? "process" : "subProcess";
            if (starts.Count == 0)
            {
                Add(scopeId, Line(element), $"{what} has no start event");
            }
            else if (starts.Count > 1)
            {
                Add(starts[1].Id, starts[1].Line, $"{what} has {starts.Count} start events ({string.Join(", ", starts.Select(s => s.Id))}); exactly one none start event is allowed");
            }
        }
    }

    private void CheckFlowCounts(FlowNode node)
    {
        switch (node)
        {
            case StartEventNode when node.Incoming.Count > 0:
                Add(node.Id, node.Line, "startEvent must not have incoming sequence flows");
                break;
            case EndEventNode when node.Outgoing.Count > 0:
                Add(node.Id, node.Line, "endEvent must not have outgoing sequence flows");
                break;
            case BoundaryEventNode when node.Incoming.Count > 0:
                Add(node.Id, node.Line, "boundaryEvent must not have incoming sequence flows");
                break;
        }

        if (node is not (StartEventNode or BoundaryEventNode) && node.Incoming.Count == 0)
        {
            Add(node.Id, node.Line, $"{node.ElementType} has no incoming sequence flow");
        }

        var needsOutgoing = node is not (EndEventNode or BoundaryEventNode { TimeoutAction: not null });
        if (needsOutgoing && node.Outgoing.Count == 0)
        {
            Add(node.Id, node.Line, $"{node.ElementType} has no outgoing sequence flow");
        }

        if (node is not GatewayNode && node.Outgoing.Count > 1)
        {
            Add(node.Id, node.Line, $"{node.ElementType} has {node.Outgoing.Count} outgoing sequence flows; use a gateway to split");
        }
    }

    private void CheckGateway(GatewayNode gateway)
    {
        if (gateway.DefaultFlowId is { } defaultId)
        {
            if (gateway.Kind == GatewayKind.Parallel)
            {
                Add(gateway.Id, gateway.Line, "parallelGateway cannot have a default flow");
            }
            else if (gateway.Outgoing.All(f => f.Id != defaultId))
            {
                Add(gateway.Id, gateway.Line, $"default flow '{defaultId}' does not exist or does not leave this gateway");
            }
            else if (definition.Flows[defaultId].Condition is not null)
            {
                Add(defaultId, definition.Flows[defaultId].Line, "the default flow must not have a condition");
            }
        }

        if (gateway.Kind == GatewayKind.Parallel || gateway.Outgoing.Count < 2) return;
        // A flow whose condition failed to parse is already reported; do not also call it unconditional.
        foreach (var flow in gateway.Outgoing.Where(f => f.Condition is null && f.Id != gateway.DefaultFlowId && problems.All(p => p.ElementId != f.Id)))
        {
            Add(flow.Id, flow.Line, $"sequence flow leaving {gateway.ElementType} '{gateway.Id}' needs a condition or must be the default flow");
        }
    }

    private void CheckBoundary(BoundaryEventNode boundary)
    {
        if (!definition.Nodes.TryGetValue(boundary.AttachedToId, out var host))
        {
            if (refusedIds.Contains(boundary.AttachedToId)) return;
            Add(boundary.Id, boundary.Line, $"attachedToRef '{boundary.AttachedToId}' does not match any activity");
            return;
        }

        if (host.ScopeId != boundary.ScopeId)
        {
            Add(boundary.Id, boundary.Line, $"boundaryEvent must be in the same scope as '{host.Id}'");
        }

        var allowed = boundary.Kind == BoundaryEventKind.Timer
            ? host is UserTaskNode or SubProcessNode
            : host is ServiceTaskNode or SubProcessNode;
        if (!allowed)
        {
            var kind = boundary.Kind == BoundaryEventKind.Timer ? "timer" : "error";
            Add(boundary.Id, boundary.Line, $"boundaryEvent of type {kind} on {host.ElementType} is not supported");
        }

        if (boundary.Kind == BoundaryEventKind.Error && !boundary.CancelActivity)
        {
            Add(boundary.Id, boundary.Line, "error boundary events are always interrupting (cancelActivity must not be false)");
        }

        switch (boundary.TimeoutAction)
        {
            case null:
                break;
            case not null when host is not UserTaskNode:
                Add(boundary.Id, boundary.Line, "ta:timeoutAction is only supported on timers attached to user tasks");
                break;
            case TimeoutAction.Remind when boundary.CancelActivity:
                Add(boundary.Id, boundary.Line, "ta:timeoutAction=\"remind\" keeps the task open, so the timer must be non-interrupting (cancelActivity=\"false\")");
                break;
            case TimeoutAction.Approve or TimeoutAction.Reject when boundary.Outgoing.Count > 0:
                Add(boundary.Id, boundary.Line, $"ta:timeoutAction=\"{boundary.TimeoutAction.ToString()!.ToLowerInvariant()}\" completes the task, which continues on its own outgoing flow; the boundary event must not have outgoing flows");
                break;
        }
    }

    private void CheckReachability()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FlowNode>(definition.Nodes.Values.OfType<StartEventNode>().Where(s => s.ScopeId is null));
        while (pending.TryPop(out var node))
        {
            if (!reached.Add(node.Id)) continue;
            foreach (var flow in node.Outgoing) pending.Push(definition.Nodes[flow.TargetId]);
            foreach (var boundary in node.BoundaryEvents) pending.Push(boundary);
            if (node is SubProcessNode)
            {
                foreach (var start in definition.Nodes.Values.OfType<StartEventNode>().Where(s => s.ScopeId == node.Id)) pending.Push(start);
            }
        }

        foreach (var node in definition.Nodes.Values.Where(n => !reached.Contains(n.Id) && n.Incoming.Count > 0))
        {
            Add(node.Id, node.Line, $"{node.ElementType} is unreachable from the start event");
        }
    }

    private void Add(string id, int line, string message)
    {
        if (!problems.Any(p => p.ElementId == id && p.Message == message)) problems.Add(new ParseProblem(id, line, message));
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}

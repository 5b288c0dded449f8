using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Graph-level rules: start/end events, flow counts, gateways, boundary events, reachability, wait-free cycles and stuck joins.</summary>
internal sealed partial class DefinitionValidator(
    ProcessDefinition definition,
    string processId,
    IReadOnlyDictionary<string, BpmnReader.ScopeInfo> scopes,
    ProblemLog problems)
{
    private readonly ILookup<string, StartEventNode> startsByScope =
        definition.Nodes.Values.OfType<StartEventNode>().ToLookup(s => s.ScopeId ?? string.Empty);

    private readonly HashSet<string> scopesWithNodes = definition.Nodes.Values.Select(n => n.ScopeId ?? string.Empty).ToHashSet(StringComparer.Ordinal);

    public void Validate()
    {
        CheckStartEvents();
        foreach (var node in definition.Nodes.Values)
        {
            CheckFlowCounts(node);
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

        foreach (var flow in definition.Flows.Values.Where(f => f.Condition is not null || f.ConditionFailed))
        {
            if (definition.Nodes[flow.SourceId] is not GatewayNode { Kind: GatewayKind.Exclusive or GatewayKind.Inclusive })
            {
                problems.Error(flow.Id, flow.Line, "conditions are only supported on sequence flows leaving exclusive or inclusive gateways");
            }
        }

        CheckReachability();
        foreach (var cycle in new WaitFreeCycleFinder(definition).Find())
        {
            var first = definition.Nodes[cycle[0]];
            problems.Error(first.Id, first.Line, $"cycle without a wait state (user task, receive task, call activity, message, signal or timer event) would loop forever through {string.Join(", ", cycle)}");
        }

        if (!problems.HasErrors) new JoinAnalyzer(definition, problems).Warn();
    }

    private void CheckStartEvents()
    {
        foreach (var (scopeId, scope) in scopes)
        {
            var inScope = scopeId == processId ? null : scopeId;
            if (inScope is not null && !definition.Nodes.ContainsKey(scopeId)) continue;
            var starts = startsByScope[inScope ?? string.Empty].OrderBy(s => s.Line).ToList();
            var line = ProblemLog.Line(scope.Element);
            if (inScope is null)
            {
                var none = starts.Where(s => s.Timer is null).ToList();
                if (starts.Count == 0 && !definition.Nodes.Values.Any(n => n.ScopeId is null && n is RefusedNode { ElementType: "startEvent" }))
                {
                    problems.Error(scopeId, line, "process has no start event");
                }
                else if (none.Count > 1)
                {
                    problems.Error(none[1].Id, none[1].Line, $"process has {none.Count} none start events ({string.Join(", ", none.Select(s => s.Id))}); at most one is allowed (timer start events may be added)");
                }

                continue;
            }

            if (starts.Count > 1)
            {
                problems.Error(starts[1].Id, starts[1].Line, $"subProcess has {starts.Count} start events ({string.Join(", ", starts.Select(s => s.Id))}); at most one is allowed");
            }
            else if (starts.Count == 0 && definition.StartNodes(inScope).Count == 0)
            {
                problems.Error(scopeId, line, scopesWithNodes.Contains(inScope)
                    ? "subProcess has no start event and every element in it has an incoming flow, so nothing can start"
                    : "subProcess is empty");
            }
        }
    }

    private void CheckFlowCounts(FlowNode node)
    {
        // By element type, so that a refused element's stand-in is held to the same rules as the element drawn.
        var type = node.ElementType;
        if (type == BpmnReader.EventSubProcessType) return;
        var isStart = type == "startEvent";
        var isEnd = type == "endEvent";
        var isBoundary = type == "boundaryEvent";
        if (isStart && node.Incoming.Count > 0) problems.Error(node.Id, node.Line, "startEvent must not have incoming sequence flows");
        if (isEnd && node.Outgoing.Count > 0) problems.Error(node.Id, node.Line, "endEvent must not have outgoing sequence flows");
        if (isBoundary && node.Incoming.Count > 0) problems.Error(node.Id, node.Line, "boundaryEvent must not have incoming sequence flows");

        // Inside a sub-process without a start event, the nodes without incoming flows are where it starts.
        var startsImplicitly = node.ScopeId is { } scope && definition.StartNodes(scope).Contains(node) && !isStart;
        if (!isStart && !isBoundary && node.Incoming.Count == 0 && !startsImplicitly)
        {
            problems.Error(node.Id, node.Line, $"{type} has no incoming sequence flow");
        }

        // A scope drawn without a start event is drawn without end events too: its activities end implicitly (BPMN 10.5.3).
        var endsImplicitly = node.ScopeId is { } own && !startsByScope.Contains(own);
        var needsOutgoing = (!isEnd && !isBoundary && !endsImplicitly) || node is BoundaryEventNode { TimeoutAction: null };
        if (needsOutgoing && node.Outgoing.Count == 0)
        {
            problems.Error(node.Id, node.Line, $"{type} has no outgoing sequence flow");
        }

        if (node is not GatewayNode && !type.EndsWith("Gateway", StringComparison.Ordinal) && node.Outgoing.Count > 1)
        {
            problems.Error(node.Id, node.Line, $"{type} has {node.Outgoing.Count} outgoing sequence flows; use a gateway to split");
        }
    }

    private void CheckReachability()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FlowNode>(definition.StartNodes(null).Concat(definition.TimerStartEvents)
            .Concat(definition.Nodes.Values.Where(n => n.ScopeId is null && n is RefusedNode { ElementType: "startEvent" })));
        while (pending.TryPop(out var node))
        {
            if (!reached.Add(node.Id)) continue;
            foreach (var flow in node.Outgoing) pending.Push(definition.Nodes[flow.TargetId]);
            foreach (var boundary in node.BoundaryEvents) pending.Push(boundary);
            if (node is SubProcessNode)
            {
                foreach (var start in definition.StartNodes(node.Id)) pending.Push(start);
            }
        }

        foreach (var node in definition.Nodes.Values.Where(n => !reached.Contains(n.Id) && n.Incoming.Count > 0))
        {
            problems.Error(node.Id, node.Line, $"{node.ElementType} is unreachable from the start event");
        }
    }
}

using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Maps an instance's tokens onto another definition version and reports what cannot be mapped.</summary>
internal sealed class MigrationPlanner(InstanceState state, ProcessDefinition source, ProcessDefinition target, int toVersion, IReadOnlyDictionary<string, string> mapping, IEnumerable<TimerRecord> timers)
{
    public string Map(string elementId) => mapping.GetValueOrDefault(elementId, elementId);

    public MigrationPlan Plan()
    {
        var items = new List<MigrationPlanItem>();
        var warnings = new List<string>();
        foreach (var token in state.Tokens.Where(t => !IsSignerToken(t)))
        {
            var to = Map(token.NodeId);
            items.Add(new MigrationPlanItem(token.NodeId, to, Check(token, to)));
            warnings.AddRange(BoundaryWarnings(token, to));
            warnings.AddRange(token.Trail.Where(e => !target.Nodes.ContainsKey(Map(e.ElementId)))
                .Select(e => $"return target '{e.ElementId}' has no counterpart in version {toVersion}; it will no longer be offered"));
        }

        return new MigrationPlan(state.Id, state.DefinitionVersion, toVersion, items, warnings.Distinct().ToList());
    }

    public bool IsSignerToken(TokenState token) =>
        token.ParentId is { } p && state.Token(p) is { MultiInstance: not null } body && body.NodeId == token.NodeId;

    private string? Check(TokenState token, string to)
    {
        var from = source.Node(token.NodeId);
        if (!target.Nodes.TryGetValue(to, out var node))
        {
            return $"'{token.NodeId}' has no counterpart '{to}' in version {toVersion}; add a mapping";
        }

        if (node.GetType() != from.GetType() || (from is GatewayNode g && ((GatewayNode)node).Kind != g.Kind))
        {
            return $"'{token.NodeId}' is a {from.ElementType} but '{to}' in version {toVersion} is a {node.ElementType}";
        }

        if ((from.MultiInstance is null) != (node.MultiInstance is null))
        {
            return $"'{token.NodeId}' and '{to}' differ in multi-instance settings";
        }

        if (token.MultiInstance is not null && node.MultiInstance?.ElementVariable != from.MultiInstance!.ElementVariable)
        {
            return $"'{to}' uses a different ta:elementVariable, so running signers cannot be carried over";
        }

        var expectedScope = token.ParentId is { } parentId ? Map(state.Token(parentId)!.NodeId) : null;
        if (node.ScopeId != expectedScope)
        {
            return $"'{to}' is in scope '{node.ScopeId ?? "process"}' but the token runs in '{expectedScope ?? "process"}'";
        }

        if (token.Status == TokenStatus.Joining && !node.Incoming.Any(f => f.Id == token.ArrivedVia))
        {
            return $"the token waiting at join '{token.NodeId}' arrived via '{token.ArrivedVia}', which does not enter '{to}' in version {toVersion}";
        }

        return null;
    }

    private IEnumerable<string> BoundaryWarnings(TokenState token, string to)
    {
        var targetNode = target.Nodes.GetValueOrDefault(to);
        foreach (var timer in timers.Where(t => token.BoundaryTimerIds.Contains(t.Id)))
        {
            var mapped = Map(timer.ElementId);
            if (targetNode?.BoundaryEvents.All(b => b.Id != mapped) != false)
            {
                yield return $"boundary timer '{timer.ElementId}' has no counterpart on '{to}' in version {toVersion}; it will be cancelled";
            }
        }

        var existing = timers.Where(t => token.BoundaryTimerIds.Contains(t.Id)).Select(t => Map(t.ElementId)).ToHashSet();
        foreach (var added in targetNode?.BoundaryEvents.Where(b => b.Kind == BoundaryEventKind.Timer && !existing.Contains(b.Id)) ?? [])
        {
            if (token.Status is TokenStatus.Waiting or TokenStatus.Scope)
            {
                yield return $"boundary timer '{added.Id}' is new in version {toVersion} and is not scheduled for the running '{to}'";
            }
        }
    }
}

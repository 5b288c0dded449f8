using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Gateway semantics: exclusive choice, parallel fork/join, inclusive fork/join.</summary>
internal sealed partial class TokenRunner
{
    private void EnterGateway(TokenState token, GatewayNode gateway)
    {
        if (gateway.Kind == GatewayKind.EventBased)
        {
            EnterEventGateway(token, gateway);
            return;
        }

        // ArrivedVia is cleared once a join fired, so a retried or moved token passes straight to the fork.
        if (gateway.Kind != GatewayKind.Exclusive && gateway.Incoming.Count > 1 && token.ArrivedVia is not null)
        {
            token.Status = TokenStatus.Joining;
            if (gateway.Kind == GatewayKind.Parallel) TryFireJoin(gateway, token.ParentId, requireAll: true);
            return;
        }

        Fork(token, gateway);
    }

    private void Fork(TokenState token, GatewayNode gateway)
    {
        IReadOnlyList<SequenceFlow> flows;
        try
        {
            flows = gateway.Kind switch
            {
                GatewayKind.Parallel => gateway.Outgoing,
                GatewayKind.Exclusive => ChooseExclusive(token, gateway),
                _ => ChooseInclusive(token, gateway),
            };
        }
        catch (ExpressionEvaluationException e)
        {
            RaiseIncident(token, $"condition of {gateway.ElementType} '{gateway.Id}' failed: {e.Message}", null);
            return;
        }

        if (flows.Count == 0)
        {
            RaiseIncident(token, $"no outgoing sequence flow of {gateway.ElementType} '{gateway.Id}' has a true condition and there is no default flow", null);
            return;
        }

        session.Journal(Persistence.JournalEntryKind.ElementCompleted, gateway.Id, detail: "took " + string.Join(", ", flows.Select(f => f.Id)));
        Take(token, flows);
    }

    private List<SequenceFlow> ChooseExclusive(TokenState token, GatewayNode gateway)
    {
        var variables = Variables(token);
        foreach (var flow in gateway.Outgoing.Where(f => f.Id != gateway.DefaultFlowId))
        {
            if (flow.Condition is null || flow.Condition.EvaluateBoolean(variables)) return [flow];
        }

        return gateway.Outgoing.Where(f => f.Id == gateway.DefaultFlowId).ToList();
    }

    private List<SequenceFlow> ChooseInclusive(TokenState token, GatewayNode gateway)
    {
        var variables = Variables(token);
        var chosen = gateway.Outgoing
            .Where(f => f.Id != gateway.DefaultFlowId && (f.Condition is null || f.Condition.EvaluateBoolean(variables)))
            .ToList();
        return chosen.Count > 0 ? chosen : gateway.Outgoing.Where(f => f.Id == gateway.DefaultFlowId).ToList();
    }

    /// <summary>Fires a join when every incoming flow has a token, or (inclusive) when no other token can still arrive.</summary>
    private bool TryFireJoin(GatewayNode gateway, int? parentId, bool requireAll)
    {
        var joining = State.Tokens.Where(t => t.NodeId == gateway.Id && t.ParentId == parentId && t.Status == TokenStatus.Joining).ToList();
        if (joining.Count == 0) return false;
        var perFlow = gateway.Incoming
            .Select(f => joining.FirstOrDefault(t => t.ArrivedVia == f.Id))
            .OfType<TokenState>()
            .ToList();
        var complete = perFlow.Count == gateway.Incoming.Count;
        if (!complete && requireAll) return false;
        if (!complete)
        {
            // A token standing at the gateway without having joined yet is about to arrive; it counts as able to reach it.
            var others = State.Tokens.Where(t => t.ParentId == parentId && !joining.Contains(t));
            if (others.Any(t => t.NodeId == gateway.Id || CanReach(t.NodeId, gateway.Id))) return false;
        }

        // One token per satisfied incoming flow is consumed; extra arrivals on the same flow keep waiting.
        var survivor = perFlow[0];
        foreach (var consumed in perFlow.Skip(1)) State.Tokens.Remove(consumed);
        survivor.ArrivedVia = null;
        survivor.Trail = [];
        Fork(survivor, gateway);
        return true;
    }

    private bool TryFireInclusiveJoins()
    {
        var groups = State.Tokens
            .Where(t => t.Status == TokenStatus.Joining && Definition.Node(t.NodeId) is GatewayNode { Kind: GatewayKind.Inclusive })
            .Select(t => (t.NodeId, t.ParentId))
            .Distinct()
            .ToList();
        // One at a time: the tokens a firing sends on must reach their next node before any other join is judged.
        foreach (var (nodeId, parentId) in groups)
        {
            if (TryFireJoin((GatewayNode)Definition.Node(nodeId), parentId, requireAll: false)) return true;
        }

        return false;
    }

    /// <summary>True when a token at <paramref name="fromId"/> can still arrive at <paramref name="targetId"/> (through flows and boundary events).</summary>
    private bool CanReach(string fromId, string targetId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([fromId]);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id)) continue;
            var node = Definition.Node(id);
            foreach (var next in node.Outgoing.Select(f => f.TargetId).Concat(node.BoundaryEvents.Select(b => b.Id)))
            {
                if (next == targetId) return true;
                pending.Push(next);
            }
        }

        return false;
    }
}

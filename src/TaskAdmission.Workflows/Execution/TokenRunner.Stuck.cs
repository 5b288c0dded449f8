using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Stuck is visible: a parallel join that no token can still reach raises an incident instead of waiting silently.</summary>
internal sealed partial class TokenRunner
{
    /// <summary>
    /// After a command has run every token as far as it goes: for each parallel join with waiting tokens, if no other
    /// live token of its scope can still reach one of its missing incoming flows, the join can never fire. Joins that
    /// only wait on each other are found by repeating the test until nothing changes.
    /// </summary>
    private void RaiseStuckJoinIncidents()
    {
        if (State.Status != Persistence.InstanceStatus.Running) return;
        var groups = State.Tokens
            .Where(t => t.Status == TokenStatus.Joining && Definition.Node(t.NodeId) is GatewayNode { Kind: GatewayKind.Parallel })
            .GroupBy(t => (t.NodeId, t.ParentId))
            .ToList();
        if (groups.Count == 0) return;

        var dead = new HashSet<(string, int?)>();
        bool changed;
        do
        {
            changed = false;
            foreach (var group in groups.Where(g => !dead.Contains(g.Key)))
            {
                var gateway = Definition.Node(group.Key.NodeId);
                var arrived = group.Select(t => t.ArrivedVia).ToHashSet(StringComparer.Ordinal);
                var missing = gateway.Incoming.Where(f => !arrived.Contains(f.Id)).Select(f => f.SourceId).ToList();
                var live = State.Tokens.Where(t => t.ParentId == group.Key.ParentId && t.Status != TokenStatus.Joining
                    || (t.Status == TokenStatus.Joining && t.ParentId == group.Key.ParentId && !dead.Contains((t.NodeId, t.ParentId)) && t.NodeId != gateway.Id));
                if (live.Any(t => missing.Any(source => t.NodeId == source || CanReach(t.NodeId, source)))) continue;
                dead.Add(group.Key);
                changed = true;
            }
        }
        while (changed);

        foreach (var group in groups.Where(g => dead.Contains(g.Key)))
        {
            // One incident per stuck join; a retry re-checks it, moving a token resolves it.
            if (State.Tokens.Any(t => t.NodeId == group.Key.NodeId && t.ParentId == group.Key.ParentId && t.IncidentId is not null)) continue;
            var gateway = Definition.Node(group.Key.NodeId);
            var arrived = group.Select(t => t.ArrivedVia).ToHashSet(StringComparer.Ordinal);
            var missing = string.Join(", ", gateway.Incoming.Where(f => !arrived.Contains(f.Id)).Select(f => f.Id));
            RaiseIncident(group.First(), $"parallelGateway '{gateway.Id}' can never fire: no token can still reach its incoming flow(s) {missing}; move the waiting token(s) or withdraw the instance", null);
        }
    }
}

using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Finds cycles that contain no wait state; such a loop would spin forever inside one command.</summary>
/// <remarks>Tarjan's strongly connected components over the sub-graph of non-waiting nodes.</remarks>
internal sealed class WaitFreeCycleFinder(ProcessDefinition definition)
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> lowLink = new(StringComparer.Ordinal);
    private readonly Stack<string> stack = new();
    private readonly HashSet<string> onStack = new(StringComparer.Ordinal);
    private readonly List<List<string>> cycles = [];
    private int counter;

    public IReadOnlyList<IReadOnlyList<string>> Find()
    {
        foreach (var node in definition.Nodes.Values.OrderBy(n => n.Line))
        {
            if (!Waits(node) && !index.ContainsKey(node.Id)) Connect(node.Id);
        }

        return cycles;
    }

    private bool Waits(FlowNode node) => node.IsWaitState
        || (node is SubProcessNode && definition.Nodes.Values.Any(n => n.IsWaitState && definition.IsInside(n.Id, node.Id)));

    private IEnumerable<string> Successors(FlowNode node) =>
        node.Outgoing.Select(f => f.TargetId).Concat(node.BoundaryEvents.Select(b => b.Id))
            .Where(id => !Waits(definition.Nodes[id]));

    private void Connect(string id)
    {
        // Recursive Tarjan; process graphs are small (hundreds of nodes), so depth is not a concern.
        index[id] = lowLink[id] = counter++;
        stack.Push(id);
        onStack.Add(id);
        var node = definition.Nodes[id];
        foreach (var next in Successors(node))
        {
            if (!index.ContainsKey(next))
            {
                Connect(next);
                lowLink[id] = Math.Min(lowLink[id], lowLink[next]);
            }
            else if (onStack.Contains(next))
            {
                lowLink[id] = Math.Min(lowLink[id], index[next]);
            }
        }

        if (lowLink[id] != index[id]) return;
        var component = new List<string>();
        string member;
        do
        {
            member = stack.Pop();
            onStack.Remove(member);
            component.Add(member);
        }
        while (member != id);

        var selfLoop = component.Count == 1 && node.Outgoing.Any(f => f.TargetId == id);
        if (component.Count > 1 || selfLoop)
        {
            cycles.Add(component.OrderBy(n => definition.Nodes[n].Line).ToList());
        }
    }
}

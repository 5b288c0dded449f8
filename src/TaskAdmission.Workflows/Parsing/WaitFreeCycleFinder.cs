using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Finds cycles that contain no wait state; such a loop would spin forever inside one command.</summary>
/// <remarks>
/// Tarjan's strongly connected components over the sub-graph of non-waiting nodes, iterative (an explicit stack of
/// frames) so that a long chain cannot exhaust the thread's stack, whatever the element limit is set to.
/// </remarks>
internal sealed class WaitFreeCycleFinder(ProcessDefinition definition)
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> lowLink = new(StringComparer.Ordinal);
    private readonly Stack<string> stack = new();
    private readonly HashSet<string> onStack = new(StringComparer.Ordinal);
    private readonly List<List<string>> cycles = [];
    private HashSet<string> waiting = [];
    private int counter;

    public IReadOnlyList<IReadOnlyList<string>> Find()
    {
        waiting = WaitingNodes();
        foreach (var node in definition.Nodes.Values.OrderBy(n => n.Line))
        {
            if (!waiting.Contains(node.Id) && !index.ContainsKey(node.Id)) Connect(node.Id);
        }

        return cycles;
    }

    /// <summary>Wait states, and every sub-process that contains one at any depth.</summary>
    private HashSet<string> WaitingNodes()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in definition.Nodes.Values.Where(n => n.IsWaitState))
        {
            result.Add(node.Id);
            for (var scope = node.ScopeId; scope is not null && result.Add(scope); scope = definition.Node(scope).ScopeId)
            {
            }
        }

        return result;
    }

    private List<string> Successors(string id)
    {
        var node = definition.Nodes[id];
        return node.Outgoing.Select(f => f.TargetId).Concat(node.BoundaryEvents.Select(b => b.Id))
            .Where(next => !waiting.Contains(next)).ToList();
    }

    private void Connect(string root)
    {
        var frames = new Stack<(string Id, List<string> Next, int Position)>();
        Open(root, frames);
        while (frames.Count > 0)
        {
            var (id, next, position) = frames.Pop();
            if (position < next.Count)
            {
                frames.Push((id, next, position + 1));
                var successor = next[position];
                if (!index.ContainsKey(successor))
                {
                    Open(successor, frames);
                }
                else if (onStack.Contains(successor))
                {
                    lowLink[id] = Math.Min(lowLink[id], index[successor]);
                }

                continue;
            }

            // All successors done: fold this node's low-link into its caller, then close its component if it is a root.
            if (frames.TryPeek(out var caller)) lowLink[caller.Id] = Math.Min(lowLink[caller.Id], lowLink[id]);
            if (lowLink[id] == index[id]) CloseComponent(id);
        }
    }

    private void Open(string id, Stack<(string, List<string>, int)> frames)
    {
        index[id] = lowLink[id] = counter++;
        stack.Push(id);
        onStack.Add(id);
        frames.Push((id, Successors(id), 0));
    }

    private void CloseComponent(string id)
    {
        var component = new List<string>();
        string member;
        do
        {
            member = stack.Pop();
            onStack.Remove(member);
            component.Add(member);
        }
        while (member != id);

        var selfLoop = component.Count == 1 && definition.Nodes[id].Outgoing.Any(f => f.TargetId == id);
        if (component.Count > 1 || selfLoop)
        {
            cycles.Add(component.OrderBy(n => definition.Nodes[n].Line).ToList());
        }
    }
}

namespace TaskAdmission.Workflows.Definitions;

/// <summary>A parsed, validated, executable BPMN process (version-independent; versions live in the store).</summary>
public sealed class ProcessDefinition
{
    private readonly Dictionary<string, IReadOnlyList<FlowNode>> startNodes = new(StringComparer.Ordinal);

    /// <summary>Creates the definition and indexes the start nodes of every scope.</summary>
    public ProcessDefinition(
        string processId,
        string? name,
        IReadOnlyDictionary<string, FlowNode> nodes,
        IReadOnlyDictionary<string, SequenceFlow> flows,
        IReadOnlyList<Lane>? lanes = null)
    {
        ProcessId = processId;
        Name = name;
        Nodes = nodes;
        Flows = flows;
        Lanes = lanes ?? [];
        foreach (var group in nodes.Values.GroupBy(n => n.ScopeId ?? string.Empty))
        {
            var starts = group.OfType<StartEventNode>().Where(s => s.Timer is null).ToList<FlowNode>();

            // A sub-process without a start event starts at every node without incoming flows (BPMN 10.5.1).
            if (starts.Count == 0 && group.Key.Length > 0)
            {
                starts = group.Where(n => n.Incoming.Count == 0 && n is not (BoundaryEventNode or StartEventNode)).OrderBy(n => n.Line).ToList();
            }

            startNodes[group.Key] = starts;
        }

        TimerStartEvents = nodes.Values.OfType<StartEventNode>().Where(s => s.ScopeId is null && s.Timer is not null).OrderBy(s => s.Line).ToList();
    }

    /// <summary>The BPMN process id, the key under which versions are deployed.</summary>
    public string ProcessId { get; }

    /// <summary>The process name, if any.</summary>
    public string? Name { get; }

    /// <summary>All flow nodes of the process and its sub-processes, by id.</summary>
    public IReadOnlyDictionary<string, FlowNode> Nodes { get; }

    /// <summary>All sequence flows, by id.</summary>
    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; }

    /// <summary>The lanes of the executable pool (documentation), in document order.</summary>
    public IReadOnlyList<Lane> Lanes { get; }

    /// <summary>Timer start events of the process, which the engine's schedule starts instances at.</summary>
    public IReadOnlyList<StartEventNode> TimerStartEvents { get; }

    /// <summary>Returns the node with the given id; throws <see cref="KeyNotFoundException"/> naming it otherwise.</summary>
    public FlowNode Node(string id) => Nodes.TryGetValue(id, out var node)
        ? node
        : throw new KeyNotFoundException($"process '{ProcessId}' has no element '{id}'");

    /// <summary>
    /// Where a token starts in the process (<paramref name="scopeId"/> null) or a sub-process: the none start event, or
    /// for a sub-process without one every node without incoming flows. Empty for a process started only by timers.
    /// </summary>
    public IReadOnlyList<FlowNode> StartNodes(string? scopeId) => startNodes.GetValueOrDefault(scopeId ?? string.Empty) ?? [];

    /// <summary>Returns true when <paramref name="nodeId"/> lies inside <paramref name="scopeId"/>, directly or nested.</summary>
    public bool IsInside(string nodeId, string scopeId)
    {
        for (var scope = Node(nodeId).ScopeId; scope is not null; scope = Node(scope).ScopeId)
        {
            if (scope == scopeId) return true;
        }

        return false;
    }
}

namespace TaskAdmission.Workflows.Definitions;

/// <summary>A parsed, validated, executable BPMN process (version-independent; versions live in the store).</summary>
public sealed class ProcessDefinition(
    string processId,
    string? name,
    IReadOnlyDictionary<string, FlowNode> nodes,
    IReadOnlyDictionary<string, SequenceFlow> flows)
{
    /// <summary>The BPMN process id, the key under which versions are deployed.</summary>
    public string ProcessId { get; } = processId;

    /// <summary>The process name, if any.</summary>
    public string? Name { get; } = name;

    /// <summary>All flow nodes of the process and its sub-processes, by id.</summary>
    public IReadOnlyDictionary<string, FlowNode> Nodes { get; } = nodes;

    /// <summary>All sequence flows, by id.</summary>
    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; } = flows;

    /// <summary>Returns the node with the given id; throws <see cref="KeyNotFoundException"/> naming it otherwise.</summary>
    public FlowNode Node(string id) => Nodes.TryGetValue(id, out var node)
        ? node
        : throw new KeyNotFoundException($"process '{ProcessId}' has no element '{id}'");

    /// <summary>Returns the start event of the process (<paramref name="scopeId"/> null) or of a sub-process.</summary>
    public StartEventNode StartEvent(string? scopeId) =>
        Nodes.Values.OfType<StartEventNode>().Single(s => s.ScopeId == scopeId);

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

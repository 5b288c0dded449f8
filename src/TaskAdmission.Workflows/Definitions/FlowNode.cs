namespace TaskAdmission.Workflows.Definitions;

/// <summary>Base of every executable BPMN flow node in a parsed process definition.</summary>
public abstract class FlowNode(string id, string? name, string? scopeId, int line)
{
    private readonly List<SequenceFlow> incoming = [];
    private readonly List<SequenceFlow> outgoing = [];
    private readonly List<BoundaryEventNode> boundaryEvents = [];

    /// <summary>The BPMN element id.</summary>
    public string Id { get; } = id;

    /// <summary>The display name from the diagram, if any.</summary>
    public string? Name { get; } = name;

    /// <summary>Id of the enclosing sub-process, or null at process level.</summary>
    public string? ScopeId { get; } = scopeId;

    /// <summary>Line of the element in the BPMN file (for diagnostics).</summary>
    public int Line { get; } = line;

    /// <summary>The BPMN element name, e.g. "userTask".</summary>
    public abstract string ElementType { get; }

    /// <summary>True when a token stops here until an external trigger (task completion, timer, message).</summary>
    public virtual bool IsWaitState => false;

    /// <summary>Sequence flows that end at this node, in document order.</summary>
    public IReadOnlyList<SequenceFlow> Incoming => incoming;

    /// <summary>Sequence flows that start at this node, in document order.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing => outgoing;

    /// <summary>Boundary events attached to this activity.</summary>
    public IReadOnlyList<BoundaryEventNode> BoundaryEvents => boundaryEvents;

    /// <summary>Multi-instance settings of an activity (user task, sub-process, call activity), or null.</summary>
    public MultiInstanceSpec? MultiInstance { get; internal set; }

    /// <summary>Id of the lane the node is drawn in, if any (documentation; may default candidate roles).</summary>
    public string? LaneId { get; internal set; }

    internal void AddIncoming(SequenceFlow flow) => incoming.Add(flow);

    internal void AddOutgoing(SequenceFlow flow) => outgoing.Add(flow);

    internal void AddBoundaryEvent(BoundaryEventNode boundary) => boundaryEvents.Add(boundary);

    /// <inheritdoc />
    public override string ToString() => $"{ElementType} {Id}";
}

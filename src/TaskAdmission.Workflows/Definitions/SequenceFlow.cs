using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>A sequence flow between two nodes of the same scope, optionally guarded by a condition.</summary>
public sealed class SequenceFlow(string id, string sourceId, string targetId, WorkflowExpression? condition, int line)
{
    /// <summary>The BPMN element id.</summary>
    public string Id { get; } = id;

    /// <summary>Id of the node the flow leaves.</summary>
    public string SourceId { get; } = sourceId;

    /// <summary>Id of the node the flow enters.</summary>
    public string TargetId { get; } = targetId;

    /// <summary>The parsed condition, or null for an unconditional flow.</summary>
    public WorkflowExpression? Condition { get; } = condition;

    /// <summary>Line of the element in the BPMN file.</summary>
    public int Line { get; } = line;

    /// <summary>True when the flow has a condition that did not parse (already reported; not "unconditional").</summary>
    internal bool ConditionFailed { get; init; }
}

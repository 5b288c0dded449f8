using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>Multi-instance loop settings of an activity: one instance per collection element, or <c>loopCardinality</c> instances.</summary>
public sealed class MultiInstanceSpec(
    bool isSequential,
    WorkflowExpression? collection,
    WorkflowExpression? loopCardinality,
    string? elementVariable,
    WorkflowExpression? completionCondition,
    string outcomeVariable,
    string resultVariable)
{
    /// <summary>True for one-after-another instances; false for all at once.</summary>
    public bool IsSequential { get; } = isSequential;

    /// <summary>Expression yielding the collection (usually just a variable name such as <c>approvers</c>); null when only a cardinality is given.</summary>
    public WorkflowExpression? Collection { get; } = collection;

    /// <summary>Expression yielding the number of instances (<c>loopCardinality</c>); used when there is no collection.</summary>
    public WorkflowExpression? LoopCardinality { get; } = loopCardinality;

    /// <summary>Name of the per-instance variable holding the current collection element (null with a cardinality only).</summary>
    public string? ElementVariable { get; } = elementVariable;

    /// <summary>Ends the loop early when true; evaluated after each instance completes. Null means all must complete.</summary>
    public WorkflowExpression? CompletionCondition { get; } = completionCondition;

    /// <summary>Variable each instance sets on completion (default <c>outcome</c>); collected rather than written to the process.</summary>
    public string OutcomeVariable { get; } = outcomeVariable;

    /// <summary>Process variable receiving the summary object (counters and outcomes) when the loop ends.</summary>
    public string ResultVariable { get; } = resultVariable;
}

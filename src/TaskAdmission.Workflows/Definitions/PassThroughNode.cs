namespace TaskAdmission.Workflows.Definitions;

/// <summary>
/// A node that does nothing and moves on: an abstract <c>task</c>, a <c>manualTask</c> done outside the system, or a
/// none <c>intermediateThrowEvent</c> (a milestone drawn on the diagram).
/// </summary>
public sealed class PassThroughNode(string id, string? name, string? scopeId, int line, string elementType)
    : FlowNode(id, name, scopeId, line)
{
    /// <inheritdoc />
    public override string ElementType { get; } = elementType;
}

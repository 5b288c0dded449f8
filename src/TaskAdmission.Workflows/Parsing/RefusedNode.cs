using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// Stands in for a refused element while the graph is checked, so that flows and boundary events touching it are still
/// linked and every other problem of the file is found. A definition holding one is never returned.
/// </summary>
internal sealed class RefusedNode(string id, string? name, string? scopeId, int line, string elementType) : FlowNode(id, name, scopeId, line)
{
    /// <inheritdoc />
    public override string ElementType { get; } = elementType;

    // Unknown semantics: never call a cycle through it wait-free on speculation.
    public override bool IsWaitState => true;
}

namespace TaskAdmission.Workflows.Definitions;

/// <summary>An exclusive, parallel, inclusive or event-based gateway.</summary>
public sealed class GatewayNode(string id, string? name, string? scopeId, int line, GatewayKind kind, string? defaultFlowId)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>The gateway type.</summary>
    public GatewayKind Kind { get; } = kind;

    /// <summary>Id of the default flow taken when no condition holds (exclusive and inclusive only).</summary>
    public string? DefaultFlowId { get; } = defaultFlowId;

    /// <inheritdoc />
    public override string ElementType => Kind switch
    {
        GatewayKind.Exclusive => "exclusiveGateway",
        GatewayKind.Parallel => "parallelGateway",
        GatewayKind.Inclusive => "inclusiveGateway",
        _ => "eventBasedGateway",
    };

    /// <inheritdoc />
    public override bool IsWaitState => Kind == GatewayKind.EventBased;
}

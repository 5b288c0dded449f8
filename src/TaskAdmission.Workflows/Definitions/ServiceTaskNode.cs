namespace TaskAdmission.Workflows.Definitions;

/// <summary>An automated step executed by the C# activity registered under <see cref="ServiceType"/> (<c>ta:type</c>).</summary>
public sealed class ServiceTaskNode(string id, string? name, string? scopeId, int line, string serviceType)
    : FlowNode(id, name, scopeId, line)
{
    /// <summary>The registered activity type name.</summary>
    public string ServiceType { get; } = serviceType;

    /// <inheritdoc />
    public override string ElementType => "serviceTask";
}

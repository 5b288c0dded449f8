namespace TaskAdmission.Workflows.Definitions;

/// <summary>Starts another deployed process as a child instance and waits until it ends.</summary>
public sealed class CallActivityNode(
    string id,
    string? name,
    string? scopeId,
    int line,
    string calledElement,
    int? calledVersion,
    IReadOnlyList<VariableMapping> inputs,
    IReadOnlyList<VariableMapping> outputs,
    bool inheritVariables,
    bool returnAllVariables) : FlowNode(id, name, scopeId, line)
{
    /// <summary>Process id of the called process.</summary>
    public string CalledElement { get; } = calledElement;

    /// <summary>A fixed deployed version; null calls the latest version at the moment of the call.</summary>
    public int? CalledVersion { get; } = calledVersion;

    /// <summary>Variables copied into the child when it starts.</summary>
    public IReadOnlyList<VariableMapping> Inputs { get; } = inputs;

    /// <summary>Variables copied back from the child when it ends.</summary>
    public IReadOnlyList<VariableMapping> Outputs { get; } = outputs;

    /// <summary>True when the child starts with all of the caller's variables (before the input mappings).</summary>
    public bool InheritVariables { get; } = inheritVariables;

    /// <summary>True when all of the child's variables are copied back (before the output mappings).</summary>
    public bool ReturnAllVariables { get; } = returnAllVariables;

    /// <inheritdoc />
    public override string ElementType => "callActivity";

    /// <inheritdoc />
    public override bool IsWaitState => true;
}

using System.Text.Json;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Read model of an instance: status, variables and where its tokens are.</summary>
public sealed record WorkflowInstanceView
{
    /// <summary>Instance id.</summary>
    public required Guid Id { get; init; }

    /// <summary>BPMN process id.</summary>
    public required string ProcessId { get; init; }

    /// <summary>Definition version the instance runs on.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>Business key.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Initiator.</summary>
    public string? Initiator { get; init; }

    /// <summary>Lifecycle status.</summary>
    public required InstanceStatus Status { get; init; }

    /// <summary>Concurrency version.</summary>
    public required long Version { get; init; }

    /// <summary>True while incidents are open.</summary>
    public bool HasOpenIncidents { get; init; }

    /// <summary>Process variables.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Variables { get; init; }

    /// <summary>Elements where tokens are, one entry per token (multi-instance bodies excluded).</summary>
    public required IReadOnlyList<string> ActiveElementIds { get; init; }
}

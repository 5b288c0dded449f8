using System.Text.Json;

namespace TaskAdmission.Workflows.Execution;

/// <summary>What to start: process (latest version unless given), business key, initiator and initial variables.</summary>
public sealed record StartInstanceRequest
{
    /// <summary>BPMN process id.</summary>
    public required string ProcessId { get; init; }

    /// <summary>Specific version; null starts the latest.</summary>
    public int? Version { get; init; }

    /// <summary>Caller's correlation key, used for message correlation.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Who starts the instance; also set as variable <c>initiator</c> unless given explicitly.</summary>
    public string? Initiator { get; init; }

    /// <summary>Initial process variables.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }
}

namespace TaskAdmission.Workflows.Persistence;

/// <summary>One deployed version of a BPMN process.</summary>
/// <param name="ProcessId">BPMN process id.</param>
/// <param name="Version">1-based version number, unique per process id.</param>
/// <param name="Name">Process name from the file.</param>
/// <param name="ContentHash">SHA-256 (hex) of the XML; identical content is not redeployed.</param>
/// <param name="Xml">The BPMN XML as deployed.</param>
/// <param name="DeployedAt">When the version was deployed.</param>
/// <param name="DeployedBy">Who deployed it (the host's user name; null when not given, e.g. a deployment at start).</param>
public sealed record DeployedDefinition(string ProcessId, int Version, string? Name, string ContentHash, string Xml, DateTimeOffset DeployedAt, string? DeployedBy = null);

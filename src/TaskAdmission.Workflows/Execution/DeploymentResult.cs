using TaskAdmission.Workflows.Parsing;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Result of deploying a BPMN file.</summary>
/// <param name="ProcessId">BPMN process id.</param>
/// <param name="Version">The version now holding this content.</param>
/// <param name="IsNewVersion">False when identical content was already deployed and that version is returned.</param>
/// <param name="ContentHash">SHA-256 (hex) of the content.</param>
public sealed record DeploymentResult(string ProcessId, int Version, bool IsNewVersion, string ContentHash)
{
    /// <summary>What the file says that has no effect or may not behave as drawn (e.g. a join some path can never satisfy).</summary>
    public IReadOnlyList<ParseProblem> Warnings { get; init; } = [];
}

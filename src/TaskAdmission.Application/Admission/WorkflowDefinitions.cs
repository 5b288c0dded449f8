using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// Deploys the process definitions of workflows/ (embedded in this assembly at build time) at start. Deploying an
/// unchanged file is a no-op; a changed file becomes a new version, and running instances stay on theirs.
/// </summary>
public static class WorkflowDefinitions
{
    public static readonly string[] Files = ["task-admission.bpmn", "unadmitted-report.bpmn"];

    public static async Task<IReadOnlyList<DeploymentResult>> DeployAsync(WorkflowEngine engine, CancellationToken ct = default)
    {
        var results = new List<DeploymentResult>();
        foreach (var file in Files)
        {
            await using var stream = typeof(WorkflowDefinitions).Assembly.GetManifestResourceStream($"workflows.{file}")
                ?? throw new InvalidOperationException($"workflows/{file} is not embedded in TaskAdmission.Application.");
            using var reader = new StreamReader(stream);
            results.Add(await engine.DeployAsync(await reader.ReadToEndAsync(ct), ct));
        }
        return results;
    }
}

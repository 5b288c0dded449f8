using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// Deploys the process definitions of workflows/ (embedded in this assembly at build time) at start, but only a file whose
/// content was never deployed: an unchanged file is left alone even when a system administrator has since deployed a newer
/// version from the console (the console's version stays the latest), and a changed file becomes a new version. Running
/// instances stay on their version.
/// </summary>
public static class WorkflowDefinitions
{
    public static readonly string[] Files = ["task-admission.bpmn", "unadmitted-report.bpmn", "service-purchase.bpmn", "precheck-appeal.bpmn"];

    public static async Task<IReadOnlyList<DeploymentResult>> DeployAsync(WorkflowEngine engine, AppDbContext db, CancellationToken ct = default)
    {
        var results = new List<DeploymentResult>();
        foreach (var file in Files)
        {
            await using var stream = typeof(WorkflowDefinitions).Assembly.GetManifestResourceStream($"workflows.{file}")
                ?? throw new InvalidOperationException($"workflows/{file} is not embedded in TaskAdmission.Application.");
            using var reader = new StreamReader(stream);
            var xml = await reader.ReadToEndAsync(ct);
            var hash = ContentHash(xml);
            if (await db.WorkflowDefinitions.AsNoTracking().Where(d => d.ContentHash == hash).Select(d => new { d.ProcessId, d.Version })
                    .FirstOrDefaultAsync(ct) is { } deployed)
            {
                results.Add(new DeploymentResult(deployed.ProcessId, deployed.Version, false, hash));
                continue;
            }
            results.Add(await engine.DeployAsync(xml, ct));
        }
        return results;
    }

    /// <summary>The engine's content hash of a file (SHA-256 of the text with line endings normalised).</summary>
    public static string ContentHash(string xml) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"))));
}

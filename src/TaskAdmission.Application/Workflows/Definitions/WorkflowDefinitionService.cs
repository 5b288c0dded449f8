using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Definitions;

/// <summary>
/// Process definitions at run time: the deployed versions with who deployed them when and their running instances, the
/// XML of a version, and deploying a new version (uploaded or from the designer). Only a system administrator deploys;
/// the file is checked by the engine's own reader and refused with every problem, each located by element and line.
/// </summary>
public sealed class WorkflowDefinitionService(AppDbContext db, WorkflowEngine engine, WorkflowEngineOptions options, AuditLog audit)
{
    /// <summary>Largest file accepted (the engine's reader has its own element and depth limits).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public async Task<IReadOnlyList<DefinitionVersionRow>> ListAsync(CancellationToken ct = default)
    {
        var versions = await db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new { d.ProcessId, d.Version, d.Name, d.DeployedBy, d.DeployedAtUtc }).ToListAsync(ct);
        var counts = (await db.WorkflowInstances.AsNoTracking()
                .GroupBy(i => new { i.ProcessId, i.DefinitionVersion })
                .Select(g => new { g.Key.ProcessId, g.Key.DefinitionVersion, All = g.Count(), Running = g.Count(i => i.Status == InstanceStatus.Running) })
                .ToListAsync(ct))
            .ToDictionary(c => (c.ProcessId, c.DefinitionVersion));
        return versions
            .Select(v => counts.TryGetValue((v.ProcessId, v.Version), out var c)
                ? new DefinitionVersionRow(v.ProcessId, v.Version, v.Name, v.DeployedBy, v.DeployedAtUtc, c.Running, c.All)
                : new DefinitionVersionRow(v.ProcessId, v.Version, v.Name, v.DeployedBy, v.DeployedAtUtc, 0, 0))
            .OrderBy(v => v.ProcessId, StringComparer.Ordinal).ThenByDescending(v => v.Version)
            .ToList();
    }

    /// <summary>The XML of a version (the latest when <paramref name="version"/> is null); NotFound when not deployed.</summary>
    public async Task<DeployedDefinition> GetAsync(string processId, int? version, CancellationToken ct = default) =>
        await engine.Store.GetDefinitionAsync(processId, version, ct) ?? throw RefusalException.NotFound();

    /// <summary>
    /// Deploys a file as a new version (or answers the existing version when nothing changed); refuses a file the engine
    /// cannot run with all its problems (<see cref="BpmnProblem"/>), and anyone but a system administrator.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(string xml, Actor actor, CancellationToken ct = default)
    {
        if (actor.Role != AppRoles.SystemAdministrator)
        {
            throw RefusalException.Forbidden("DeployNotAllowed");
        }
        if (string.IsNullOrWhiteSpace(xml) || xml.Length > MaxBytes)
        {
            throw RefusalException.Invalid("file", "FileRequired", MaxBytes / 1024 / 1024);
        }
        DeploymentResult result;
        try
        {
            result = await engine.DeployAsync(xml, actor.UserName, ct);
        }
        catch (WorkflowDefinitionException refused)
        {
            throw RefusalException.Invalid([.. refused.Problems.Select(Problem)]);
        }
        if (result.IsNewVersion)
        {
            audit.Record(actor.UserName, "workflow.deploy", $"workflow-definition:{result.ProcessId}", $"version {result.Version}; sha256 {result.ContentHash}");
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>Checks a file without deploying it: its problems (errors and warnings), none when it would deploy cleanly.</summary>
    public IReadOnlyList<BpmnProblem> Check(string xml) =>
        [.. BpmnParser.Parse(xml, options.Parsing) is var parsed ? parsed.Problems.Concat(parsed.Warnings).Distinct().Select(Problem) : []];

    private static BpmnProblem Problem(ParseProblem p) => new(p.ElementId, p.Line, p.Message, p.IsWarning);
}

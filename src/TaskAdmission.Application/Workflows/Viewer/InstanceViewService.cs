using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Viewer;

/// <summary>
/// The instance viewer and the heat view of a version. An instance is shown to a system administrator, to the people it
/// involves (started it, holds or held one of its tasks, is a candidate of one in their scope, was copied on it), and to
/// whoever may see its business object (a submission or a report case); to nobody else (NotFound).
/// </summary>
public sealed partial class InstanceViewService(AppDbContext db, WorkflowEngine engine, WorkflowSubjects subjects, AdmissionService admission)
{
    public async Task<InstanceDiagram> GetAsync(Guid instanceId, Actor actor, CancellationToken ct = default)
    {
        var row = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct) ?? throw RefusalException.NotFound();
        if (!await MaySeeAsync(row.Id, row.Initiator, row.BusinessKey, actor, ct))
        {
            throw RefusalException.NotFound();
        }
        var deployed = await engine.Store.GetDefinitionAsync(row.ProcessId, row.DefinitionVersion, ct) ?? throw RefusalException.NotFound();
        var definition = await engine.GetDefinitionAsync(row.ProcessId, row.DefinitionVersion, ct);
        var journal = await engine.GetJournalAsync(instanceId, ct);
        var view = await engine.GetInstanceAsync(instanceId, ct);
        var failed = await db.WorkflowIncidents.AsNoTracking().Where(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open)
            .Select(i => i.ElementId).ToListAsync(ct);
        return new InstanceDiagram
        {
            Id = row.Id,
            ProcessId = row.ProcessId,
            Version = row.DefinitionVersion,
            ProcessName = definition.Name ?? row.ProcessId,
            Subject = await subjects.DescribeAsync(row.BusinessKey, ct),
            BusinessKey = row.BusinessKey,
            Initiator = row.Initiator,
            Status = row.Status,
            StartedAt = new DateTimeOffset(DateTime.SpecifyKind(row.StartedAtUtc, DateTimeKind.Utc)),
            EndedAt = row.EndedAtUtc is { } ended ? new DateTimeOffset(DateTime.SpecifyKind(ended, DateTimeKind.Utc)) : null,
            Xml = deployed.Xml,
            Elements = definition.Nodes.Values.ToDictionary(n => n.Id, n => n.Name ?? n.Id),
            Completed = journal.Where(j => j.Kind is JournalEntryKind.ElementCompleted or JournalEntryKind.TaskCompleted && j.ElementId is not null)
                .Select(j => j.ElementId!).Distinct().ToList(),
            Active = view?.ActiveElementIds.Distinct().ToList() ?? [],
            Failed = failed.Distinct().ToList(),
            Journal = journal,
        };
    }

    private async Task<bool> MaySeeAsync(Guid instanceId, string? initiator, string? businessKey, Actor actor, CancellationToken ct)
    {
        var me = actor.UserName;
        if (actor.Role == AppRoles.SystemAdministrator || initiator == me)
        {
            return true;
        }
        var tasks = await db.WorkflowTasks.AsNoTracking().Where(t => t.InstanceId == instanceId)
            .Select(t => new { t.Assignee, t.Owner, t.CompletedBy, t.CandidateScope, t.CandidateRoles, t.CandidateUsers }).ToListAsync(ct);
        var scope = TaskVisibility.ScopeOf(actor);
        if (tasks.Any(t => t.Assignee == me || t.Owner == me || t.CompletedBy == me
                || (t.CandidateUsers ?? "").Split(',').Contains(me)
                || (t.CandidateRoles.Split(',').Contains(actor.Role) && (t.CandidateScope is null || t.CandidateScope == scope)))
            || await db.WorkflowCarbonCopies.AsNoTracking().AnyAsync(c => c.InstanceId == instanceId && c.Recipient == me, ct))
        {
            return true;
        }
        if (!Guid.TryParse(businessKey, out var key))
        {
            return false;
        }
        return await admission.GetHeaderAsync(key, actor, ct) is not null
            || (actor.Role == AppRoles.Supervisor && await db.UnadmittedReports.AsNoTracking().AnyAsync(r => r.Id == key && r.DistrictCode == actor.OrgUnitCode, ct));
    }
}

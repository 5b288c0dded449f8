using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Villages.Reports;

/// <summary>
/// Reports of unadmitted work (举报): a village files one; the district's supervisors triage it, record a finding and
/// an action on the department (workflows/unadmitted-report.bpmn). Departments see findings against them by number,
/// never the village (unless the village chose to be named).
/// </summary>
public sealed class UnadmittedReportService(AppDbContext db, WorkflowEngine engine, VillageFileService files, Notifier notifier, AuditLog audit, ChinaClock clock)
{
    public const string ProcessId = "unadmitted_report";

    public async Task<UnadmittedReport> SubmitAsync(ReportInput input, Actor actor, CancellationToken ct = default)
    {
        var village = VillageInboxService.VillageOf(actor);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == village, ct) ?? throw RefusalException.NotFound();
        var demand = (input.Demand ?? "").Trim();
        var code = string.IsNullOrWhiteSpace(input.DepartmentCode) ? null : input.DepartmentCode.Trim();
        var name = (input.DepartmentName ?? "").Trim();
        var department = code is null ? null : await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
        var problems = ReportValidator.Validate(code is null ? null : department is not null, name, demand, input.Channel, input.DemandedOn, clock.Today);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var township = unit.ParentCode ?? "";
        var district = await db.OrgUnits.AsNoTracking().Where(u => u.Code == township).Select(u => u.ParentCode).FirstOrDefaultAsync(ct) ?? "";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var evidence = input.Evidence is null ? null : files.Add(input.Evidence, VillageFileUse.Report, village, actor.UserName);
        var now = clock.UtcNow;
        var report = new UnadmittedReport
        {
            Id = Guid.NewGuid(),
            Number = $"JB{ChinaClock.Local(now):yyyyMMdd}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}",
            VillageCode = village,
            TownshipCode = township,
            DistrictCode = district,
            DepartmentCode = department?.Code,
            DepartmentName = department?.NameZh ?? name,
            Demand = demand,
            Channel = input.Channel,
            DemandedOn = input.DemandedOn,
            EvidenceFileId = evidence?.Id,
            Anonymous = input.Anonymous,
            ReportedBy = actor.UserName,
            ReportedAtUtc = now,
        };
        db.UnadmittedReports.Add(report);
        notifier.Add(NotificationAudience.Supervisor(district), NotificationKind.ReportReceived, report.Number, $"/supervision/reports/{report.Id}");
        audit.Record(actor.UserName, "report.submit", $"report:{report.Number}");
        await db.SaveChangesAsync(ct);
        var started = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = ProcessId,
            BusinessKey = report.Id.ToString(),
            Initiator = actor.UserName,
            Variables = new Dictionary<string, JsonElement>
            {
                ["district"] = JsonSerializer.SerializeToElement(district),
                ["reportNumber"] = JsonSerializer.SerializeToElement(report.Number),
            },
        }, ct);
        report.WorkflowInstanceId = started.InstanceId;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return report;
    }

    /// <summary>The village's own reports, newest first.</summary>
    public async Task<List<ReportView>> ForVillageAsync(Actor actor, CancellationToken ct = default)
    {
        var village = VillageInboxService.VillageOf(actor);
        return await ViewsAsync(db.UnadmittedReports.Where(r => r.VillageCode == village), withSteps: false, ct);
    }

    /// <summary>The supervisor's cases: reports from villages in its jurisdiction, open ones first.</summary>
    public async Task<List<ReportView>> CasesAsync(Actor actor, CancellationToken ct = default) =>
        (await ViewsAsync(await InJurisdictionAsync(actor, ct), withSteps: true, ct))
            .OrderBy(r => r.Status == ReportStatus.Closed).ThenByDescending(r => r.ReportedAtUtc).ToList();

    public async Task<ReportView?> CaseAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        (await ViewsAsync((await InJurisdictionAsync(actor, ct)).Where(r => r.Id == id), withSteps: true, ct)).SingleOrDefault();

    /// <summary>Triage: accept for investigation, or dismiss with a reason (closes the case).</summary>
    public Task TriageAsync(Guid id, bool accept, string? note, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, "Triage", accept ? "accept" : "dismiss", note, requireNote: !accept, actor, (r, text, now) =>
        {
            // Closing (and telling the village) is the workflow's UnadmittedReportClose step.
            r.MoveTo(accept ? ReportStatus.Investigating : r.Status);
            if (!accept)
            {
                (r.Finding, r.FindingNote, r.FoundBy, r.FoundAtUtc) = (ReportFinding.Dismissed, text, actor.UserName, now);
            }
        }, ct);

    /// <summary>The finding: founded (an action follows) or unfounded (closes the case). A reason is required.</summary>
    public Task FindAsync(Guid id, bool founded, string? note, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, "Finding", founded ? "founded" : "unfounded", note, requireNote: true, actor, (r, text, now) =>
        {
            r.MoveTo(founded ? ReportStatus.Founded : r.Status);
            (r.Finding, r.FindingNote, r.FoundBy, r.FoundAtUtc) = (founded ? ReportFinding.Founded : ReportFinding.Unfounded, text, actor.UserName, now);
        }, ct);

    /// <summary>The action on the department, recorded against it (致函/通报/约谈).</summary>
    public Task ActAsync(Guid id, DepartmentActionKind action, string? note, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, "Action", action.ToString().ToLowerInvariant(), note, requireNote: true, actor, (r, text, now) =>
        {
            (r.Action, r.ActionNote, r.ActionBy, r.ActionAtUtc) = (action, text, actor.UserName, now);
        }, ct);

    /// <summary>What the reported department may see: findings against it, by number; the village only when it chose to be named.</summary>
    public async Task<List<DepartmentReportView>> ForDepartmentAsync(Actor actor, CancellationToken ct = default)
    {
        if (!AppRoles.IsDepartmentScoped(actor.Role) || actor.DepartmentCode is not { } department)
        {
            return [];
        }
        return await (from r in db.UnadmittedReports.AsNoTracking()
                      join u in db.OrgUnits on r.VillageCode equals u.Code into units
                      from u in units.DefaultIfEmpty()
                      where r.DepartmentCode == department && r.Finding == ReportFinding.Founded
                      orderby r.FoundAtUtc descending
                      select new DepartmentReportView(r.Number, r.Demand, r.Channel, r.DemandedOn, r.Finding, r.FindingNote, r.Action, r.ActionNote, r.ActionAtUtc,
                          r.Anonymous || u == null ? null : u.NameZh))
            .Take(500).ToListAsync(ct);
    }

    /// <summary>The supervisor's department record: founded reports, actions, rejected submissions, support not delivered.</summary>
    public async Task<List<DepartmentRecord>> DepartmentRecordsAsync(Actor actor, DateTime supportCutoffUtc, CancellationToken ct = default)
    {
        if (actor.Role != AppRoles.Supervisor || actor.OrgUnitCode is not { } scopeCode)
        {
            return [];
        }
        var scope = await SupervisorScope.ResolveAsync(db, scopeCode, ct);
        var reports = await (await InJurisdictionAsync(actor, ct)).Where(r => r.DepartmentCode != null && r.Finding == ReportFinding.Founded)
            .GroupBy(r => new { r.DepartmentCode, r.Action })
            .Select(g => new { g.Key.DepartmentCode, g.Key.Action, Count = g.Count() }).ToListAsync(ct);
        var rejected = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Rejected && (scope.IsCity || s.Villages.Any(v => v.DistrictCode == scope.Code || v.TownshipCode == scope.Code)))
            .GroupBy(s => s.DepartmentCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var area = db.Assignments.AsNoTracking().Where(a => scope.IsCity || a.DistrictCode == scope.Code || a.TownshipCode == scope.Code);
        var flagged = await SupportFlags.Flagged(area, supportCutoffUtc)
            .GroupBy(a => a.DepartmentCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
        return departments.Select(d => new DepartmentRecord(d.Code, d.NameZh, d.NameEn,
                reports.Where(r => r.DepartmentCode == d.Code).Sum(r => r.Count),
                reports.Where(r => r.DepartmentCode == d.Code && r.Action == DepartmentActionKind.Letter).Sum(r => r.Count),
                reports.Where(r => r.DepartmentCode == d.Code && r.Action == DepartmentActionKind.Circular).Sum(r => r.Count),
                reports.Where(r => r.DepartmentCode == d.Code && r.Action == DepartmentActionKind.Interview).Sum(r => r.Count),
                rejected.Where(r => r.Code == d.Code).Sum(r => r.Count),
                flagged.Where(r => r.Code == d.Code).Sum(r => r.Count)))
            .OrderByDescending(r => r.ReportsFounded).ThenByDescending(r => r.AssignmentsSupportFlagged).ThenBy(r => r.DepartmentCode).ToList();
    }

    private async Task StepAsync(Guid id, string element, string outcome, string? note, bool requireNote, Actor actor,
        Action<UnadmittedReport, string?, DateTime> apply, CancellationToken ct)
    {
        var text = (note ?? "").Trim();
        if (requireNote && text.Length == 0)
        {
            throw RefusalException.Invalid("note", "ReasonRequired");
        }
        if (text.Length > UnadmittedReport.NoteMax)
        {
            throw RefusalException.Invalid("note", "DetailsTooLong", UnadmittedReport.NoteMax);
        }
        var report = await (await InJurisdictionAsync(actor, ct)).AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusalException.NotFound();
        var task = report.WorkflowInstanceId is { } instance
            ? (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance }, ct)).Items.FirstOrDefault(t => t.ElementId == element)
            : null;
        if (task is null)
        {
            throw RefusalException.Conflict("TaskGone");
        }
        if (!task.CandidateRoles.Contains(actor.Role) || task.CandidateScope != actor.OrgUnitCode)
        {
            throw RefusalException.NotFound();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        apply(report, text.Length == 0 ? null : text, clock.UtcNow);
        report.Version++;
        audit.Record(actor.UserName, $"report.{element.ToLowerInvariant()}", $"report:{report.Number}", $"{outcome}: {text}");
        try
        {
            await db.SaveChangesAsync(ct);
            await engine.CompleteTaskAsync(task.Id, actor.UserName,
                new Dictionary<string, JsonElement> { ["outcome"] = JsonSerializer.SerializeToElement(outcome) }, text, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is WorkflowConflictException or WorkflowOperationException or DbUpdateConcurrencyException)
        {
            throw RefusalException.Conflict("TaskGone", ex);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>Reports from villages in the supervisor's area (district or township; the whole city for a city supervisor).</summary>
    private async Task<IQueryable<UnadmittedReport>> InJurisdictionAsync(Actor actor, CancellationToken ct)
    {
        if (actor.Role != AppRoles.Supervisor || actor.OrgUnitCode is not { } code)
        {
            return db.UnadmittedReports.Where(_ => false);
        }
        var scope = await SupervisorScope.ResolveAsync(db, code, ct);
        return db.UnadmittedReports.AsNoTracking().Where(r => scope.IsCity || r.DistrictCode == code || r.TownshipCode == code);
    }

    private async Task<List<ReportView>> ViewsAsync(IQueryable<UnadmittedReport> reports, bool withSteps, CancellationToken ct)
    {
        var rows = await (from r in reports.AsNoTracking()
                          join u in db.OrgUnits on r.VillageCode equals u.Code into units
                          from u in units.DefaultIfEmpty()
                          orderby r.ReportedAtUtc descending
                          select new { R = r, Zh = u == null ? r.VillageCode : u.NameZh, En = u == null ? r.VillageCode : u.NameEn })
            .Take(500).ToListAsync(ct);
        var views = new List<ReportView>(rows.Count);
        foreach (var x in rows)
        {
            string? step = null;
            if (withSteps && x.R.Status != ReportStatus.Closed && x.R.WorkflowInstanceId is { } instance)
            {
                step = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance }, ct)).Items.FirstOrDefault()?.ElementId;
            }
            var r = x.R;
            views.Add(new ReportView(r.Id, r.Number, r.VillageCode, x.Zh, x.En, r.DepartmentCode, r.DepartmentName, r.Demand, r.Channel, r.DemandedOn,
                r.EvidenceFileId, r.Anonymous, r.ReportedBy, r.ReportedAtUtc, r.Status, r.Finding, r.FindingNote, r.Action, r.ActionNote, r.ActionAtUtc, step));
        }
        return views;
    }
}

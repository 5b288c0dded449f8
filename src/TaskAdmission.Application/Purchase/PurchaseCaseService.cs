using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Purchase;

/// <summary>
/// The purchase-of-service use cases, one transaction each: the case's rows, the money entries, the audit rows and the
/// workflow step (the engine's store shares the context) commit together or not at all. Who sees a case:
/// its department; the joint reviewers and supervisors of a district it covers (of the city: all); the village
/// committee that is its provider, once the draft was sent to it. Anything else is NotFound.
/// </summary>
public sealed partial class PurchaseCaseService(
    AppDbContext db,
    WorkflowEngine engine,
    ProviderService providers,
    AuditLog audit,
    Notifier notifier,
    ChinaClock clock)
{
    public const int MaxRows = 500;

    private static readonly PurchaseStatus[] NotYetSent = [PurchaseStatus.Describing, PurchaseStatus.SelectingProvider];

    public DateOnly Today => clock.Today;

    /// <summary>The cases the actor may see (not tracked).</summary>
    public async Task<IQueryable<PurchaseCase>> VisibleAsync(Actor actor, CancellationToken ct = default) =>
        Visible(db.PurchaseCases.AsNoTracking(), actor, await IsCityAsync(actor, ct));

    private IQueryable<PurchaseCase> Visible(IQueryable<PurchaseCase> cases, Actor actor, bool isCity)
    {
        var scope = actor.OrgUnitCode ?? "-";
        return actor.Role switch
        {
            _ when AppRoles.IsDepartmentScoped(actor.Role) => cases.Where(c => c.DepartmentCode == actor.DepartmentCode),
            AppRoles.JointReviewer or AppRoles.Supervisor when isCity => cases,
            AppRoles.JointReviewer or AppRoles.Supervisor =>
                cases.Where(c => db.PurchaseCaseVillages.Any(v => v.CaseId == c.Id && (v.DistrictCode == scope || v.TownshipCode == scope))),
            AppRoles.VillageCommittee => cases.Where(c => !NotYetSent.Contains(c.Status) && c.AgreementNumber != null
                && db.PurchaseProviders.Any(p => p.Id == c.ProviderId && p.VillageCode == scope)),
            _ => cases.Where(_ => false),
        };
    }

    private async Task<bool> IsCityAsync(Actor actor, CancellationToken ct) =>
        actor.Role is AppRoles.JointReviewer or AppRoles.Supervisor && actor.OrgUnitCode is { } code
        && await db.OrgUnits.AnyAsync(u => u.Code == code && u.ParentCode == null, ct);

    /// <summary>The visible case, tracked, with its villages, milestones and payments; NotFound otherwise.</summary>
    private async Task<(PurchaseCase Case, Provider? Provider)> LoadAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var c = await Visible(db.PurchaseCases, actor, await IsCityAsync(actor, ct))
            .Include(x => x.Villages).Include(x => x.Milestones).Include(x => x.Payments)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw RefusalException.NotFound();
        var provider = c.ProviderId is { } pid ? await db.PurchaseProviders.FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        c.Milestones.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return (c, provider);
    }

    /// <summary>Loads the case for a step: visible, at that step, and the actor is who does it (else NotFound / Forbidden / Conflict).</summary>
    private async Task<(PurchaseCase Case, Provider? Provider)> LoadForStepAsync(Guid id, string step, Actor actor, CancellationToken ct)
    {
        var (c, provider) = await LoadAsync(id, actor, ct);
        if (!PurchaseSteps.MayAct(step, c, provider, actor))
        {
            throw PurchaseProblem.Forbidden(PurchaseProblemCode.NotYourStep);
        }
        if (PurchaseSteps.Of(c.Status, c.CurrentMilestone) != step)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        c.Version++;
        return (c, provider);
    }

    /// <summary>Completes the step's open task with the case's tracked changes, in one commit; a lost race is a conflict.</summary>
    private async Task CompleteStepAsync(PurchaseCase c, string step, Actor actor, object? variables, string? comment, CancellationToken ct)
    {
        var task = await OpenTaskAsync(c, ct);
        if (task is null || task.ElementId != step)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        var values = variables is null ? null : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        try
        {
            await engine.CompleteTaskAsync(task.Id, actor.UserName, values, comment, ct);
        }
        catch (Exception ex) when (ex is WorkflowConflictException or WorkflowOperationException or DbUpdateException)
        {
            throw PurchaseProblem.ConflictFrom(ex);
        }
    }

    private async Task<UserTaskRecord?> OpenTaskAsync(PurchaseCase c, CancellationToken ct) =>
        c.WorkflowInstanceId is { } instance
            ? (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance, Take = 10 }, ct)).Items.FirstOrDefault()
            : null;

    /// <summary>Saves a command that completes no step (payments, reversals, files); a lost race is a conflict.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            throw PurchaseProblem.ConflictFrom(ex);
        }
    }

    private static string Subject(PurchaseCase c) => $"purchase:{c.Number}";

    private static string Yuan(long fen) => Money.FormatFen(fen);

    /// <summary>The open tasks of purchases the actor does (department by scope, village committee by village).</summary>
    public async Task<IReadOnlyList<UserTaskRecord>> TasksAsync(Actor actor, CancellationToken ct = default)
    {
        var scope = AppRoles.IsDepartmentScoped(actor.Role) ? actor.DepartmentCode : actor.OrgUnitCode;
        if (scope is null || actor.Role is not (AppRoles.DepartmentSubmitter or AppRoles.DepartmentHead or AppRoles.VillageCommittee))
        {
            return [];
        }
        var tasks = await engine.QueryTasksAsync(new TaskQuery { CandidateRoles = [actor.Role], CandidateScopes = [scope], Take = 500 }, ct);
        return tasks.Items.Where(t => t.ProcessId == PurchaseSteps.ProcessId).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Reduction targets (减负目标) of the jurisdictions in a list administrator's scope: set, list with progress, remove.
/// Every change is audited in its transaction.
/// </summary>
public sealed class TargetService(AppDbContext db, AuditLog audit, ChinaClock clock, TargetProgressService progress)
{
    public async Task<List<TargetView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var baselines = new BaselineResolver(await db.BurdenBaselines.AsNoTracking().ToListAsync(ct), org);
        var views = new List<TargetView>();
        foreach (var target in await db.BurdenTargets.AsNoTracking().OrderBy(t => t.OrgUnitCode).ThenBy(t => t.DueDate).ToListAsync(ct))
        {
            if (org.Find(target.OrgUnitCode) is { } unit && BurdenScope.Includes(org, root, unit.Code))
            {
                views.Add(new TargetView(target, AreaView.Of(unit), await progress.EvaluateAsync(target, AreaView.Of(unit), baselines, ct)));
            }
        }
        return views;
    }

    public async Task<BurdenTarget> CreateAsync(Actor actor, TargetInput input, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var problems = TargetRules.Validate(input, code => org.Find(code) is { } u && u.Kind.Level() < 4 && BurdenScope.Includes(org, root, code));
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var target = new BurdenTarget
        {
            Id = Guid.NewGuid(), OrgUnitCode = input.OrgUnitCode.Trim(), Name = input.Name.Trim(), Kind = input.Kind, Measure = input.Measure, Goal = input.Goal,
            Value = input.Value, StartDate = input.StartDate, DueDate = input.DueDate, CreatedBy = actor.UserName, CreatedAtUtc = clock.UtcNow,
        };
        db.BurdenTargets.Add(target);
        audit.Record(actor.UserName, "burden.target.create", $"target:{target.Id}",
            $"{target.OrgUnitCode} {target.Goal} {target.Value} {target.Measure} {target.Kind?.ToString() ?? "all"} {target.StartDate:yyyy-MM-dd}..{target.DueDate:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return target;
    }

    public async Task DeleteAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var target = await db.BurdenTargets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null || !BurdenScope.Includes(org, root, target.OrgUnitCode))
        {
            throw RefusalException.NotFound();
        }
        db.BurdenTargets.Remove(target);
        audit.Record(actor.UserName, "burden.target.delete", $"target:{target.Id}", target.Name);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw RefusalException.Conflict("TargetChanged", ex);
        }
    }

    private async Task<(OrgDirectory Org, string Root)> ScopeAsync(Actor actor, CancellationToken ct) =>
        actor.Role == AppRoles.ListAdministrator && actor.OrgUnitCode is { Length: > 0 } root
            ? (await OrgDirectory.LoadAsync(db, ct), root)
            : throw RefusalException.NotFound();
}

using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Admission;

public sealed partial class AdmissionService
{
    private static readonly SubmissionStatus[] Unsent = [SubmissionStatus.Draft, SubmissionStatus.AwaitingSignOff];

    /// <summary>
    /// The submissions an actor may see: a department its own; a township, district or city reviewer or supervisor those
    /// sent to villages in its area. Everything else is invisible (callers answer 404, never 403).
    /// </summary>
    public async Task<IQueryable<Submission>> VisibleAsync(Actor actor, CancellationToken ct = default)
    {
        var all = db.Submissions.AsNoTracking();
        if (AppRoles.IsDepartmentScoped(actor.Role))
        {
            return all.Where(s => s.DepartmentCode == actor.DepartmentCode);
        }
        if (actor.Role is not (AppRoles.TownshipApprover or AppRoles.JointReviewer or AppRoles.Supervisor) || actor.OrgUnitCode is null)
        {
            return all.Where(_ => false);
        }
        var scope = actor.OrgUnitCode;
        var sent = all.Where(s => !Unsent.Contains(s.Status));
        if (actor.Role == AppRoles.TownshipApprover)
        {
            return sent.Where(s => s.Villages.Any(v => v.TownshipCode == scope));
        }
        var isCity = await db.OrgUnits.AnyAsync(u => u.Code == scope && u.ParentCode == null, ct);
        return isCity ? sent : sent.Where(s => s.Villages.Any(v => v.DistrictCode == scope || v.TownshipCode == scope));
    }

    public async Task<Submission?> GetAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        await (await VisibleAsync(actor, ct))
            .Include(s => s.Demands.OrderBy(d => d.Position))
            .Include(s => s.Villages)
            .Include(s => s.Decisions.OrderBy(d => d.DecidedAtUtc))
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>
    /// A visible submission with its decisions, and how many villages it was sent to and how many of them are admitted,
    /// counted by the database: the API's answer shows only the counts, so the village rows (1,000 for a township's task,
    /// 10,000 for a city's) and the demands are not read. Null when not visible.
    /// </summary>
    public async Task<(Submission Submission, int Villages, int Admitted)?> GetWithVillageCountsAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var submission = await (await VisibleAsync(actor, ct))
            .Include(s => s.Decisions.OrderBy(d => d.DecidedAtUtc))
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null)
        {
            return null;
        }
        var counts = await db.SubmissionVillages.AsNoTracking()
            .Where(v => v.SubmissionId == id)
            .GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), Admitted = g.Count(v => v.Admitted) })
            .FirstOrDefaultAsync(ct);
        return (submission, counts?.All ?? 0, counts?.Admitted ?? 0);
    }

    /// <summary>A visible submission without its villages, demands or decisions (a posted review decision needs no more).</summary>
    public async Task<Submission?> GetHeaderAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        await (await VisibleAsync(actor, ct)).FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<List<Submission>> ListAsync(Actor actor, int take = 200, CancellationToken ct = default) =>
        await (await VisibleAsync(actor, ct)).OrderByDescending(s => s.CreatedAtUtc).Take(take).ToListAsync(ct);

    /// <summary>The actor's own department's submission, tracked for a change; NotFound otherwise.</summary>
    private async Task<Submission> LoadOwnAsync(Guid id, Actor actor, CancellationToken ct) =>
        await db.Submissions.Include(s => s.Demands).Include(s => s.Villages).Include(s => s.Decisions)
            .FirstOrDefaultAsync(s => s.Id == id && s.DepartmentCode == actor.DepartmentCode, ct)
        ?? throw RefusalException.NotFound();
}

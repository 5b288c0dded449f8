using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Revocations;

/// <summary>
/// Revocation and exit (撤销/退出): a township approver revokes admitted work for its villages, a joint reviewer for
/// its district, and a township approves a village's exit request (a revocation for that one village). Each is a
/// recorded decision; open assignments are cancelled and the villages told, in one transaction.
/// </summary>
public sealed class RevocationService(AppDbContext db, DispatchService dispatcher, Notifier notifier, AuditLog audit, ChinaClock clock)
{
    public async Task<Revocation> RevokeAsync(Guid submissionId, RevocationReason reason, string details, Actor actor, CancellationToken ct = default)
    {
        var text = RequireDetails(details);
        var scope = ScopeOf(actor);
        var submission = await db.Submissions.Include(s => s.Villages).Include(s => s.Decisions)
            .FirstOrDefaultAsync(s => s.Id == submissionId, ct) ?? throw RefusalException.NotFound();
        var inScope = submission.Villages.Where(v => actor.Role == AppRoles.TownshipApprover ? v.TownshipCode == scope : v.DistrictCode == scope).ToList();
        if (inScope.Count == 0 || submission.Status is SubmissionStatus.Draft or SubmissionStatus.AwaitingSignOff)
        {
            throw RefusalException.NotFound();
        }
        var admitted = inScope.Where(v => v.Admitted).ToList();
        if (admitted.Count == 0 || !AdmittedWork.IsAdmitted(submission.Status))
        {
            throw RefusalException.Conflict("NothingToRevoke");
        }
        return await RevokeVillagesAsync(submission, admitted, scope, reason, text, actor, null, ct);
    }

    /// <summary>The township's queue: exit requests of its villages, pending first.</summary>
    public async Task<List<ExitRequestView>> ExitRequestsAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.Role != AppRoles.TownshipApprover || actor.OrgUnitCode is not { } township)
        {
            return [];
        }
        return await (from e in db.ExitRequests.AsNoTracking()
                      join a in db.Assignments on e.AssignmentId equals a.Id
                      join u in db.OrgUnits on e.VillageCode equals u.Code into units
                      from u in units.DefaultIfEmpty()
                      where e.TownshipCode == township
                      orderby e.Status == ExitRequestStatus.Pending descending, e.RequestedAtUtc descending
                      select new ExitRequestView(e.Id, e.SubmissionId, a.Title, e.VillageCode, u == null ? e.VillageCode : u.NameZh, u == null ? e.VillageCode : u.NameEn,
                          e.Reason, e.Details, e.Status, e.RequestedAtUtc, e.DecidedBy, e.DecisionNote))
            .Take(200).ToListAsync(ct);
    }

    /// <summary>The township decides a village's exit request; approving revokes the work for that village.</summary>
    public async Task DecideExitAsync(Guid requestId, bool approve, string? note, Actor actor, CancellationToken ct = default)
    {
        var request = await db.ExitRequests.FirstOrDefaultAsync(e => e.Id == requestId, ct);
        if (request is null || actor.Role != AppRoles.TownshipApprover || request.TownshipCode != actor.OrgUnitCode)
        {
            throw RefusalException.NotFound();
        }
        if (request.Status != ExitRequestStatus.Pending)
        {
            throw RefusalException.Conflict("ExitDecided");
        }
        var text = (note ?? "").Trim();
        if (!approve && text.Length == 0)
        {
            throw RefusalException.Invalid("note", "ReasonRequired");
        }
        if (text.Length > ExitRequest.DetailsMax)
        {
            throw RefusalException.Invalid("note", "DetailsTooLong", ExitRequest.DetailsMax);
        }
        request.MoveTo(approve ? ExitRequestStatus.Approved : ExitRequestStatus.Declined);
        request.DecidedBy = actor.UserName;
        request.DecidedAtUtc = clock.UtcNow;
        request.DecisionNote = text.Length == 0 ? null : text;
        request.Version++;
        var submission = await db.Submissions.Include(s => s.Villages).Include(s => s.Decisions).FirstAsync(s => s.Id == request.SubmissionId, ct);
        var title = await db.Assignments.Where(a => a.Id == request.AssignmentId).Select(a => a.Title).FirstAsync(ct);
        if (!approve)
        {
            notifier.Add(NotificationAudience.Village(request.VillageCode), NotificationKind.ExitDeclined, title, $"/village/assignments/{request.AssignmentId}");
            audit.Record(actor.UserName, "assignment.exit.decline", $"submission:{submission.Number}", $"{request.VillageCode}: {text}");
            await SaveAsync(ct);
            return;
        }
        var village = submission.Villages.Single(v => v.VillageCode == request.VillageCode);
        var reason = text.Length > 0 ? text : request.Details.Length > 0 ? request.Details : request.Reason.ToString();
        if (!village.Admitted || !AdmittedWork.IsAdmitted(submission.Status))
        {
            // Already revoked by other means; the request is settled.
            await SaveAsync(ct);
            return;
        }
        notifier.Add(NotificationAudience.Village(request.VillageCode), NotificationKind.ExitApproved, title, "/village");
        await RevokeVillagesAsync(submission, [village], actor.OrgUnitCode!, request.Reason, reason, actor, request.Id, ct);
    }

    private async Task<Revocation> RevokeVillagesAsync(Submission submission, IReadOnlyList<SubmissionVillage> villages, string scope,
        RevocationReason reason, string text, Actor actor, Guid? exitRequestId, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var now = clock.UtcNow;
        var decision = new Decision
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            Kind = DecisionKind.Revoked,
            OrgUnitCode = scope,
            DecidedBy = actor.UserName,
            DecidedAtUtc = now,
            Reason = text,
            PrecheckHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(submission.PrecheckJson ?? ""))),
        };
        db.Decisions.Add(decision);
        foreach (var village in villages)
        {
            village.Admitted = false;
        }
        submission.MoveTo(submission.Villages.All(v => !v.Admitted) ? SubmissionStatus.Revoked
            : submission.Status == SubmissionStatus.Admitted ? SubmissionStatus.PartiallyAdmitted
            : submission.Status);
        submission.Version++;
        var codes = villages.Select(v => v.VillageCode).ToList();
        var revocation = new Revocation
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            DecisionId = decision.Id,
            Reason = reason,
            Details = text,
            ScopeCode = scope,
            VillageCode = codes.Count == 1 && exitRequestId is not null ? codes[0] : null,
            ExitRequestId = exitRequestId,
            VillageCount = codes.Count,
            RevokedBy = actor.UserName,
            RevokedAtUtc = now,
        };
        db.Revocations.Add(revocation);
        // Pending exit requests of these villages are settled by the revocation.
        foreach (var pending in await db.ExitRequests.Where(e => e.SubmissionId == submission.Id && codes.Contains(e.VillageCode)
            && e.Status == ExitRequestStatus.Pending && e.Id != exitRequestId).ToListAsync(ct))
        {
            pending.MoveTo(ExitRequestStatus.Approved);
            pending.DecidedBy = actor.UserName;
            pending.DecidedAtUtc = now;
            pending.DecisionNote = text;
        }
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode), NotificationKind.Revoked, submission.Title);
        foreach (var township in villages.Select(v => v.TownshipCode).Distinct().Where(t => t != scope))
        {
            notifier.Add(NotificationAudience.Township(township), NotificationKind.Revoked, submission.Title, $"/dispatch/{submission.Id}");
        }
        audit.Record(actor.UserName, "decision.Revoked", $"submission:{submission.Number}", $"{reason}: {text} ({codes.Count} villages)");
        await SaveAsync(ct);
        revocation.CancelledAssignments = await dispatcher.CancelAsync(submission, codes, text, NotificationKind.Revoked, ct);
        await SaveAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        return revocation;
    }

    private static string RequireDetails(string? details)
    {
        var text = (details ?? "").Trim();
        return text.Length == 0 ? throw RefusalException.Invalid("details", "ReasonRequired")
            : text.Length > Revocation.DetailsMax ? throw RefusalException.Invalid("details", "DetailsTooLong", Revocation.DetailsMax)
            : text;
    }

    private static string ScopeOf(Actor actor) =>
        actor.Role is AppRoles.TownshipApprover or AppRoles.JointReviewer && actor.OrgUnitCode is { Length: > 0 } code
            ? code
            : throw RefusalException.NotFound();

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw RefusalException.Conflict("TaskGone", ex);
        }
    }
}

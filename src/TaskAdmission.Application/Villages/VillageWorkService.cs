using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// What a village committee does with its work: acknowledge, report progress (text; a file only if it wants),
/// mark done, say whether promised support arrived, ask to exit. Every command reaches only the village's own
/// admitted work; anything else is NotFound.
/// </summary>
public sealed class VillageWorkService(AppDbContext db, VillageFileService files, Notifier notifier, AuditLog audit, ChinaClock clock)
{
    public async Task AcknowledgeAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(id, actor, ct);
        if (assignment.Status != AssignmentStatus.Open)
        {
            return;
        }
        Acknowledge(assignment, actor);
        audit.Record(actor.UserName, "assignment.acknowledge", Subject(assignment));
        await SaveAsync(ct);
    }

    public async Task<ProgressReport> ReportProgressAsync(Guid id, Actor actor, string text, FileUpload? file, CancellationToken ct = default)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length is 0 or > ProgressReport.TextMax)
        {
            throw RefusalException.Invalid("text", trimmed.Length == 0 ? "ProgressTextRequired" : "ProgressTextTooLong", ProgressReport.TextMax);
        }
        var assignment = await LoadAsync(id, actor, ct);
        if (!assignment.IsOpen)
        {
            throw RefusalException.Conflict("AssignmentClosed");
        }
        Acknowledge(assignment, actor);
        assignment.MoveTo(AssignmentStatus.InProgress);
        var report = AddReport(assignment, actor, trimmed, file, marksDone: false);
        audit.Record(actor.UserName, "assignment.progress", Subject(assignment));
        await SaveAsync(ct);
        return report;
    }

    public async Task CompleteAsync(Guid id, Actor actor, string? note, FileUpload? file, CancellationToken ct = default)
    {
        var trimmed = (note ?? "").Trim();
        if (trimmed.Length > ProgressReport.TextMax)
        {
            throw RefusalException.Invalid("text", "ProgressTextTooLong", ProgressReport.TextMax);
        }
        var assignment = await LoadAsync(id, actor, ct);
        if (assignment.Status == AssignmentStatus.Done)
        {
            return;
        }
        if (!assignment.IsOpen)
        {
            throw RefusalException.Conflict("AssignmentClosed");
        }
        Acknowledge(assignment, actor);
        assignment.MoveTo(AssignmentStatus.Done);
        assignment.CompletedAtUtc = Now;
        assignment.CompletedBy = actor.UserName;
        if (trimmed.Length > 0 || file is not null)
        {
            AddReport(assignment, actor, trimmed, file, marksDone: true);
        }
        audit.Record(actor.UserName, "assignment.done", Subject(assignment));
        await SaveAsync(ct);
    }

    /// <summary>The village says whether one kind of promised support arrived (费随事转).</summary>
    public async Task ConfirmSupportAsync(Guid id, Actor actor, SupportKind kind, bool arrived, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(id, actor, ct);
        if (assignment.StateOf(kind) == SupportState.NotPromised)
        {
            throw RefusalException.Invalid("kind", "SupportNotPromised");
        }
        assignment.SetState(kind, arrived ? SupportState.Arrived : SupportState.Missing);
        audit.Record(actor.UserName, "assignment.support", Subject(assignment), $"{kind}={(arrived ? "arrived" : "missing")}");
        await SaveAsync(ct);
    }

    /// <summary>The village asks to leave the work; its township gets a review task (approve = revoke for this village).</summary>
    public async Task<ExitRequest> RequestExitAsync(Guid id, Actor actor, RevocationReason reason, string? details, CancellationToken ct = default)
    {
        var text = (details ?? "").Trim();
        if (text.Length > ExitRequest.DetailsMax || (reason == RevocationReason.Other && text.Length == 0))
        {
            throw RefusalException.Invalid("details", text.Length == 0 ? "ReasonRequired" : "DetailsTooLong", ExitRequest.DetailsMax);
        }
        var assignment = await LoadAsync(id, actor, ct);
        if (!assignment.IsOpen)
        {
            throw RefusalException.Conflict("AssignmentClosed");
        }
        if (await db.ExitRequests.AnyAsync(e => e.AssignmentId == id && e.Status == ExitRequestStatus.Pending, ct))
        {
            throw RefusalException.Conflict("ExitPending");
        }
        var request = new ExitRequest
        {
            Id = Guid.NewGuid(),
            AssignmentId = id,
            SubmissionId = assignment.SubmissionId,
            VillageCode = assignment.VillageCode,
            TownshipCode = assignment.TownshipCode,
            Reason = reason,
            Details = text,
            RequestedBy = actor.UserName,
            RequestedAtUtc = Now,
        };
        db.ExitRequests.Add(request);
        notifier.Add(NotificationAudience.Township(assignment.TownshipCode), NotificationKind.ExitRequested, assignment.Title, "/dispatch/exit-requests");
        audit.Record(actor.UserName, "assignment.exit.request", Subject(assignment), $"{reason}: {text}");
        await SaveAsync(ct);
        return request;
    }

    private DateTime Now => clock.UtcNow;

    private void Acknowledge(Assignment assignment, Actor actor)
    {
        if (assignment.Status == AssignmentStatus.Open)
        {
            assignment.MoveTo(AssignmentStatus.Acknowledged);
        }
        if (assignment.AcknowledgedAtUtc is null)
        {
            assignment.AcknowledgedAtUtc = Now;
            assignment.AcknowledgedBy = actor.UserName;
        }
    }

    private ProgressReport AddReport(Assignment assignment, Actor actor, string text, FileUpload? file, bool marksDone)
    {
        var stored = file is null ? null : files.Add(file, VillageFileUse.Progress, assignment.VillageCode, actor.UserName);
        var report = new ProgressReport
        {
            Id = Guid.NewGuid(),
            AssignmentId = assignment.Id,
            VillageCode = assignment.VillageCode,
            Text = text,
            MarksDone = marksDone,
            FileId = stored?.Id,
            ReportedBy = actor.UserName,
            ReportedAtUtc = Now,
        };
        db.ProgressReports.Add(report);
        return report;
    }

    /// <summary>The village's own admitted assignment, tracked; NotFound for anything else.</summary>
    private async Task<Assignment> LoadAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var assignment = await AdmittedWork.ForVillage(db, VillageInboxService.VillageOf(actor)).FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw RefusalException.NotFound();
        assignment.Version++;
        return assignment;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw RefusalException.Conflict("AssignmentChanged", ex);
        }
    }

    private static string Subject(Assignment a) => $"assignment:{a.Id}";
}

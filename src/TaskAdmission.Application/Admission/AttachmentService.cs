using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// Files attached to a submission, kept in the <c>attachments</c> table. Only the submitting department adds or removes
/// them, and only while the submission is its own to edit; reading follows the submission's visibility (404 otherwise).
/// </summary>
public sealed class AttachmentService(AppDbContext db, AdmissionService admission, AuditLog audit, ChinaClock clock)
{
    /// <summary>Statuses in which the department may still change its attachments (the content is frozen once sent).</summary>
    public static bool IsEditable(SubmissionStatus status) => status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    public Task<List<AttachmentInfo>> ListAsync(Guid submissionId, CancellationToken ct = default) =>
        db.Attachments.AsNoTracking().Where(a => a.SubmissionId == submissionId)
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentInfo(a.Id, a.SubmissionId, a.FileName, a.ContentType, a.SizeBytes, a.UploadedBy, a.UploadedAtUtc))
            .ToListAsync(ct);

    /// <summary>Adds a file after <see cref="AttachmentPolicy"/> accepted it; throws <see cref="RefusalException"/> otherwise.</summary>
    public async Task<AttachmentInfo> AddAsync(Guid submissionId, string fileName, byte[] content, Actor actor, CancellationToken ct = default)
    {
        var submission = await OwnAsync(submissionId, actor, ct);
        if (await db.Attachments.CountAsync(a => a.SubmissionId == submissionId, ct) >= AttachmentPolicy.MaxPerSubmission)
        {
            throw RefusalException.Invalid("attachments", "TooManyAttachments", AttachmentPolicy.MaxPerSubmission);
        }
        var (contentType, error) = AttachmentPolicy.Check(fileName, content);
        if (error is not null)
        {
            throw RefusalException.Invalid("attachments", error);
        }
        var attachment = new Attachment
        {
            Id = Guid.NewGuid(),
            SubmissionId = submissionId,
            FileName = Path.GetFileName(fileName),
            ContentType = contentType!,
            SizeBytes = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = actor.UserName,
            UploadedAtUtc = clock.UtcNow,
        };
        db.Attachments.Add(attachment);
        audit.Record(actor.UserName, "attachment.add", $"submission:{submission.Number}", $"{attachment.FileName} sha256={attachment.Sha256}");
        await db.SaveChangesAsync(ct);
        return new AttachmentInfo(attachment.Id, submissionId, attachment.FileName, attachment.ContentType, attachment.SizeBytes, attachment.UploadedBy, attachment.UploadedAtUtc);
    }

    public async Task RemoveAsync(Guid attachmentId, Actor actor, CancellationToken ct = default)
    {
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId, ct) ?? throw RefusalException.NotFound();
        var submission = await OwnAsync(attachment.SubmissionId, actor, ct);
        db.Attachments.Remove(attachment);
        audit.Record(actor.UserName, "attachment.remove", $"submission:{submission.Number}", attachment.FileName);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The file with its bytes, or null when it does not exist or its submission is not visible to the actor.</summary>
    public async Task<Attachment?> GetAsync(Guid attachmentId, Actor actor, CancellationToken ct = default)
    {
        var visible = await admission.VisibleAsync(actor, ct);
        return await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && visible.Any(s => s.Id == a.SubmissionId))
            .FirstOrDefaultAsync(ct);
    }

    private async Task<Submission> OwnAsync(Guid submissionId, Actor actor, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == submissionId && s.DepartmentCode == actor.DepartmentCode, ct)
            ?? throw RefusalException.NotFound();
        return IsEditable(submission.Status) ? submission : throw RefusalException.Conflict("NotEditable");
    }
}

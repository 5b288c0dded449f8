using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Revisions;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// Keeps the numbered versions of a submission in the current unit of work: the content a township returned (第1版),
/// then each resubmitted content with its 修改说明. A returned submission is edited in place, so the version the
/// approver returned exists only here.
/// </summary>
public sealed class RevisionLog(AppDbContext db, ChinaClock clock)
{
    /// <summary>
    /// At a return: keeps the content under review as 第1版, unless a version exists already (after a resubmission the
    /// latest version is the content under review, unchanged since).
    /// </summary>
    public async Task KeepReturnedAsync(Submission submission, CancellationToken ct)
    {
        if (await db.SubmissionVersions.AnyAsync(v => v.SubmissionId == submission.Id, ct))
        {
            return;
        }
        db.SubmissionVersions.Add(await NewAsync(submission, 1, null, submission.CreatedBy, submission.SubmittedAtUtc ?? submission.CreatedAtUtc, ct));
    }

    /// <summary>
    /// At a resubmission: the edited content as the next version. A submission returned before versions were kept has
    /// no 第1版; its first resubmission is still 第2版, so the numbers say which round it is.
    /// </summary>
    public async Task<SubmissionVersion> AddResubmittedAsync(Submission submission, string changeNote, string by, CancellationToken ct)
    {
        var last = await db.SubmissionVersions.Where(v => v.SubmissionId == submission.Id).MaxAsync(v => (int?)v.Number, ct) ?? 1;
        var version = await NewAsync(submission, last + 1, changeNote.Trim(), by, clock.UtcNow, ct);
        db.SubmissionVersions.Add(version);
        return version;
    }

    /// <summary>Whether the latest version is a resubmission nobody has returned since (so "resubmit" again is a repeat).</summary>
    public Task<bool> LatestIsResubmissionAsync(Guid submissionId, CancellationToken ct) =>
        db.SubmissionVersions.Where(v => v.SubmissionId == submissionId).OrderByDescending(v => v.Number)
            .Select(v => v.ChangeNote != null).FirstOrDefaultAsync(ct);

    private async Task<SubmissionVersion> NewAsync(Submission submission, int number, string? note, string by, DateTime at, CancellationToken ct)
    {
        var attachments = await db.Attachments.Where(a => a.SubmissionId == submission.Id)
            .OrderBy(a => a.UploadedAtUtc).Select(a => a.FileName).ToListAsync(ct);
        return new SubmissionVersion
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            Number = number,
            ContentJson = SubmissionSnapshot.Of(submission, attachments).ToJson(),
            ChangeNote = note,
            CreatedBy = by,
            CreatedAtUtc = at,
        };
    }
}

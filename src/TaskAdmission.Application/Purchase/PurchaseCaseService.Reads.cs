using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

public sealed partial class PurchaseCaseService
{
    /// <summary>The visible cases, newest first, optionally by status.</summary>
    public async Task<List<PurchaseCase>> ListAsync(Actor actor, PurchaseStatus? status = null, CancellationToken ct = default)
    {
        var query = await VisibleAsync(actor, ct);
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }
        return await query.OrderByDescending(c => c.CreatedAtUtc).Take(MaxRows).ToListAsync(ct);
    }

    /// <summary>One visible case with all its parts and the step it waits on; null when not visible.</summary>
    public async Task<PurchaseCaseDetail?> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var c = await (await VisibleAsync(actor, ct)).Include(x => x.Villages).Include(x => x.Milestones).Include(x => x.Payments)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }
        c.Milestones.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        c.Payments.Sort((a, b) => a.RecordedAtUtc.CompareTo(b.RecordedAtUtc));
        var provider = c.ProviderId is { } pid ? await db.PurchaseProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        var reports = await db.PurchaseReports.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.ReportedAtUtc).ToListAsync(ct);
        var acceptances = await db.PurchaseAcceptances.AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.DecidedAtUtc).ToListAsync(ct);
        var files = await db.PurchaseFiles.AsNoTracking().Where(f => f.CaseId == id).OrderBy(f => f.UploadedAtUtc)
            .Select(f => new PurchaseFileInfo(f.Id, f.Use, f.ReportId, f.FileName, f.SizeBytes, f.UploadedBy, f.UploadedAtUtc)).ToListAsync(ct);
        return new PurchaseCaseDetail(c, provider, reports, acceptances, files, await OpenTaskAsync(c, ct));
    }

    /// <summary>The case started for a submission (the joint review's purchase decision), if visible to the actor.</summary>
    public async Task<PurchaseCase?> ForSubmissionAsync(Guid submissionId, Actor actor, CancellationToken ct = default) =>
        await (await VisibleAsync(actor, ct)).FirstOrDefaultAsync(c => c.SubmissionId == submissionId, ct);

    /// <summary>The agreements a village committee is party to, newest first (its phone inbox).</summary>
    public async Task<List<PurchaseCase>> VillageAgreementsAsync(Actor actor, CancellationToken ct = default) =>
        actor.Role == AppRoles.VillageCommittee
            ? await (await VisibleAsync(actor, ct)).Include(c => c.Milestones).OrderByDescending(c => c.CreatedAtUtc).Take(100).ToListAsync(ct)
            : [];

    /// <summary>The signed purchase agreements a village is party to, for the public village page: title, amount, period, status.</summary>
    public async Task<List<PublicAgreement>> PublicAgreementsAsync(string villageCode, CancellationToken ct = default) =>
        await db.PurchaseCases.AsNoTracking()
            .Where(c => c.SignedAtUtc != null && db.PurchaseProviders.Any(p => p.Id == c.ProviderId && p.VillageCode == villageCode))
            .OrderByDescending(c => c.SignedAtUtc).Take(200)
            .Select(c => new PublicAgreement(c.Title, c.AgreementNumber, c.ContractFen, c.PeriodStart, c.PeriodEnd, c.Status))
            .ToListAsync(ct);
}

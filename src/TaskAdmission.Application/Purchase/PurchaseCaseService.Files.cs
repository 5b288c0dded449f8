using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

public sealed partial class PurchaseCaseService
{
    /// <summary>Attaches the scan of the signed, stamped agreement (a later scan replaces the one shown; files are kept).</summary>
    public async Task<PurchaseFileInfo> AttachSignedScanAsync(Guid id, FileUpload upload, Actor actor, CancellationToken ct = default)
    {
        var (c, _) = await LoadAsync(id, actor, ct);
        if (!(actor.Role == AppRoles.DepartmentSubmitter && actor.DepartmentCode == c.DepartmentCode))
        {
            throw PurchaseProblem.Forbidden(PurchaseProblemCode.NotYourStep);
        }
        if (!c.IsSigned || c.Status == PurchaseStatus.Cancelled)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        var file = NewFile(c, PurchaseFileUse.SignedAgreement, upload, actor, null);
        db.PurchaseFiles.Add(file);
        c.SignedScanFileId = file.Id;
        c.Version++;
        audit.Record(actor.UserName, "purchase.scan", Subject(c), $"{file.FileName} sha256={file.Sha256}");
        await SaveAsync(ct);
        return Info(file);
    }

    /// <summary>A file of a case the actor sees, with its bytes; null otherwise (callers answer 404).</summary>
    public async Task<PurchaseFile?> FileAsync(Guid fileId, Actor actor, CancellationToken ct = default)
    {
        var visible = await VisibleAsync(actor, ct);
        return await db.PurchaseFiles.AsNoTracking().Where(f => f.Id == fileId && visible.Any(c => c.Id == f.CaseId)).FirstOrDefaultAsync(ct);
    }

    /// <summary>A checked file (<see cref="AttachmentPolicy"/>: type by content, size), not yet added.</summary>
    private PurchaseFile NewFile(PurchaseCase c, PurchaseFileUse use, FileUpload upload, Actor actor, Guid? reportId)
    {
        var (contentType, error) = AttachmentPolicy.Check(upload.FileName, upload.Content);
        if (error is not null)
        {
            throw PurchaseProblem.Invalid("files", Enum.Parse<PurchaseProblemCode>(error));
        }
        return new PurchaseFile
        {
            Id = Guid.NewGuid(),
            CaseId = c.Id,
            Use = use,
            ReportId = reportId,
            FileName = Path.GetFileName(upload.FileName),
            ContentType = contentType!,
            SizeBytes = upload.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
            Content = upload.Content,
            UploadedBy = actor.UserName,
            UploadedAtUtc = clock.UtcNow,
        };
    }

    private static PurchaseFileInfo Info(PurchaseFile f) => new(f.Id, f.Use, f.ReportId, f.FileName, f.SizeBytes, f.UploadedBy, f.UploadedAtUtc);
}

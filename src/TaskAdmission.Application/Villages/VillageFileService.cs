using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// Files villages attach. A village downloads its own; a township the progress files of its villages; the supervisor
/// of the area progress files and report evidence. Departments never. Anything else is "not found".
/// </summary>
public sealed class VillageFileService(AppDbContext db, ChinaClock clock)
{
    /// <summary>Checks and stages a file (committed with the caller's change); throws Invalid("file", code) when refused.</summary>
    public VillageFile Add(FileUpload upload, VillageFileUse use, string villageCode, string by)
    {
        var (contentType, error) = AttachmentPolicy.Check(upload.FileName, upload.Content);
        if (error is not null)
        {
            throw RefusalException.Invalid("file", error);
        }
        var file = new VillageFile
        {
            Id = Guid.NewGuid(),
            VillageCode = villageCode,
            Use = use,
            FileName = Path.GetFileName(upload.FileName),
            ContentType = contentType!,
            SizeBytes = upload.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
            Content = upload.Content,
            UploadedBy = by,
            UploadedAtUtc = clock.UtcNow,
        };
        db.VillageFileService.Add(file);
        return file;
    }

    public async Task<VillageFile?> OpenAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var files = db.VillageFileService.AsNoTracking().Where(f => f.Id == id);
        var scope = actor.OrgUnitCode ?? "-";
        switch (actor.Role)
        {
            case AppRoles.VillageCommittee:
                files = files.Where(f => f.VillageCode == scope);
                break;
            case AppRoles.TownshipApprover:
                files = files.Where(f => f.Use == VillageFileUse.Progress
                    && db.ProgressReports.Any(p => p.FileId == f.Id && db.Assignments.Any(a => a.Id == p.AssignmentId && a.TownshipCode == scope)));
                break;
            case AppRoles.Supervisor:
                var area = await Supervision.SupervisorScope.ResolveAsync(db, scope, ct);
                files = files.Where(f =>
                    db.ProgressReports.Any(p => p.FileId == f.Id && db.Assignments.Any(a => a.Id == p.AssignmentId && (area.IsCity || a.DistrictCode == scope || a.TownshipCode == scope)))
                    || db.UnadmittedReports.Any(r => r.EvidenceFileId == f.Id && (area.IsCity || r.DistrictCode == scope || r.TownshipCode == scope)));
                break;
            default:
                return null;
        }
        return await files.FirstOrDefaultAsync(ct);
    }
}

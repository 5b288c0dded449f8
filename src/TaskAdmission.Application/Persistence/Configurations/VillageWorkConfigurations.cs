using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("assignment_progress");
        b.HasKey(x => x.Id);
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Text).HasMaxLength(ProgressReport.TextMax);
        b.Property(x => x.ReportedBy).HasMaxLength(256);
        b.HasIndex(x => x.AssignmentId);
        b.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<VillageFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VillageFileConfiguration : IEntityTypeConfiguration<VillageFile>
{
    public void Configure(EntityTypeBuilder<VillageFile> b)
    {
        b.ToTable("village_files");
        b.HasKey(x => x.Id);
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Use).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FileName).HasMaxLength(AttachmentPolicy.FileNameMax);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasIndex(x => x.VillageCode);
    }
}

internal sealed class ExitRequestConfiguration : IEntityTypeConfiguration<ExitRequest>
{
    public void Configure(EntityTypeBuilder<ExitRequest> b)
    {
        b.ToTable("exit_requests");
        b.HasKey(x => x.Id);
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.TownshipCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Details).HasMaxLength(ExitRequest.DetailsMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RequestedBy).HasMaxLength(256);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(ExitRequest.DetailsMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownshipCode, x.Status });
        b.HasIndex(x => x.AssignmentId);
        b.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RevocationConfiguration : IEntityTypeConfiguration<Revocation>
{
    public void Configure(EntityTypeBuilder<Revocation> b)
    {
        b.ToTable("revocations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Details).HasMaxLength(Revocation.DetailsMax);
        b.Property(x => x.ScopeCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.HasIndex(x => x.SubmissionId);
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class SubmissionDemandConfiguration : IEntityTypeConfiguration<SubmissionDemand>
{
    public void Configure(EntityTypeBuilder<SubmissionDemand> b)
    {
        b.ToTable("submission_demands");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Period).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Certificate).HasMaxLength(200);
        b.Property(x => x.Signboard).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => x.SubmissionId);
    }
}

internal sealed class SubmissionVillageConfiguration : IEntityTypeConfiguration<SubmissionVillage>
{
    public void Configure(EntityTypeBuilder<SubmissionVillage> b)
    {
        b.ToTable("submission_villages");
        // The rows report their own changes (SubmissionVillage's setters), so a save does not compare each of an
        // admission's 1,000+ loaded village rows with its snapshot (issue 20: that comparison boxed a Guid and a bool and
        // allocated a closure per row and save, the write stream's largest garbage). Original values are still kept.
        b.HasChangeTrackingStrategy(ChangeTrackingStrategy.ChangedNotifications);
        b.HasKey(x => new { x.SubmissionId, x.VillageCode });
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.TownshipCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.HasIndex(x => new { x.TownshipCode, x.SubmissionId });
        b.HasIndex(x => new { x.DistrictCode, x.SubmissionId });
        // The village gate's index (migration VillageGateIndex): a village's admitted submissions in one range.
        b.HasIndex(x => new { x.VillageCode, x.Admitted, x.SubmissionId });
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("decisions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.OrgUnitCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.Reason).HasMaxLength(Submission.ReasonMax);
        b.Property(x => x.Conditions).HasMaxLength(Submission.ReasonMax);
        b.Property(x => x.PrecheckHash).HasMaxLength(64);
        b.HasIndex(x => x.SubmissionId);
        b.HasIndex(x => x.WorkflowTaskId).IsUnique();
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(AttachmentPolicy.FileNameMax);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasIndex(x => x.SubmissionId);
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

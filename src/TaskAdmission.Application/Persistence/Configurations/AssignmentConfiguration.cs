using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.ToTable("assignments");
        b.HasKey(x => x.Id);
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.TownshipCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.Title).HasMaxLength(Assignment.TitleMax);
        b.Property(x => x.ListItemsJson).HasMaxLength(Assignment.ListItemsMax);
        b.Property(x => x.DemandsJson).HasMaxLength(Assignment.DemandsMax);
        b.Property(x => x.FundingYuan).HasPrecision(12, 2);
        b.Property(x => x.FundingState).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.TrainingState).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.StaffState).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.EquipmentState).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.AcknowledgedBy).HasMaxLength(256);
        b.Property(x => x.CompletedBy).HasMaxLength(256);
        b.Property(x => x.CancelReason).HasMaxLength(Submission.ReasonMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        // The default fills the rows that existed when the column was added (migration CollectionFields).
        b.Property(x => x.CollectionReused).HasDefaultValue(false);
        b.Ignore(x => x.IsOpen);
        // One assignment per village per submission: dispatch is idempotent (a retried step adds nothing).
        b.HasIndex(x => new { x.SubmissionId, x.VillageCode }).IsUnique();
        b.HasIndex(x => new { x.VillageCode, x.Status, x.DueDate });
        b.HasIndex(x => new { x.TownshipCode, x.Status });
        b.HasIndex(x => new { x.DistrictCode, x.Status });
        b.HasIndex(x => new { x.DepartmentCode, x.Status });
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DispatchJobConfiguration : IEntityTypeConfiguration<DispatchJob>
{
    public void Configure(EntityTypeBuilder<DispatchJob> b)
    {
        b.ToTable("dispatch_jobs");
        b.HasKey(x => x.SubmissionId);
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CreatedAtUtc);
    }
}

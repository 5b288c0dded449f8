using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.ToTable("submissions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.Title).HasMaxLength(Submission.TitleMax);
        b.Property(x => x.Description).HasMaxLength(Submission.DescriptionMax);
        b.Property(x => x.LegalBasis).HasMaxLength(Submission.LegalBasisMax);
        b.Property(x => x.ClaimedItemCodes).HasCodeListConversion().HasMaxLength(1000);
        b.Property(x => x.TargetOrgUnitCodes).HasCodeListConversion().HasMaxLength(8000);
        b.Property(x => x.Frequency).HasMaxLength(100);
        // The default fills the rows that existed when the column was added (migration CollectionFields).
        b.Property(x => x.CollectedFields).HasCodeListConversion().HasMaxLength(SubmissionValidator.MaxCollectedFields * (DataField.NameMax + 1)).HasDefaultValueSql("''");
        b.Property(x => x.EmergencyReason).HasMaxLength(Submission.ReasonMax);
        b.Property(x => x.FundingYuanPerVillage).HasPrecision(12, 2);
        b.Property(x => x.ContactName).HasMaxLength(Submission.ContactMax);
        b.Property(x => x.ContactPhone).HasMaxLength(Submission.ContactMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.PrecheckOutcome).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.IdempotencyKey).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.SignedOffBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DepartmentCode, x.IdempotencyKey }).IsUnique();
        b.HasIndex(x => new { x.DepartmentCode, x.Status });
        b.HasIndex(x => x.WorkflowInstanceId);
        b.HasMany(x => x.Demands).WithOne().HasForeignKey(d => d.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Villages).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Support);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class PrecheckAppealConfiguration : IEntityTypeConfiguration<PrecheckAppeal>
{
    public void Configure(EntityTypeBuilder<PrecheckAppeal> b)
    {
        b.ToTable("precheck_appeals");
        b.HasKey(x => x.Id);
        // One appeal per submission, ever: a retried request or a second tab meets this index (answered 409).
        b.HasIndex(x => x.SubmissionId).IsUnique();
        b.Property(x => x.SubmissionNumber).HasMaxLength(32);
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Note).HasMaxLength(PrecheckAppeal.NoteMax);
        b.Property(x => x.AppealedBy).HasMaxLength(256);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(PrecheckAppeal.NoteMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DistrictCode, x.Status });
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Findings).WithOne().HasForeignKey(f => f.AppealId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Districts).WithOne().HasForeignKey(d => d.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// The districts an appeal reaches, as a child table (like a submission's villages): a reviewer's or list
/// administrator's district finds its appeals through the index on the district.
/// </summary>
internal sealed class AppealDistrictConfiguration : IEntityTypeConfiguration<AppealDistrict>
{
    public void Configure(EntityTypeBuilder<AppealDistrict> b)
    {
        b.ToTable("precheck_appeal_districts");
        b.HasKey(x => new { x.AppealId, x.DistrictCode });
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.HasIndex(x => x.DistrictCode);
    }
}

internal sealed class AppealFindingConfiguration : IEntityTypeConfiguration<AppealFinding>
{
    public void Configure(EntityTypeBuilder<AppealFinding> b)
    {
        b.ToTable("precheck_appeal_findings");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.AppealId, x.Position }).IsUnique();
        b.Property(x => x.Rule).HasMaxLength(64);
        b.Property(x => x.ItemCode).HasMaxLength(32);
        b.Property(x => x.ListSet).HasMaxLength(64);
        b.Property(x => x.LegalBasis).HasMaxLength(1000);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.MessageEn).HasMaxLength(2000);
        b.Property(x => x.LegalBasisEn).HasMaxLength(1000);
        b.Property(x => x.Phrase).HasMaxLength(500);
        b.Property(x => x.MatchedText).HasMaxLength(500);
        b.Property(x => x.Sentence).HasMaxLength(AppealFinding.SentenceMax);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Explanation).HasMaxLength(AppealFinding.ExplanationMax);
        b.Property(x => x.Verdict).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.VerdictReason).HasMaxLength(AppealFinding.ExplanationMax);
        b.Property(x => x.HandledNote).HasMaxLength(PrecheckAppeal.NoteMax);
        b.Property(x => x.HandledBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Verdict, x.Rule });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Persistence.Configurations.Purchase;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> b)
    {
        b.ToTable("purchase_milestones");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(Milestone.TitleMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.AcceptedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.Status, x.AcceptedAtUtc });
        b.Ignore(x => x.Amount);
        b.Ignore(x => x.UnpaidFen);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("purchase_payments");
        b.HasKey(x => x.Id);
        b.Property(x => x.VoucherNumber).HasMaxLength(Payment.VoucherMax);
        b.Property(x => x.Note).HasMaxLength(Payment.NoteMax);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.MilestoneId);
        b.HasIndex(x => x.PaidOn);
        // A payment is reversed at most once, even by two people at the same moment.
        b.HasIndex(x => x.ReversalOfId).IsUnique();
        b.HasOne<Milestone>().WithMany().HasForeignKey(x => x.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Payment>().WithMany().HasForeignKey(x => x.ReversalOfId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsReversal);
    }
}

internal sealed class MilestoneReportConfiguration : IEntityTypeConfiguration<MilestoneReport>
{
    public void Configure(EntityTypeBuilder<MilestoneReport> b)
    {
        b.ToTable("purchase_reports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(MilestoneReport.TextMax);
        b.Property(x => x.ReportedBy).HasMaxLength(256);
        b.HasIndex(x => x.MilestoneId);
        b.HasOne<PurchaseCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Milestone>().WithMany().HasForeignKey(x => x.MilestoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AcceptanceConfiguration : IEntityTypeConfiguration<Acceptance>
{
    public void Configure(EntityTypeBuilder<Acceptance> b)
    {
        b.ToTable("purchase_acceptances");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reasons).HasMaxLength(Acceptance.ReasonsMax);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.HasIndex(x => x.MilestoneId);
        b.HasOne<PurchaseCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Milestone>().WithMany().HasForeignKey(x => x.MilestoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseFileConfiguration : IEntityTypeConfiguration<PurchaseFile>
{
    public void Configure(EntityTypeBuilder<PurchaseFile> b)
    {
        b.ToTable("purchase_files");
        b.HasKey(x => x.Id);
        b.Property(x => x.Use).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.FileName).HasMaxLength(Core.Admission.Submissions.AttachmentPolicy.FileNameMax);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.ReportId);
        b.HasOne<PurchaseCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

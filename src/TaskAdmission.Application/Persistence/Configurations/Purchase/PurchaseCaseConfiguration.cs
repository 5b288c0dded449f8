using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Persistence.Configurations.Purchase;

internal sealed class PurchaseCaseConfiguration : IEntityTypeConfiguration<PurchaseCase>
{
    public void Configure(EntityTypeBuilder<PurchaseCase> b)
    {
        b.ToTable("purchase_cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(24);
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(PurchaseCase.TitleMax);
        b.Property(x => x.ServiceDescription).HasMaxLength(PurchaseCase.DescriptionMax);
        b.Property(x => x.Deliverables).HasMaxLength(PurchaseCase.DeliverablesMax);
        b.Property(x => x.DemandsJson).HasMaxLength(4000);
        b.Property(x => x.FundingSource).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.SelectionMode).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.SelectionReason).HasMaxLength(PurchaseCase.ReasonMax);
        b.Property(x => x.AgreementNumber).HasMaxLength(PurchaseCase.AgreementNumberMax);
        b.Property(x => x.AgreementScope).HasMaxLength(PurchaseCase.ScopeMax);
        b.Property(x => x.AcceptanceCriteria).HasMaxLength(PurchaseCase.CriteriaMax);
        b.Property(x => x.PartyAName).HasMaxLength(Provider.NameMax);
        b.Property(x => x.PartyBName).HasMaxLength(Provider.NameMax);
        b.Property(x => x.ProviderConfirmedBy).HasMaxLength(256);
        b.Property(x => x.SignedBy).HasMaxLength(256);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.CancelReason).HasMaxLength(PurchaseCase.ReasonMax);
        b.Property(x => x.CancelledBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.AgreementNumber).IsUnique();
        // One case per submission: a repeated start from the same joint-review decision finds the first.
        b.HasIndex(x => x.SubmissionId).IsUnique();
        b.HasIndex(x => new { x.DepartmentCode, x.Status });
        b.HasIndex(x => x.ProviderId);
        b.HasIndex(x => x.WorkflowInstanceId);
        b.HasOne<Provider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Villages).WithOne().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Payments).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Budget);
        b.Ignore(x => x.Price);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.IsSigned);
        b.Ignore(x => x.CurrentMilestone);
    }
}

internal sealed class PurchaseCaseVillageConfiguration : IEntityTypeConfiguration<PurchaseCaseVillage>
{
    public void Configure(EntityTypeBuilder<PurchaseCaseVillage> b)
    {
        b.ToTable("purchase_case_villages");
        b.HasKey(x => new { x.CaseId, x.VillageCode });
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.TownshipCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.HasIndex(x => x.VillageCode);
        b.HasIndex(x => x.DistrictCode);
    }
}

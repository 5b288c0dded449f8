using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class BurdenLedgerRowConfiguration : IEntityTypeConfiguration<BurdenLedgerRow>
{
    public void Configure(EntityTypeBuilder<BurdenLedgerRow> b)
    {
        b.ToTable("burden_ledger");
        // The key is what an increment finds its row by (ON CONFLICT); the village first, so a village's page reads one range.
        b.HasKey(x => new { x.VillageCode, x.Year, x.Kind, x.DepartmentCode, x.Source });
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.TownshipCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.Counts);
        // One secondary index serves the district and township views (a township's rows are read with its district);
        // every further index costs each dispatch's upsert another 10,000 index entries. Pages kept 30 % free let an
        // increment rewrite its row in place (a HOT update) instead of adding index entries (docs/benchmarks.md).
        b.HasIndex(x => new { x.Year, x.DistrictCode, x.TownshipCode });
        b.HasStorageParameter("fillfactor", 70);
    }
}

internal sealed class BurdenBaselineConfiguration : IEntityTypeConfiguration<BurdenBaseline>
{
    public void Configure(EntityTypeBuilder<BurdenBaseline> b)
    {
        b.ToTable("burden_baselines");
        b.HasKey(x => x.Id);
        b.Property(x => x.OrgUnitCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(BurdenBaseline.NoteMax);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.OrgUnitCode, x.Kind }).IsUnique();
    }
}

internal sealed class BurdenTargetConfiguration : IEntityTypeConfiguration<BurdenTarget>
{
    public void Configure(EntityTypeBuilder<BurdenTarget> b)
    {
        b.ToTable("burden_targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.OrgUnitCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Name).HasMaxLength(BurdenTarget.NameMax);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Measure).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Goal).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Value).HasPrecision(12, 2);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.OrgUnitCode);
    }
}

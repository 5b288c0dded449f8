using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.ParentCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.NameZh).HasMaxLength(OrgUnit.NameMaxLength);
        b.Property(x => x.NameEn).HasMaxLength(OrgUnit.NameMaxLength);
        b.HasIndex(x => x.ParentCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.OrgUnitCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.NameZh).HasMaxLength(OrgUnit.NameMaxLength);
        b.Property(x => x.NameEn).HasMaxLength(OrgUnit.NameMaxLength);
        b.HasIndex(x => x.OrgUnitCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Application.Identity;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.OrgUnitCode).HasMaxLength(OrgUnit.CodeLength);
        b.HasIndex(x => x.DepartmentCode);
        b.HasIndex(x => x.OrgUnitCode);
    }
}

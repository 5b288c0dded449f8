using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Persistence.Configurations.Purchase;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> b)
    {
        b.ToTable("purchase_providers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Name).HasMaxLength(Provider.NameMax);
        b.Property(x => x.CreditCode).HasMaxLength(CreditCode.Length);
        b.Property(x => x.RegistrationAuthority).HasMaxLength(Provider.AuthorityMax);
        b.Property(x => x.ContactName).HasMaxLength(Provider.ContactMax);
        b.Property(x => x.ContactPhone).HasMaxLength(Provider.ContactMax);
        b.Property(x => x.ServiceAreaCodes).HasCodeListConversion().HasMaxLength(Provider.MaxServiceAreas * (OrgUnit.CodeLength + 1));
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.BlacklistReason).HasMaxLength(Provider.ReasonMax);
        b.Property(x => x.BlacklistedBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.HasIndex(x => x.VillageCode).IsUnique();
        b.HasIndex(x => x.Name);
        b.Ignore(x => x.Selectable);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Clients;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class OAuthKeyConfiguration : IEntityTypeConfiguration<OAuthKey>
{
    public void Configure(EntityTypeBuilder<OAuthKey> b)
    {
        b.ToTable("oauth_keys");
        b.HasKey(x => x.Id);
        b.Property(x => x.Purpose).HasMaxLength(16);
        b.Property(x => x.ProtectedKey).HasMaxLength(8000);
        // Two nodes starting at once: the second insert fails and that node reads the first node's key.
        b.HasIndex(x => x.Purpose).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).UseIdentityAlwaysColumn().HasAnnotation("Sqlite:Autoincrement", true);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        b.Property(x => x.Subject).HasMaxLength(AuditEntry.SubjectMaxLength);
        b.Property(x => x.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        b.HasIndex(x => new { x.Subject, x.AtUtc });
        b.HasIndex(x => x.AtUtc);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class ListSetConfiguration : IEntityTypeConfiguration<ListSet>
{
    /// <summary>
    /// Shadow concurrency token: every change to a set (its header or its items) bumps it, so two publishers, or a
    /// publisher and an editor, cannot both win.
    /// </summary>
    public const string Revision = nameof(Revision);

    public void Configure(EntityTypeBuilder<ListSet> b)
    {
        b.ToTable("list_sets");
        b.HasKey(x => x.Id);
        b.Property(x => x.AuthorityOrgUnitCode).HasMaxLength(ListFieldLimits.AuthorityOrgUnitCode);
        b.Property(x => x.Name).HasMaxLength(ListFieldLimits.SetName);
        b.Property(x => x.VersionLabel).HasMaxLength(ListFieldLimits.VersionLabel);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(ListFieldLimits.UserId);
        b.Property(x => x.PublishedBy).HasMaxLength(ListFieldLimits.UserId);
        b.Property<int>(Revision).IsConcurrencyToken();
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.ListSetId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ListSet>().WithMany().HasForeignKey(x => x.ParentListSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AuthorityOrgUnitCode, x.Status });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class ListItemConfiguration : IEntityTypeConfiguration<ListItem>
{
    public void Configure(EntityTypeBuilder<ListItem> b)
    {
        b.ToTable("list_items");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Code).HasMaxLength(ListFieldLimits.Code);
        b.Property(x => x.ParentCode).HasMaxLength(ListFieldLimits.Code);
        b.Property(x => x.TitleZh).HasMaxLength(ListFieldLimits.Title);
        b.Property(x => x.TitleEn).HasMaxLength(ListFieldLimits.Title);
        b.Property(x => x.Category).HasMaxLength(ListFieldLimits.Category);
        b.Property(x => x.DepartmentCode).HasMaxLength(ListFieldLimits.DepartmentCode);
        b.Property(x => x.LegalBasis).HasMaxLength(ListFieldLimits.LegalBasis);
        b.Property(x => x.Notes).HasMaxLength(ListFieldLimits.Notes);
        b.Property(x => x.Recognisers).HasMaxLength(ListFieldLimits.Recognisers);
        // Flags: one integer holds every allowed demand (bit values are fixed in DemandKind).
        b.Property(x => x.AllowedDemands).HasConversion<int>();
        b.HasIndex(x => new { x.ListSetId, x.Code }).IsUnique();
        b.HasIndex(x => x.DepartmentCode);
    }
}

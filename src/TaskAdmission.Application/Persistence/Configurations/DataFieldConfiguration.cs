using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.DataFields;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class DataFieldConfiguration : IEntityTypeConfiguration<DataField>
{
    public void Configure(EntityTypeBuilder<DataField> b)
    {
        b.ToTable("data_fields");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(DataField.NameMax);
        b.Property(x => x.NameEn).HasMaxLength(DataField.NameEnMax);
        b.Property(x => x.Group).HasMaxLength(DataField.GroupMax);
        // Synonyms never hold a semicolon (DataFieldRules refuses separators), so the code-list column fits them.
        b.Property(x => x.Synonyms).HasCodeListConversion().HasMaxLength(DataField.MaxSynonyms * (DataField.NameMax + 1));
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

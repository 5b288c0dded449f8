using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Workflows.Inbox;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class SavedTodoFilterConfiguration : IEntityTypeConfiguration<SavedTodoFilter>
{
    public void Configure(EntityTypeBuilder<SavedTodoFilter> b)
    {
        b.ToTable("console_saved_filters");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Name).HasMaxLength(SavedTodoFilter.NameMax);
        b.Property(x => x.Query).HasMaxLength(SavedTodoFilter.QueryMax);
        b.HasIndex(x => new { x.UserName, x.Name }).IsUnique();
    }
}

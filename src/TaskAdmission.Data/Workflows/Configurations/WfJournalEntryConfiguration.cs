using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Data.Workflows.Entities;

namespace TaskAdmission.Data.Workflows.Configurations;

internal sealed class WfJournalEntryConfiguration : IEntityTypeConfiguration<WfJournalEntry>
{
    public void Configure(EntityTypeBuilder<WfJournalEntry> b)
    {
        b.ToTable("wf_journal");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Actor).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.Outcome).HasMaxLength(WorkflowColumns.Id);
        b.HasIndex(x => new { x.InstanceId, x.Sequence }).IsUnique();
    }
}

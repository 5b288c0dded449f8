using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfTimerConfiguration : IEntityTypeConfiguration<WfTimer>
{
    public void Configure(EntityTypeBuilder<WfTimer> b)
    {
        b.ToTable("wf_timers");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        // Fired or cancelled timers are never changed again: a second firing finds no pending row.
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(WorkflowColumns.Status).IsConcurrencyToken();
        b.Property(x => x.LeaseOwner).HasMaxLength(WorkflowColumns.Id);
        b.HasIndex(x => new { x.Status, x.DueAtUtc });
        b.HasIndex(x => x.InstanceId);
    }
}

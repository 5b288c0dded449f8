using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfStartTimerConfiguration : IEntityTypeConfiguration<WfStartTimer>
{
    public void Configure(EntityTypeBuilder<WfStartTimer> b)
    {
        b.ToTable("wf_start_timers");
        b.HasKey(x => x.Id);
        b.Property(x => x.ProcessId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.LeaseOwner).HasMaxLength(WorkflowColumns.Id);
        // One schedule per timer start event of the deployed version; workers poll by due time.
        b.HasIndex(x => new { x.ProcessId, x.ElementId }).IsUnique();
        b.HasIndex(x => x.DueAtUtc);
    }
}

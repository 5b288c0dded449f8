using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfInstanceConfiguration : IEntityTypeConfiguration<WfInstance>
{
    public void Configure(EntityTypeBuilder<WfInstance> b)
    {
        b.ToTable("wf_instances");
        b.HasKey(x => x.Id);
        b.Property(x => x.ProcessId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.BusinessKey).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Initiator).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(WorkflowColumns.Status);
        // Every engine command updates the row with WHERE "Version" = expected: the one winner of a race.
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.BusinessKey);
        b.HasIndex(x => new { x.ProcessId, x.Status });
    }
}

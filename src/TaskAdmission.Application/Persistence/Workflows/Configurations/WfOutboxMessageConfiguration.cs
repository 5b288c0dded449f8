using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfOutboxMessageConfiguration : IEntityTypeConfiguration<WfOutboxMessage>
{
    public void Configure(EntityTypeBuilder<WfOutboxMessage> b)
    {
        b.ToTable("wf_outbox");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Type).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.StepId).HasMaxLength(WorkflowColumns.StepId);
        b.Property(x => x.LeaseOwner).HasMaxLength(WorkflowColumns.Id);
        // The dispatcher reads only pending rows; the partial index stays small however long the history grows.
        b.HasIndex(x => x.CreatedAtUtc).HasFilter("\"DispatchedAtUtc\" IS NULL");
        b.HasIndex(x => x.InstanceId);
    }
}

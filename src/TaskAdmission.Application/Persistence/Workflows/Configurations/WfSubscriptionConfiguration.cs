using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfSubscriptionConfiguration : IEntityTypeConfiguration<WfSubscription>
{
    public void Configure(EntityTypeBuilder<WfSubscription> b)
    {
        b.ToTable("wf_subscriptions");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.MessageName).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.BusinessKey).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(WorkflowColumns.Status).IsConcurrencyToken();
        b.HasIndex(x => new { x.MessageName, x.BusinessKey, x.Status });
        b.HasIndex(x => x.InstanceId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfIncidentConfiguration : IEntityTypeConfiguration<WfIncident>
{
    public void Configure(EntityTypeBuilder<WfIncident> b)
    {
        b.ToTable("wf_incidents");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.StepId).HasMaxLength(WorkflowColumns.StepId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(WorkflowColumns.Status).IsConcurrencyToken();
        b.Property(x => x.ResolvedBy).HasMaxLength(WorkflowColumns.User);
        b.HasIndex(x => new { x.InstanceId, x.CreatedAtUtc });
        b.HasIndex(x => new { x.Status, x.CreatedAtUtc });
    }
}

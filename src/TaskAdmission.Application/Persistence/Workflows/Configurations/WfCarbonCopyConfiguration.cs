using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfCarbonCopyConfiguration : IEntityTypeConfiguration<WfCarbonCopy>
{
    public void Configure(EntityTypeBuilder<WfCarbonCopy> b)
    {
        b.ToTable("wf_carbon_copies");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Recipient).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.From).HasMaxLength(WorkflowColumns.User);
        b.HasIndex(x => new { x.Recipient, x.CreatedAtUtc });
        b.HasIndex(x => x.InstanceId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfDefinitionConfiguration : IEntityTypeConfiguration<WfDefinition>
{
    public void Configure(EntityTypeBuilder<WfDefinition> b)
    {
        b.ToTable("wf_definitions");
        b.HasKey(x => new { x.ProcessId, x.Version });
        b.Property(x => x.ProcessId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Name).HasMaxLength(WorkflowColumns.Name);
        b.Property(x => x.ContentHash).HasMaxLength(64);
    }
}

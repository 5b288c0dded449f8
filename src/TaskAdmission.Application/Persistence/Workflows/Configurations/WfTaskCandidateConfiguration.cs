using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfTaskCandidateConfiguration : IEntityTypeConfiguration<WfTaskCandidate>
{
    public void Configure(EntityTypeBuilder<WfTaskCandidate> b)
    {
        b.ToTable("wf_task_candidates");
        b.HasKey(x => new { x.TaskId, x.Role });
        b.Property(x => x.Role).HasMaxLength(WorkflowColumns.Id);
        b.HasIndex(x => new { x.Role, x.TaskId });
    }
}

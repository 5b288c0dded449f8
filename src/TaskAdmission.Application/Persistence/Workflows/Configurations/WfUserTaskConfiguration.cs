using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfUserTaskConfiguration : IEntityTypeConfiguration<WfUserTask>
{
    public void Configure(EntityTypeBuilder<WfUserTask> b)
    {
        b.ToTable("wf_user_tasks");
        b.HasKey(x => x.Id);
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.ProcessId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.BusinessKey).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.ElementId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Name).HasMaxLength(WorkflowColumns.Name);
        // A row may only change while it is open (UPDATE ... WHERE "Status" = 'Open'): a second completion finds no row.
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(WorkflowColumns.Status).IsConcurrencyToken();
        b.Property(x => x.Assignee).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.Owner).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.Delegation).HasConversion<string>().HasMaxLength(WorkflowColumns.Status);
        b.Property(x => x.CandidateRoles).HasMaxLength(1000);
        b.Property(x => x.CandidateScope).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.CandidateUsers).HasMaxLength(2000);
        b.Property(x => x.FormKey).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.CompletedBy).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.Outcome).HasMaxLength(WorkflowColumns.Id);
        // Inbox: "assigned to me" and "claimable in my scope", open only, oldest first. Every query by them asks for open
        // tasks, so they hold only those: closing a task (an update of "Status", never HOT) writes no entry into them
        // (engine-cost harness), and they stay the size of the open work (migration WorkflowOpenTaskIndexes).
        b.HasIndex(x => new { x.Assignee, x.Status, x.CreatedAtUtc }).HasFilter("\"Status\" = 'Open'");
        b.HasIndex(x => new { x.Status, x.CandidateScope, x.CreatedAtUtc }).HasFilter("\"Status\" = 'Open'");
        b.HasIndex(x => x.InstanceId);
        // The console's 已办 tab: what I completed, newest first. Only closed tasks have a CompletedBy, and every query
        // compares it with a user name: the open tasks (every task is inserted open) need no entry — one index write
        // fewer per task created (engine-cost harness).
        b.HasIndex(x => new { x.CompletedBy, x.ClosedAtUtc }).HasFilter("\"CompletedBy\" IS NOT NULL");
        b.HasMany<WfTaskCandidate>().WithOne().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

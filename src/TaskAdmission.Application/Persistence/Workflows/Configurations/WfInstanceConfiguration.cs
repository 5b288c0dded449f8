using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfInstanceConfiguration : IEntityTypeConfiguration<WfInstance>
{
    public void Configure(EntityTypeBuilder<WfInstance> b)
    {
        b.ToTable("wf_instances");
        // Every engine command rewrites its instance's row (state and version). With room left on each page the new
        // row version stays on the same page (a HOT update: no entry in any of the five indexes); full pages made about
        // one update in six write all five index entries (PostgreSQL; engine-cost harness).
        b.HasStorageParameter("fillfactor", 80);
        b.HasKey(x => x.Id);
        b.Property(x => x.ProcessId).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.BusinessKey).HasMaxLength(WorkflowColumns.Id);
        b.Property(x => x.Initiator).HasMaxLength(WorkflowColumns.User);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(WorkflowColumns.Status);
        // Every engine command updates the row with WHERE "Version" = expected: the one winner of a race.
        b.Property(x => x.Version).IsConcurrencyToken();
        // Looked up by a key (search, operations), never for "no key": instances without one need no entry.
        b.HasIndex(x => x.BusinessKey).HasFilter("\"BusinessKey\" IS NOT NULL");
        b.HasIndex(x => new { x.ProcessId, x.Status });
        // The console's 我发起的 tab and the operators' instance list.
        b.HasIndex(x => new { x.Initiator, x.StartedAtUtc });
        b.HasIndex(x => x.StartedAtUtc);
    }
}

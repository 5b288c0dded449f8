using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Application.Persistence.Workflows.Entities;

namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

internal sealed class WfJournalPageConfiguration : IEntityTypeConfiguration<WfJournalPage>
{
    public void Configure(EntityTypeBuilder<WfJournalPage> b)
    {
        b.ToTable("wf_journal_pages");
        // Two commands that both read version n write the same first sequence: the second insert fails, as the
        // instance's version check already made it fail.
        b.HasKey(x => new { x.InstanceId, x.FirstSequence });
        b.HasOne<WfInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}

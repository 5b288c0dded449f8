using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Admission.Revisions;
using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class SubmissionVersionConfiguration : IEntityTypeConfiguration<SubmissionVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionVersion> b)
    {
        b.ToTable("submission_versions");
        b.HasKey(x => x.Id);
        b.Property(x => x.ContentJson).IsRequired();
        b.Property(x => x.ChangeNote).HasMaxLength(SubmissionVersion.ChangeNoteMax);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        // One row per number: of two resubmissions of the same version, the second fails here and nothing of it stays.
        b.HasIndex(x => new { x.SubmissionId, x.Number }).IsUnique();
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class UnadmittedReportConfiguration : IEntityTypeConfiguration<UnadmittedReport>
{
    public void Configure(EntityTypeBuilder<UnadmittedReport> b)
    {
        b.ToTable("unadmitted_reports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.VillageCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.TownshipCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DistrictCode).HasMaxLength(OrgUnit.CodeLength);
        b.Property(x => x.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        b.Property(x => x.DepartmentName).HasMaxLength(UnadmittedReport.DepartmentNameMax);
        b.Property(x => x.Demand).HasMaxLength(UnadmittedReport.DemandMax);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ReportedBy).HasMaxLength(256);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Finding).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FindingNote).HasMaxLength(UnadmittedReport.NoteMax);
        b.Property(x => x.FoundBy).HasMaxLength(256);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ActionNote).HasMaxLength(UnadmittedReport.NoteMax);
        b.Property(x => x.ActionBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DistrictCode, x.Status });
        b.HasIndex(x => new { x.DepartmentCode, x.Finding });
        b.HasIndex(x => x.VillageCode);
        b.HasOne<VillageFile>().WithMany().HasForeignKey(x => x.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

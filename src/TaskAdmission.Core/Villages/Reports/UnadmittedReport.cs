using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Villages.Reports;

/// <summary>
/// A village's report (举报) of work demanded without admission. Anonymous towards the department by default: the
/// department's views never carry the village; the supervisor of the jurisdiction sees it.
/// </summary>
public sealed class UnadmittedReport
{
    public const int DemandMax = 2000;
    public const int DepartmentNameMax = 100;
    public const int NoteMax = 1000;

    public Guid Id { get; set; }

    /// <summary>A number people can say on the phone, e.g. JB20261122-3F9A1C.</summary>
    public string Number { get; set; } = "";

    public string VillageCode { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public string DistrictCode { get; set; } = "";

    /// <summary>The department demanding the work, when the village knows its code; otherwise only its name.</summary>
    public string? DepartmentCode { get; set; }
    public string DepartmentName { get; set; } = "";

    public string Demand { get; set; } = "";
    public ReportChannel Channel { get; set; }
    public DateOnly DemandedOn { get; set; }
    public Guid? EvidenceFileId { get; set; }

    /// <summary>True (the default): the department never learns which village reported.</summary>
    public bool Anonymous { get; set; } = true;

    public string ReportedBy { get; set; } = "";
    public DateTime ReportedAtUtc { get; set; }

    /// <summary>Changed only by <see cref="MoveTo"/>, along <see cref="Lifecycle"/>.</summary>
    public ReportStatus Status { get; private set; }

    /// <summary>Triaged (dismissed, or investigated), found founded or not, and closed once acted on.</summary>
    public static readonly Lifecycle<ReportStatus> Lifecycle = new(new Dictionary<ReportStatus, ReportStatus[]>
    {
        [ReportStatus.Submitted] = [ReportStatus.Investigating, ReportStatus.Closed],
        [ReportStatus.Investigating] = [ReportStatus.Founded, ReportStatus.Closed],
        [ReportStatus.Founded] = [ReportStatus.Closed],
    });

    public void MoveTo(ReportStatus to) => Status = Lifecycle.Move(Status, to);
    public ReportFinding? Finding { get; set; }
    public string? FindingNote { get; set; }
    public string? FoundBy { get; set; }
    public DateTime? FoundAtUtc { get; set; }
    public DepartmentActionKind? Action { get; set; }
    public string? ActionNote { get; set; }
    public string? ActionBy { get; set; }
    public DateTime? ActionAtUtc { get; set; }

    public Guid? WorkflowInstanceId { get; set; }
    public int Version { get; set; }
}

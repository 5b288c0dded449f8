namespace TaskAdmission.Core.Villages;

/// <summary>A village asks to leave admitted work (申请退出); its township reviews it (approve = revoke for that village).</summary>
public sealed class ExitRequest
{
    public const int DetailsMax = 1000;

    public Guid Id { get; set; }
    public Guid AssignmentId { get; set; }
    public Guid SubmissionId { get; set; }
    public string VillageCode { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public RevocationReason Reason { get; set; }
    public string Details { get; set; } = "";
    public ExitRequestStatus Status { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }
}

using TaskAdmission.Core.Common;

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
    /// <summary>Changed only by <see cref="MoveTo"/>: a pending request is approved or declined, once.</summary>
    public ExitRequestStatus Status { get; private set; }

    public static readonly Lifecycle<ExitRequestStatus> Lifecycle = new(new Dictionary<ExitRequestStatus, ExitRequestStatus[]>
    {
        [ExitRequestStatus.Pending] = [ExitRequestStatus.Approved, ExitRequestStatus.Declined],
    });

    public void MoveTo(ExitRequestStatus to) => Status = Lifecycle.Move(Status, to);
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }
}

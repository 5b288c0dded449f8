namespace TaskAdmission.Core.Villages;

/// <summary>
/// A revocation of admitted work for the villages of one township, of a whole district, or of one village after its
/// exit request. The decision row (kind Revoked) carries who and when; this row carries the reason code and the reach.
/// </summary>
public sealed class Revocation
{
    public const int DetailsMax = 1000;

    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public Guid DecisionId { get; set; }
    public RevocationReason Reason { get; set; }
    public string Details { get; set; } = "";

    /// <summary>The township or district the revocation was decided for.</summary>
    public string ScopeCode { get; set; } = "";

    /// <summary>Set when only one village leaves (an approved exit request).</summary>
    public string? VillageCode { get; set; }

    public Guid? ExitRequestId { get; set; }
    public int VillageCount { get; set; }
    public int CancelledAssignments { get; set; }
    public string RevokedBy { get; set; } = "";
    public DateTime RevokedAtUtc { get; set; }
}

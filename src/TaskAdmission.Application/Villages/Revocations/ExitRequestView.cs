using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Revocations;

/// <summary>An exit request as its township reviews it.</summary>
public sealed record ExitRequestView(
    Guid Id, Guid SubmissionId, string Title, string VillageCode, string VillageNameZh, string VillageNameEn,
    RevocationReason Reason, string Details, ExitRequestStatus Status, DateTime RequestedAtUtc, string? DecidedBy, string? DecisionNote)
{
    public string VillageName(bool english) => english ? VillageNameEn : VillageNameZh;
}

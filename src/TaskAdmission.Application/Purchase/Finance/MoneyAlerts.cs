using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Purchase.Finance;

/// <summary>A milestone accepted more than the threshold of working days ago and still not paid in full.</summary>
public sealed record UnpaidAlert(Guid CaseId, string CaseNumber, string Title, string DepartmentCode, int Sequence, string Milestone, long UnpaidFen, DateTime AcceptedAtUtc);

/// <summary>A case whose service period has begun while its agreement is still unsigned (work started without one).</summary>
public sealed record UnsignedAlert(Guid CaseId, string CaseNumber, string Title, string DepartmentCode, DateOnly PeriodStart, PurchaseStatus Status);

/// <summary>Admitted assistance work whose promised funds the village has not confirmed as arrived (费随事转 not kept).</summary>
public sealed record FundsAlert(Guid SubmissionId, string Title, string DepartmentCode, string VillageCode, decimal FundingYuan, SupportState State, DateTime DispatchedAtUtc);

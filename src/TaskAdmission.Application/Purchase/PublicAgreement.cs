using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Purchase;

/// <summary>A village's signed purchase agreement as the public village page (村务公开) lists it.</summary>
public sealed record PublicAgreement(string Title, string? AgreementNumber, long ContractFen, DateOnly PeriodStart, DateOnly PeriodEnd, PurchaseStatus Status);

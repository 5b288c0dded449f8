namespace TaskAdmission.Core.Purchase;

/// <summary>A payment the department records against one accepted milestone.</summary>
public sealed record PaymentInput(Guid MilestoneId, decimal? Amount, DateOnly? PaidOn, string VoucherNumber, string? Note = null);

using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Purchase.Finance;

/// <summary>
/// What the money view covers: cases whose service period overlaps <see cref="Year"/>, optionally of one department
/// (district and city readers), one source of funds, one kind of provider; cancelled cases only when asked.
/// </summary>
public sealed record MoneyFilter(int Year, string? DepartmentCode = null, FundingSource? Source = null, ProviderKind? ProviderKind = null, bool IncludeCancelled = false);

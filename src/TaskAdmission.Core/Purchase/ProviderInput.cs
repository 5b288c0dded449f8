namespace TaskAdmission.Core.Purchase;

/// <summary>A social organisation or company as an administrator enters it (form, CSV/XLSX row).</summary>
public sealed record ProviderInput(
    ProviderKind? Kind,
    string Name,
    string? CreditCode,
    string RegistrationAuthority,
    string ContactName,
    string ContactPhone,
    IReadOnlyList<string> ServiceAreaCodes,
    ProviderStatus? Status = ProviderStatus.Active,
    bool Blacklisted = false,
    string? BlacklistReason = null);

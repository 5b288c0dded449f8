using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Purchase;

/// <summary>What the register page filters by: words in the name or credit code, kind, blacklisted or not.</summary>
public sealed record ProviderFilter(string? Text = null, ProviderKind? Kind = null, bool? Blacklisted = null);

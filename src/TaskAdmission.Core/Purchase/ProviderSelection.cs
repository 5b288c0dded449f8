namespace TaskAdmission.Core.Purchase;

/// <summary>The provider step: direct entrustment of the village committee, or a choice among registered providers with a reason.</summary>
public sealed record ProviderSelection(SelectionMode? Mode, Guid? ProviderId, string? Reason);

namespace TaskAdmission.Application.Purchase;

/// <summary>What an accepted provider file did: new providers and updated ones (matched by credit code).</summary>
public sealed record ProviderImportOutcome(int Created, int Updated);

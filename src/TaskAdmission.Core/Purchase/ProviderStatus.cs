namespace TaskAdmission.Core.Purchase;

/// <summary>Whether a provider may be chosen for new cases. Persisted by name.</summary>
public enum ProviderStatus
{
    Active,

    /// <summary>No longer chosen (deregistered, merged, stopped the service); its past cases stay.</summary>
    Inactive,
}

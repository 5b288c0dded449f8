namespace TaskAdmission.Core.Purchase;

/// <summary>A village a case covers and the codes above it (township, district, city), to test a provider's service areas.</summary>
public sealed record CoveredVillage(string VillageCode, IReadOnlyCollection<string> Ancestry)
{
    /// <summary>A provider serves the village when one of its areas is the village itself or an org unit above it.</summary>
    public bool ServedBy(Provider provider) =>
        provider.ServiceAreaCodes.Any(a => a == VillageCode || Ancestry.Contains(a));
}

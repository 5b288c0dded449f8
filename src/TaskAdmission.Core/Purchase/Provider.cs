namespace TaskAdmission.Core.Purchase;

/// <summary>
/// A provider in the register (承接主体名录): a social organisation or company with its credit code and service areas,
/// or a village committee (from the org tree; its one service area is its village). A blacklisted provider is never
/// chosen; the flag and its reason are kept with who set it.
/// </summary>
public sealed class Provider
{
    public const int NameMax = 200;
    public const int AuthorityMax = 100;
    public const int ContactMax = 50;
    public const int ReasonMax = 1000;
    public const int MaxServiceAreas = 200;

    public Guid Id { get; set; }
    public ProviderKind Kind { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The unified social credit code (GB 32100), upper case; unique when present. Optional for a village committee.</summary>
    public string? CreditCode { get; set; }

    /// <summary>登记管理机关, e.g. 示范市民政局.</summary>
    public string RegistrationAuthority { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";

    /// <summary>The org units the provider serves (a district covers its villages); a village committee serves its own village.</summary>
    public List<string> ServiceAreaCodes { get; set; } = [];

    /// <summary>The village of a village committee; unique, null for the others.</summary>
    public string? VillageCode { get; set; }

    public ProviderStatus Status { get; set; }
    public bool Blacklisted { get; set; }
    public string? BlacklistReason { get; set; }
    public string? BlacklistedBy { get; set; }
    public DateTime? BlacklistedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: two administrators editing one provider cannot both win.</summary>
    public int Version { get; set; }

    /// <summary>May be chosen for a new case (active, not blacklisted).</summary>
    public bool Selectable => Status == ProviderStatus.Active && !Blacklisted;
}

namespace TaskAdmission.Core.Purchase;

/// <summary>Who can be bought from (承接主体). Persisted by name.</summary>
public enum ProviderKind
{
    /// <summary>社会组织: a social organisation (社会团体, 民办非企业单位, foundation).</summary>
    SocialOrganisation,

    /// <summary>企业: a company.</summary>
    Company,

    /// <summary>村(居)民委员会: a village or community committee, entrusted directly (委托协议); taken from the org tree.</summary>
    VillageCommittee,
}

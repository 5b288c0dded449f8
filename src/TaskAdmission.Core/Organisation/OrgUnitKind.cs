namespace TaskAdmission.Core.Organisation;

/// <summary>The administrative level of an org unit, as published in the national 12-digit division codes.</summary>
public enum OrgUnitKind
{
    City,
    District,
    County,
    Township,
    Street,
    Village,
    Community,
}

namespace TaskAdmission.Application.Lists;

/// <summary>Reasons the store refuses a change that are about org units and sets, not about list content.</summary>
public enum ListRefusal
{
    None = 0,

    /// <summary>Only a city or a district/county publishes lists.</summary>
    AuthorityNotListLevel,

    /// <summary>A district set refines a city set, and the city has published none.</summary>
    NoCitySetToRefine,

    /// <summary>The chosen parent is not a published set of the district's own city.</summary>
    ParentNotCitySet,

    /// <summary>A city set refines nothing.</summary>
    ParentOnlyForDistricts,
}

namespace TaskAdmission.Core.Lists.InForce;

public enum EffectiveItemOrigin
{
    /// <summary>A city item the district left alone.</summary>
    City = 1,

    /// <summary>A district item with a city item's code: it replaces (narrows) that item.</summary>
    DistrictOverride = 2,

    /// <summary>A district sub-item of a city item.</summary>
    DistrictSubItem = 3,

    /// <summary>An item only the district has.</summary>
    DistrictOnly = 4,
}

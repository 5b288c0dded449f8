namespace TaskAdmission.Core.Lists.Refinement;

/// <summary>What a district item does to the city set it refines.</summary>
public enum RefinementRole
{
    /// <summary>Same code as a city item: narrows it.</summary>
    Override = 1,

    /// <summary>ParentCode names a city item: a narrower part of it.</summary>
    SubItem = 2,

    /// <summary>A new code with no parent: an item only this district has.</summary>
    DistrictOnly = 3,
}

namespace TaskAdmission.Application.Lists;

/// <summary>
/// Codes of list refusals that are about org units, sets and races, not about list content (those are
/// <see cref="TaskAdmission.Core.Lists.ListProblemCode"/>s); the screens render them from resources as Refusal.{code}.
/// </summary>
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

    /// <summary>Someone else changed or published the set at the same time; nothing was written (a conflict).</summary>
    ChangedMeanwhile,
}

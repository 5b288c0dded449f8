namespace TaskAdmission.Application.Lists;

/// <summary>
/// Who changes lists: a list administrator's user name and scope (a city or district org unit). A city
/// administrator manages the city's sets and those of its districts; a district administrator only its own.
/// </summary>
public sealed record ListActor(string UserName, string ScopeOrgUnitCode);

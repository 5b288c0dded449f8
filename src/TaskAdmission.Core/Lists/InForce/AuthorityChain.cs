namespace TaskAdmission.Core.Lists.InForce;

/// <summary>The list authorities above a village: its city and, if the district refines the city lists, its district.</summary>
public sealed record AuthorityChain(string CityCode, string? DistrictCode);

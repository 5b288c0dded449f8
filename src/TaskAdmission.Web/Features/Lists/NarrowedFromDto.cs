namespace TaskAdmission.Web.Features.Lists;

/// <summary>The city item a district item overrides or is a sub-item of, with the demands the city allows.</summary>
public sealed record NarrowedFromDto(string Code, string[] AllowedDemands, ListSetRefDto Source);

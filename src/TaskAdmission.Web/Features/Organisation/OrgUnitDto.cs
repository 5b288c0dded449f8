namespace TaskAdmission.Web.Features.Organisation;

/// <summary>An org unit as the API shows it.</summary>
public sealed record OrgUnitDto(string Code, string? ParentCode, string Kind, string NameZh, string NameEn);

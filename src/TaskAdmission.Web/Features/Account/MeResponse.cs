namespace TaskAdmission.Web.Features.Account;

/// <summary>The caller's identity and scope.</summary>
public sealed record MeResponse(string Name, string DisplayName, string[] Roles, string? DepartmentCode, string? OrgUnitCode);

namespace TaskAdmission.Core.Security;

/// <summary>Who acts: a user name (or API key name) and the one scope the role is bound to.</summary>
public sealed record Actor(string UserName, string Role, string? DepartmentCode, string? OrgUnitCode);

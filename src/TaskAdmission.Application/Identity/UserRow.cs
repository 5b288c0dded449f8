namespace TaskAdmission.Application.Identity;

/// <summary>A user as the admin list shows it.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string Role, string ScopeCode, bool Locked, bool IsDemo);

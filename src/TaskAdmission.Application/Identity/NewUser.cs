namespace TaskAdmission.Application.Identity;

/// <summary>What it takes to create a user: a sign-in name, a name people see, a password, one role, one scope.</summary>
public sealed record NewUser(string UserName, string DisplayName, string Password, string Role, string ScopeCode, bool IsDemo = false);

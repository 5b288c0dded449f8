namespace TaskAdmission.Application.Seeding;

/// <summary>One demo sign-in.</summary>
public sealed record NewDemoUser(string UserName, string DisplayName, string Role, string ScopeCode);

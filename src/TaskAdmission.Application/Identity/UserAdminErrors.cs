namespace TaskAdmission.Application.Identity;

/// <summary>Error codes of <see cref="UserService"/> beyond Identity's own (PasswordTooShort, DuplicateUserName, ...).</summary>
public static class UserAdminErrors
{
    public const string UserNotFound = nameof(UserNotFound);
    public const string UnknownRole = nameof(UnknownRole);
    public const string UnknownDepartment = nameof(UnknownDepartment);
    public const string UnknownOrgUnit = nameof(UnknownOrgUnit);
    public const string ScopeLevelMismatch = nameof(ScopeLevelMismatch);

    /// <summary>The user form's field a code concerns (Identity's password and user-name codes included).</summary>
    public static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code is "DuplicateUserName" or "InvalidUserName" ? "username"
        : code == UnknownRole ? "role"
        : code == UserNotFound ? ""
        : "scope";
}

namespace TaskAdmission.Application.Identity;

/// <summary>Error codes of <see cref="UserService"/> beyond Identity's own (PasswordTooShort, DuplicateUserName, ...).</summary>
public static class UserAdminErrors
{
    public const string UserNotFound = nameof(UserNotFound);
    public const string UnknownRole = nameof(UnknownRole);
    public const string UnknownDepartment = nameof(UnknownDepartment);
    public const string UnknownOrgUnit = nameof(UnknownOrgUnit);
    public const string ScopeLevelMismatch = nameof(ScopeLevelMismatch);
}

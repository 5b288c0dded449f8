using Microsoft.AspNetCore.Identity;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Identity;

/// <summary>A person who signs in; bound to exactly one role and one scope (a department or an org unit).</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 50;

    public required string DisplayName { get; set; }

    /// <summary>Set for department-scoped roles.</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>Set for org-unit-scoped roles.</summary>
    public string? OrgUnitCode { get; set; }

    /// <summary>Seeded demo account; Production refuses to start while any exists.</summary>
    public bool IsDemo { get; set; }

    public string ScopeCode => DepartmentCode ?? OrgUnitCode ?? "";

    public static bool ScopeFits(string role, string? departmentCode, string? orgUnitCode) =>
        AppRoles.IsDepartmentScoped(role)
            ? departmentCode is not null && orgUnitCode is null
            : orgUnitCode is not null && departmentCode is null;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Identity;

namespace TaskAdmission.Web.Security;

/// <summary>Puts the user's one scope (department or org unit) and display name into the sign-in cookie.</summary>
public sealed class ScopeClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ScopeClaims.DisplayName, user.DisplayName));
        if (user.DepartmentCode is not null)
        {
            identity.AddClaim(new Claim(ScopeClaims.DepartmentCode, user.DepartmentCode));
        }
        if (user.OrgUnitCode is not null)
        {
            identity.AddClaim(new Claim(ScopeClaims.OrgUnitCode, user.OrgUnitCode));
        }
        return identity;
    }
}

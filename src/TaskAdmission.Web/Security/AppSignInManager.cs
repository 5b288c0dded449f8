using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Identity;

namespace TaskAdmission.Web.Security;

/// <summary>
/// Identity's sign-in with two changes: a browser the user signed in with before (<see cref="TrustedDevices"/>) is not
/// stopped by the automatic lockout (an administrator's lock still stops it), and a locked account is answered only
/// after the same password work a wrong password costs, so timing does not tell the two apart.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor accessor, IUserClaimsPrincipalFactory<AppUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<AppUser> confirmation, TrustedDevices devices)
    : SignInManager<AppUser>(users, accessor, claims, options, logger, schemes, confirmation)
{
    /// <summary>A hash of a random password, to spend the time of a password check where there is nothing to check.</summary>
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser { DisplayName = "" }, Guid.NewGuid().ToString()));

    /// <summary>Does the work of a password check for a user name that does not exist.</summary>
    public void CheckNobodysPassword(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(new AppUser { DisplayName = "" }, Decoy.Value, password);

    public bool IsAdministratorLock(AppUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    protected override async Task<bool> IsLockedOut(AppUser user) =>
        await base.IsLockedOut(user) && (IsAdministratorLock(user) || !devices.IsTrustedFor(Context, user.UserName ?? ""));

    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (result.IsLockedOut)
        {
            // Identity answers a locked account before hashing anything; hash anyway.
            CheckNobodysPassword(password);
        }
        return result;
    }
}

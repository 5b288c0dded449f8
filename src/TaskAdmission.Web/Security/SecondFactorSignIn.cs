using TaskAdmission.Application.Common;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Security;

/// <summary>
/// The second step of signing in: a code from the authenticator app (six digits) or one of the recovery codes, for the
/// user whose password Identity's two-factor cookie vouches for. Failures count against the address and the user name
/// whatever the browser (a known browser must not get unlimited guesses at six digits) and towards Identity's lockout.
/// </summary>
public sealed class SecondFactorSignIn(AppSignInManager signIn, SignInThrottle throttle, TrustedDevices devices, AuditLog audit, AppDbContext db)
{
    /// <summary>The user waiting for a second factor in this browser, or null (no or expired two-factor cookie).</summary>
    public Task<AppUser?> PendingUserAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

    public async Task<PasswordSignInResult> SignInAsync(HttpContext context, AppUser user, string code, bool remember)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        var userName = user.UserName!;
        if (throttle.RetryAfter(address, userName, trustedDevice: false) is { } wait)
        {
            return new PasswordSignInResult(PasswordSignInOutcome.Throttled, wait);
        }
        var normalised = TwoFactorService.Normalise(code);
        var result = normalised.Length == 6 && normalised.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(normalised, remember, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim());
        if (!result.Succeeded)
        {
            throttle.Failed(address, userName, trustedDevice: false);
        }
        audit.Record(userName, result.Succeeded ? "account.signin" : "account.signin.2fa.failed", $"user:{userName}");
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            devices.Trust(context, user);
        }
        return new PasswordSignInResult(result.Succeeded ? PasswordSignInOutcome.SignedIn : PasswordSignInOutcome.Failed, null);
    }
}

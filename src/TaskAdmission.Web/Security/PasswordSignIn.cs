using Microsoft.AspNetCore.Identity;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Security;

/// <summary>
/// The sign-in form's use case. Unknown user, locked account and wrong password give the same answer after the same
/// work (one password hash, one audit row); the throttle is asked first and counts every failure.
/// </summary>
public sealed class PasswordSignIn(AppSignInManager signIn, SignInThrottle throttle, TrustedDevices devices, AuditLog audit, AppDbContext db)
{
    public async Task<PasswordSignInResult> SignInAsync(HttpContext context, string userName, string password, bool remember)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        var trusted = devices.IsTrustedFor(context, userName);
        if (throttle.RetryAfter(address, userName, trusted) is { } wait)
        {
            return new PasswordSignInResult(PasswordSignInOutcome.Throttled, wait);
        }
        var user = await signIn.UserManager.FindByNameAsync(userName);
        SignInResult result;
        if (user is null)
        {
            signIn.CheckNobodysPassword(password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: !trusted);
        }
        var outcome = result.Succeeded ? PasswordSignInOutcome.SignedIn
            : result.RequiresTwoFactor ? PasswordSignInOutcome.SecondFactor
            : PasswordSignInOutcome.Failed;
        if (outcome == PasswordSignInOutcome.Failed)
        {
            throttle.Failed(address, userName, trusted);
        }
        audit.Record(userName, outcome switch
        {
            PasswordSignInOutcome.SignedIn => "account.signin",
            PasswordSignInOutcome.SecondFactor => "account.signin.password",
            _ => result.IsLockedOut ? "account.signin.locked" : "account.signin.failed",
        }, $"user:{userName}");
        await db.SaveChangesAsync();
        if (outcome == PasswordSignInOutcome.SignedIn)
        {
            devices.Trust(context, user!);
        }
        return new PasswordSignInResult(outcome, null);
    }
}

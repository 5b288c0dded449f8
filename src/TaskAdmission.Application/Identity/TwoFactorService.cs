using Microsoft.AspNetCore.Identity;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Identity;

/// <summary>
/// Second factor by authenticator app (TOTP, RFC 6238, Identity's built-in provider): enrolment, recovery codes, and
/// the administrator's reset. Each change is audited in the same transaction as the change itself.
/// </summary>
public sealed class TwoFactorService(UserManager<AppUser> users, IUserStore<AppUser> store, AppDbContext db, AuditLog audit)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The user's authenticator key (base32), created on first ask; shown as a QR code while not yet enabled.</summary>
    public async Task<string> AuthenticatorKeyAsync(AppUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }
        // Not ResetAuthenticatorKeyAsync: a key that is not yet turned on changes nothing about the user's sign-in, so
        // it must not change the security stamp (which would end the very session that is enrolling).
        var keys = (IUserAuthenticatorKeyStore<AppUser>)store;
        var created = users.GenerateNewAuthenticatorKey();
        await keys.SetAuthenticatorKeyAsync(user, created, CancellationToken.None);
        await users.UpdateAsync(user);
        return created;
    }

    /// <summary>Turns the second factor on when <paramref name="code"/> is a current code of the key; the recovery codes, shown once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalise(code)))
        {
            return null;
        }
        return await InTransactionAsync(async () =>
        {
            audit.Record(user.UserName!, "account.2fa.enable", $"user:{user.UserName}");
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        });
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public Task<List<string>> NewRecoveryCodesAsync(AppUser user) => InTransactionAsync(async () =>
    {
        audit.Record(user.UserName!, "account.2fa.recovery", $"user:{user.UserName}");
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
    });

    public Task<int> RecoveryCodesLeftAsync(AppUser user) => users.CountRecoveryCodesAsync(user);

    public async Task<bool> IsEnabledAsync(string userId) =>
        await users.FindByIdAsync(userId) is { TwoFactorEnabled: true };

    /// <summary>
    /// An administrator takes a lost phone out of the account: the second factor is off, the old key and recovery codes
    /// no longer work, and every session of the user ends (new security stamp). Where the role requires a second
    /// factor the user enrols again at the next sign-in.
    /// </summary>
    public async Task ResetAsync(string userId, Actor actor)
    {
        var user = await users.FindByIdAsync(userId) ?? throw RefusalException.NotFound(UserAdminErrors.UserNotFound);
        await InTransactionAsync(async () =>
        {
            audit.Record(actor.UserName, "user.2fa.reset", $"user:{user.UserName}");
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            return 0;
        });
    }

    /// <summary>Authenticator apps show "123 456"; people type spaces and hyphens.</summary>
    public static string Normalise(string code) => new(code.Where(char.IsAsciiLetterOrDigit).ToArray());

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await work();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return result;
    }
}

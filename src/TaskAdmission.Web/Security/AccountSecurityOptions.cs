using System.ComponentModel.DataAnnotations;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Security;

/// <summary>
/// <c>Account:*</c> — sign-in throttling and two-factor sign-in (docs/security.md). Failed sign-ins are counted per
/// address and per user name within a window; past either limit the sign-in form answers 429 until the window ends.
/// </summary>
public sealed class AccountSecurityOptions : IValidatableObject
{
    public const string Section = "Account";

    /// <summary>Failed sign-ins one address may make per window, whatever the user names.</summary>
    [Range(1, 100_000)]
    public int FailuresPerAddress { get; set; } = 30;

    /// <summary>Failed sign-ins for one user name per window from browsers the user has not signed in with before.</summary>
    [Range(1, 10_000)]
    public int FailuresPerUserName { get; set; } = 10;

    [Range(1, 24 * 60)]
    public int ThrottleWindowMinutes { get; set; } = 15;

    /// <summary>How long a browser stays "known" for a user after a successful sign-in (it then escapes lockout by others).</summary>
    [Range(1, 730)]
    public int TrustedDeviceDays { get; set; } = 180;

    /// <summary>Comma-separated roles that must sign in with a second factor (empty: optional for everyone).</summary>
    public string TwoFactorRequiredRoles { get; set; } = "";

    public IReadOnlySet<string> TwoFactorRoles =>
        TwoFactorRequiredRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TwoFactorRoles.Where(r => !AppRoles.All.Contains(r))
            .Select(r => new ValidationResult($"Account:TwoFactorRequiredRoles names '{r}', which is not a role ({string.Join(", ", AppRoles.All)}).", [nameof(TwoFactorRequiredRoles)]));
}

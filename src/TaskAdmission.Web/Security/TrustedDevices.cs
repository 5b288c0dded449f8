using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Identity;

namespace TaskAdmission.Web.Security;

/// <summary>
/// The "known browser" cookie (OWASP's device cookie): after a successful sign-in the browser gets a protected cookie
/// naming the user. Sign-ins from that browser neither count towards, nor are stopped by, the automatic lockout and
/// the per-user-name limit that strangers' failures cause; a lock set by an administrator still applies. A cookie
/// this node cannot read (another node's key ring, tampering, expiry) simply makes the browser unknown.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, IOptions<AccountSecurityOptions> options, TimeProvider time)
{
    public const string CookieName = "ta.device";

    private readonly IDataProtector protector = protection.CreateProtector("TaskAdmission.TrustedDevice.v1");

    public bool IsTrustedFor(HttpContext context, string userName)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie) || cookie.Length > 2000)
        {
            return false;
        }
        try
        {
            var parts = protector.Unprotect(cookie).Split('|');
            return parts.Length == 2
                && string.Equals(parts[0], userName.Trim(), StringComparison.OrdinalIgnoreCase)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var until)
                && until > time.GetUtcNow().ToUnixTimeSeconds();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public void Trust(HttpContext context, AppUser user)
    {
        var until = time.GetUtcNow().AddDays(options.Value.TrustedDeviceDays);
        context.Response.Cookies.Append(CookieName, protector.Protect($"{user.UserName}|{until.ToUnixTimeSeconds()}"), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Expires = until,
            Path = "/account",
        });
    }
}

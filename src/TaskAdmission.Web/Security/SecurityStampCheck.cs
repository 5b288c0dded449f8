using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Security;

/// <summary>
/// Checks a sign-in cookie's security stamp against the user's current one on every request (one primary-key read, or
/// none while <see cref="SecurityStampCache"/> holds the stamp and no stamp changed on any node since), so
/// a sign-out, a lock, a role change or a second-factor reset ends every copy of the old cookie at once rather than
/// within Identity's revalidation interval. Identity's own validator still refreshes the claims every 30 minutes (a backstop for rows edited outside the product).
/// </summary>
public static class SecurityStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        // With Observability:ServerTiming on, the cookie check's two parts show apart in the Server-Timing header: the
        // stamp (cached, or one read) and Identity's revalidation (the user, roles and claims read again and the cookie
        // re-issued), which the slowest inbox reads under the write stream were found paying while it ran once a minute
        // per cookie (issue 20; now every 30 minutes, see SecurityExtensions).
        var timing = Application.Hosting.RequestTiming.Current;
        timing?.Mark("auth");
        var current = id is null ? null : await CurrentStampAsync(context.HttpContext.RequestServices, id, context.HttpContext.RequestAborted);
        timing?.Mark("auth-stamp");
        if (current is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        timing?.Mark("auth-revalidate");
    }

    /// <summary>The user's stamp from <see cref="SecurityStampCache"/> while it is proved current, else from the database.</summary>
    private static async Task<string?> CurrentStampAsync(IServiceProvider services, string id, CancellationToken ct)
    {
        var cache = services.GetRequiredService<SecurityStampCache>();
        if (cache.Find(id) is { } cached)
        {
            return cached;
        }
        var ticket = cache.Begin();
        var stamp = await services.GetRequiredService<AppDbContext>().Users
            .AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        if (stamp is not null)
        {
            cache.Store(ticket, id, stamp);
        }
        return stamp;
    }
}

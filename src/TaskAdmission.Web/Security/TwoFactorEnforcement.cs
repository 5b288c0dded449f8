using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TaskAdmission.Web.Api;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Security;

/// <summary>
/// Roles listed in <c>Account:TwoFactorRequiredRoles</c> work only with a second factor: a signed-in user of such a
/// role without one is sent to <c>/account/two-factor</c> to enrol (pages) or refused with 403 (cookie API calls).
/// Whether the user has one travels in the sign-in cookie (<see cref="Claim"/>, refreshed on enrolment; a reset by an
/// administrator changes the security stamp, which ends the old cookie).
/// </summary>
public sealed class TwoFactorEnforcement(RequestDelegate next, IOptions<AccountSecurityOptions> options)
{
    public const string Claim = "ta:2fa";

    /// <summary>What a user who must enrol may still open: the account pages, language switch, errors, health and files.</summary>
    private static readonly string[] Open = ["/account", "/culture", "/error", "/not-found", "/health", "/_framework", "/js", "/lib", "/app.css", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context, IStringLocalizer<TrustResource> text)
    {
        var required = options.Value.TwoFactorRoles;
        var user = context.User;
        if (required.Count > 0 && user.Identity?.IsAuthenticated == true && CookieApiGuard.SignedInWithCookie(context.Request)
            && !user.HasClaim(c => c.Type == Claim) && required.Any(user.IsInRole)
            && !Open.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(text["TwoFactor.Required"], statusCode: StatusCodes.Status403Forbidden,
                    extensions: new Dictionary<string, object?> { ["code"] = "SecondFactorRequired" }).ExecuteAsync(context);
                return;
            }
            context.Response.Redirect("/account/two-factor");
            return;
        }
        await next(context);
    }
}

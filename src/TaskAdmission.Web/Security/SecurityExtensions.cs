using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Security;

/// <summary>
/// Cookie sign-in for people (ASP.NET Core Identity), OAuth bearer tokens and (legacy) <c>X-Api-Key</c> for department
/// systems, and a fallback policy
/// that denies anonymous access to everything not marked <c>AllowAnonymous</c>.
/// </summary>
public static class SecurityExtensions
{
    public const string SmartScheme = "TaskAdmission";

    public static void AddTaskAdmissionSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<AppUser, IdentityRole>(AccountServiceCollectionExtensions.ApplyAccountRules)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ScopeClaimsPrincipalFactory>()
            .AddSignInManager<AppSignInManager>();
        services.AddOptions<AccountSecurityOptions>().BindConfiguration(AccountSecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<TrustedDevices>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SecondFactorSignIn>();
        // A changed role, scope, lock, password or second factor reaches signed-in sessions at once: every path that changes
        // what the cookie's claims carry changes the security stamp (UserService.AssignAsync and SetLockedAsync, Identity's
        // password and two-factor calls), and SecurityStampCheck compares the stamp on every request. Identity's own
        // revalidation (user, roles and claims read again, the cookie re-issued: 7 statements) is then only a backstop for
        // a row edited outside the product, so it keeps Identity's default interval. At one minute it was paid by every
        // village's first read in each minute, and those were the slowest inbox reads under the Monday write stream (issue 20).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(30));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "ta.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
            o.Events.OnRedirectToLogin = ApiAwareRedirect(StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirect(StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication(o =>
            {
                // AddIdentity set the cookie as the default authenticate scheme; the selector must decide instead.
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            // The same test CookieApiGuard makes: a key, else a bearer token (OAuth), else the cookie.
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName
                : c.Request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization) ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddTaskAdmissionRateLimiting(builder.Configuration);
    }

    public static void UseTaskAdmissionSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<Api.CookieApiGuard>());
        app.UseMiddleware<TwoFactorEnforcement>();
        app.UseAuthorization();
        app.UseRateLimiter();
    }

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAwareRedirect(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            }
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using TaskAdmission.Application.Clients;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Security.OAuth;

/// <summary>
/// The OAuth 2.0 authorisation server for department systems (OpenIddict, client-credentials flow): the token endpoint,
/// the discovery document (<c>/.well-known/openid-configuration</c>) and the key set (<c>/.well-known/jwks</c>), and the
/// validation of its access tokens on the API (local server, each token checked against its stored entry so a disabled
/// or rotated client's tokens stop at once).
/// </summary>
public static class OAuthServerExtensions
{
    public static void AddTaskAdmissionOAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OAuthServerOptions>().BindConfiguration(OAuthServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(OAuthServerOptions.Section).Get<OAuthServerOptions>() ?? new();
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.RegisterScopes([.. ApiScopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes));
                if (!string.IsNullOrEmpty(settings.Issuer))
                {
                    o.SetIssuer(new Uri(settings.Issuer));
                }
                var host = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (!settings.RequireHttps)
                {
                    host.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.EnableTokenEntryValidation();
            });
        // The key ring needs Data Protection, which only the web host configures (keys in the database).
        services.TryAddSingleton<OAuthKeyRing>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OAuthServerKeys>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiScopeProblems>();
    }

    /// <summary>Every /api/v1 endpoint: a signed-in caller, and for a token the scope the call needs.</summary>
    public static AuthorizationPolicy ApiScopePolicy { get; } =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ApiScopeRequirement()).Build();

    /// <summary>The endpoint needs <paramref name="scope"/> rather than its method's default.</summary>
    public static TBuilder RequireApiScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiScopeMetadata(scope));
}

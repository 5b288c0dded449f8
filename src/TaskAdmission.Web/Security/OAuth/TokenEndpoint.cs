using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using TaskAdmission.Application.Clients;
using TaskAdmission.Core.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TaskAdmission.Web.Security.OAuth;

/// <summary>
/// POST /connect/token (client-credentials grant). OpenIddict has already checked the client's secret, its permission to
/// use the endpoint and the scopes asked for; this turns the client into the same principal an API key of its department
/// gives (role DepartmentSystem, the department's code), plus the client id and the granted scopes.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static void MapTokenEndpoint(this WebApplication app) =>
        app.MapPost(Path, IssueAsync).AllowAnonymous().RequireRateLimiting(RateLimitingExtensions.ApiPolicy).ExcludeFromDescription();

    private static async Task<IResult> IssueAsync(HttpContext http, DepartmentClientService clients, ILoggerFactory logs)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        if (!request.IsClientCredentialsGrantType() || await clients.FindAsync(request.ClientId, http.RequestAborted) is not { IsActive: true } client)
        {
            return Refuse(request.IsClientCredentialsGrantType() ? Errors.InvalidClient : Errors.UnsupportedGrantType);
        }
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, $"client:{client.ClientId}")
            .SetClaim(Claims.Role, AppRoles.DepartmentSystem)
            .SetClaim(ScopeClaims.DepartmentCode, client.DepartmentCode)
            .SetClaim(ScopeClaims.ClientId, client.ClientId);
        // No scope asked for: every scope the client is permitted (OpenIddict refused any it is not).
        var scopes = request.GetScopes();
        identity.SetScopes(scopes.IsEmpty ? client.Scopes : scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        logs.CreateLogger(typeof(TokenEndpoint)).LogInformation("Access token issued to {ClientId} of {Department} for {Scopes}",
            client.ClientId, client.DepartmentCode, string.Join(' ', identity.GetScopes()));
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The client is not a department system's, or it is disabled.",
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Security;

/// <summary>
/// Turns an <c>X-Api-Key</c> header into the principal of the key's department (role DepartmentSystem).
/// Every use is logged with the key id, never the key.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }
        var key = await keys.FindActiveAsync(values.ToString(), Context.RequestAborted);
        if (key is null)
        {
            Logger.LogWarning("Rejected API key (unknown, expired or revoked) for {Method} {Path}", Request.Method, Request.Path);
            return AuthenticateResult.Fail("invalid API key");
        }
        Logger.LogInformation("API key {KeyId} of {Department} used for {Method} {Path}",
            key.Id, key.DepartmentCode, Request.Method, Request.Path);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"apikey:{key.Id}"),
                new Claim(ClaimTypes.Name, $"apikey:{key.DepartmentCode}:{key.Name}"),
                new Claim(ClaimTypes.Role, AppRoles.DepartmentSystem),
                new Claim(ScopeClaims.DepartmentCode, key.DepartmentCode),
                new Claim(ScopeClaims.ApiKeyId, key.Id.ToString()),
                new Claim(ScopeClaims.DisplayName, key.Name),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Localization;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Security.OAuth;

/// <summary>
/// A token refused for want of a scope gets 403 problem+json naming the scope (and the RFC 6750 header); every other
/// authorisation result is handled as before.
/// </summary>
public sealed class ApiScopeProblems(IStringLocalizer<TrustResource> text) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.OfType<ApiScopeRequirement.MissingScope>().FirstOrDefault() is { } missing)
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{missing.Scope}\"";
            await Results.Problem(text["OAuth.MissingScope", missing.Scope ?? ""], statusCode: StatusCodes.Status403Forbidden, title: text["OAuth.MissingScope.Title"],
                extensions: new Dictionary<string, object?> { ["code"] = "InsufficientScope", ["scope"] = missing.Scope }).ExecuteAsync(context);
            return;
        }
        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}

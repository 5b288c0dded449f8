using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Security.OAuth;

/// <summary>
/// On every /api/v1 endpoint: a bearer token must hold the scope the call needs — <c>admission.precheck</c> for the
/// pre-check, <c>admission.read</c> for a GET, <c>admission.submit</c> for any other change — unless the endpoint names
/// its scope with <see cref="ApiScopeMetadata"/>. API keys and cookies carry no scopes and pass; the role and
/// department checks that follow are the same for all three.
/// </summary>
public sealed class ApiScopeRequirement : AuthorizationHandler<ApiScopeRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        if (!context.User.HasClaim(c => c.Type == ScopeClaims.ClientId))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        var needed = NeededScope(context.Resource as HttpContext);
        if (needed is not null && context.User.HasScope(needed))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new MissingScope(this, needed));
        }
        return Task.CompletedTask;
    }

    public static string? NeededScope(HttpContext? http) =>
        http is null ? null
        : http.GetEndpoint()?.Metadata.GetMetadata<ApiScopeMetadata>()?.Scope
          ?? (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? ApiScopes.Read : ApiScopes.Submit);

    /// <summary>Why the call was refused, so the answer can name the missing scope.</summary>
    public sealed class MissingScope(IAuthorizationHandler handler, string? scope)
        : AuthorizationFailureReason(handler, $"the token lacks the scope {scope}")
    {
        public string? Scope { get; } = scope;
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using TaskAdmission.Web.Localization;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Api;

/// <summary>
/// Cross-site request forgery on the JSON API: a call signed in with the browser's cookie that changes something must
/// be real JSON (<c>application/json</c>; a cross-site form cannot send that without the browser asking first, which
/// this app never allows) — else 415 — and must prove it comes from our own pages: an antiforgery token in the
/// <c>RequestVerificationToken</c> header, or an <c>Origin</c> header naming this site — else 403. Calls with an API key
/// or a bearer token carry no ambient credential and are not concerned.
/// </summary>
public sealed class CookieApiGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IStringLocalizer<TrustResource> text)
    {
        if (context.User.Identity?.IsAuthenticated == true && SignedInWithCookie(context.Request) && Changes(context.Request.Method))
        {
            if (!IsJson(context.Request.ContentType))
            {
                await Results.Problem(text["Api.NotJson"], statusCode: StatusCodes.Status415UnsupportedMediaType, title: text["Api.NotJson.Title"],
                    extensions: new Dictionary<string, object?> { ["code"] = "NotJson" }).ExecuteAsync(context);
                return;
            }
            if (!FromThisSite(context.Request) && !await antiforgery.IsRequestValidAsync(context))
            {
                await Results.Problem(text["Api.CrossSite"], statusCode: StatusCodes.Status403Forbidden, title: text["Api.CrossSite.Title"],
                    extensions: new Dictionary<string, object?> { ["code"] = "CrossSiteRequest" }).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }

    /// <summary>The same test the authentication selector makes: no key and no bearer token means the cookie.</summary>
    public static bool SignedInWithCookie(HttpRequest request) =>
        !request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) && !request.Headers.ContainsKey(HeaderNames.Authorization);

    private static bool Changes(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The browser's Origin against the host the request was sent to. Only the authority is compared: behind a proxy
    /// that ends TLS the app sees http while the page was https.
    /// </summary>
    private static bool FromThisSite(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
        && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}

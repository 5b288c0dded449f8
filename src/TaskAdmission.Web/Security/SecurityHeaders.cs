namespace TaskAdmission.Web.Security;

/// <summary>
/// Headers on every response (pages, API, files, errors): scripts only from this site's own files (no inline script, no
/// eval — pages wire behaviour through wwwroot/js and data- attributes), no framing, no MIME sniffing, no referrer sent
/// to other sites, no camera, microphone or location (the app must never ask villages for photos or GPS tracks).
/// Styles may be inline: Bootstrap's components and htmx's indicators set style attributes.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseTaskAdmissionSecurityHeaders(this WebApplication app)
    {
        if (app.Environment.IsProduction())
        {
            // HTTPS only from the first visit on (the header is sent on HTTPS responses only).
            app.UseHsts();
        }
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}

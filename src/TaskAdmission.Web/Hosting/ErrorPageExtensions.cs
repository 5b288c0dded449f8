namespace TaskAdmission.Web.Hosting;

/// <summary>Problem details for the API, a friendly page for people.</summary>
public static class ErrorPageExtensions
{
    public static void UseTaskAdmissionErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        // A request the server cannot read (a NUL in a form value, a body over the limit) is the client's fault: its
        // 4xx, logged as information. Left to the exception handler it would be a 500 and an error in the log.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TaskAdmission.Web.BadRequest")
                    .LogInformation("Unreadable request {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, e.Message);
                context.Response.Clear();
                context.Response.StatusCode = e.StatusCode;
            }
        });
        // API clients get problem+json for bare status codes (AddProblemDetails); people get a page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        // Only a page request is re-executed as the friendly page: re-executing a refused form post (a bad antiforgery
        // token is a 400) would run the refused form through antiforgery again, which throws (a 500).
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && IsRead(c.Request.Method),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !IsRead(c.Request.Method), posts => posts.UseStatusCodePages());
        // Routing after the status-code pages, so that a re-executed request (a page's 404 → /not-found) is routed
        // again; with the implicit routing at the start of the pipeline it ran with no endpoint (an empty page, or a
        // sign-in redirect for anonymous visitors).
        app.UseRouting();
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
}

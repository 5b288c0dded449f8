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
        // API clients get problem+json for bare status codes (AddProblemDetails); people get a page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status-code pages, so that a re-executed request (a page's 404 → /not-found) is routed
        // again; with the implicit routing at the start of the pipeline it ran with no endpoint (an empty page, or a
        // sign-in redirect for anonymous visitors).
        app.UseRouting();
    }
}

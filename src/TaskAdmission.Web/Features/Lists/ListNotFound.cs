namespace TaskAdmission.Web.Features.Lists;

/// <summary>
/// Answers 404 for a list page whose set, item or village does not exist (or is out of scope). Blazor then sends no
/// body and the status-code pages re-execute /not-found, so the visitor sees the app's not-found page.
/// </summary>
public static class ListNotFound
{
    public static void Answer(HttpContext context)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}

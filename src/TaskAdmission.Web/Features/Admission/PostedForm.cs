namespace TaskAdmission.Web.Features.Admission;

/// <summary>
/// Blazor answers 400 to a POST for a form it did not render. An action form that is shown only in some states (sign
/// off while awaiting sign-off, decide while the task is open) therefore renders again while its own POST is handled,
/// so a stale page (someone else acted first) gets the use case's explanation instead of an error page.
/// </summary>
public static class PostedForm
{
    public static bool Is(HttpContext context, string formName) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
        && context.Request.Form["_handler"] == formName;
}

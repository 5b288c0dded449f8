using Microsoft.Extensions.Localization;

namespace TaskAdmission.Web.Localization;

/// <summary>Renders Identity and user-admin error codes from our resources, with a generic text for codes we did not foresee.</summary>
public static class IdentityText
{
    public static string Describe(IStringLocalizer localizer, string code)
    {
        var text = localizer[$"Identity.{code}"];
        return text.ResourceNotFound ? localizer["Identity.Generic", code] : text;
    }
}

using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using TaskAdmission.Web.Hosting;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Culture;

/// <summary>The language switch: stores the choice in the standard culture cookie and goes back where the user was.</summary>
public static class CultureEndpoints
{
    public static void MapCultureEndpoints(this WebApplication app) =>
        app.MapPost("/culture", SetCulture).AllowAnonymous();

    private static IResult SetCulture([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context)
    {
        var chosen = LocalizationExtensions.Supported.FirstOrDefault(c => c.Name == culture)?.Name ?? "zh-CN";
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}

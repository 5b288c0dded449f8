using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace TaskAdmission.Web.Localization;

/// <summary>zh-CN by default, English by the switch in the header (a cookie); Accept-Language is honoured for APIs.</summary>
public static class LocalizationExtensions
{
    public static readonly CultureInfo[] Supported = [new("zh-CN"), new("en")];

    public static void AddTaskAdmissionLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // Chinese pages are sent as UTF-8 text, not as &#x...; entities (a third of the bytes, and readable source).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    public static void UseTaskAdmissionLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        app.UseRequestLocalization(options);
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

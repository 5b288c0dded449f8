using System.Globalization;

namespace TaskAdmission.Core.Common;

public static class AppLanguages
{
    /// <summary>Any Chinese culture renders zh-CN; everything else falls back to English.</summary>
    public static AppLanguage FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? AppLanguage.ZhCn : AppLanguage.En;
}

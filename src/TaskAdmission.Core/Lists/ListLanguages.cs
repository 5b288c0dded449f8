using System.Globalization;

namespace TaskAdmission.Core.Lists;

public static class ListLanguages
{
    /// <summary>Any Chinese culture renders zh-CN; everything else falls back to English.</summary>
    public static ListLanguage FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? ListLanguage.ZhCn : ListLanguage.En;
}

namespace TaskAdmission.Core.Lists;

/// <summary>The two languages the catalogues render.</summary>
public enum ListLanguage
{
    ZhCn = 0,
    En = 1,
}

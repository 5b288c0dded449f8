namespace TaskAdmission.Core.Common;

/// <summary>The two languages the catalogues render.</summary>
public enum AppLanguage
{
    ZhCn = 0,
    En = 1,
}

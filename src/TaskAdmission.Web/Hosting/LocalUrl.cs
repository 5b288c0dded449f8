namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Guards redirects: only local paths are followed (no open redirect to another site), and none holding control
/// characters (ASP.NET Core refuses to redirect to those: it would have been an exception, not a redirect).
/// </summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
            && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(char.IsControl)
            ? url
            : "/";
}

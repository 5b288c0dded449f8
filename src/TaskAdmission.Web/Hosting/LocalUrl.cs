namespace TaskAdmission.Web.Hosting;

/// <summary>Guards redirects: only local paths are followed (no open redirect to another site).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
            && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// wwwroot through <c>MapStaticAssets</c>: the build's manifest lists every file with its brotli and gzip copies and a
/// content fingerprint; fingerprinted URLs are cached for a year (immutable), plain ones revalidate with an ETag.
/// </summary>
public static class StaticAssetsExtensions
{
    /// <summary>
    /// Serves the manifest's pre-compressed files with the manifest's headers also when the app runs from a build rather
    /// than a publish (<c>./build.sh run</c>, tests, benchmarks). By default ASP.NET Core then switches on its hot-reload
    /// handler, which answers every file with no-cache and compresses changed files on the fly (seen here: a stylesheet
    /// labelled br but sent plain, which the browser dropped). A fingerprinted URL names its content, so caching it stays
    /// right after a rebuild; plain URLs still revalidate. A setting given explicitly (configuration, environment) wins.
    /// </summary>
    public static void AddTaskAdmissionStaticAssets(this WebApplicationBuilder builder) =>
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";

    /// <summary>Static files are public (the fallback policy would otherwise send the sign-in page for a stylesheet).</summary>
    public static void MapTaskAdmissionStaticAssets(this WebApplication app) => app.MapStaticAssets().AllowAnonymous();
}

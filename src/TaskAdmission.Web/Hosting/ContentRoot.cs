namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Finds the content root (appsettings, wwwroot, data/): the web project folder when run from the repo with
/// <c>dotnet run --project</c> or from tests, otherwise the folder the app runs from (a published build).
/// </summary>
internal static class ContentRoot
{
    public static string? Find(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var project = Path.Combine(dir.FullName, "src", "TaskAdmission.Web");
                if (File.Exists(Path.Combine(dir.FullName, "TaskAdmission.sln")) && Directory.Exists(project))
                {
                    return project;
                }
                if (File.Exists(Path.Combine(dir.FullName, "TaskAdmission.Web.csproj")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }
}

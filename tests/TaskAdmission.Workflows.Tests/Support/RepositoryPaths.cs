namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>Locates files relative to the repository root (the folder holding TaskAdmission.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>A reference CSV the app embeds and seeds from (inside the repository, never beside it).</summary>
    public static string ReferenceData(string fileName) =>
        Path.Combine(Root, "src", "TaskAdmission.Application", "Seeding", "Demo", fileName);

    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaskAdmission.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("TaskAdmission.sln not found above " + AppContext.BaseDirectory);
    }
}

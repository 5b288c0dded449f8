namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>Locates files relative to the repository root (the folder holding TaskAdmission.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedReferenceData(string fileName) =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference-data", fileName));

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

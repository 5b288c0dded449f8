namespace TaskAdmission.Testing;

/// <summary>
/// The repository root (the folder holding TaskAdmission.sln), found from the test binaries upwards, and the files
/// tests read inside it. The one copy: the Core and engine test projects compile this file too (linked in their
/// project files) rather than reference this project, which would pull the web app into tests of the inner layers.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The reference CSVs the app embeds and seeds from (the only copy the repository holds).</summary>
    public static string ReferenceDataFolder { get; } = Combine("src", "TaskAdmission.Application", "Seeding", "Demo");

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>One reference CSV, e.g. cn-working-calendar.csv.</summary>
    public static string ReferenceData(string fileName) => Path.Combine(ReferenceDataFolder, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaskAdmission.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("TaskAdmission.sln not found above " + AppContext.BaseDirectory);
    }
}

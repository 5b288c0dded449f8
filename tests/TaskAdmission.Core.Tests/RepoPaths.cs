namespace TaskAdmission.Core.Tests;

/// <summary>Finds the repository root (the folder holding TaskAdmission.sln) and the reference data inside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The reference CSVs the app embeds and seeds from (the only copy the repository holds).</summary>
    public static string ReferenceData { get; } = Path.Combine(Root, "src", "TaskAdmission.Application", "Seeding", "Demo");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaskAdmission.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TaskAdmission.sln not found above " + AppContext.BaseDirectory);
    }
}

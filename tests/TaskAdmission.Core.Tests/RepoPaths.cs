namespace TaskAdmission.Core.Tests;

/// <summary>Finds the repository root (the folder holding TaskAdmission.sln) and the shared reference data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedReferenceData
    {
        get
        {
            var shared = Path.Combine(Root, "..", "shared", "reference-data");
            // A clone without shared/ beside it still has the embedded copies the demo seeds from.
            return Directory.Exists(shared) ? shared : Path.Combine(Root, "src", "TaskAdmission.Data", "Seeding", "Demo");
        }
    }

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

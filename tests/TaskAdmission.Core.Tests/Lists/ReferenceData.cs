using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Tests.Lists;

/// <summary>Finds /work/shared/reference-data by walking up to the directory holding TaskAdmission.sln.</summary>
internal static class ReferenceData
{
    public static string Directory { get; } = Locate();

    public static string DemoListsCsv => Path.Combine(Directory, "demo-lists.csv");

    /// <summary>The demo departments, by code and by Chinese name (the demo list uses names).</summary>
    public static DepartmentDirectory DemoDepartments()
    {
        var rows = File.ReadAllLines(Path.Combine(Directory, "demo-departments.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToList();
        return new DepartmentDirectory(
            rows.Select(r => r[0]),
            rows.Select(r => new KeyValuePair<string, string>(r[2], r[0])));
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaskAdmission.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference-data"));
            }
        }

        throw new InvalidOperationException("TaskAdmission.sln not found above " + AppContext.BaseDirectory);
    }
}

using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Testing;

namespace TaskAdmission.Core.Tests.Lists;

/// <summary>The demo reference data (<see cref="RepositoryPaths.ReferenceDataFolder"/>) as the list tests read it.</summary>
internal static class ReferenceData
{
    public static string Directory => RepositoryPaths.ReferenceDataFolder;

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
}

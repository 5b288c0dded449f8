using TaskAdmission.Testing;

namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>Reads BPMN fixtures from the repository's workflows folder.</summary>
internal static class Fixtures
{
    public static string Path(string folder, string name) => RepositoryPaths.Combine("workflows", folder, name);

    public static string Read(string folder, string name) => File.ReadAllText(Path(folder, name));
}

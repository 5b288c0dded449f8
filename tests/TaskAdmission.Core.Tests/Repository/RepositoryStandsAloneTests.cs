using TaskAdmission.Testing;

namespace TaskAdmission.Core.Tests.Repository;

/// <summary>
/// The repository must build, run and pass its tests in a clone with nothing beside it: no source, test, doc or
/// script may point at a folder outside the repository (the team's briefing folder lives beside it on build machines).
/// </summary>
public sealed class RepositoryStandsAloneTests
{
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts"];
    private static readonly string[] TextExtensions =
        [".cs", ".razor", ".md", ".sh", ".ps1", ".csproj", ".props", ".json", ".js", ".css", ".sql", ".bpmn", ".xml", ".resx", ".yml", ".yaml", ".txt", ".csv", ""];

    // Built from parts so neither this test nor a plain text search of the tree finds the paths in this file itself.
    private const string Briefing = "sha" + "red";
    private static readonly string[] OutsidePaths =
        ["../" + Briefing, "..\\" + Briefing, Briefing + "/reference-data", Briefing + "/domain.md", Briefing + "/stack.md"];

    [Fact]
    public void TrackedFiles_NeverReferToTheBriefingFolderBesideTheRepository()
    {
        var offenders = EnumerateFiles(RepositoryPaths.Root)
            .Where(f => TextExtensions.Contains(Path.GetExtension(f)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => OutsidePaths.Any(p => l.Text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Files refer to a folder outside the repository:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void ReferenceData_TheTestsReadLivesInsideTheRepository()
    {
        var full = Path.GetFullPath(RepositoryPaths.ReferenceDataFolder);
        Assert.StartsWith(Path.GetFullPath(RepositoryPaths.Root), full, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(full, "demo-lists.csv")), "demo-lists.csv is missing from " + full);
    }

    private static IEnumerable<string> EnumerateFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            yield return file;
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (SkippedFolders.Contains(name) || name.StartsWith('.') && name != ".ci")
            {
                continue;
            }
            foreach (var file in EnumerateFiles(sub))
            {
                yield return file;
            }
        }
    }
}

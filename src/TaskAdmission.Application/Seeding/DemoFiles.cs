namespace TaskAdmission.Application.Seeding;

/// <summary>The reference CSVs in Seeding/Demo, embedded so a published app can seed without the repository.</summary>
public static class DemoFiles
{
    public static Stream Open(string fileName) =>
        typeof(DemoFiles).Assembly.GetManifestResourceStream($"TaskAdmission.Application.Seeding.Demo.{fileName}")
        ?? throw new FileNotFoundException($"Embedded demo file {fileName} is missing.");
}

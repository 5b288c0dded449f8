namespace TaskAdmission.Application.Persistence.Migrations;

/// <summary>
/// Reads a migration's DDL from an embedded .sql file. Migrations are hand-written (dotnet-ef does not restore
/// here); each provider's DDL was produced with <c>schema-script</c> and reviewed before it was committed.
/// </summary>
internal static class EmbeddedSql
{
    public static string Read(string provider, string name)
    {
        var resource = $"TaskAdmission.Application.Persistence.Migrations.{provider}.{name}.sql";
        using var stream = typeof(EmbeddedSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

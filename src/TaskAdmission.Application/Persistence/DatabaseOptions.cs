using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Application.Persistence;

/// <summary>Which database the app uses (<c>Database:Provider</c>) and where (<c>ConnectionStrings:Default</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Filled from ConnectionStrings:Default; for SQLite the default file is data/taskadmission.db.</summary>
    public string? ConnectionString { get; set; }
}

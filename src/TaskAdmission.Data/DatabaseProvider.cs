namespace TaskAdmission.Data;

/// <summary>The supported database providers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

namespace TaskAdmission.Application.Persistence;

/// <summary>The supported database providers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

using Microsoft.EntityFrameworkCore;

namespace TaskAdmission.Application.Persistence;

/// <summary>The embedded default provider; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

using Microsoft.EntityFrameworkCore;

namespace TaskAdmission.Application.Persistence;

/// <summary>The server provider; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

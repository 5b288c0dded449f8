using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

/// <summary>
/// The hand-written migrations must build exactly the schema the model describes. EF's own pending-changes check
/// cannot help without a model snapshot, so this compares a migrated database with an EnsureCreated one.
/// </summary>
public sealed class MigrationDriftTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrate_BuildsTheModelSchema_ForEachProvider(DatabaseProvider provider)
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider, "drift_migrated");
        await using var createdDb = await TestDatabase.CreateAsync(provider, "drift_created");
        await using (var migrated = TestContexts.Open(migratedDb))
        {
            await migrated.Database.MigrateAsync();
        }
        await using (var created = TestContexts.Open(createdDb))
        {
            await created.Database.EnsureCreatedAsync();
        }

        await using var a = TestContexts.Open(migratedDb);
        await using var b = TestContexts.Open(createdDb);
        var fromMigrations = await SchemaReader.ReadAsync(a);
        var fromModel = await SchemaReader.ReadAsync(b);

        Assert.NotEmpty(fromModel);
        Assert.True(fromModel.SequenceEqual(fromMigrations),
            "Model and migrations differ. Only in the model:\n  " + string.Join("\n  ", fromModel.Except(fromMigrations)) +
            "\nOnly in the migrations:\n  " + string.Join("\n  ", fromMigrations.Except(fromModel)) +
            "\nWrite a migration (scripts/new-migration.sh) for the change.");
    }
}

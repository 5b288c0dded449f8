using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

/// <summary>
/// <see cref="Persistence.AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> detects changes once per save and turns
/// automatic detection off for the save's own enumerations: a change made to a tracked row without any call that detects
/// it is still written, with audit rows in the same save or without, and automatic detection is back on after the
/// save — also after one that failed — so the next change is written too.
/// </summary>
public abstract class SaveChangesDetectionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly ChinaClock Clock = new(TimeProvider.System);
    private TestDatabase database = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "savedetect");
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ChangesToTrackedRows_AreWritten_WithAndWithoutAuditRows_AndAfterAFailedSave()
    {
        await using (var db = TestContexts.Open(database))
        {
            var unit = new OrgUnit { Code = "990199000000", Kind = OrgUnitKind.Township, NameZh = "检测镇", NameEn = "Detect Town" };
            db.OrgUnits.Add(unit);
            await db.SaveChangesAsync();

            unit.NameZh = "检测镇一";
            new AuditLog(db, Clock).Record("alice", "org.rename", $"org:{unit.Code}");
            await db.SaveChangesAsync();
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);

            unit.NameEn = "Detect Town One";
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.SaveChangesAsync(new CancellationToken(canceled: true)));
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            await db.SaveChangesAsync();
        }
        await using (var db = TestContexts.Open(database))
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == "990199000000");
            Assert.Equal(("检测镇一", "Detect Town One"), (unit.NameZh, unit.NameEn));
            Assert.Equal("org:990199000000", Assert.Single(await db.AuditEntries.AsNoTracking().ToListAsync()).Subject);

            unit.NameZh = "检测镇二";
            await db.SaveChangesAsync();
        }
        await using (var db = TestContexts.Open(database))
        {
            Assert.Equal("检测镇二", (await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == "990199000000")).NameZh);
        }
    }
}

public sealed class SqliteSaveChangesDetectionTests() : SaveChangesDetectionTests(DatabaseProvider.Sqlite);

public sealed class PostgresSaveChangesDetectionTests() : SaveChangesDetectionTests(DatabaseProvider.Postgres);

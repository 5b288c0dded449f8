using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests;

public abstract class OrganisationServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "orgstore");
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static OrganisationService Store(AppDbContext db) => new(db, new AuditLog(db, ChinaClock.System));

    [Fact]
    public async Task ImportUnits_WritesNothing_WhenAnyLineIsBad()
    {
        await using var db = TestContexts.Open(database);
        var csv = "code,parent_code,kind,name_zh,name_en\n990000000000,,City,示范市,Demo\n990100000000,990000000000,District,青山区,Qingshan\n990100100100,990100000000,Village,石桥村,Shiqiao\n";

        var result = await Store(db).ImportUnitsAsync(new StringReader(csv), Actor.SystemAdministrator("test"));

        Assert.False(result.Ok);
        await using var check = TestContexts.Open(database);
        Assert.Equal(0, await check.OrgUnits.CountAsync());
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task ImportUnits_WritesTreeAndAudit_WhenFileIsGood()
    {
        await using var db = TestContexts.Open(database);
        var csv = "code,parent_code,kind,name_zh,name_en\n990000000000,,City,示范市,Demo\n990100000000,990000000000,District,青山区,Qingshan\n";

        var result = await Store(db).ImportUnitsAsync(new StringReader(csv), Actor.SystemAdministrator("tester"));

        Assert.True(result.Ok);
        await using var check = TestContexts.Open(database);
        Assert.Equal(["990000000000", "990100000000"], await check.OrgUnits.OrderBy(u => u.Code).Select(u => u.Code).ToListAsync());
        var audit = await check.AuditEntries.SingleAsync();
        Assert.Equal(("tester", "org.import"), (audit.Actor, audit.Action));
    }
}

public sealed class SqliteOrgStoreTests() : OrganisationServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresOrgStoreTests() : OrganisationServiceTests(DatabaseProvider.Postgres);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.DataFields;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// The pre-check path's read caches (the org tree, verified API keys, departments, lists in force, the data-field
/// dictionary) never outlive a change: a new village is targetable by the next pre-check, a revoked key is refused by
/// the next request, a newly published list version is cited by the next pre-check, a new data field is known to it, on
/// either database. On PostgreSQL, where the caches serve, a change written by another connection (as another node
/// writes) reaches them too.
/// </summary>
public abstract class ReadCacheTests(ApplicationHost app)
{
    private static readonly Actor Admin = Actor.SystemAdministrator("read-cache-test");
    protected readonly VillageScenario Scenario = new(app.Services);

    [Fact]
    public async Task NewVillage_IsTargetableByTheNextPrecheck_AtOnce()
    {
        var code = NewVillageCode();
        await PrecheckAsync(VillageScenario.Shiqiao);
        await PrecheckAsync(VillageScenario.Shiqiao);
        var before = await Assert.ThrowsAsync<RefusalException>(() => PrecheckAsync(code));
        Assert.Contains(before.Problems, p => p.Code == "UnknownOrgUnit");

        var imported = await Scenario.WithAsync<OrganisationService, bool>(async o =>
            (await o.ImportUnitsAsync(new StringReader($"code,parent_code,kind,name_zh,name_en\n{code},{VillageScenario.Shiqiao},Village,缓存测试村,Cache Test\n"), Admin)).Ok);

        Assert.True(imported);
        Assert.Contains(code, await PrecheckAsync(code));
        Assert.Contains(code, await PrecheckAsync(VillageScenario.Shiqiao));
    }

    [Fact]
    public async Task MovedVillage_IsCheckedUnderItsNewTownship_ByTheNextPrecheck()
    {
        await RequireLiveCachesAsync();
        var code = NewVillageCode();
        Assert.True(await ImportAsync(code, VillageScenario.Shiqiao));
        // Twice: the second pre-check is served the tree, and the villages under 石桥镇 worked out with it, from the cache.
        await CheckAsync(VillageScenario.Shiqiao);
        var before = await CheckAsync(VillageScenario.Shiqiao);
        Assert.Equal(VillageScenario.Shiqiao, Assert.Single(before.Context.Villages, v => v.VillageCode == code).TownshipCode);

        Assert.True(await ImportAsync(code, VillageScenario.Hewan));

        Assert.DoesNotContain((await CheckAsync(VillageScenario.Shiqiao)).Context.Villages, v => v.VillageCode == code);
        var moved = Assert.Single((await CheckAsync(VillageScenario.Hewan)).Context.Villages, v => v.VillageCode == code);
        Assert.Equal((VillageScenario.Hewan, VillageScenario.Qingshan), (moved.TownshipCode, moved.DistrictCode));
        var both = await CheckAsync(VillageScenario.Qingshan);
        Assert.Equal(both.Context.Villages.Select(v => v.VillageCode).Order(StringComparer.Ordinal), both.Context.Villages.Select(v => v.VillageCode));
        Assert.Equal(VillageScenario.Hewan, Assert.Single(both.Context.Villages, v => v.VillageCode == code).TownshipCode);
        // Several targets, overlapping: each village once, in code order, as the district's own expansion gives them.
        var request = VillageScenario.Input(await Scenario.TodayAsync(), "缓存测试走访", [code, VillageScenario.Hewan, VillageScenario.Shiqiao]).Request;
        var several = await Scenario.WithAsync<PrecheckService, PrecheckPreparation>(p => p.PrecheckAsync(request, AppLanguage.ZhCn));
        Assert.Equal(
            both.Context.Villages.Where(v => v.TownshipCode is VillageScenario.Hewan or VillageScenario.Shiqiao).Select(v => (v.VillageCode, v.TownshipCode, v.DistrictCode)),
            several.Context.Villages.Select(v => (v.VillageCode, v.TownshipCode, v.DistrictCode)));
    }

    private Task<bool> ImportAsync(string village, string township) =>
        Scenario.WithAsync<OrganisationService, bool>(async o =>
            (await o.ImportUnitsAsync(new StringReader($"code,parent_code,kind,name_zh,name_en\n{village},{township},Village,缓存搬迁村,Moved Village\n"), Admin)).Ok);

    [Fact]
    public async Task RevokedKey_IsRefusedByTheNextRequest()
    {
        var (id, plain) = await IssueAsync();
        Assert.NotNull(await FindAsync(plain));
        Assert.NotNull(await FindAsync(plain));

        Assert.True(await Scenario.WithAsync<ApiKeyService, bool>(k => k.RevokeAsync(id, Admin)));

        Assert.Null(await FindAsync(plain));
    }

    [Fact]
    public async Task WrongSecret_WithTheSamePrefix_IsRefused_WhileTheRightKeyIsCached()
    {
        var (_, plain) = await IssueAsync();
        Assert.NotNull(await FindAsync(plain));
        Assert.NotNull(await FindAsync(plain));
        var forged = plain[..^4] + (plain.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        Assert.Null(await FindAsync(forged));
        Assert.NotNull(await FindAsync(plain));
    }

    [Fact]
    public async Task PublishedListVersion_IsCitedByTheNextPrecheck()
    {
        var (city, label, admin, draft, before) = await DraftNextCityVersionAsync();
        Assert.DoesNotContain(before.Result.Findings, f => f.ListSet?.Contains(label, StringComparison.Ordinal) == true);

        await Scenario.WithAsync<ListService, ListSet>(l => l.PublishAsync(draft, before.Request.StartDate, admin));

        var after = await CheckAsync(VillageScenario.ShiqiaoVillage);
        Assert.Equal(draft, after.Context.Villages[0].Lists.List!.City.SetId);
        Assert.Contains(after.Result.Findings, f => f.ListSet?.Contains($"{city.AuthorityCode} {label}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task NewDataField_IsKnownToTheNextPrecheck()
    {
        await RequireLiveCachesAsync();
        var name = $"缓存字段{Interlocked.Increment(ref next)}";
        Assert.DoesNotContain((await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Fields.Fields, f => f.Name == name);
        Assert.DoesNotContain((await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Fields.Fields, f => f.Name == name);

        await Scenario.WithAsync<DataFieldService, DataField>(f => f.SaveAsync(Actor.ListAdministrator("read-cache-fields", "990000000000"),
            new DataFieldInput(name, null, "测试", [$"{name}别名"])));

        var after = await CheckAsync(VillageScenario.ShiqiaoVillage);
        Assert.Equal(name, after.Context.Fields.Find($"{name}别名")?.Name);
    }

    /// <summary>On PostgreSQL the caches serve only while the listener is live: a test that ran without it would prove nothing.</summary>
    protected virtual Task RequireLiveCachesAsync() => Task.CompletedTask;

    protected static string NewVersionLabel() => $"缓存版{Interlocked.Increment(ref next)}";

    /// <summary>
    /// With the caches live: a draft of the next version of the city's list set, and a pre-check (checked twice, so the
    /// second is served from the cache) that still cites the version in force.
    /// </summary>
    protected async Task<(ListSetRef City, string Label, Actor Admin, Guid Draft, PrecheckPreparation Before)> DraftNextCityVersionAsync()
    {
        await RequireLiveCachesAsync();
        var city = (await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Villages[0].Lists.List!.City;
        var label = NewVersionLabel();
        var admin = Actor.ListAdministrator("read-cache-lists", city.AuthorityCode);
        var draft = await Scenario.WithAsync<ListService, Guid>(l => l.CreateDraftAsync(new ListDraftHeader(city.AuthorityCode, "缓存测试清单", label), admin, city.SetId));
        await CheckAsync(VillageScenario.ShiqiaoVillage);
        var before = await CheckAsync(VillageScenario.ShiqiaoVillage);
        Assert.Equal(city.SetId, before.Context.Villages[0].Lists.List!.City.SetId);
        return (city, label, admin, draft, before);
    }

    /// <summary>A pre-check of a task aimed at <paramref name="target"/>: what it read and what it found.</summary>
    protected async Task<PrecheckPreparation> CheckAsync(string target)
    {
        var today = await Scenario.TodayAsync();
        var request = VillageScenario.Input(today, "缓存测试走访", [target]).Request;
        return await Scenario.WithAsync<PrecheckService, PrecheckPreparation>(p => p.PrecheckAsync(request, AppLanguage.ZhCn));
    }

    protected async Task<(Guid Id, string Plain)> IssueAsync()
    {
        var (key, plain) = await Scenario.WithAsync<ApiKeyService, (ApiKey, string)>(k => k.IssueAsync("CITY-MZ", "cache test", 1, Admin));
        return (key.Id, plain);
    }

    protected Task<ApiKey?> FindAsync(string plain) => Scenario.WithAsync<ApiKeyService, ApiKey?>(k => k.FindActiveAsync(plain));

    /// <summary>The village codes a pre-check of a task aimed at <paramref name="target"/> checked.</summary>
    protected async Task<List<string>> PrecheckAsync(string target)
    {
        var today = await Scenario.TodayAsync();
        var request = VillageScenario.Input(today, "缓存测试走访", [target]).Request;
        var checkedBy = await Scenario.WithAsync<PrecheckService, PrecheckPreparation>(p => p.PrecheckAsync(request, AppLanguage.ZhCn));
        return [.. checkedBy.Context.Villages.Select(t => t.VillageCode)];
    }

    protected static int next = 900;

    /// <summary>A village code under 石桥镇 that no other test of this process uses.</summary>
    protected static string NewVillageCode() => $"990100100{Interlocked.Increment(ref next):D3}";
}

public sealed class SqliteReadCacheTests(SqliteApplicationHost app) : ReadCacheTests(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresReadCacheTests(PostgresApplicationHost app) : ReadCacheTests(app), IClassFixture<PostgresApplicationHost>
{
    private readonly VillageInboxCache feed = app.Services.GetRequiredService<VillageInboxCache>();

    [Fact]
    public async Task VillageInsertedByAnotherConnection_ReachesTheCachedOrgTree()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.IsLive)), "the notification listener is not connected: nothing is cached, the test would prove nothing");
        var code = NewVillageCode();
        await PrecheckAsync(VillageScenario.Shiqiao);
        await Assert.ThrowsAsync<RefusalException>(() => PrecheckAsync(code));

        await ExecuteAsync($"""INSERT INTO org_units ("Code", "ParentCode", "Kind", "NameZh", "NameEn") VALUES ('{code}', '{VillageScenario.Shiqiao}', 'Village', '外节点新村', 'Other Node Village')""");

        Assert.True(await Eventually.TrueAsync(async () => (await PrecheckAsync(VillageScenario.Shiqiao)).Contains(code)), "the cached org tree never saw the new village");
        Assert.Contains(code, await PrecheckAsync(code));
    }

    [Fact]
    public async Task KeyRevokedByAnotherConnection_IsRefused()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.IsLive)), "the notification listener is not connected: nothing is cached, the test would prove nothing");
        var (id, plain) = await IssueAsync();
        Assert.NotNull(await FindAsync(plain));
        Assert.NotNull(await FindAsync(plain));

        await ExecuteAsync($"""UPDATE api_keys SET "RevokedAtUtc" = now() AT TIME ZONE 'utc', "RevokedBy" = 'other-node' WHERE "Id" = '{id}'""");

        Assert.True(await Eventually.TrueAsync(async () => await FindAsync(plain) is null), "a key revoked on another node was still accepted");
    }

    [Fact]
    public async Task LastUseStamp_DoesNotSignalAKeyChange()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.IsLive)), "the notification listener is not connected");
        var (id, plain) = await IssueAsync();
        Assert.NotNull(await FindAsync(plain));
        var generation = feed.Generation(VillageInboxCache.KeysChanged);

        await ExecuteAsync($"""UPDATE api_keys SET "LastUsedAtUtc" = now() AT TIME ZONE 'utc' WHERE "Id" = '{id}'""");
        await ExecuteAsync($"""UPDATE api_keys SET "Name" = 'renamed' WHERE "Id" = '{id}'""");

        // Notifications arrive in commit order: once the rename's has, the stamp's would have too.
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.Generation(VillageInboxCache.KeysChanged) > generation)), "renaming a key sent nothing");
        Assert.Equal(generation + 1, feed.Generation(VillageInboxCache.KeysChanged));
    }

    protected override async Task RequireLiveCachesAsync() =>
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.IsLive)), "the notification listener is not connected: nothing is cached, the test would prove nothing");

    [Fact]
    public async Task ListVersionPublishedByAnotherConnection_IsCitedByThePrecheck()
    {
        var (city, label, admin, draft, before) = await DraftNextCityVersionAsync();
        var from = before.Request.StartDate;

        // What another node's publish writes: the old version closes the day before, the draft is published from the date.
        await ExecuteAsync($"""
            UPDATE list_sets SET "EffectiveTo" = DATE '{from.AddDays(-1):yyyy-MM-dd}' WHERE "Id" = '{city.SetId}';
            UPDATE list_sets SET "Status" = 'Published', "EffectiveFrom" = DATE '{from:yyyy-MM-dd}', "PublishedAt" = now(), "PublishedBy" = 'other-node' WHERE "Id" = '{draft}'
            """, rows: 2);

        Assert.True(await Eventually.TrueAsync(async () => (await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Villages[0].Lists.List!.City.SetId == draft),
            "the cached lists in force never saw the version another node published");
        Assert.Contains((await CheckAsync(VillageScenario.ShiqiaoVillage)).Result.Findings, f => f.ListSet?.Contains(label, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task DataFieldAddedByAnotherConnection_ReachesTheCachedDictionary()
    {
        await RequireLiveCachesAsync();
        var name = $"外节点字段{Interlocked.Increment(ref next)}";
        Assert.Null((await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Fields.Find(name));
        Assert.Null((await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Fields.Find(name));

        await ExecuteAsync($"""INSERT INTO data_fields ("Id", "Name", "Group", "Synonyms", "UpdatedBy", "UpdatedAtUtc") VALUES ('{Guid.NewGuid()}', '{name}', '测试', '', 'other-node', now())""");

        Assert.True(await Eventually.TrueAsync(async () => (await CheckAsync(VillageScenario.ShiqiaoVillage)).Context.Fields.Find(name) is not null),
            "the cached data-field dictionary never saw the field another node added");
    }

    private async Task ExecuteAsync(string sql, int rows = 1)
    {
        var connectionString = await Scenario.WithAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        Assert.Equal(rows, await command.ExecuteNonQueryAsync());
    }
}

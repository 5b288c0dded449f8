using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// Lists in force for a village (city set of 500 items + district refinement of 100), warm: the merged view is
/// cached. <see cref="Resolve"/> is the domain call alone; <see cref="StoreOnSqlite"/> is what a request pays —
/// a fresh DbContext, the org chain and the set headers from a SQLite file, then the cached merge. Goal: ≤ 1 ms.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ListsInForceBenchmarks
{
    private static readonly DateOnly Date = new(2025, 6, 1);
    private readonly AuthorityChain chain = new(ListsBenchmarkData.City, ListsBenchmarkData.District);
    private readonly MergedListCache cache = new();
    private readonly MergedListCache storeCache = new();
    private readonly PublishedListItems storeItems = new();
    private ListsInForceResolver resolver = default!;
    private List<ListSet> candidates = [];
    private string folder = "";
    private DbContextOptions<SqliteAppDbContext> options = default!;

    // Synchronous on purpose: the in-process toolchain does not await an async [GlobalSetup].
    [GlobalSetup]
    public void Setup()
    {
        var cityItems = ListsBenchmarkData.CityItems();
        var city = ListsBenchmarkData.Set(ListsBenchmarkData.City, "2025版", new DateOnly(2025, 1, 1), null, cityItems);
        var older = ListsBenchmarkData.Set(ListsBenchmarkData.City, "2024版", new DateOnly(2024, 1, 1), null, ListsBenchmarkData.CityItems());
        older.EffectiveTo = new DateOnly(2024, 12, 31);
        var district = ListsBenchmarkData.Set(ListsBenchmarkData.District, "2025版", new DateOnly(2025, 3, 1), city.Id, ListsBenchmarkData.DistrictItems(cityItems));
        candidates = [older, city, district];
        resolver = new ListsInForceResolver(cache);
        Check(resolver.Resolve(chain, Date, candidates), 560);

        folder = Directory.CreateTempSubdirectory("ta-bench-").FullName;
        options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}").AddInterceptors(AuditChainCommitInterceptor.Instance).Options;
        SeedAsync(cityItems).GetAwaiter().GetResult();
        Check(StoreOnSqlite().GetAwaiter().GetResult().Lists!, 560);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public ListsInForce Resolve() => resolver.Resolve(chain, Date, candidates);

    [Benchmark]
    public async Task<InForceLookup> StoreOnSqlite()
    {
        await using var db = new SqliteAppDbContext(options);
        return await Store(db).InForceAsync(ListsBenchmarkData.Village, Date);
    }

    private ListService Store(AppDbContext db) => new(db, new AuditLog(db, ChinaClock.System), ChinaClock.System, storeCache, storeItems);

    private async Task SeedAsync(List<ListItem> cityItems)
    {
        await using var db = new SqliteAppDbContext(options);
        await db.Database.MigrateAsync();
        var org = new OrganisationService(db, new AuditLog(db, ChinaClock.System));
        using (var units = new StreamReader(DemoFiles.Open("demo-org-units.csv")))
        {
            await org.ImportUnitsAsync(units, Actor.SystemAdministrator("bench"));
        }

        var store = Store(db);
        var actor = Actor.ListAdministrator("bench", ListsBenchmarkData.City);
        var cityId = await ImportAndPublishAsync(store, actor, ListsBenchmarkData.City, null, cityItems, new DateOnly(2025, 1, 1));
        await ImportAndPublishAsync(store, actor, ListsBenchmarkData.District, cityId, ListsBenchmarkData.DistrictItems(cityItems), new DateOnly(2025, 3, 1));
    }

    private static async Task<Guid> ImportAndPublishAsync(ListService store, Actor actor, string authority, Guid? parent, List<ListItem> items, DateOnly from)
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes(ListsBenchmarkData.Csv(items)));
        var imported = await store.ImportDraftAsync(new ListDraftHeader(authority, "基准清单", "2025版", parent), csv, ListFileFormat.Csv, actor);
        return (await store.PublishAsync(imported.SetId!.Value, from, actor)).Id;
    }

    private static void Check(ListsInForce lists, int expectedItems)
    {
        if (!lists.IsInForce || lists.Items.Count != expectedItems || lists.List.District is null)
        {
            throw new InvalidOperationException($"unexpected lists in force: {lists.Items.Count} items");
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: BenchmarkDotNet's generated project would restore ASP.NET Core packages the mirror lacks
            // (they come with the shared framework here).
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column());
        }
    }
}

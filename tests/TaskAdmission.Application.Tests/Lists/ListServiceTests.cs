using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Diff;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using static TaskAdmission.Application.Tests.Lists.ListFixtures;

namespace TaskAdmission.Application.Tests.Lists;

public abstract class ListServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly Jan1 = new(2025, 1, 1);
    private TestDatabase database = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "liststore");
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
        await SeedOrgAsync(db);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<Guid> ImportAsync(string authority, string version, string csv, Guid? parent = null, Actor? actor = null)
    {
        await using var db = TestContexts.Open(database);
        var outcome = await Store(db).ImportDraftAsync(new ListDraftHeader(authority, "示范清单", version, parent), Csv(csv), ListFileFormat.Csv, actor ?? CityAdmin);
        return Assert.IsType<Guid>(outcome.SetId);
    }

    private async Task<ListSet> PublishAsync(Guid id, DateOnly from, Actor? actor = null)
    {
        await using var db = TestContexts.Open(database);
        return await Store(db).PublishAsync(id, from, actor ?? CityAdmin);
    }

    private async Task<IReadOnlyList<ListProblem>> PublishRefusedAsync(Guid id, DateOnly from, Actor? actor = null)
    {
        var refusal = await Assert.ThrowsAsync<RefusalException>(() => PublishAsync(id, from, actor));
        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        return refusal.ProblemsOf<ListProblem>();
    }

    /// <summary>A racer's result: the published set, or the refusal it got.</summary>
    private static async Task<(ListSet? Set, RefusalException? Refusal)> TryAsync(Func<Task<ListSet>> publish)
    {
        try
        {
            return (await publish(), null);
        }
        catch (RefusalException e)
        {
            return (null, e);
        }
    }

    private async Task<Guid> PublishedCityAsync(string version = "2025版", DateOnly? from = null)
    {
        var id = await ImportAsync(City, version, CityCsv);
        Assert.Equal(ListSetStatus.Published, (await PublishAsync(id, from ?? Jan1)).Status);
        return id;
    }

    [Fact]
    public async Task ImportDraft_WritesNothing_WhenAnyRowIsBad()
    {
        var csv = CityCsv + "\nAssist,XZ-99,坏行,,,市不存在局,,Survey";
        await using var db = TestContexts.Open(database);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Store(db).ImportDraftAsync(new ListDraftHeader(City, "示范清单", "2025版"), Csv(csv), ListFileFormat.Csv, CityAdmin));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        var problem = Assert.Single(refusal.ProblemsOf<ListProblem>());
        Assert.Equal((ListProblemCode.UnknownDepartment, 6, "department"), (problem.Code, problem.Row, problem.Column));
        await using var check = TestContexts.Open(database);
        Assert.Equal(0, await check.ListSets.CountAsync());
        Assert.Equal(0, await check.ListItems.CountAsync());
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action.StartsWith("list.")));
    }

    [Fact]
    public async Task ImportDraft_StoresDepartmentCodesAndAudits_WhenFileNamesDepartments()
    {
        var id = await ImportAsync(City, "2025版", CityCsv);

        await using var check = TestContexts.Open(database);
        var set = await check.ListSets.Include(s => s.Items).SingleAsync(s => s.Id == id);
        Assert.Equal(ListSetStatus.Draft, set.Status);
        Assert.Equal("CITY-MZ", set.Items.Single(i => i.Code == "XZ-03").DepartmentCode);
        Assert.Equal(DemandKind.Survey | DemandKind.FieldWork | DemandKind.Ledger, set.Items.Single(i => i.Code == "XZ-03").AllowedDemands);
        var audit = await check.AuditEntries.SingleAsync(a => a.Subject == $"listset:{id}");
        Assert.Equal(("cityadmin", "list.import"), (audit.Actor, audit.Action));
    }

    [Fact]
    public async Task Publish_ClosesPreviousVersionTheDayBefore_WhenNewVersionStarts()
    {
        var v2025 = await PublishedCityAsync();
        var v2026 = await ImportAsync(City, "2026版", CityCsv);

        var result = await PublishAsync(v2026, new DateOnly(2026, 1, 1));

        Assert.Equal(v2026, result.Id);
        await using var check = TestContexts.Open(database);
        var old = await check.ListSets.SingleAsync(s => s.Id == v2025);
        var current = await check.ListSets.SingleAsync(s => s.Id == v2026);
        Assert.Equal(new DateOnly(2025, 12, 31), old.EffectiveTo);
        Assert.Equal((ListSetStatus.Published, (DateOnly?)new DateOnly(2026, 1, 1), (DateOnly?)null), (current.Status, current.EffectiveFrom, current.EffectiveTo));
        Assert.Equal(["list.close", "list.publish"], await check.AuditEntries.Where(a => a.Action == "list.close" || a.Action == "list.publish")
            .Where(a => a.Details!.Contains(v2026.ToString()) || a.Subject == $"listset:{v2026}").OrderBy(a => a.Action).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Publish_Refused_WhenEffectiveDatesOverlapAnEarlierVersion()
    {
        await PublishedCityAsync();
        await PublishAsync(await ImportAsync(City, "2025修订版", CityCsv), new DateOnly(2025, 7, 1));
        var late = await ImportAsync(City, "补充版", CityCsv);

        var problems = await PublishRefusedAsync(late, new DateOnly(2025, 3, 1));

        Assert.Contains(problems, p => p.Code == ListProblemCode.OverlapsExistingVersion && p.Arguments[0] == "2025版");
        await using var check = TestContexts.Open(database);
        Assert.Equal(ListSetStatus.Draft, (await check.ListSets.SingleAsync(s => s.Id == late)).Status);
        Assert.Equal(new DateOnly(2025, 6, 30), (await check.ListSets.SingleAsync(s => s.VersionLabel == "2025版")).EffectiveTo);
    }

    [Fact]
    public async Task Publish_Refused_WhenDraftHasNoItems()
    {
        await using var db = TestContexts.Open(database);
        var draft = await Store(db).CreateDraftAsync(new ListDraftHeader(City, "空清单", "空版"), CityAdmin);

        var problems = await PublishRefusedAsync(draft, Jan1);

        Assert.Equal(ListProblemCode.NoItems, Assert.Single(problems).Code);
    }

    [Fact]
    public async Task Diff_ShowsKindChange_WhenCodeIsReusedWithAnotherKindInNextVersion()
    {
        var v2025 = await PublishedCityAsync();
        var v2026 = await ImportAsync(City, "2026版", CityCsv.Replace("Autonomy,ZZ-01,召集村民会议", "Assist,ZZ-01,召集村民会议"));
        await using var db = TestContexts.Open(database);

        var diff = await Store(db).DiffAsync(v2025, v2026, CityAdmin);

        var change = Assert.Single(diff!.Value.Diff.Changes);
        Assert.Equal((ListChangeKind.Changed, "ZZ-01", true), (change.Change, change.Code, change.KindChanged));
        Assert.Equal(new ListFieldChange(ListItemField.Kind, "Autonomy", "Assist"), Assert.Single(change.Fields));
    }

    [Fact]
    public async Task ImportDraft_RefusesWithReason_WhenRefinementReallowsProhibitedItem()
    {
        var city = await PublishedCityAsync();
        await using var db = TestContexts.Open(database);
        var csv = RefinementCsv + "\nAssist,FM-01,招商引资(协助),,经济任务,,,Report,";

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Store(db).ImportDraftAsync(new ListDraftHeader(Qingshan, "青山区细化清单", "2025版"), Csv(csv), ListFileFormat.Csv, QingshanAdmin));

        var problem = Assert.Single(refusal.ProblemsOf<ListProblem>());
        Assert.Equal((ListProblemCode.ReallowsProhibited, "FM-01", 5), (problem.Code, problem.ItemCode, problem.Row));
        Assert.Equal("市级清单将“FM-01”列为负面/禁入事项，区县不得以依法协助政府工作事项重新允许。", ListMessages.Text(problem.Code, problem.Arguments, AppLanguage.ZhCn));
        Assert.False(await db.ListSets.AnyAsync(s => s.AuthorityOrgUnitCode == Qingshan));
        Assert.NotEqual(Guid.Empty, city);
    }

    [Fact]
    public async Task Publish_RefusesWithReason_WhenDraftItemReallowsProhibitedItem()
    {
        await PublishedCityAsync();
        var district = await ImportAsync(Qingshan, "2025版", RefinementCsv, actor: QingshanAdmin);
        await using (var db = TestContexts.Open(database))
        {
            // Written past the editor (as SQL or an older release might have), so that publishing is the last guard.
            db.ListItems.Add(new ListItem { Id = Guid.NewGuid(), ListSetId = district, Kind = ListKind.Assist, Code = "FM-01", TitleZh = "招商引资", AllowedDemands = DemandKind.Report });
            await db.SaveChangesAsync();
        }

        var problems = await PublishRefusedAsync(district, new DateOnly(2025, 3, 1), QingshanAdmin);

        Assert.Contains(problems, p => p.Code == ListProblemCode.ReallowsProhibited && p.ItemCode == "FM-01");
    }

    [Fact]
    public async Task SaveItem_RefusesWithReason_WhenDistrictItemReallowsProhibitedItem()
    {
        await PublishedCityAsync();
        var district = await ImportAsync(Qingshan, "2025版", RefinementCsv, actor: QingshanAdmin);
        await using var db = TestContexts.Open(database);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Store(db).SaveItemAsync(district, null, new ListItemInput("Assist", "FM-01", "招商引资(协助)", AllowedDemands: DemandKind.Report), QingshanAdmin));

        Assert.Equal(ListProblemCode.ReallowsProhibited, Assert.Single(refusal.ProblemsOf<ListProblem>()).Code);
        Assert.Equal(3, await db.ListItems.CountAsync(i => i.ListSetId == district));
    }

    [Fact]
    public async Task InForce_IncludesRefinement_ForVillageOfRefiningDistrict()
    {
        var city = await PublishedCityAsync();
        var district = await ImportAsync(Qingshan, "2025版", RefinementCsv, actor: QingshanAdmin);
        Assert.Equal(ListSetStatus.Published, (await PublishAsync(district, new DateOnly(2025, 3, 1), QingshanAdmin)).Status);
        await using var db = TestContexts.Open(database);

        var lookup = await Store(db).InForceAsync(ShiqiaoVillage, new DateOnly(2025, 6, 1));

        var lists = lookup.Lists!;
        Assert.True(lists.IsInForce);
        Assert.Equal((city, district), (lists.List.City.SetId, lists.List.District!.SetId));
        Assert.True(lists.TryGet("XZ-13", out var narrowed));
        Assert.Equal((EffectiveItemOrigin.DistrictOverride, DemandKind.Survey), (narrowed.Origin, narrowed.AllowedDemands));
        Assert.True(lists.TryGet("QS-01", out var sub));
        Assert.Equal(("XZ-03", EffectiveItemOrigin.DistrictSubItem), (sub.Narrows!.Code, sub.Origin));
    }

    [Fact]
    public async Task InForce_NoList_WhenDateIsBeforeEveryVersion()
    {
        await PublishedCityAsync();
        await using var db = TestContexts.Open(database);

        var lookup = await Store(db).InForceAsync(ShiqiaoVillage, new DateOnly(2024, 12, 31));

        Assert.NotNull(lookup.Unit);
        Assert.False(lookup.Lists!.IsInForce);
        Assert.Equal(ListProblemCode.NoListInForce, lookup.Lists.Problem.Code);
    }

    [Fact]
    public async Task InForce_UnknownUnit_WhenCodeDoesNotExist()
    {
        await using var db = TestContexts.Open(database);

        var lookup = await Store(db).InForceAsync("999999999999", Jan1);

        Assert.Null(lookup.Unit);
    }

    [Fact]
    public async Task InForce_ShowsNewVersion_AfterPublishInvalidatesSharedCache()
    {
        var cache = new MergedListCache();
        var items = new PublishedListItems();
        await PublishedCityAsync();
        await using (var db = TestContexts.Open(database))
        {
            Assert.True((await Store(db, cache: cache, items: items).InForceAsync(ShiqiaoVillage, new DateOnly(2026, 2, 1))).Lists!.IsInForce);
        }

        var v2026 = await ImportAsync(City, "2026版", CityCsv.Replace("召集村民会议", "召集村民会议(2026)"));
        await using (var db = TestContexts.Open(database))
        {
            Assert.Equal(ListSetStatus.Published, (await Store(db, cache: cache, items: items).PublishAsync(v2026, new DateOnly(2026, 1, 1), CityAdmin)).Status);
        }

        await using var read = TestContexts.Open(database);
        var lookup = await Store(read, cache: cache, items: items).InForceAsync(ShiqiaoVillage, new DateOnly(2026, 2, 1));
        Assert.Equal("2026版", lookup.Lists!.List!.City.VersionLabel);
        Assert.True(lookup.Lists.TryGet("ZZ-01", out var item));
        Assert.Equal("召集村民会议(2026)", item.Item.TitleZh);
    }

    [Fact]
    public async Task Publish_NotFound_WhenDistrictAdministratorPublishesCitySet()
    {
        var draft = await ImportAsync(City, "2025版", CityCsv);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => PublishAsync(draft, Jan1, QingshanAdmin));

        Assert.Equal(RefusalKind.NotFound, refusal.Kind);
        await using var check = TestContexts.Open(database);
        Assert.Equal(ListSetStatus.Draft, (await check.ListSets.SingleAsync(s => s.Id == draft)).Status);
    }

    [Fact]
    public async Task ImportDraft_NotFound_WhenDistrictAdministratorImportsForAnotherDistrict()
    {
        await PublishedCityAsync();
        await using var db = TestContexts.Open(database);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Store(db).ImportDraftAsync(new ListDraftHeader(Baishui, "白水县清单", "2025版"), Csv(RefinementCsv), ListFileFormat.Csv, QingshanAdmin));

        Assert.Equal(RefusalKind.NotFound, refusal.Kind);
    }

    [Fact]
    public async Task SaveItem_Refused_WhenSetIsPublished()
    {
        var city = await PublishedCityAsync();
        await using var db = TestContexts.Open(database);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Store(db).SaveItemAsync(city, null, new ListItemInput("Autonomy", "ZZ-99", "新增事项"), CityAdmin));

        Assert.Equal(ListProblemCode.SetNotEditable, Assert.Single(refusal.ProblemsOf<ListProblem>()).Code);
    }

    [Fact]
    public async Task Retire_KeepsAnsweringForCoveredDates_AndNoneAfterTheLastDay()
    {
        var city = await PublishedCityAsync();
        await using (var db = TestContexts.Open(database))
        {
            Assert.Equal(new DateOnly(2025, 6, 30), (await Store(db).RetireAsync(city, new DateOnly(2025, 6, 30), CityAdmin)).EffectiveTo);
        }

        await using var read = TestContexts.Open(database);
        Assert.True((await Store(read).InForceAsync(ShiqiaoVillage, new DateOnly(2025, 6, 30))).Lists!.IsInForce);
        Assert.False((await Store(read).InForceAsync(ShiqiaoVillage, new DateOnly(2025, 7, 1))).Lists!.IsInForce);
        Assert.Equal(ListSetStatus.Retired, (await read.ListSets.SingleAsync(s => s.Id == city)).Status);
    }

    [Fact]
    public async Task ImportDraft_ReadsWorkbook_WhenFormatIsXlsx()
    {
        var csvDraft = await ImportAsync(City, "CSV版", CityCsv);
        await using var db = TestContexts.Open(database);
        var store = Store(db);
        var workbook = TaskAdmission.Core.Lists.Import.ListXlsxExporter.Export((await store.FindAsync(csvDraft, CityAdmin))!.Items);

        var outcome = await store.ImportDraftAsync(new ListDraftHeader(City, "示范清单", "XLSX版"), new MemoryStream(workbook), ListFileFormat.Xlsx, CityAdmin);

        var diff = await store.DiffAsync(csvDraft, Assert.IsType<Guid>(outcome.SetId), CityAdmin);
        Assert.True(diff!.Value.Diff.IsEmpty);
    }

    [Fact]
    public async Task Publish_ExactlyOneWins_WhenTwoPublishersRaceForTheSameDraft()
    {
        var draft = await ImportAsync(City, "2025版", CityCsv);
        await using var a = TestContexts.Open(database);
        await using var b = TestContexts.Open(database);

        var results = await Task.WhenAll(
            Task.Run(() => TryAsync(() => Store(a).PublishAsync(draft, Jan1, CityAdmin))),
            Task.Run(() => TryAsync(() => Store(b).PublishAsync(draft, Jan1, CityAdmin))));

        Assert.Single(results, r => r.Set is not null);
        Assert.Single(results, r => r.Refusal is { Kind: RefusalKind.Conflict } || r.Refusal?.ProblemsOf<ListProblem>().Any(p => p.Code == ListProblemCode.NotDraft) == true);
        await using var check = TestContexts.Open(database);
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.Action == "list.publish"));
    }

    [Fact]
    public async Task Publish_ExactlyOneWins_WhenTwoDraftsOfOneAuthorityRaceForTheSameStart()
    {
        var first = await ImportAsync(City, "甲版", CityCsv);
        var second = await ImportAsync(City, "乙版", CityCsv);
        await using var a = TestContexts.Open(database);
        await using var b = TestContexts.Open(database);

        var results = await Task.WhenAll(
            Task.Run(() => TryAsync(() => Store(a).PublishAsync(first, Jan1, CityAdmin))),
            Task.Run(() => TryAsync(() => Store(b).PublishAsync(second, Jan1, CityAdmin))));

        Assert.Single(results, r => r.Set is not null);
        await using var check = TestContexts.Open(database);
        Assert.Equal(1, await check.ListSets.CountAsync(s => s.Status == ListSetStatus.Published));
    }
}

public sealed class SqliteListServiceTests() : ListServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresListServiceTests() : ListServiceTests(DatabaseProvider.Postgres);

using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Lists.Publishing;
using static TaskAdmission.Core.Tests.Lists.TestLists;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class ListsInForceResolverTests
{
    private static readonly AuthorityChain Village = new(City, District);

    [Fact]
    public void Resolve_ReturnsCityItemsFromCitySet_WhenDistrictHasNoSet()
    {
        var city = CitySet();

        var result = new ListsInForceResolver().Resolve(Village, Day(2025, 6, 1), [city]);

        Assert.True(result.IsInForce);
        Assert.Equal(city.Items.Select(i => i.Code), result.Items.Select(i => i.Code));
        Assert.All(result.Items, i => Assert.Equal((EffectiveItemOrigin.City, city.Id, "2025版"), (i.Origin, i.Source.SetId, i.Source.VersionLabel)));
        Assert.Null(result.List.District);
    }

    [Fact]
    public void Resolve_MergesOverrideSubItemAndDistrictOnly_WhenDistrictRefinesCity()
    {
        var city = CitySet();
        var district = DistrictSet(
            city,
            null,
            Item(ListKind.Autonomy, "QS-01", DemandKind.Meeting),
            Item(ListKind.Assist, "XZ-03-1", DemandKind.FieldWork, parent: "XZ-03"),
            Item(ListKind.Assist, "XZ-03", DemandKind.FieldWork | DemandKind.Survey));

        var result = new ListsInForceResolver().Resolve(Village, Day(2025, 6, 1), [district, city]);

        Assert.Equal(new[] { "XZ-03", "XZ-03-1", "ZZ-01", "FM-01", "BZ-08", "QS-01" }, result.Items.Select(i => i.Code));
        Assert.True(result.TryGet("xz-03", out var narrowed));
        Assert.Equal(EffectiveItemOrigin.DistrictOverride, narrowed.Origin);
        Assert.Equal(DemandKind.FieldWork | DemandKind.Survey, narrowed.AllowedDemands);
        Assert.Equal((District, district.Id), (narrowed.Source.AuthorityCode, narrowed.Source.SetId));
        Assert.Equal(city.Items[0].AllowedDemands, narrowed.Narrows!.AllowedDemands);
        Assert.Equal(city.Id, narrowed.NarrowsSource!.SetId);
        Assert.True(result.TryGet("XZ-03-1", out var sub));
        Assert.Equal((EffectiveItemOrigin.DistrictSubItem, "XZ-03"), (sub.Origin, sub.Narrows!.Code));
        Assert.True(result.TryGet("QS-01", out var own));
        Assert.Equal(EffectiveItemOrigin.DistrictOnly, own.Origin);
        Assert.Empty(result.List!.Warnings);
    }

    [Fact]
    public void Resolve_ReportsNoListInForce_WhenDateIsBeforeAnyVersion()
    {
        var result = new ListsInForceResolver().Resolve(Village, Day(2024, 12, 31), [CitySet()]);

        Assert.False(result.IsInForce);
        Assert.Empty(result.Items);
        Assert.Equal(ListProblemCode.NoListInForce, result.Problem.Code);
        Assert.Equal(new[] { City, "2024-12-31" }, result.Problem.Arguments);
    }

    [Fact]
    public void Resolve_IgnoresDraftsAndOtherAuthorities_WhenSelecting()
    {
        var draft = CitySet(version: "草稿");
        draft.Status = ListSetStatus.Draft;
        var other = CitySet();
        other.AuthorityOrgUnitCode = "980000000000";

        var result = new ListsInForceResolver().Resolve(Village, Day(2025, 6, 1), [draft, other]);

        Assert.False(result.IsInForce);
    }

    [Fact]
    public void Resolve_SwitchesVersionOnPublishDate_WhenNewVersionIsPublished()
    {
        var v1 = CitySet(Day(2025, 1, 1));
        var v2 = CitySet(version: "2026版");
        v2.Status = ListSetStatus.Draft;
        v2.EffectiveFrom = null;
        Assert.True(ListPublishing.Publish(v2, Day(2026, 1, 1), [v1], DateTime.UtcNow, "admin").CanPublish);
        var resolver = new ListsInForceResolver(new MergedListCache());

        var before = resolver.Resolve(Village, Day(2025, 12, 31), [v1, v2]);
        var after = resolver.Resolve(Village, Day(2026, 1, 1), [v1, v2]);

        Assert.Equal(v1.Id, before.List!.City.SetId);
        Assert.Equal(v2.Id, after.List!.City.SetId);
    }

    [Fact]
    public void Resolve_UsesRetiredSet_WhenDateFallsInItsRange()
    {
        var v1 = CitySet(Day(2025, 1, 1));
        Assert.Empty(ListPublishing.Retire(v1, Day(2025, 6, 30)));

        var inRange = new ListsInForceResolver().Resolve(Village, Day(2025, 6, 30), [v1]);
        var after = new ListsInForceResolver().Resolve(Village, Day(2025, 7, 1), [v1]);

        Assert.True(inRange.IsInForce);
        Assert.False(after.IsInForce);
    }

    [Fact]
    public void Resolve_KeepsCityProhibitionAndWarns_WhenUnvalidatedDistrictReallowsIt()
    {
        var city = CitySet();
        var district = DistrictSet(
            city,
            null,
            Item(ListKind.CertificateAllowed, "BZ-08", DemandKind.Certificate),
            Item(ListKind.Assist, "XZ-03", DemandKind.FieldWork | DemandKind.Assessment));

        var result = new ListsInForceResolver().Resolve(Village, Day(2025, 6, 1), [city, district]);

        Assert.True(result.TryGet("BZ-08", out var certificate));
        Assert.Equal((ListKind.CertificateProhibited, EffectiveItemOrigin.City), (certificate.Kind, certificate.Origin));
        Assert.True(result.TryGet("XZ-03", out var assist));
        Assert.Equal(DemandKind.FieldWork, assist.AllowedDemands);
        Assert.Equal(
            new[] { ListProblemCode.ReallowsProhibited, ListProblemCode.OverrideWidensDemands },
            result.List!.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Resolve_MergesOntoCityInForceAndWarns_WhenDistrictRefinesOlderCityVersion()
    {
        var old = CitySet(Day(2024, 1, 1), "2024版");
        old.EffectiveTo = Day(2024, 12, 31);
        var current = CitySet(Day(2025, 1, 1));
        var district = DistrictSet(old, Day(2024, 3, 1), Item(ListKind.Assist, "XZ-03", DemandKind.FieldWork));

        var result = new ListsInForceResolver().Resolve(Village, Day(2025, 6, 1), [old, current, district]);

        Assert.Equal(current.Id, result.List!.City.SetId);
        Assert.Equal(ListProblemCode.RefinementOfOtherCityVersion, Assert.Single(result.List.Warnings).Code);
        Assert.True(result.TryGet("XZ-03", out var narrowed));
        Assert.Equal(DemandKind.FieldWork, narrowed.AllowedDemands);
    }

    [Fact]
    public void Cache_ReturnsSameMergedViewAndDropsItOnInvalidate_WhenAuthorityPublishes()
    {
        var city = CitySet();
        var district = DistrictSet(city);
        var cache = new MergedListCache();
        var resolver = new ListsInForceResolver(cache);

        var first = resolver.Resolve(Village, Day(2025, 6, 1), [city, district]).List;
        var second = resolver.Resolve(Village, Day(2025, 7, 1), [city, district]).List;
        cache.Invalidate(District);
        var third = resolver.Resolve(Village, Day(2025, 7, 1), [city, district]).List;

        Assert.Same(first, second);
        Assert.NotSame(first, third);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Cache_StartsAgainEmpty_WhenItHoldsItsCapacity()
    {
        var city = CitySet();
        var older = CitySet(Day(2020, 1, 1), "旧版");
        var cache = new MergedListCache(capacity: 1);

        var first = cache.GetOrAdd(city, null);
        cache.GetOrAdd(older, null);
        var again = cache.GetOrAdd(city, null);

        Assert.Equal(1, cache.Count);
        Assert.NotSame(first, again);
        Assert.Equal(first.Items.Count, again.Items.Count);
    }

    [Fact]
    public void Resolve_ReusesTheMergedList_WhenCalledWarmForSameSets()
    {
        // The ≤ 1 ms warm goal is measured in tests/TaskAdmission.Benchmarks (ListsInForceBenchmarks), not timed here.
        var cityItems = Enumerable.Range(1, 500).Select(i => Item(ListKind.Assist, $"C-{i}", DemandKind.Report | DemandKind.FieldWork, sortOrder: i)).ToArray();
        var city = Set(City, "2025版", ListSetStatus.Published, Day(2025, 1, 1), null, null, cityItems);
        var districtItems = Enumerable.Range(1, 100).Select(i => i % 2 == 0
            ? Item(ListKind.Assist, $"C-{i}", DemandKind.Report, sortOrder: i)
            : Item(ListKind.Assist, $"C-{i}-1", DemandKind.FieldWork, parent: $"C-{i}", sortOrder: i)).ToArray();
        var district = DistrictSet(city, null, districtItems);
        ListSet[] candidates = [city, district, CitySet(Day(2020, 1, 1), "旧版")];
        var resolver = new ListsInForceResolver(new MergedListCache());

        var first = resolver.Resolve(Village, Day(2025, 6, 1), candidates);
        var second = resolver.Resolve(Village, Day(2025, 6, 1), candidates);

        Assert.Equal(550, first.Items.Count);
        Assert.Same(first.List, second.List);
    }
}

using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Lists.Search;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class ListItemSearchTests
{
    private static async Task<List<string>> SearchDemoAsync(ListItemFilter filter) =>
        ListItemSearch.Apply(await ListExportTests.DemoItemsAsync(), filter).Select(i => i.Code).ToList();

    [Fact]
    public async Task Apply_FindsChineseSubstringInTitles_WhenTextGiven()
    {
        Assert.Equal(new[] { "BZ-05" }, await SearchDemoAsync(new ListItemFilter { Text = "犯罪" }));
    }

    [Fact]
    public async Task Apply_RequiresEveryWord_WhenTextHasSeveralWords()
    {
        Assert.Equal(new[] { "XZ-03" }, await SearchDemoAsync(new ListItemFilter { Text = "社会救助 入户" }));
    }

    [Theory]
    [InlineData("zm-0", CodeMatch.Prefix, 9)]
    [InlineData("-1", CodeMatch.Contains, 41)] // 31 items and 10 lexicon entries (LX-SYN-10 … 19) since issue 11
    public async Task Apply_MatchesCode_ByPrefixOrContains(string code, CodeMatch match, int count)
    {
        Assert.Equal(count, (await SearchDemoAsync(new ListItemFilter { Code = code, CodeMatch = match })).Count);
    }

    [Fact]
    public async Task Apply_CombinesKindCategoryAndDepartment_WhenAllGiven()
    {
        var filter = new ListItemFilter
        {
            Kinds = [ListKind.Assist, ListKind.CertificateAllowed],
            Category = "社会保障",
            DepartmentCode = "市民政局",
        };

        Assert.Equal(new[] { "XZ-03", "XZ-04", "XZ-06" }, await SearchDemoAsync(filter));
    }

    [Fact]
    public void Apply_FiltersWrappedItems_WhenSelectorGiven()
    {
        var city = TestLists.CitySet();
        var inForce = new ListsInForceResolver().Resolve(new AuthorityChain(TestLists.City, null), TestLists.Day(2025, 6, 1), [city]);

        var found = ListItemSearch.Apply(inForce.Items, new ListItemFilter { Kinds = [ListKind.Prohibited] }, e => e.Item);

        Assert.Equal("FM-01", Assert.Single(found).Code);
    }
}

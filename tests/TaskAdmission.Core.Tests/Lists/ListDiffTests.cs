using System.Text;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Diff;
using static TaskAdmission.Core.Tests.Lists.TestLists;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class ListDiffTests
{
    private static (ListSet Older, ListSet Newer) Versions()
    {
        var older = CitySet();
        var newer = CitySet(version: "2026版");
        newer.Items.RemoveAll(i => i.Code == "ZZ-01");
        var xz03 = newer.Items.Single(i => i.Code == "XZ-03");
        xz03.AllowedDemands = DemandKind.FieldWork;
        xz03.TitleZh = "协助社会救助入户调查";
        newer.Items.Single(i => i.Code == "FM-01").Kind = ListKind.Assist;
        newer.Items.Add(Item(ListKind.Assist, "XZ-28", DemandKind.Survey, department: "CITY-NY", sortOrder: 5));
        return (older, newer);
    }

    [Fact]
    public void Compare_ReportsAddedRemovedAndChangedFields_WhenVersionsDiffer()
    {
        var (older, newer) = Versions();

        var diff = ListDiff.Compare(older, newer);

        Assert.Equal(new[] { "XZ-28" }, diff.Added.Select(c => c.Code));
        Assert.Equal(new[] { "ZZ-01" }, diff.Removed.Select(c => c.Code));
        var xz03 = diff.Changed.Single(c => c.Code == "XZ-03");
        Assert.Equal(
            new[]
            {
                new ListFieldChange(ListItemField.TitleZh, "事项XZ-03", "协助社会救助入户调查"),
                new ListFieldChange(ListItemField.AllowedDemands, "Ledger;Survey;FieldWork", "FieldWork"),
            },
            xz03.Fields);
        Assert.False(xz03.KindChanged);
    }

    [Fact]
    public void Compare_ShowsKindChange_WhenCodeIsReusedWithAnotherKind()
    {
        var (older, newer) = Versions();

        var fm01 = ListDiff.Compare(older, newer).Changed.Single(c => c.Code == "FM-01");

        Assert.True(fm01.KindChanged);
        Assert.Equal(new ListFieldChange(ListItemField.Kind, "Prohibited", "Assist"), Assert.Single(fm01.Fields));
    }

    [Fact]
    public void Compare_ReturnsEmpty_WhenVersionsAreEqual()
    {
        Assert.True(ListDiff.Compare(CitySet(), CitySet()).IsEmpty);
    }

    [Fact]
    public void ForDepartment_KeepsChangesOfItemsTheDepartmentOwnsInEitherVersion()
    {
        var (older, newer) = Versions();
        newer.Items.Single(i => i.Code == "XZ-03").DepartmentCode = "CITY-NY";

        var diff = ListDiff.Compare(older, newer);

        Assert.Equal(new[] { "XZ-03", "XZ-28" }, diff.ForDepartment("CITY-NY").Changes.Select(c => c.Code));
        Assert.Equal(new[] { "XZ-03" }, diff.ForDepartment("city-mz").Changes.Select(c => c.Code));
    }

    [Fact]
    public async Task ExportAsync_WritesOneRowPerFieldAndPerAddedOrRemovedItem()
    {
        var (older, newer) = Versions();

        var bytes = await ListDiffCsvExporter.ExportAsync(ListDiff.Compare(older, newer));

        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "change,code,field,old,new",
                "Changed,XZ-03,TitleZh,事项XZ-03,协助社会救助入户调查",
                "Changed,XZ-03,AllowedDemands,Ledger;Survey;FieldWork,FieldWork",
                "Changed,FM-01,Kind,Prohibited,Assist",
                "Added,XZ-28,,,事项XZ-28",
                "Removed,ZZ-01,,事项ZZ-01,",
            },
            lines);
    }
}

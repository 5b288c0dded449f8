using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.Refinement;
using static TaskAdmission.Core.Tests.Lists.TestLists;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class RefinementValidatorTests
{
    [Fact]
    public void Validate_ReturnsNoProblems_WhenDistrictNarrowsAddsSubItemAndOwnItem()
    {
        var city = CitySet();
        var district = DistrictSet(
            city,
            null,
            Item(ListKind.Assist, "XZ-03", DemandKind.FieldWork),
            Item(ListKind.Assist, "XZ-03-1", DemandKind.FieldWork, parent: "XZ-03"),
            Item(ListKind.Prohibited, "FM-01-1", parent: "FM-01"),
            Item(ListKind.Autonomy, "QS-01", DemandKind.Meeting | DemandKind.Report));

        var problems = RefinementValidator.Validate(city, district);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_RefusesWithReason_WhenDistrictReallowsCityProhibitedCode()
    {
        var city = CitySet();
        var district = DistrictSet(city, null, Item(ListKind.CertificateAllowed, "BZ-08", DemandKind.Certificate, sortOrder: 4));

        var problems = RefinementValidator.Validate(city, district);

        var problem = Assert.Single(problems, p => p.Code == ListProblemCode.ReallowsProhibited);
        Assert.Equal(("BZ-08", 5), (problem.ItemCode, problem.Row));
        Assert.Equal(new[] { "BZ-08", "CertificateProhibited", "CertificateAllowed" }, problem.Arguments);
        Assert.Equal(
            "第5行（事项 BZ-08）：市级清单将“BZ-08”列为不应出具证明事项，区县不得以可出具证明事项重新允许。",
            ListMessages.Render(problem, AppLanguage.ZhCn));
    }

    [Fact]
    public void Validate_RefusesWithReason_WhenSubItemOfProhibitedParentIsPermissive()
    {
        var city = CitySet();
        var district = DistrictSet(city, null, Item(ListKind.Assist, "FM-01-1", parent: "FM-01"));

        var problem = Assert.Single(RefinementValidator.Validate(city, district));

        Assert.Equal(ListProblemCode.ReallowsProhibited, problem.Code);
        Assert.Equal("FM-01", problem.Arguments[0]);
    }

    [Fact]
    public void Validate_RefusesOverride_WhenDemandsWiden()
    {
        var city = CitySet();
        var district = DistrictSet(city, null, Item(ListKind.Assist, "XZ-03", DemandKind.FieldWork | DemandKind.Assessment));

        var problem = Assert.Single(RefinementValidator.Validate(city, district));

        Assert.Equal((ListProblemCode.OverrideWidensDemands, "Assessment"), (problem.Code, problem.Arguments[0]));
    }

    [Fact]
    public void Validate_RefusesOverride_WhenKindChangesBetweenPermissiveKinds()
    {
        var city = CitySet();
        var district = DistrictSet(city, null, Item(ListKind.Autonomy, "XZ-03", DemandKind.FieldWork));

        var problem = Assert.Single(RefinementValidator.Validate(city, district));

        Assert.Equal(ListProblemCode.OverrideChangesKind, problem.Code);
    }

    [Fact]
    public void Validate_RefusesSubItem_WhenDemandsExceedParentAsNarrowedByDistrict()
    {
        var city = CitySet();
        var district = DistrictSet(
            city,
            null,
            Item(ListKind.Assist, "XZ-03", DemandKind.FieldWork),
            Item(ListKind.Assist, "XZ-03-1", DemandKind.Survey, parent: "XZ-03"));

        var problem = Assert.Single(RefinementValidator.Validate(city, district));

        Assert.Equal((ListProblemCode.SubItemWidensDemands, "XZ-03-1"), (problem.Code, problem.ItemCode));
        Assert.Equal(new[] { "XZ-03", "Survey" }, problem.Arguments);
    }

    [Fact]
    public void Validate_RefusesSubItem_WhenParentCodeIsNotInCitySet()
    {
        var city = CitySet();
        var district = DistrictSet(city, null, Item(ListKind.Assist, "XZ-99-1", parent: "XZ-99"));

        var problem = Assert.Single(RefinementValidator.Validate(city, district));

        Assert.Equal((ListProblemCode.UnknownParentCode, "XZ-99"), (problem.Code, problem.Arguments[0]));
    }

    [Fact]
    public void Validate_RefusesSubItem_WhenKindIsUnrelatedToParent()
    {
        var city = CitySet();
        var district = DistrictSet(city, null, Item(ListKind.CertificateAllowed, "XZ-03-1", parent: "XZ-03"));

        var problem = Assert.Single(RefinementValidator.Validate(city, district));

        Assert.Equal(ListProblemCode.SubItemKindMismatch, problem.Code);
    }

    [Fact]
    public void Validate_ReportsSetProblems_WhenDistrictPointsElsewhereAndCityIsDraft()
    {
        var city = CitySet();
        city.Status = ListSetStatus.Draft;
        var district = DistrictSet(city);
        district.ParentListSetId = Guid.NewGuid();

        var codes = RefinementValidator.Validate(city, district).Select(p => p.Code);

        Assert.Equal(new[] { ListProblemCode.ParentSetMismatch, ListProblemCode.ParentSetNotPublished }, codes);
    }

    [Fact]
    public void ValidateItems_ReportsDuplicate_WhenDistrictRepeatsCode()
    {
        var city = CitySet();

        var problems = RefinementValidator.ValidateItems(
            city.Items,
            [Item(ListKind.Autonomy, "QS-01", sortOrder: 1), Item(ListKind.Autonomy, "qs-01", sortOrder: 2)]);

        var problem = Assert.Single(problems);
        Assert.Equal((ListProblemCode.DuplicateCode, 3), (problem.Code, problem.Row));
    }

    [Theory]
    [InlineData("XZ-03", null, RefinementRole.Override)]
    [InlineData("XZ-03-1", "XZ-03", RefinementRole.SubItem)]
    [InlineData("QS-01", null, RefinementRole.DistrictOnly)]
    public void RoleOf_ClassifiesItem_ByCodeAndParent(string code, string? parent, RefinementRole role)
    {
        Assert.Equal(role, RefinementValidator.RoleOf(CitySet().Items, Item(ListKind.Assist, code, parent: parent)));
    }

    [Fact]
    public async Task ValidateItems_PointsAtFileRow_WhenItemsComeFromImport()
    {
        var text = CsvText.Header + ",parent_code\n"
            + "Assist,XZ-03-1,低保入户核查,,,,,FieldWork,XZ-03\n"
            + "\n"
            + "Assist,FM-01-1,招商引资信息报送,,,,,Report,FM-01\n";
        var import = await ListCsvImporter.ImportAsync(CsvText.Stream(text));
        Assert.True(import.Succeeded, string.Join("\n", import.Problems));

        var problem = Assert.Single(RefinementValidator.ValidateItems(CitySet().Items, import.Items));

        Assert.Equal((ListProblemCode.ReallowsProhibited, 4, "FM-01-1"), (problem.Code, problem.Row, problem.ItemCode));
    }
}

using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing;

namespace TaskAdmission.Core.Tests.Organisation;

public sealed class OrgUnitCsvImportTests
{
    private const string Header = "code,parent_code,kind,name_zh,name_en\n";
    private static readonly Dictionary<string, OrgUnit> None = new();

    private static OrgImportResult<OrgUnit> Parse(string body, IReadOnlyDictionary<string, OrgUnit>? existing = null) =>
        OrgUnitCsvImport.Parse(new StringReader(Header + body), existing ?? None);

    [Fact]
    public void Parse_ReturnsAllUnits_WhenFileIsTheDemoCity()
    {
        var path = Path.Combine(RepositoryPaths.ReferenceDataFolder, "demo-org-units.csv");

        var result = OrgUnitCsvImport.Parse(new StreamReader(path), None);

        Assert.True(result.Ok, string.Join("; ", result.Problems));
        Assert.Equal(63, result.Rows.Count);
        Assert.Equal(50, result.Rows.Count(u => u.Kind.IsVillageLevel()));
    }

    [Fact]
    public void Parse_RejectsWholeFile_WhenParentIsMissing()
    {
        var result = Parse("990000000000,,City,示范市,Demo City\n990100000000,990000000000,District,青山区,Qingshan\n990100100000,990199000000,Township,石桥镇,Shiqiao\n");

        Assert.Empty(result.Rows);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "parent_code", ImportCodes.MissingParent), (problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Parse_ReportsBothLines_WhenCodeIsDuplicated()
    {
        var result = Parse("990000000000,,City,示范市,Demo City\n990100000000,990000000000,District,青山区,Qingshan\n990100000000,990000000000,District,白水县,Baishui\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Equal(ImportCodes.DuplicateCode, problem.Code);
        Assert.Equal(["990100000000", "3"], problem.Arguments);
    }

    [Fact]
    public void Parse_ReportsCycle_WhenUnitsAreEachOthersParents()
    {
        var result = Parse("990100000000,990200000000,District,甲区,A\n990200000000,990100000000,District,乙区,B\n");

        Assert.Empty(result.Rows);
        Assert.Equal(2, result.Problems.Count(p => p.Code == ImportCodes.Cycle));
    }

    [Fact]
    public void Parse_RefusesVillageDirectlyUnderDistrict()
    {
        var result = Parse("990000000000,,City,示范市,Demo City\n990100000000,990000000000,District,青山区,Qingshan\n990100100100,990100000000,Village,石桥村,Shiqiao\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "kind", ImportCodes.WrongKindUnderParent), (problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Parse_AcceptsChildOfExistingUnit_WhenParentIsAlreadyStored()
    {
        var existing = new Dictionary<string, OrgUnit>
        {
            ["990100100000"] = new() { Code = "990100100000", ParentCode = "990100000000", Kind = OrgUnitKind.Township, NameZh = "石桥镇", NameEn = "Shiqiao" },
        };

        var result = Parse("990100100900,990100100000,Village,新村,New Village\n", existing);

        Assert.True(result.Ok);
        Assert.Equal("990100100900", Assert.Single(result.Rows).Code);
    }

    [Theory]
    [InlineData("99010010010,,City,示范市,Demo", "code", ImportCodes.BadOrgCode)]
    [InlineData("990000000000,,Metropolis,示范市,Demo", "kind", ImportCodes.UnknownOrgKind)]
    [InlineData("990000000000,,City,,Demo", "name_zh", ImportCodes.Required)]
    [InlineData("990100000000,,District,青山区,Qingshan", "parent_code", ImportCodes.ParentRequired)]
    public void Parse_NamesLineAndColumn_WhenRowIsBad(string row, string column, string code)
    {
        var problem = Assert.Single(Parse(row + "\n").Problems);

        Assert.Equal((2, column, code), (problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Parse_ReportsMissingColumn_WhenHeaderIsWrong()
    {
        var result = OrgUnitCsvImport.Parse(new StringReader("code,kind\n990000000000,City\n"), None);

        Assert.Contains(result.Problems, p => p.Code == ImportCodes.MissingColumn && p.Column == "name_zh");
        Assert.Empty(result.Rows);
    }
}

using System.Text;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class ListCsvImporterTests
{
    [Fact]
    public async Task ImportAsync_ReturnsEveryItemWithPublishedCounts_WhenDemoFile()
    {
        await using var file = File.OpenRead(ReferenceData.DemoListsCsv);

        var result = await ListCsvImporter.ImportAsync(file);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        // The demo file also carries the city's recogniser lexicon (issue 11): 88 items (BZ-00, certificates off the list, since phase 5b) and the lexicon entries.
        Assert.Equal(88, result.Items.Count(i => i.Kind.IsClaimable()));
        var counts = result.Items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[ListKind.Lexicon] > 0);
        Assert.Equal(23, counts[ListKind.Autonomy]);
        Assert.Equal(27, counts[ListKind.Assist]);
        Assert.Equal(7, counts[ListKind.Prohibited]);
        Assert.Equal(10, counts[ListKind.CertificateAllowed]);
        Assert.Equal(21, counts[ListKind.CertificateProhibited]);
        var zz22 = result.Items.Single(i => i.Code == "ZZ-22");
        Assert.Equal(DemandKind.Meeting | DemandKind.Ledger, zz22.AllowedDemands);
        Assert.Equal("Apply the 'four deliberations, two disclosures' procedure to major decisions", zz22.TitleEn);
    }

    [Fact]
    public async Task ImportAsync_ResolvesDepartmentNamesToCodes_WhenDirectoryHasAliases()
    {
        await using var file = File.OpenRead(ReferenceData.DemoListsCsv);

        var result = await ListCsvImporter.ImportAsync(file, new ListImportOptions { Departments = ReferenceData.DemoDepartments() });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("CITY-MZ", result.Items.Single(i => i.Code == "XZ-03").DepartmentCode);
        Assert.Null(result.Items.Single(i => i.Code == "ZZ-01").DepartmentCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportAsync_ReadsHeaderAndChinese_WithOrWithoutBom(bool bom)
    {
        var text = CsvText.Header + "\nAutonomy,ZZ-01,召集村民会议,Meetings,民主决策,,组织法,Meeting\n";

        var result = await ListCsvImporter.ImportAsync(CsvText.Stream(text, bom));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("召集村民会议", Assert.Single(result.Items).TitleZh);
    }

    [Theory]
    [InlineData("Foo,A-1,标题,,,,,", ListProblemCode.UnknownKind, ListColumns.Kind)]
    [InlineData("Assist,A-1,标题,,,,,Report;Dance", ListProblemCode.UnknownDemandKind, ListColumns.AllowedDemands)]
    [InlineData("Assist,,标题,,,,,", ListProblemCode.MissingCode, ListColumns.Code)]
    [InlineData("Assist,A-1,,,,,,", ListProblemCode.MissingTitleZh, ListColumns.TitleZh)]
    [InlineData("Assist,A 1,标题,,,,,", ListProblemCode.InvalidCode, ListColumns.Code)]
    [InlineData("Assist,A-1,标题,,,无此部门,,", ListProblemCode.UnknownDepartment, ListColumns.Department)]
    [InlineData("Prohibited,A-1,标题,,,,,Report", ListProblemCode.DemandsOnProhibitedItem, ListColumns.AllowedDemands)]
    [InlineData("3,A-1,标题,,,,,", ListProblemCode.UnknownKind, ListColumns.Kind)]
    public async Task ImportAsync_ReportsCodeRowAndColumn_WhenRowIsBad(string row, ListProblemCode code, string column)
    {
        var text = CsvText.Header + "\nAutonomy,OK-1,好的,,,,,\n" + row + "\n";

        var result = await CsvText.ImportAsync(text, new ListImportOptions { Departments = ReferenceData.DemoDepartments() });

        Assert.False(result.Succeeded);
        Assert.Empty(result.Items);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, 3, column), (problem.Code, problem.Row, problem.Column));
    }

    [Theory]
    [InlineData(ListColumns.Code, 33)]
    [InlineData(ListColumns.TitleZh, 501)]
    [InlineData(ListColumns.TitleEn, 501)]
    [InlineData(ListColumns.LegalBasis, 2001)]
    [InlineData(ListColumns.Category, 101)]
    public async Task ImportAsync_ReportsTooLong_WhenFieldExceedsBound(string column, int length)
    {
        var fields = new Dictionary<string, string> { [ListColumns.Kind] = "Assist", [ListColumns.Code] = "A-1", [ListColumns.TitleZh] = "标题" };
        fields[column] = new string('字', length);
        var row = string.Join(',', ListColumns.Required.Select(c => fields.GetValueOrDefault(c, "")));

        var result = await CsvText.ImportRowsAsync(row);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.TooLong, 2, column), (problem.Code, problem.Row, problem.Column));
        Assert.Equal(new[] { (length - 1).ToString(), length.ToString() }, problem.Arguments);
    }

    [Fact]
    public async Task ImportAsync_ReportsDuplicateWithFirstRow_WhenCodeRepeatsInAnyCase()
    {
        var result = await CsvText.ImportRowsAsync("Assist,A-1,一,,,,,", "Assist,B-1,二,,,,,", "Assist,a-1,三,,,,,");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.DuplicateCode, 4, ListColumns.Code), (problem.Code, problem.Row, problem.Column));
        Assert.Equal("2", problem.Arguments[1]);
    }

    [Fact]
    public async Task ImportAsync_ReadsChineseNamesOfKindsAndDemands_AsAListAdministratorTypesThem()
    {
        var result = await CsvText.ImportRowsAsync(
            "依法协助政府工作事项,A-1,协助入户调查,,,,,报表、台账",
            "负面事项,A-2,招商引资,,,,,",
            "依法自治事项,A-3,村务公开,,,,,会议；挂牌",
            "Assist,A-4,混用代码,,,,,Report;入户走访/现场工作");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(
            new[]
            {
                (ListKind.Assist, DemandKind.Report | DemandKind.Ledger),
                (ListKind.Prohibited, DemandKind.None),
                (ListKind.Autonomy, DemandKind.Meeting | DemandKind.Signboard),
                (ListKind.Assist, DemandKind.Report | DemandKind.FieldWork),
            },
            result.Items.Select(i => (i.Kind, i.AllowedDemands)));
    }

    [Fact]
    public async Task ImportAsync_ReportsEveryProblemOfEveryRow_WhenSeveralRowsAreBad()
    {
        var result = await CsvText.ImportRowsAsync(
            "Foo,,,,,,,Dance",
            "Assist,A-1,好,,,,,",
            "Autonomy,A-2,,,,,,Report;Nope");

        Assert.Empty(result.Items);
        Assert.Equal(
            new[]
            {
                (ListProblemCode.UnknownKind, 2, ListColumns.Kind),
                (ListProblemCode.MissingCode, 2, ListColumns.Code),
                (ListProblemCode.MissingTitleZh, 2, ListColumns.TitleZh),
                (ListProblemCode.UnknownDemandKind, 2, ListColumns.AllowedDemands),
                (ListProblemCode.MissingTitleZh, 4, ListColumns.TitleZh),
                (ListProblemCode.UnknownDemandKind, 4, ListColumns.AllowedDemands),
            },
            result.Problems.Select(p => (p.Code, p.Row ?? 0, p.Column ?? "")));
    }

    [Fact]
    public async Task ImportAsync_ReportsWrongFieldCount_WhenRowHasTooFewFields()
    {
        var result = await CsvText.ImportRowsAsync("Assist,A-1,标题");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.WrongFieldCount, 2), (problem.Code, problem.Row));
        Assert.Equal(new[] { "8", "3" }, problem.Arguments);
    }

    [Fact]
    public async Task ImportAsync_ReportsMalformedRow_WhenQuoteInsideUnquotedField()
    {
        var result = await CsvText.ImportRowsAsync("Assist,A-1,标\"题,,,,,");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.MalformedRow, 2), (problem.Code, problem.Row));
    }

    [Fact]
    public async Task ImportAsync_ReportsMissingColumnsOnRowOne_WhenHeaderLacksThem()
    {
        var result = await CsvText.ImportAsync("list_kind,code,title_zh\nAssist,A-1,标题\n");

        Assert.Equal(
            ListColumns.Required.Skip(3),
            result.Problems.Select(p => p.Column!));
        Assert.All(result.Problems, p => Assert.Equal((ListProblemCode.MissingColumn, 1), (p.Code, p.Row)));
    }

    [Fact]
    public async Task ImportAsync_ReportsUnknownColumn_WhenHeaderHasTypo()
    {
        var result = await CsvText.ImportAsync(CsvText.Header + ",parentcode\nAssist,A-1,标题,,,,,,X\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.UnknownColumn, 1, "parentcode"), (problem.Code, problem.Row, problem.Column));
    }

    [Theory]
    [InlineData("", ListProblemCode.EmptyFile)]
    [InlineData(CsvText.Header + "\n", ListProblemCode.NoDataRows)]
    public async Task ImportAsync_ReportsFileProblem_WhenNothingToImport(string text, ListProblemCode code)
    {
        var result = await CsvText.ImportAsync(text);

        Assert.Equal(code, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task ImportAsync_ReportsNotUtf8_WhenFileIsGbk()
    {
        // "标题" in GBK: B1EA CCE2 — not valid UTF-8.
        var bytes = Encoding.ASCII.GetBytes(CsvText.Header + "\nAssist,A-1,").Concat(new byte[] { 0xB1, 0xEA, 0xCC, 0xE2 })
            .Concat(Encoding.ASCII.GetBytes(",,,,,\n")).ToArray();

        var result = await ListCsvImporter.ImportAsync(new MemoryStream(bytes));

        Assert.Equal(ListProblemCode.NotUtf8, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task ImportAsync_StopsWithTooManyRows_WhenAboveMaxRows()
    {
        var rows = Enumerable.Range(1, 6).Select(i => $"Assist,A-{i},标题{i},,,,,");
        var text = CsvText.Header + "\n" + string.Join("\n", rows) + "\n";

        var result = await CsvText.ImportAsync(text, new ListImportOptions { MaxRows = 5 });

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.TooManyRows, 7), (problem.Code, problem.Row));
        Assert.Equal(5, result.RowsRead);
    }

    [Fact]
    public async Task ImportAsync_CapsProblemList_WhenMoreThanMaxProblems()
    {
        var rows = Enumerable.Range(1, 50).Select(i => $"Foo,A-{i},标题,,,,,");
        var text = CsvText.Header + "\n" + string.Join("\n", rows) + "\n";

        var result = await CsvText.ImportAsync(text, new ListImportOptions { MaxProblems = 10 });

        Assert.Equal(11, result.Problems.Count);
        Assert.Equal(ListProblemCode.TooManyProblems, result.Problems[^1].Code);
    }

    [Fact]
    public async Task ImportAsync_ReadsParentCodeAndNotes_WhenOptionalColumnsPresent()
    {
        var text = CsvText.Header + ",parent_code,notes\nAssist,XZ-03-1,\"低保,入户\",,,,,FieldWork,XZ-03,区县细化\n";

        var result = await CsvText.ImportAsync(text);

        var item = Assert.Single(result.Items);
        Assert.Equal(("XZ-03", "区县细化", "低保,入户"), (item.ParentCode, item.Notes, item.TitleZh));
    }

    [Fact]
    public async Task ImportAsync_ReportsSelfParent_WhenParentCodeEqualsCode()
    {
        var text = CsvText.Header + ",parent_code\nAssist,XZ-03,标题,,,,,,xz-03\n";

        var result = await CsvText.ImportAsync(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ListProblemCode.SelfParent, 2, ListColumns.ParentCode), (problem.Code, problem.Row, problem.Column));
    }

    [Fact]
    public async Task ImportAsync_ReportsStartingFileLine_WhenFieldsSpanLines()
    {
        var result = await CsvText.ImportAsync(
            CsvText.Header + "\r\nAssist,A-1,\"两行\r\n标题\",,,,,\r\n\r\nFoo,A-2,\"又是\n两行\",,,,,\r\nBar,A-3,标题,,,,,");

        Assert.Equal(new int?[] { 5, 7 }, result.Problems.Select(p => p.Row));
    }
}

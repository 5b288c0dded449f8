using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Diff;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Lists.Refinement;

namespace TaskAdmission.Core.Tests.Lists;

/// <summary>Recognisers as list data: the recognisers column and lexicon rows through import, export, diff and refinement.</summary>
public sealed class RecogniserColumnTests
{
    private const string Header = CsvText.Header + ",recognisers";

    private static Task<ListImportResult> ImportAsync(params string[] rows) =>
        CsvText.ImportAsync(Header + "\n" + string.Join("\n", rows) + "\n");

    [Fact]
    public async Task Import_KeepsPhrasesAndLexiconRows_WhenEveryPhraseParses()
    {
        var result = await ImportAsync(
            "Prohibited,FM-02,协税护税和代征税费,,,,,,\"{收缴} ~12 {税费}; 协税护税\"",
            "Lexicon,SYN-1,收缴,,synonyms,,,,代征;代收;催缴",
            "Lexicon,SYN-2,税费,,SYNONYMS,,,,税费;医保费",
            "Lexicon,PV-1,责任状,,PLEDGE_OR_VETO,,2022 意见,,责任状;一票否决");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("{收缴} ~12 {税费}; 协税护税", result.Items.Single(i => i.Code == "FM-02").Recognisers);
        Assert.Equal(LexiconFamilies.Synonyms, result.Items.Single(i => i.Code == "SYN-1").Category);
        Assert.Equal(ListKind.Lexicon, result.Items.Single(i => i.Code == "PV-1").Kind);
    }

    [Theory]
    [InlineData("招商 ~ 任务", "Phrase 2 '招商 ~ 任务', at character 4: '~' must be followed by a number of characters (1–50).")]
    [InlineData("(招商|)", "Phrase 2 '(招商|)', at character 5: '(招商|)' has an empty alternative, which matches the empty string.")]
    [InlineData("税", "Phrase 2 '税', at character 1: the single character '税' alone matches almost every notice; combine it with another term using '~'.")]
    [InlineData("{无此组} ~4 任务", "Phrase 2 '{无此组} ~4 任务', at character 1: synonym group '无此组' is not defined.")]
    [InlineData("(a|b|c|d)(e|f|g|h)(i|j|k|l)(m|n|o|p)", "Phrase 2 '(a|b|c|d)(e|f|g|h)(i|j|k|l)(m|n|o|p)', at character 1: more than 64 alternatives once expanded; it would slow every check.")]
    [InlineData("招商 ~8 任务 !村（社区）自主", "Phrase 2 '招商 ~8 任务 !村（社区）自主', at character 12: '（社区）' holds a single choice: brackets in a phrase mean 'any one of' and never match brackets in the notice (as in 村（社区）); write the word itself, or (村|社区).")]
    public async Task Import_RefusesThePhraseWithRowColumnAndCharacter_WhenItCannotBeUsed(string phrase, string english)
    {
        var result = await ImportAsync($"Prohibited,FM-01,招商引资任务,,,,,,\"招商引资; {phrase}\"");

        var problem = Assert.Single(result.Problems);
        Assert.Empty(result.Items);
        Assert.Equal(ListProblemCode.InvalidRecogniser, problem.Code);
        Assert.Equal((2, ListColumns.Recognisers), (problem.Row!.Value, problem.Column!));
        Assert.Equal("Row 2, column recognisers: " + english, ListMessages.Render(problem, AppLanguage.En));
        Assert.StartsWith("第2行“recognisers”列：第2条识别式", ListMessages.Render(problem, AppLanguage.ZhCn));
    }

    [Theory]
    [InlineData("Lexicon,X-1,名称,,NO_SUCH_FAMILY,,,,词语", ListProblemCode.UnknownLexiconFamily, ListColumns.Category)]
    [InlineData("Lexicon,X-1,名称,,APP_CHECKIN,,,,", ListProblemCode.LexiconWithoutRecognisers, ListColumns.Recognisers)]
    [InlineData("Lexicon,X-1,名称,,APP_CHECKIN,,,Report,打卡", ListProblemCode.DemandsOnLexiconEntry, ListColumns.AllowedDemands)]
    [InlineData("Lexicon,X-1,名称,,SYNONYMS,,,,代征;(代收|催缴)", ListProblemCode.InvalidSynonymMember, ListColumns.Recognisers)]
    public async Task Import_RefusesLexiconRow_WhenItIsNotALexiconEntry(string row, ListProblemCode code, string column)
    {
        var result = await ImportAsync(row);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, column), (problem.Code, problem.Column));
    }

    [Fact]
    public async Task Import_RefusesSecondGroupOfTheSameName_WithTheFirstRow()
    {
        var result = await ImportAsync("Lexicon,S-1,税费,,SYNONYMS,,,,税款", "Lexicon,S-2,稅費,,SYNONYMS,,,,医保费");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ListProblemCode.DuplicateSynonymGroup, problem.Code);
        Assert.Equal(["税费", "2"], problem.Arguments);
    }

    [Fact]
    public async Task Import_ResolvesTheCitysGroups_WhenADistrictFileUsesThem()
    {
        var row = "Prohibited,QS-FM-9,区县禁止事项,,,,,,{收缴} ~8 医保费";
        var without = await ImportAsync(row);
        var with = await CsvText.ImportAsync(Header + "\n" + row + "\n",
            new ListImportOptions { KnownGroups = new Dictionary<string, IReadOnlyList<string>> { ["收缴"] = ["代收", "催缴"] } });

        Assert.Equal(ListProblemCode.InvalidRecogniser, Assert.Single(without.Problems).Code);
        Assert.True(with.Succeeded, string.Join("\n", with.Problems));
    }

    [Fact]
    public async Task Export_WritesTheRecognisersColumnAndRoundTrips()
    {
        var imported = await ImportAsync(
            "Prohibited,FM-02,协税护税,,,,,,{收缴} ~12 医保费;协税护税",
            "Lexicon,SYN-1,收缴,,SYNONYMS,,,,代征;代收",
            "Assist,XZ-09,协助参保,,,,,Survey,");

        var again = await ListCsvImporter.ImportAsync(new MemoryStream(await ListCsvExporter.ExportAsync(imported.Items)));

        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(
            imported.Items.Select(i => (i.Code, i.Kind, i.Category, RecogniserCells.Canonical(i.Recognisers))),
            again.Items.Select(i => (i.Code, i.Kind, i.Category, RecogniserCells.Canonical(i.Recognisers))));
        Assert.Equal("{收缴} ~12 医保费; 协税护税", again.Items.Single(i => i.Code == "FM-02").Recognisers);
    }

    [Fact]
    public void Diff_ReportsChangedPhrases_ButNotSpacingOrSeparatorStyle()
    {
        ListItem Fm(string? recognisers) => new() { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资任务", Recognisers = recognisers };

        var changed = ListDiff.FieldChanges(Fm("招商引资"), Fm("招商引资; 引进 ~10 企业"));
        var restyled = ListDiff.FieldChanges(Fm("招商引资;引进 ~10 企业"), Fm(" 招商引资 ； 引进 ~10 企业 "));

        var field = Assert.Single(changed);
        Assert.Equal(new ListFieldChange(ListItemField.Recognisers, "招商引资", "招商引资; 引进 ~10 企业"), field);
        Assert.Empty(restyled);
    }

    [Fact]
    public void Merge_KeepsTheCitysPhrasesAndAddsTheDistricts_WhenADistrictOverridesAnItem()
    {
        var cityItem = TestLists.Item(ListKind.Prohibited, "FM-01");
        cityItem.Recognisers = "招商引资; 引进 ~10 企业";
        var districtItem = TestLists.Item(ListKind.Prohibited, "FM-01");
        districtItem.Recognisers = "招商引资; 乡贤招商"; // the district leaves one city phrase out and adds its own
        var city = TestLists.Set(TestLists.City, "2025版", ListSetStatus.Published, new DateOnly(2025, 1, 1), null, null, cityItem);
        var district = TestLists.Set(TestLists.District, "2025版", ListSetStatus.Published, new DateOnly(2025, 1, 1), null, city.Id, districtItem);

        var merged = new ListsInForceResolver().Resolve(new AuthorityChain(TestLists.City, TestLists.District), new DateOnly(2026, 1, 1), [city, district]);

        Assert.True(merged.TryGet("FM-01", out var item));
        Assert.Equal("招商引资; 引进 ~10 企业; 乡贤招商", item.Item.Recognisers);
    }

    [Fact]
    public void Refinement_RefusesALexiconEntry_WhenTheDistrictMovesItToAnotherFamily()
    {
        var cityEntry = TestLists.Item(ListKind.Lexicon, "PV-1");
        cityEntry.Category = LexiconFamilies.PledgeOrVeto;
        cityEntry.Recognisers = "责任状";
        var districtEntry = TestLists.Item(ListKind.Lexicon, "PV-1");
        districtEntry.Category = LexiconFamilies.Signboard;
        districtEntry.Recognisers = "责任状";

        var problems = RefinementValidator.ValidateItems([cityEntry], [districtEntry]);

        Assert.Equal(ListProblemCode.OverrideChangesLexiconFamily, Assert.Single(problems).Code);
    }
}

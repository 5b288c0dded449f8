using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// What the suggestions put first when a task's text touches several admissible items: the item its title names, since
/// the title says what the task is about and the body also names what it touches in passing.
/// </summary>
public sealed class ItemSuggesterTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Fact]
    public void Check_SuggestsTheItemTheTitleNamesFirst_WhenTheBodyMentionsOtherItemsInPassing()
    {
        // Minutes of a deliberation meeting: the body also mentions representatives chosen, the supervision committee
        // signing and the public notice board, each a phrase of another autonomy item.
        var result = fixture.Check(Base("东湾村议事会记录（村道排水沟疏通）",
            "会议由村委会主任主持。经讨论，大家同意先疏通二组排水沟；会上推选2名村民代表监督施工，记录由村务监督委员会签字确认后在公开栏公示。",
            [], D(DemandKind.Meeting)));

        Assert.Equal("ZZ-17", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheItemTheTitleNames_EvenWhenTheBodyRepeatsAnotherItemsPhrases()
    {
        var result = fixture.Check(Base("防范电信网络诈骗提示",
            "请各村在村民群转发提示：陌生来电要求转账的一律挂断；村里组织志愿者入户讲解。",
            [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "XZ-01");
    }

    [Fact]
    public void Check_SuggestsNothing_WhenTheTitleNamesAnItemButTheTextPutsProhibitedWorkOnTheVillage()
    {
        var result = fixture.Check(Base("村民议事会安排",
            "请各村负责收缴辖区农户的卫生费，收缴率不低于95%。",
            [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == Core.Admission.Precheck.PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }

    // A poster or leaflet and its posting (张贴…海报, 发放明白纸) are the form in which a village makes a thing known; the
    // thing on the poster is what the task is about. Titles here name no item, so only the body decides.

    [Fact]
    public void Check_SuggestsThePostersTopicBeforePublicity_WhenVillagesPostAPosterAboutIt()
    {
        var result = fixture.Check(Base("春季工作提示", "请各村在村口显眼位置张贴森林防火宣传海报。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-15", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheLeafletsTopicBeforePublicity_WhenVillagesHandOutLeaflets()
    {
        var result = fixture.Check(Base("近期工作提示", "请各村向群众发放医保电子凭证激活明白纸，群众自愿激活。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-09", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheTopicFirst_WhenPosterAndLeafletAreBothNamed()
    {
        var result = fixture.Check(Base("六月工作安排", "请各村张贴禁毒宣传画，并在集市上分发宣传单。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-17", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_StillSuggestsPublicity_WhenAPosterIsAllTheTextNames()
    {
        var result = fixture.Check(Base("工作提示", "请各村在人员聚集处张贴宣传海报。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "ZZ-11");
    }

    // The words of an item's own field of work, beyond its title: an approver reading these sentences names the item at once.

    [Theory]
    [InlineData("冬季值班安排", "请各村把两委成员在便民服务室轮流坐班的时间表报镇党政办，方便群众办事。", "ZZ-18")]
    [InlineData("春季护路工作", "汛后请各村组织护路员对通组路的坑槽、塌方及时处理，做好日常养护。", "ZZ-07")]
    [InlineData("庭院评比", "各村可在春节前开展一次美丽庭院评比，由妇女小组入户查看。", "ZZ-09")]
    [InlineData("集体收益", "请各村股份经济合作社年底前拟定今年的收益分配方案，报镇经管站备案。", "ZZ-05")]
    [InlineData("年审提示", "今年的低保年审已经开始，请各村对在保户逐户核对家庭人口和收入变化。", "XZ-03")]
    [InlineData("补贴告知", "县里对秸秆还田给予每亩二十元补助，请各村告知种植户自愿申报。", "ZZ-14")]
    public void Check_SuggestsTheItem_WhenTheTextUsesTheWordsOfItsFieldOfWork(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    [Theory]
    [InlineData("清明节工作提示", "请各村倡导文明祭扫、节地生态安葬，劝导群众不搞厚葬薄养。", "ZZ-12")]
    [InlineData("两违整治情况", "违法建筑的认定和拆除由区综合执法局实施，各村做好日常巡查。", "XZ-20")]
    public void Check_SuggestsTheItemFirst_WhenTheTextUsesTheWordsOfItsFieldOfWork(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Equal(item, result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheMeetingFirst_WhenAMeetingIsCalledToDeliberateAPlan()
    {
        var result = fixture.Check(Base("关于召开村民代表会议的通知", "定于本月十五日召开村民代表会议，审议本村明年的村级公益项目方案。", [], D(DemandKind.Meeting)));

        Assert.Equal("ZZ-01", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsRepairsBeforeCleaning_WhenTheToiletIsToBeRepaired()
    {
        var result = fixture.Check(Base("公共设施维修", "请各村对村内公共厕所的破损水管和照明进行维修。", [], D(DemandKind.FieldWork)));

        Assert.Equal("ZZ-07", result.SuggestedItems[0].Code);
    }

    [Theory]
    [InlineData(VerdictReason.VillageActs, 1.0)]
    [InlineData(VerdictReason.NoOtherActor, 1.0)]
    [InlineData(VerdictReason.Negated, 0.5)]
    [InlineData(VerdictReason.OtherActor, 0.5)]
    public void PhraseCount_CountsHalf_WhenTheTextNegatesTheActOrGivesItToAnotherBody(VerdictReason reason, double expected)
    {
        // 厨师的健康体检由县疾控中心组织: the topic is named, but the village's part in the task is something else.
        Assert.Equal(expected, ItemSuggester.PhraseCount([Hit(reason)]));
    }

    [Fact]
    public void PhraseCount_CountsWhole_WhenTheVillageAlsoDoesTheActElsewhere()
    {
        Assert.Equal(1.0, ItemSuggester.PhraseCount([Hit(VerdictReason.OtherActor), Hit(VerdictReason.VillageActs)]));
    }

    // An item's vocabulary names one thing several ways; one mention of it in the text counts once.

    [Fact]
    public void MatchCount_CountsOnce_WhenTwoPhrasesOfTheItemReadTheSameWords()
    {
        // 记录由村务监督委员会签字确认: (村务监督委员会|监委会) and 监督委员会 ~16 签字 read the same committee.
        const string text = "记录由村务监督委员会签字确认。";
        var count = ItemSuggester.MatchCount([Span("(村务监督委员会|监委会)", text, "村务监督委员会"), Span("监督委员会 ~16 签字", text, "监督委员会", "签字")], text);

        Assert.Equal(1.0, count);
    }

    [Fact]
    public void MatchCount_CountsEachMention_WhenThePhrasesReadDifferentWords()
    {
        const string text = "村务监督委员会审核财务票据，监委会主任列席两委会议。";
        var count = ItemSuggester.MatchCount([Span("(村务监督委员会|监委会)", text, "村务监督委员会"), Span("(监委会主任|理财小组)", text, "监委会主任")], text);

        Assert.Equal(2.0, count);
    }

    private static RecognitionHit Span(string phrase, string text, params string[] words) =>
        new(new RecogniserEntry(new ListItem { Code = "ZZ-04", Kind = ListKind.Autonomy }, null, RecogniserTarget.Admissible, null, []),
            phrase, "description", [.. words.Select(w => new EvidenceSpan("description", text.IndexOf(w, StringComparison.Ordinal), w.Length))],
            string.Concat(words), new HitVerdict(true, VerdictReason.NoOtherActor, null));

    private static RecognitionHit Hit(VerdictReason reason) =>
        new(new RecogniserEntry(new ListItem { Code = "XZ-11", Kind = ListKind.Assist }, null, RecogniserTarget.Admissible, null, []),
            "(厨师|乡村厨师) ~12 (体检|健康证)", "description", [], "厨师的健康体检", new HitVerdict(reason != VerdictReason.OtherActor, reason, null));
}

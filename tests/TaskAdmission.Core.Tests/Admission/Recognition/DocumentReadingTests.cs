using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 8 (developed on rt11 and rt12): the notice is read as a document before its sentences — to whom it
/// is addressed, what kind of paper it is, and which parts are not operative (questions, findings, practices reported,
/// sentences opening with a prohibition). Each rule has sentences that must not fire and, beside them, the same kind of
/// paper with a demand addressed to the villages, which must still fire. The sentences are written for these tests.
/// </summary>
public sealed class DocumentReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string title, string description) =>
        TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits;

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. Hits(title, description).Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    [Theory]
    // A question asks; the answer says what is done.
    [InlineData("县人社局关于就业补贴的政策解读", "问：村（社区）还要承担招商引资吗？\n答：不需要，由县投资促进局负责。")]
    // A finding reported, to its full stop.
    [InlineData("关于减负工作的通知", "督查发现，一些镇向各村下达招商引资任务。请各镇于5月底前整改到位。")]
    // A findings heading in a rectification report.
    [InlineData("关于减负督查问题的整改报告", "一、存在问题：东风镇要求各村每周在工作群打卡。\n二、整改措施：已全部停止。")]
    // An inspection done, then what it found, over the list it opens.
    [InlineData("关于文件抽查情况的通知", "县委督查室对各镇文件进行了抽查，发现问题文件3份，其中：\n东风镇1份，要求各村完成招商引资任务；\n西山镇2份，要求各村每天打卡。")]
    // A practice some bodies had, told as past.
    [InlineData("关于转变作风的通知", "过去有的部门一抓工作就让村里搞招商引资，这种做法今后不再有。")]
    // A list item opening with a prohibition.
    [InlineData("关于整治形式主义的若干措施", "一、不得要求村（社区）干部每天在工作群里打卡报到。\n二、不得将招商引资等任务交由村级组织承担。")]
    // Addressed to departments and towns: what no one is named for is theirs.
    [InlineData("关于年度工作评比的通知", "各部门、各乡镇：\n年底开展工作评比，结果进行排名。")]
    // A department's own report: what no one is named for is its own work.
    [InlineData("县商务局招商引资工作简报（第3期）", "本月新签约项目4个。\n下步将继续开展驻点招商引资。\n县商务局办公室")]
    // The document says whom its assessment assesses, and it is not the village.
    [InlineData("镇机关干部绩效考核办法", "考核对象：镇机关全体在编干部。\n考核结果按得分排名。")]
    // A table gives the task to the unit in its lead column.
    [InlineData("春季工作任务分解表", "序号|工作任务|牵头单位|完成时限\n1|招商引资项目对接|县投资促进局|全年")]
    // Bullet lines under a negated heading share its negation.
    [InlineData("一图读懂：减负清单", "以下事项不再由村级组织承担：\n✘ 招商引资任务\n✘ 工作群打卡")]
    // A title asking whether.
    [InlineData("关于村委会是否需要承担招商引资工作的复函", "经研究，村委会不承担此项工作。")]
    public void PartsThatAreNotOperative_OrPapersNotSpeakingToVillages_PutNothingOnThem(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    // A report that addresses the villages in a sentence still demands: a department cannot hide a demand in a 简报.
    [InlineData("招商引资工作简报（第5期）", "本月新签约项目4个。\n各村要于6月底前完成招商引资任务。", "FM-01")]
    // A report addressed to the villages keeps the default.
    [InlineData("工作简报", "各村（社区）：\n年底开展工作评比，结果进行排名。", "AS-1")]
    // A report's section that says what is to be done is operative.
    [InlineData("文明实践工作简报（第2期）", "【工作动态】本月开展活动12场。\n【工作安排】年底开展招商引资大比武。\n【下期预告】经验交流。", "FM-01")]
    // An explanation whose sentence names the villages as the ranked ones.
    [InlineData("关于年度考核的说明", "年底对全县各村工作进行排名并通报。", "AS-1")]
    // A question, and an answer that demands.
    [InlineData("县商务局政策解读", "问：村里今年要做什么？\n答：各村要完成招商引资任务。", "FM-01")]
    // A question that asks for something is a request.
    [InlineData("镇安办工作群消息", "各位书记，能否安排村干部每天在工作群打卡？", "CI-1")]
    // A prohibition whose next clause asks again.
    [InlineData("关于招商工作的通知", "不再单独部署，各村要在年底前完成招商引资任务。", "FM-01")]
    // The assessed object names the villages.
    [InlineData("网格工作考核细则", "考核对象：各村（社区）网格。\n考核结果按得分排名。", "AS-1")]
    // Addressed to departments, but the sentence ranks the villages.
    [InlineData("关于人居环境整治的通知", "各乡镇：\n每季度对全区各村得分进行排名。", "AS-1")]
    public void ADemandTheOperativePartPutsOnTheVillages_StillFires(string title, string description, string code)
    {
        Assert.Equal([code], Fired(title, description));
    }

    [Theory]
    // Addressed to the villages: another body's check of them, in a sentence naming them, is run on them.
    [InlineData("关于加强值班的通知", "各村：\n汛期乡应急办将通过视频对各村值班室随机打卡抽查。", "CI-1")]
    // Addressed to the villages and signed by the ranking body, with no one else named to rank.
    [InlineData("关于学习积分情况的通知", "各村党支部：\n请各村督促党员每天学习。\n积分情况由镇党建办每月排名通报。\n镇党建办", "AS-1")]
    // A requester's demand whose performer a later clause gives with 由.
    [InlineData("关于加快项目建设的通知", "东坪村、西坪村：\n县指挥部要求，沿线招商引资项目的落地对接，由所在村全面负责组织实施。", "FM-01")]
    // A team the notice has the villages form acts for them.
    [InlineData("关于组建村级招商小分队的通知", "各村民委员会：\n各村要在本月内组建3人的招商工作队。工作队负责招商引资项目的洽谈对接。", "FM-01")]
    public void ANoticeAddressedToTheVillages_PutsOnThemWhatItsSentencesRunOnThem(string title, string description, string code)
    {
        Assert.Equal([code], Fired(title, description));
    }

    [Theory]
    // Addressed to the villages, but the ranking is of someone else the sentence names.
    [InlineData("关于评选的通知", "各村：\n县文旅局将对全县农家乐按游客评价排名。\n县文旅局")]
    // Addressed to the villages, and the later 由-clause gives the act to another body.
    [InlineData("关于项目建设的通知", "各村：\n县指挥部要求，沿线招商引资项目的落地对接，由县投资促进局负责。")]
    // A team another body forms is that body's.
    [InlineData("关于组建招商工作队的通知", "各村民委员会：\n县投资促进局组建3人的招商工作队。工作队负责招商引资项目的洽谈对接。")]
    public void ANoticeAddressedToTheVillages_LeavesToOthersWhatItsSentencesGiveThem(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Fact]
    public void ASuppression_NamesTheDocumentCueThatDecidedIt()
    {
        var hit = Assert.Single(Hits("工作简报（第3期）", "本月新签约项目4个。\n下步将继续开展招商引资。"), h => h.Entry.Code == "FM-01");
        Assert.Equal(VerdictReason.NotOperative, hit.Verdict.Reason);
        Assert.Equal("简报", hit.Verdict.Cue);
        Assert.Contains("简报", hit.Verdict.Explain(TaskAdmission.Core.Common.AppLanguage.ZhCn), StringComparison.Ordinal);
    }
}

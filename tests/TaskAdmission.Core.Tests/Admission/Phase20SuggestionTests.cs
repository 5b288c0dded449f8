using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// (phase 20) Suggestions for lines of work whose words no phrase of their item read: special equipment, farmland put to
/// facility use, a villager defrauded, patrols by another name, the relief lists and the charity shop, the collective's
/// debts, petition informants, the guardian of a person with a severe mental disorder, the house rules of a village's
/// premises, the publicity a law-enforcing department does of its own law, villagers selling at a market, tap water
/// brought to a village, the house designs handed out, farmland built on, a public facility reported broken, residents'
/// wishes asked; and the household survey of a census, which is the census's and no relief assessment. Sentences written
/// from the work.
/// </summary>
public sealed class Phase20SuggestionTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    [InlineData("设施农用地清理", "请各村摸清本村养殖大棚占用的设施农用地是否按规定备案，情况报镇农业服务中心。", "XZ-21")]
    [InlineData("值班记录", "一名村民称在网上刷单返利被骗两千元，值班干部陪同其到派出所报案。", "XZ-01")]
    [InlineData("冬防安排", "春节前后镇派出所组织治安联防队在各村开展夜间巡防，请各村告知村民。", "XZ-01")]
    [InlineData("物资兑换", "区慈善总会的慈善超市本月可凭积分兑换米面油，请各村告知低保、特困名单内的群众。", "XZ-03")]
    [InlineData("村级债务", "请各村在年底前完成村级债务的清理登记，逐笔列明债权人和金额。", "ZZ-05")]
    [InlineData("信息员推荐", "请各村确定一名信访信息员，每月向镇里反映一次群众的意见。", "XZ-02")]
    [InlineData("节日期间工作", "节日期间对有过激言行的人员，由镇包片干部做好稳控，村里发现异常及时报告。", "XZ-02")]
    [InlineData("看护补贴", "对在家看护严重精神障碍患者的监护人，区里每年发放看护补贴，请各村协助核对名单。", "XZ-05")]
    [InlineData("税收宣传月活动", "四月税收宣传月期间，税务所工作人员到村讲解农户出售自产农产品的免税政策，请村里通知村民。", "XZ-18")]
    [InlineData("银行进村", "银行工作人员下周到村讲解防范非法集资和征信保护的知识，请村委会通知村民参加。", "XZ-18")]
    [InlineData("农民集市", "镇里周末在广场举办农民集市，各村可组织农户报名摆摊，出售自家的蔬菜和土鸡蛋。", "ZZ-13")]
    [InlineData("设施报修", "村民发现路灯不亮、井盖破损的，可打村委会电话报修。", "ZZ-07")]
    [InlineData("搬迁意愿", "区征收中心委托调查机构入户了解群众的搬迁意愿，请村里帮忙带路。", "ZZ-10")]
    public void Check_SuggestsTheItem_WhenTheNoticeNamesItsWorkInWordsItsPhrasesLacked(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    // Where the text names little else, the item was offered before as a weak third; the words make it the first.

    [Theory]
    [InlineData("特种设备检验", "区市场监管局下月对农家乐使用的蒸汽锅炉和压力容器开展检验，请各村提前告知经营户。", "XZ-16")]
    [InlineData("村综治中心使用制度", "中心的钥匙由村文书保管，设备损坏的及时登记报修。", "ZZ-18")]
    [InlineData("占地建房处理情况", "镇里查实一户村民违法占用耕地建房，已由执法队处理。", "XZ-21")]
    [InlineData("图集取阅", "区里编印的通用图集已送到村便民服务室，打算盖房的群众可以免费取阅。", "XZ-20")]
    [InlineData("通水安排", "山后三个组的自来水延伸工程下月开工，施工时需临时占用村道和田边地角，请村里先和农户说明。", "XZ-24")]
    public void Check_SuggestsTheItemFirst_WhenTheNoticeNamesItsWorkInWordsItsPhrasesLacked(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Equal(item, result.SuggestedItems[0].Code);
    }

    [Theory]
    [InlineData("集市检查", "镇市场监管所对集市上的摊位逐一检查食品经营许可证。", "ZZ-13")] // the stalls are traders', no villagers sell
    [InlineData("三资管理", "镇三资代理服务中心的财务管理制度已修订，请各村报账员学习。", "ZZ-18")] // a township centre's accounts are no village premises
    public void Check_DoesNotSuggestTheItem_WhenTheWordsBelongToAnotherLine(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    [Fact]
    public void Check_ReadsNoReliefAssessment_WhenTheHouseholdSurveyIsACensuss()
    {
        var request = Base("普查入户调查", "全国农业普查入户调查下月开始，请各村告知农户配合普查员登记。", [], D(DemandKind.FieldWork));
        var result = Prechecker.Check(request, fixture.Context(request.StartDate), AppLanguage.ZhCn, out var analysis);

        Assert.Equal("XZ-13", result.SuggestedItems[0].Code);
        Assert.DoesNotContain(analysis.Text.Hits, h => h.Entry.Code is "XZ-03" or "ZM-07");
    }

    [Fact]
    public void Check_StillSuggestsReliefWork_WhenTheHouseholdSurveyIsTheReliefAssessments()
    {
        var result = fixture.Check(Base("入户调查安排", "镇民政办下周对新申请救助的家庭开展入户调查，请村里派人带路。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "XZ-03");
    }

    // The new words offer no cover: a text that puts prohibited work on the village suggests nothing.

    [Theory]
    [InlineData("村级债务清理", "村级债务清理期间，请各村负责收缴农户拖欠的卫生费，收缴率不低于95%。")]
    [InlineData("税收宣传月", "税收宣传月期间，请各村负责代征辖区农户建房的相关税费，每月底前解缴。")]
    [InlineData("慈善超市", "慈善超市开业后，请各村负责收缴辖区农户的卫生费，收缴率不低于95%。")]
    public void Check_SuggestsNothing_WhenTheNewWordsComeWithProhibitedWork(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }
}

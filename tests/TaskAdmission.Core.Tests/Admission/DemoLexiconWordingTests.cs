using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// Wordings of banned acts the demo lexicon learnt by class (demo-lists.csv): a pledge handed in as a written statement
/// (书面表态), punishment fixed in advance (先免职), a ranking said as a place at the bottom, a queue or a summons (排在最后,
/// 按增长率排队, 过堂), a location a system records, a penalty of warning, demolishing all that should be (应拆尽拆), a
/// certificate named 书面材料; and sentences with the same words that must not fire.
/// </summary>
public sealed class DemoLexiconWordingTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    [InlineData("汛前工作", "汛期前请各村书记向镇防汛办递交确保安全度汛的书面表态。", PrecheckRules.PledgeOrVeto)]
    [InlineData("安全度汛", "汛期发生责任事故的，对村书记一律免职。", PrecheckRules.PledgeOrVeto)]
    [InlineData("参保进度", "各村参保率排在全镇最后的，村书记周一到镇里说明情况。", PrecheckRules.AssessmentBan)]
    [InlineData("集体经济", "年底前各村集体收入按增长率排队，结果在全镇大会上公布。", PrecheckRules.AssessmentBan)]
    [InlineData("进度提醒", "缴费进度慢的两个村，书记今晚到镇会议室过堂。", PrecheckRules.AssessmentBan)]
    [InlineData("禁烧值守", "禁烧期间各村巡查员每两小时在工作群发一次实景定位。", PrecheckRules.AppCheckIn)]
    [InlineData("值班管理", "当班村干部到岗后在小程序上点到岗，系统自动记录所在位置。", PrecheckRules.AppCheckIn)]
    [InlineData("摊贩管理", "对不听劝阻的流动摊贩，由村委会直接给予警告处理。", PrecheckRules.ProhibitedItem)]
    [InlineData("违建清理", "请各村对本村道路两侧的违法搭建应拆尽拆。", PrecheckRules.ProhibitedItem)]
    public void Check_Fires_OnTheBannedActInTheseWords(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    /// <summary>
    /// An item's field-of-work words are segmentation words too: one that begins with the village's own marker (村级河长)
    /// or ends with the place the village follows (经常居住地) hid the village as the performer, and the demand went to the
    /// department signing the paper or to the applicant (session 14, four words taken out of the demo list again).
    /// </summary>
    [Theory]
    [InlineData("村级河长巡河要求", "村级河长每周巡河不少于1次，巡河须使用“河长制”APP全程记录轨迹，并在问题点位拍照上传。（市水利局）", PrecheckRules.AppCheckIn)]
    [InlineData("法律援助申请人经济状况核查表", "第四栏由申请人户籍地或经常居住地村（居）委会核实第二、三栏内容，签署“情况属实”并加盖公章。", PrecheckRules.ProhibitedCertificate)]
    public void Check_Fires_WhenTheVillageIsNamedBesideAFieldOfWorkWord(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    /// <summary>
    /// (phase 15, rt27-157) Assisting the tax office in 协税护税 is the assisting the list bans: the phrase holds the assisting
    /// verb, so 协助 does not pass the act to the tax office; assisting another office in its own listed work still does.
    /// </summary>
    [Fact]
    public void Check_Fires_WhenTheVillageIsToAssistTheTaxOfficeInTaxCollection()
    {
        var result = fixture.Check(Base("关于协助做好税款征收工作的通知", "请各社区协助税务所做好协税护税工作，月底前报街道经济发展办。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem && f.ItemCode == "FM-02");
    }

    [Fact]
    public void Check_CitesTheDogCertificate_WhenTheVillageIsToIssueAWrittenStatementAboutTheDog()
    {
        var result = fixture.Check(Base("养犬登记", "养犬户办理登记时，需持村委会出具的犬只已拴养的书面材料。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate && f.ItemCode == "BZ-04");
    }

    [Theory]
    [InlineData("会议安排", "请各村把参会人员名单排在表格后面，会议材料排在最后一页。", PrecheckRules.AssessmentBan)]
    [InlineData("安全提示", "请各村在河边危险水域设置安全警告标志。", PrecheckRules.ProhibitedItem)]
    [InlineData("养犬登记", "养犬登记由派出所办理，派出所向养犬户出具犬只登记的书面材料。", PrecheckRules.ProhibitedCertificate)]
    public void Check_DoesNotFire_WhenTheSameWordsPutNoBannedActOnTheVillage(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }
}

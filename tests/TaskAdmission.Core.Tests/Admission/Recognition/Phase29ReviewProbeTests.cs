using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 29 review: evasions in the shapes phase 29's quieting readers accept, written after the four branches
/// were merged — a paper to the issuer's own parts (s29-1), a paper that ends a practice or answers a question (s29-2), a
/// paper that tells rather than tasks: a summary, minutes, an experience paper, a pay scale, a report, a 公示 (s29-3).
/// Each evasion must fire. A company's own assessment said to be its own stays quiet: the place words of s29-4
/// (…门口, …内) once read 公司内部 as a place and lost the company as the one assessing. Every sentence is written for these tests.
/// </summary>
public sealed class Phase29ReviewProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A utility's own units addressed; the village cadres told to go along and check in.
    [InlineData("青山区燃气公司关于入户安检工作的通知", "公司各营业所：今年入户安检由各营业所组织实施，请各村委会派村干部随同上门，并在“安检通”APP上每日打卡上传照片。", PrecheckRules.AppCheckIn)]
    // A bank's own outlets addressed; the village committee told to certify a fact it cannot know.
    [InlineData("某农商银行白水支行普惠金融服务通知", "本行各网点：请各网点联系所在村委会，由村委会出具辖区农户无不良信用证明，作为贷款材料。", PrecheckRules.ProhibitedCertificate)]
    // A company's field staff told to have the village cadres check in for it.
    [InlineData("丰收农业公司田管群通知", "【丰收农业-基地群】各位田管员：请通知各村村委会，组织村干部每天到田间钉钉打卡，拍照发群里。", PrecheckRules.AppCheckIn)]
    public void OwnParts_TheVillageStillActs_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // One assessment repealed, the next announced in the same paper.
    [InlineData("关于废止《村级环境卫生考核办法》的通知", "各村：原《村级环境卫生考核办法》即日起废止。自下月起，镇里将按新办法按月给各村的村容整治打分排名并通报。", PrecheckRules.AssessmentBan)]
    // A ledger cancelled and replaced by a daily check-in with photos.
    [InlineData("关于取消村级纸质台账的通知", "各村：即日起取消纸质台账，改为各村每天在政务APP打卡并上传工作照片。", PrecheckRules.AppCheckIn)]
    // A reporting rule stopped, and a weekly check-in put in its place.
    [InlineData("关于停用村级每日报表的通知", "各村：村级每日报表即日停用。今后各村改为每周在钉钉打卡签到，并上传巡查照片。", PrecheckRules.AppCheckIn)]
    // A question answered yes.
    [InlineData("创文工作问答", "问：街道还可以让社区签创文责任书吗？答：可以，各社区须于本月底前签订责任书并报街道。", PrecheckRules.PledgeOrVeto)]
    public void EndedPractices_ANewDemandOrAYes_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A summary whose plans for the second half put a pledge and a veto on the villages.
    [InlineData("龙潭乡今年前六个月工作小结", "前六个月，我乡各项工作有序推进。下半年，各村要签订防火责任状，实行一票否决。", PrecheckRules.PledgeOrVeto)]
    // Minutes that end with what the meeting asks of the villages: enforcement.
    [InlineData("镇联席会议记录（5月）", "2026年5月6日，镇党委召开联席会议。会议要求，各村于5月底前对本村范围内工厂逐一上门执法检查，发现违规当场罚款。", PrecheckRules.ProhibitedItem)]
    // An experience paper that asks every village to copy it with a model-village board.
    [InlineData("青山区社工站工作经验交流材料", "我区社工站运行良好，做法值得推广。请各村参照执行，每村设立“社工服务示范村”标牌，挂牌上墙。", PrecheckRules.Signboard)]
    // A pay scale by years of service that docks the cadres of the villages ranked last.
    [InlineData("2026年度村干部报酬等级标准表", "村干部报酬按工作年限确定等级；各村年度考核排名后三位的，扣减村干部报酬。", PrecheckRules.AssessmentBan)]
    // A report that tells the past and then keeps the pledge and the veto from this year on.
    [InlineData("青山区2025年信访工作情况报告", "区信访局：往年各村须签订信访稳控责任书。今年起各村仍须签订责任书，实行一票否决。", PrecheckRules.PledgeOrVeto)]
    // A 公示 of the villages' ranking.
    [InlineData("关于各村2026年综合评分结果的公示", "根据评分结果，现将各村得分排名予以公示：桂花村第一，茶园村第二。", PrecheckRules.AssessmentBan)]
    public void TellingPapers_ADemandFromNowOn_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("丰收农业公司田管群通知", "【丰收农业-基地群】各位田管员：每天巡田后用企业钉钉打卡。此项属本公司内部考核，与村里没有关系。", PrecheckRules.AssessmentBan)]
    [InlineData("丰收农业公司田管群通知", "【丰收农业-基地群】各位田管员：每天巡田后用企业钉钉打卡。此项属本公司内部考核，与村里没有关系。", PrecheckRules.AppCheckIn)]
    public void CompanysOwnAssessment_SaidToBeItsOwn_IsQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);
}

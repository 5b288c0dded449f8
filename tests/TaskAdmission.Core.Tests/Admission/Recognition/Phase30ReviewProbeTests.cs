using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 30 review: evasions in the shapes phase 30's quieting readers accept, written after the four branches
/// were merged — a paper to the issuer's own units (s30-1), a repeal and a certificate relieved (s30-2), the minutes of an
/// institution's own meeting and a body's rules for the people it pays (s30-3). Each evasion must fire. A question of a
/// 解答 answered by restating its subject and denying (答：居委会不能…) stays quiet: phase 30 read 能不能 as an alternative
/// question that negates nothing, which left such a question to the answer's check, and the answer's check knew only a
/// bare 不能. Every sentence is written for these tests.
/// </summary>
public sealed class Phase30ReviewProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A courier's own outlets addressed; the village cadres told to check in for it.
    [InlineData("顺丰速运青山分部关于村级收件服务的通知", "各乡镇网点、各村级驿站：自6月起，请各网点协调所在村委会，由村干部每天在“快递通”APP签到打卡，并上传驿站照片。", PrecheckRules.AppCheckIn)]
    // A bureau's own health centres addressed; the village committees made to sign a target pledge with a veto.
    [InlineData("区卫健局关于签约家庭医生的通知", "各乡镇卫生院、各社区卫生站：签约工作由各卫生院组织实施。各村委会须与镇卫生院签订签约率目标责任书，未完成的年终实行一票否决。", PrecheckRules.PledgeOrVeto)]
    public void OwnUnits_TheVillageStillActs_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A repealed assessment replaced by a monthly ranking of the villages.
    [InlineData("关于废止《村级安全生产考核办法》的通知", "各村：《村级安全生产考核办法》予以废止。改由镇安监办按月给各村的安全生产打分排名，并在全镇通报。", PrecheckRules.AssessmentBan)]
    // A repeal's list of ended certificates, then a banned one asked of the village anew.
    [InlineData("关于废止几项村级证明规定的通知", "各村：以下规定予以废止：\n1. 由村委会开居住证明的规定；\n2. 由村委会开婚姻状况证明的条文。\n今后申请困难补助的，仍须由村委会开具家庭无固定收入证明。", PrecheckRules.ProhibitedCertificate)]
    // One certificate relieved, another banned one still asked of the village.
    [InlineData("关于村里不再开健在证明的通知", "各村：从本月起，健在证明村委会不再开具。但办理高龄补贴的，仍须由村委会出具老人与子女的亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    public void EndedDemands_ANewDemandBeside_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A school's own minutes that put a daily duty with check-in and photos on the villages around it.
    [InlineData("青山实验中学行政会议纪要", "2026年5月8日，学校开了行政会。会议决定：放学时段交通安全劝导由学校组织教师负责；请周边各村委会每天派村干部到校门口值守，在钉钉打卡并拍照上传。", PrecheckRules.AppCheckIn)]
    // Rules for the staff a bureau pays that rank the villages.
    [InlineData("区水利局河道保洁员管理考核办法", "本办法所称河道保洁员，是指由区水利局选聘、支付劳务报酬的人员。区水利局按季度给各村河道保洁情况考核排名，排在后面的村全区通报。", PrecheckRules.AssessmentBan)]
    public void OwnRecordsAndStaff_TheVillagesRanked_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The answer restates the question's subject and denies.
    [InlineData("关于社区收费的解答", "问：居委会可不可以向住户收取卫生费？\n答：居委会不能擅自设立收费项目。小区保洁费由业主大会决定。", PrecheckRules.ProhibitedItem)]
    public void AnswerRestatingTheSubjectAndDenying_IsQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // Denying a refusal demands.
    [InlineData("关于社区收费的解答", "问：居委会可不可以向住户收取卫生费？\n答：居委会不能拒绝，应当按镇里核定的标准收取。", PrecheckRules.ProhibitedItem)]
    // A yes.
    [InlineData("关于社区收费的解答", "问：居委会可不可以向住户收取卫生费？\n答：可以，由居委会按户收取。", PrecheckRules.ProhibitedItem)]
    // Denying only a manner, then asking.
    [InlineData("关于社区收费的解答", "问：居委会可不可以向住户收取卫生费？\n答：居委会不能只收现金，还要开具收据。", PrecheckRules.ProhibitedItem)]
    public void AnswerThatStillDemands_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

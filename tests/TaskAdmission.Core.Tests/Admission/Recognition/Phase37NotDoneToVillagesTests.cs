using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, session 37: a report or notice saying that its issuer did not do a thing to the villages — 未对各村进行排名,
/// 未向各村下达指标, 未给各社区分配名额, 未安排村干部拍照留痕 — demands nothing of them (as phase 31's 未与各村签订). 未 alone
/// is no negation, and a case of failure closed by 的 (对未安排网格员入户的村…) is what a sanction falls on. Every sentence is
/// written for these tests, in several lines of work.
/// </summary>
public sealed class Phase37NotDoneToVillagesTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // Gas safety, tree planting, a population survey, a village-doctor selection, a health campaign.
    [InlineData("2026年燃气安全检查情况报告", "县应急局：\n今年燃气安全检查由县执法大队完成，共检查餐饮场所312家。本局未对各村进行排名通报。")]
    [InlineData("关于春季植树工作的总结", "县林业局：\n今年植树由林场专业队完成，镇里未向各村下达任务指标，也未对各村进行排名。")]
    [InlineData("人口抽样调查工作情况", "县统计局：\n本次人口抽样调查由统计员入户完成，镇里未给各村分配调查任务，未对各村打分排名。")]
    [InlineData("关于优秀乡村医生推荐工作的说明", "各卫生院：\n本次推荐由卫生院组织，未向各社区分配名额，也未对各社区打分排名。")]
    // (phase 22's report, warned for review until session 37) a report saying only what was not done.
    [InlineData("区司法局关于普法工作情况的报告", "区委：\n上半年，我局普法宣传通过购买服务统一开展，未要求村（社区）干部转发截图，未对村（社区）开展普法考核排名。")]
    public void TheIssuersOwnActSaidNotDoneToTheVillages_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("爱国卫生月活动总结", "县爱卫办：\n今年爱国卫生月活动由学校和志愿者组织，未安排村干部拍照留痕，也未要求各村报送照片。")]
    [InlineData("防溺水宣传工作情况", "县教育局：\n防溺水宣传由学校完成，未安排网格员拍照上传，各村无需报送材料。")]
    public void ACheckInSaidNotArranged_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The same acts demanded, and a case of failure closed by 的 that a ranking falls on.
    [InlineData("关于燃气安全检查的通知", "各村：\n镇里每月对各村燃气安全检查情况进行排名通报。")]
    [InlineData("关于入户走访的通知", "各村：\n对未安排网格员入户走访的村，在全镇通报排名。")]
    public void TheActDemanded_OrACaseOfFailure_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("关于爱国卫生月活动的通知", "各村：\n请各村安排村干部每天拍照留痕，上传镇爱卫办工作群。")]
    public void ACheckInDemanded_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);
}

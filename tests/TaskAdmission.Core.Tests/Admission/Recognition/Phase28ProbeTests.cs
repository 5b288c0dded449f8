using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 28 red team: a department that has read docs/admission-rules.md dresses banned work on the villages in
/// the shapes the quieting readers of phases 20–27 accept (a negation, another body as the doer, the paper's own scope,
/// a reported or cancelled practice, a choice, a visit told of, a finding). Each must still fire; the honest wording
/// beside it stays quiet. The probes marked "mended" passed before phase 28. Every sentence is written for these tests.
/// </summary>
public sealed class Phase28ProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // mended: a prohibition of not doing the act demands it (不得…不开展).
    [InlineData("关于小作坊监管的通知", "村（社区）不得以任何理由不开展辖区小作坊食品安全检查。", PrecheckRules.ProhibitedItem)]
    // mended: 严禁无故不… — the same with a prohibition before a second 不.
    [InlineData("关于巡查工作的通知", "村（社区）不得无故不签到，巡查人员每天须在APP签到两次。", PrecheckRules.AppCheckIn)]
    // mended: the negated subject's replacement in the next clause (无需…，改为…).
    [InlineData("关于考勤的通知", "村干部无需纸质签到，改为每天早晚在钉钉定位打卡两次。", PrecheckRules.AppCheckIn)]
    // mended: a withdrawal followed by 由 + the village issuing another paper in its place.
    [InlineData("关于证明事项的通知", "不再要求村委会开具收入证明，由各村出具家庭收支情况说明代替。", PrecheckRules.ProhibitedCertificate)]
    // mended: a withdrawal followed by 改由 + the village.
    [InlineData("关于台账的通知", "不再要求村委会报送纸质台账，改由村委会每周拍照上传平台。", PrecheckRules.AppCheckIn)]
    public void Negations_TheVillageStillActs_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于工作要求的通知", "不能以考核代替服务、不搞排名，各村工作以群众满意为准。", PrecheckRules.AssessmentBan)]
    [InlineData("关于台账的通知", "不再要求村委会报送纸质台账，由镇党政办统一从平台导出。", PrecheckRules.AppCheckIn)]
    [InlineData("关于考核排名的说明", "统计时不按部门、按村（社区）汇总排名，只报送全镇总量。", PrecheckRules.AssessmentBan)]
    public void Negations_Honest_AreQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // mended: the object put first, the villages its subject before a modal (保费各村要…收缴).
    [InlineData("关于医保缴费的通知", "县财政负责代缴特困人员保费，其他村民的保费各村要在月底前收缴到位。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于垃圾分类的通知", "农户的垃圾处理费各村须在六月底前收齐，交镇环卫所。", PrecheckRules.ProhibitedItem)]
    // mended: 各村如遇部门要求… — the department met is not the one collecting; the answer permits the act itself.
    [InlineData("关于代收保险费的通知", "各村如遇部门要求代收保险费的，可以代收，但须向镇减负办报备。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于收费的通知", "各村如遇单位要求代收电费的，要及时代收并按月上缴。", PrecheckRules.ProhibitedItem)]
    // Guards that fired as written.
    [InlineData("关于保洁服务的通知", "保洁公司负责道路清扫，保洁质量由各村每天检查并拍照上传镇环卫办。", PrecheckRules.AppCheckIn)]
    public void AnotherBody_TheVillageStillDoesIt_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于保洁服务的通知", "保洁公司每天清扫后拍照上传平台，镇环卫办每月考核保洁公司。", PrecheckRules.AssessmentBan)]
    [InlineData("关于减负的通知", "各村如遇部门要求每天打卡的，可以拒绝，也可向镇纪委举报。", PrecheckRules.AppCheckIn)]
    public void AnotherBody_Honest_AreQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // mended: a recent finding, then the villages' own demand with a modal in the same sentence.
    [InlineData("关于安全检查的通知", "日前发现，个别村安全检查走过场，各村书记每天要带队到辖区厂矿逐家安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于防溺水的通知", "近期发现，部分村防溺水工作不到位，各村要挨家挨户和学生的父母签订夏季防溺水责任书。", PrecheckRules.PledgeOrVeto)]
    // mended: people's visit told as a case (…的), answered by having the villages serve it.
    [InlineData("关于证明服务的通知", "部分村民到村两委开具其亲属关系证明的，各村要热情接待，随到随开。", PrecheckRules.ProhibitedCertificate)]
    // Guards that fired as written.
    [InlineData("关于调整上报频次的通知", "镇里要求各村每天在群里上报巡查照片。经研究，该要求即日起调整为每周上报两次。", PrecheckRules.AppCheckIn)]
    [InlineData("关于打卡问题的通报", "某局要求各村每天打卡，违反减负有关要求。鉴于防汛形势，汛期各村仍须每天定位打卡。", PrecheckRules.AppCheckIn)]
    public void ReportedOrCancelled_DemandedAnew_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于排查工作的通知", "近期发现，部分村排查不细。各乡镇要督促整改。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于证明服务的通知", "部分群众到村里开具收入证明的，村委会要告知其到相关部门办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明服务的通知", "近来，部分村民到村委会求开收入证明，经查，该证明应由用人单位出具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于打卡问题的通报", "某局要求各村每天定位打卡上传照片，违反减负有关规定，已责令纠正。", PrecheckRules.AppCheckIn)]
    public void ReportedOrCancelled_Honest_AreQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // mended: a "voluntary" contest whose non-entrants are docked or must explain.
    [InlineData("关于庭院评比的通知", "各村自愿参加美丽庭院评比，镇里按得分对参评村排名通报，未参评的村年终考核扣分。", PrecheckRules.AssessmentBan)]
    [InlineData("关于绿化评比的通知", "各村自愿参加绿化评比，没有参评的村在年终考核中扣2分。", PrecheckRules.AssessmentBan)]
    [InlineData("关于文艺比赛的通知", "有意参赛的村请接龙报名，没报名的村要在周一碰头会上讲明原因。", PrecheckRules.AppCheckIn)]
    // mended: the villagers' choice beside the cadres told to lead the daily check-in.
    [InlineData("关于健步走活动的通知", "村民自愿参加健步走打卡活动，村干部要带头，每人每天打卡不少于1次，截图发群。", PrecheckRules.AppCheckIn)]
    // Guards that fired as written.
    [InlineData("关于文明实践的通知", "志愿者自愿报名参加，每个村不少于30人，报名截图发镇群。", PrecheckRules.AppCheckIn)]
    public void Choices_NotLeftToTheVillages_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于文艺比赛的通知", "各村自愿报名参加评比，镇文化站对参赛节目评分。", PrecheckRules.AssessmentBan)]
    [InlineData("关于申报工作的通知", "各村自愿参加评比，对没有参评的村不作任何要求。", PrecheckRules.AssessmentBan)]
    public void Choices_Honest_AreQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // Scope, township, place, internal and village papers: guards that fired as written.
    [InlineData("关于园区招商的通知", "位于石桥村的工业园区今年招商引资任务5亿元，由石桥村两委具体负责。", PrecheckRules.ProhibitedItem)]
    [InlineData("石桥村村委会关于代收卫生费的复函", "镇环卫所：来函收悉。经村两委研究，原则同意从下月起由本村网格员逐户收取卫生费。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于牌子规范的通知", "清理后各村统一更换为镇里制作的“综治中心”新标牌，悬挂在村部门口。", PrecheckRules.Signboard)]
    public void OtherShapes_Guards_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

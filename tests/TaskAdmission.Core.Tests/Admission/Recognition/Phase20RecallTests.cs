using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 20 (work the pre-check missed or cited wrongly): banned work worded by what a proof must show, by a
/// camera the village must answer, by a warning the village decides, by houses it must pull down, by taxes it collects on
/// the way, and certificates named by what they prove — checked on the demo lists (demo-lists.csv) as a department's
/// notice would be, beside the villager's own photos and other bodies' acts with the same words, which stay quiet.
/// </summary>
public sealed class Phase20RecallTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private IReadOnlyList<PrecheckFinding> Findings(string title, string description) =>
        fixture.Check(Base(title, description, [], D(DemandKind.FieldWork))).Findings;

    // A rule, or the item or certificate code a prohibited-item finding cites.
    private static bool Cites(PrecheckFinding finding, string ruleOrCode) => finding.Rule == ruleOrCode || finding.ItemCode == ruleOrCode;

    [Theory]
    // A photo or video proof said by what the picture must show (照片里要看得到…, 视频中要出现…, 照片须包含…).
    [InlineData("关于开展独居老人回访的通知", "各村：\n网格员上门回访时拍一张回访现场的照片，照片里要看得到被回访人家门口的门牌。", PrecheckRules.AppCheckIn)]
    [InlineData("宣传单发放群消息", "@各村书记：明天入户发放防汛明白卡，发放时录一段视频，视频中要出现发放人和户主。", PrecheckRules.AppCheckIn)]
    [InlineData("电话记录", "镇综治办来电：各村调解员调解纠纷后，调解现场照片须包含双方当事人和调解员本人，周五前报镇。", PrecheckRules.AppCheckIn)]
    // The person the picture must show is the one visited; the body asking the village to visit does not visit.
    [InlineData("电话记录：县应急局关于独居老人走访", "来电内容：各镇要求各村网格员每天上门走访独居老人，照片须含户主正面和时间信息，当晚上传。", PrecheckRules.AppCheckIn)]
    // A camera roll-call the village's duty staff must answer is a check-in.
    [InlineData("关于值班抽查的通知", "各村：\n镇应急办将不定时视频抽查，被抽到的村值班干部须在5分钟内出现在摄像头前。", PrecheckRules.AppCheckIn)]
    [InlineData("关于汛期值守的通知", "区应急指挥中心每晚随机连线各村，村值班人员须在镜头前应答并报告当日巡查情况。", PrecheckRules.AppCheckIn)]
    // 本人 after the village's cadres stresses them: the screenshot is still the village's.
    [InlineData("社会事务办群消息", "各村：“爱心一日捐”今天开始，各村支部书记、主任本人先捐，捐完把转账记录截图发到工作群。", PrecheckRules.AppCheckIn)]
    // 同一处 is a place and 诊疗场所 a room, not bodies that take the plaques away from the village.
    [InlineData("关于规范村级调解组织标识的通知", "各村：\n每个村须在村部同一处悬挂“调解委员会”“治保委员会”两块牌子，月底前完成。", PrecheckRules.Signboard)]
    [InlineData("关于开展村卫生室等级评审的通知", "全镇各村卫生室须参加等级评审，一级须具备独立诊疗场所、统一外观标识和制度牌上墙。", PrecheckRules.Signboard)]
    // A warning the village decides is an administrative penalty.
    [InlineData("关于规范车辆停放的通知", "对不按规定停放车辆的，由村委会作出书面警告决定，并报镇执法队备案。", "FM-04")]
    [InlineData("环境整治群消息", "各村书记：对屡教不改的养殖户，村里先给予口头警告，再不改的报镇里。", "FM-04")]
    // Houses pulled down by people the village organises, the land cleared: demolition put on the village.
    [InlineData("项目指挥部群消息", "各包村干部：签完协议的户，明天由村里安排人手把旧房推倒，周五前把地腾出来。", "FM-03")]
    // Taxes collected by the village on the way of another task.
    [InlineData("关于宅基地审批有关事项的通知", "各村：\n村民办理宅基地审批涉及的相关税费，由村委会在受理时一并收取，月底交镇财政所。", "FM-02")]
    // A levy by floor area, as one by head, household or mu.
    [InlineData("关于村民建房规费的通知", "各村：\n村民建房涉及的相关规费，由各村按建筑面积每平方米2元收取。", "FM-02")]
    // A paper named by the record it proves: a personal history is a personal archive, not a birth proof.
    [InlineData("关于公益性岗位申请材料的通知", "申请人须提交所在村委会出具的个人经历说明，写明本人自出生至今的学习和工作情况。", "BZ-16")]
    // The exclusions added keep the papers they do not touch (guards).
    [InlineData("关于办理抚恤的通知", "须提交村委会出具的亲属关系证明，写明申请人与老人系直系亲属。", "BZ-01")]
    [InlineData("关于办理抚恤的通知", "请村委会出具证明，证明两人系直系亲属。", "BZ-01")]
    [InlineData("关于补办户口的通知", "须提交村委会出具的孩子出生的证明。", "BZ-09")]
    public void Check_Fires_OnWorkTheVillageIsMadeToDo(string title, string description, string ruleOrCode)
    {
        Assert.Contains(Findings(title, description), f => Cites(f, ruleOrCode));
    }

    [Theory]
    // The villager's own photo: a family photo for a contest, a selfie at a tourist spot, an applicant's ID photo.
    [InlineData("关于开展“最美家庭”评选的通知", "居民报名“最美家庭”评选时提交一张全家福，照片中须出现全体家庭成员。", PrecheckRules.AppCheckIn)]
    [InlineData("景区国庆活动公告", "游客在景区自拍，照片中须能看到景区大门即可参与抽奖。", PrecheckRules.AppCheckIn)]
    [InlineData("关于申请临时救助的通知", "申请人须提交近期照片两张，照片须含本人正面免冠头像。", PrecheckRules.AppCheckIn)]
    // The department's own staff visit and keep their own proof, also when another body asks them to.
    [InlineData("县民政局关于独居老人走访的通知", "县民政局工作人员每天上门走访独居老人，照片须含户主正面和时间信息。", PrecheckRules.AppCheckIn)]
    [InlineData("县民政局关于独居老人走访的通知", "县民政局要求镇民政办每天上门走访独居老人，照片须含户主正面和时间信息。", PrecheckRules.AppCheckIn)]
    // A department's own roll-call of its own staff.
    [InlineData("县应急局关于值班抽查的通知", "局各科室：局办公室将不定时视频抽查值班情况，值班人员须在摄像头前应答。", PrecheckRules.AppCheckIn)]
    // 本人 after a private person is that person.
    [InlineData("景区活动公告", "游客本人扫码打卡后即可领取纪念品。", PrecheckRules.AppCheckIn)]
    // A warning given by the department; the village only helps.
    [InlineData("关于社区矫正对象管理的通知", "对未按时报到的社区矫正对象，由县司法局依法予以警告，村委会协助做好教育。", "FM-04")]
    // A household pulling down its own old house.
    [InlineData("关于危房改造的通知", "危房改造农户在新房建成后自己找人把旧房拆除，镇里按规定给予补助。", "FM-03")]
    // Taxes collected by the tax office itself.
    [InlineData("关于宅基地审批有关事项的通知", "相关税费由税务部门在办理登记时一并收取，村委会不得代收。", "FM-02")]
    // The collective's own rent by floor area.
    [InlineData("关于村集体厂房出租的公告", "村集体按每平方米3元收取厂房租金，租期三年。", "FM-02")]
    // 自出生至今 is a span of a life, not a birth.
    [InlineData("关于公益性岗位申请材料的通知", "申请人须提交所在村委会出具的个人经历说明，写明本人自出生至今的学习和工作情况。", "BZ-09")]
    public void Check_DoesNotFire_WhereTheVillageIsNotTheOneDoingIt(string title, string description, string ruleOrCode)
    {
        Assert.DoesNotContain(Findings(title, description), f => Cites(f, ruleOrCode));
    }
}

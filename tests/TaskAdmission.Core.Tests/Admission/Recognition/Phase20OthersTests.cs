using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 20, phase 20 (the act is another body's, or the village's own): clean notices blocked or flagged although the
/// banned act is done by another body, by the public taking part in another body's activity, or is the village's own
/// lawful decision. Checked on the demo lists (demo-lists.csv) as a department's notice would be; every sentence is
/// written for these tests, and beside each rule stand the wordings that must still fire — a department or township
/// using the same shape to put the banned work on the villages anyway.
/// </summary>
public sealed class Phase20OthersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private IReadOnlyList<string> Rules(string title, string description) =>
        [.. fixture.Check(Base(title, description, [], D(DemandKind.FieldWork))).Findings.Select(f => f.Rule).Distinct()];

    /// <summary>Every match of the notice with its reason, for an assertion's message.</summary>
    private string Explain(string title, string description) =>
        string.Join("\n", RecognitionTrial.Try(fixture.City.Items, title, description).Hits
            .Select(h => $"{(h.Verdict.Fires ? "FIRES" : "quiet")} {h.Entry.Code} {h.Field} “{h.MatchedText}” ({h.Verdict.Explain(AppLanguage.ZhCn)})"));

    private void Quiet(string title, string description, string rule) =>
        Assert.False(Rules(title, description).Contains(rule), Explain(title, description));

    private void Fires(string title, string description, string rule) =>
        Assert.True(Rules(title, description).Contains(rule), Explain(title, description));

    // "A paper the village's own meeting adopted says so in a note as well as with 经: （村民代表会议通过） in the title, a
    // closing line （…村民会议讨论通过） or 本办法经…村民代表会议通过, and a title that is the meeting reviewing the paper
    // (村民会议审议《…》). What such a paper runs among its households is the village governing itself."
    [Theory]
    [InlineData("柳树湾村美丽庭院评比细则（村民代表会议通过）",
        "一、本村每季度开展一次美丽庭院评比，由村民小组长和党员代表组成评比小组，入户查看院落卫生。二、评上的农户在公开栏表扬。", PrecheckRules.AssessmentBan)]
    [InlineData("青竹村村规民约（环境卫生部分）",
        "第五条 生活垃圾分类投放，不乱倒乱扔。\n第六条 违反本条的，由村民委员会劝导，年底“最美庭院”评选中不予推荐。\n（2027年5月村民会议讨论通过）", PrecheckRules.Demonstration)]
    [InlineData("村民会议审议《最美庭院评选细则》",
        "根据村规民约，本村每年由村民代表评选一次最美庭院，获评农户门口挂牌。细则草案提交村民会议审议，通过后执行。", PrecheckRules.Demonstration)]
    [InlineData("梅岭村卫生评比办法",
        "本村每月对各户房前屋后卫生评比一次，结果在村务公开栏公布。本办法经2027年3月1日村民代表会议通过。", PrecheckRules.AssessmentBan)]
    public void TheVillagesOwnMeetingAdoptingThePaper_IsSelfGovernment(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // "村民代表会议通过" as cover for a department's quota: the sentence carries the township's or county's demand.
    [InlineData("太平村村干部考核办法（村民代表会议通过）",
        "按照镇里下达的考核指标，本村每月对村干部考核排名，结果报镇党政办。", PrecheckRules.AssessmentBan)]
    [InlineData("梅岭村评比办法",
        "根据县里要求，本村每月开展美丽庭院评比排名，结果报县农业农村局。本办法经2027年3月1日村民代表会议通过。", PrecheckRules.AssessmentBan)]
    // A township's paper quoting the villagers' meeting is the township's, sent to every village.
    [InlineData("石桥镇关于开展卫生评比的通知（村民代表会议通过）",
        "各村每月开展卫生评比排名，结果报镇党政办。", PrecheckRules.AssessmentBan)]
    // Prohibited work keeps its reading in any paper: no village takes on a quota by voting it.
    [InlineData("太平村招商引资工作方案（村民代表会议通过）",
        "本村今年完成招商引资500万元，由村两委负责招商，完成情况报镇经发办。", PrecheckRules.ProhibitedItem)]
    public void AMeetingNamedAsCoverForADepartmentsQuota_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "One village's appeal to its own people, run by its own teams (村妇联, 村志愿服务队), is the village speaking for itself:
    // what it says of a ranking among its donors is its own."
    [Theory]
    [InlineData("柳溪村关于为火灾受灾户互助捐款的倡议",
        "本村村民某某家房屋失火，经村两委研究，由村团支部、村志愿服务队发起互助倡议，村民自愿捐款，捐款由志愿服务队登记，明细在公开栏公布。村委会不收取管理费，不公开个人捐款排名。")]
    public void AVillagesAppealRunByItsOwnTeams_IsItsOwn(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A township's team or office in the appeal: the paper is not the village's alone.
    [InlineData("柳溪村关于互助捐款的倡议", "本村开展互助捐款，由镇志愿服务队按各村捐款额排名。")]
    [InlineData("柳溪村关于互助捐款的倡议", "本村各户捐款按金额排名，排名结果报镇民政办。")]
    public void AnAppealWithATownshipsTeamRanking_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    // "A check-in the description gives to the public taking part (游客扫码打卡) is theirs, though the title names the
    // village where the activity is held."
    [Theory]
    [InlineData("桃花坞村赏花节扫码打卡活动",
        "三月期间，镇文化站在桃花坞村举办赏花节，游客可在五个景点扫码打卡，集齐印章可兑换纪念品。活动由镇文化站组织。")]
    public void APublicCheckInAtAVillageSpot_IsThePublics(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Tourist-spot wording that makes the village's staff check in.
    [InlineData("桃花坞村赏花节扫码打卡活动", "游客可在景点扫码打卡，村干部每天在打卡点扫码签到值守。")]
    [InlineData("关于网红打卡点值守的通知", "各村要安排专人每天在网红打卡点扫码打卡，上传值守照片。")]
    [InlineData("关于景区打卡点管理的通知", "各村：\n游客打卡点由各村负责，村干部每天到打卡点签到并拍照上传。")]
    public void ATouristSpotWordingThatMakesVillageStaffCheckIn_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    // "The team or staff that carry out an assessment the notice names and excludes (政治考核 — the political vetting of a
    // conscript) are that assessment's: 考核组, 考核人员 and 考核部门 after it assess no village."
    [Theory]
    [InlineData("区人武部关于征兵政治考核走访的说明",
        "征兵政治考核由公安机关和武装部门按规定开展，考核人员可以到应征青年户籍所在村走访，村干部如实介绍情况即可。")]
    [InlineData("镇武装部关于配合征兵政治考核的通知",
        "各村：\n政治考核组将于下月到应征青年家中走访。请各村兵役联络员陪同考核组走访，政治考核表由考核部门填写。")]
    public void TheTeamOfAnExcludedAssessment_AssessesNoVillage(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The villages assessed beside the vetting, in its own words.
    [InlineData("关于征兵工作的通知", "各村：\n政治考核结束后，镇里对各村征兵工作考核排名。")]
    [InlineData("关于征兵工作的通知", "各村：\n政治考核组走访后，考核组对各村征兵工作考核打分。")]
    // No vetting named: a 考核组 is the township's team assessing the villages.
    [InlineData("关于年终考核的通知", "各村：\n镇考核组将于下月到各村考核。")]
    public void AnAssessmentOfTheVillagesBesideTheVetting_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    // "A sign-in at the door of a meeting or training one attends records attendance at that event; it is no check-in of
    // the village's work — unless it recurs or asks for proof of place or presence."
    [Theory]
    [InlineData("关于召开秋冬季防火工作会议的通知", "各村：\n定于下周一上午在镇政府会议室召开防火工作会议。\n参会要求：请提前15分钟到会签到。")]
    [InlineData("农技员培训班须知", "县农业农村局农技培训班3月5日在县农广校举行，参训的村农技员请于上午9点前到报告厅门口扫码签到，领取资料。")]
    public void ASignInAtAMeetingOrTrainingAttended_RecordsAttendance(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于召开护林员会议的通知", "各村：\n参会人员每天在APP签到，会后拍照上传。")]
    [InlineData("关于召开护林员会议的通知", "各村：\n会后各村护林员巡山时在APP签到定位。")]
    [InlineData("关于例会的通知", "各村：\n各村干部参加每周例会，到会议室签到并拍照发群。")]
    [InlineData("关于驻村培训的通知", "各村：\n培训期间，参训的村干部每日到村委会签到。")]
    public void ASignInThatRecursOrProvesPresence_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    // "A list a heading puts outside the task commissioned to the village (不属于委托事项的：…) names what it is not given."
    [Theory]
    [InlineData("区医保局委托村（社区）协助医保宣传的协议（范本）",
        "一、委托事项：村（社区）协助在公开栏宣传医保政策。\n二、以下不属于本协议委托事项：代收医保费、开具证明、排名通报。")]
    public void AListPutOutsideTheCommissionedTask_IsNotGiven(string title, string description)
    {
        var rules = Rules(title, description);
        Assert.False(rules.Contains(PrecheckRules.ProhibitedItem) || rules.Contains(PrecheckRules.AssessmentBan), Explain(title, description));
    }

    [Theory]
    // A heading that leaves things outside the burden-reduction clean-up keeps them.
    [InlineData("关于减负清理的说明", "各村：\n以下事项不属于减负清理范围：按村排名通报。", PrecheckRules.AssessmentBan)]
    // The list after the heading names the villages acting.
    [InlineData("区医保局委托协议（范本）", "二、以下不属于本协议委托事项：各村每月按村排名通报。", PrecheckRules.AssessmentBan)]
    // A later clause of the sentence is not in the list.
    [InlineData("区医保局委托协议（范本）", "各村：\n二、以下不属于本协议委托事项：开具证明，各村代收医保费。", PrecheckRules.ProhibitedItem)]
    public void AHeadingThatKeepsOrGivesTheListedWork_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "An act split between a body and the village is the village's in its own part: 由镇执法队负责, 村委会负责对违建户处罚."
    [Theory]
    [InlineData("关于违建整治的通知", "各村：\n违建拆除由镇综合执法队负责，村委会负责对违建户处罚。")]
    [InlineData("关于违建整治的通知", "违建拆除由镇综合执法队负责，罚款由各村收取。")]
    public void AnActSplitWithTheVillageFinesStill_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);
}

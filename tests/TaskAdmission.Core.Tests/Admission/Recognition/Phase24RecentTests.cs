using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 24 (rt39–rt44's last false blocks): papers that report, answer or record tell a demand only to judge
/// it in the same sentence, and a notice opens with what was recently found before it forbids it. Each rule is checked
/// on the demo lists with sentences written for these tests, and beside it stand the wordings in which a department uses
/// the same shape to put the banned work on the villages anyway — those still fire.
/// </summary>
public sealed class Phase24RecentTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "In a paper that reports, answers or records, a demand the same sentence judges — not the village's, against the
    // rules, on the negative list, refused — is someone else's demand judged, not the paper's own."
    [Theory]
    [InlineData("东湾村两委会纪要", "时间：2027年3月2日\n会议情况：代表们提出，镇里发来的合同文本写明由村委会代征集贸市场税款，此项不属于村委会的法定职责。会议决定：该条款不予签订。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于防汛检查中发现问题的通报", "各镇（街道）：\n检查中发现以下问题：一、个别路段积水未清；二、东坡镇要求各村每晚在群里上传值守照片，违反减负有关要求；三、部分泵站维护不及时。", PrecheckRules.AppCheckIn)]
    [InlineData("南岭镇就县林业局来文的情况反映", "县林业局：\n贵局近期让各村同镇里签森林防火责任状，此举不符合减负规定，我镇建议撤回。", PrecheckRules.PledgeOrVeto)]
    [InlineData("对县交通局申请的准入审核意见", "县交通局：\n经审核，由村委会对公路两侧违章建筑实施执法拆除，该事项列入村级负面清单，不予准入。", PrecheckRules.ProhibitedItem)]
    public void ADemandTheSentenceJudges_InAPaperThatReports_IsNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The meeting's own demand, with a case for those who fail it.
    [InlineData("镇村干部联席会议纪要", "会议要求各村月底前与镇签好安全责任状，不符合要求的，予以通报。", PrecheckRules.PledgeOrVeto)]
    // The act is handed back to the villages after the verdict.
    [InlineData("南岭镇就县水务局来文的情况反映", "县水务局：\n贵局要求各村代收农户税费，虽不属于村里职责，但各村仍须在月底前收齐上交。", PrecheckRules.ProhibitedItem)]
    // A clause of the sentence speaks to the villages itself.
    [InlineData("关于巡河工作情况的通报", "各镇（街道）：\n二、请各村每天在群里上传巡河照片，不符合要求的照片退回重传。", PrecheckRules.AppCheckIn)]
    // The villages so qualified are the ones acted on.
    [InlineData("关于安全生产检查情况的通报", "各镇（街道）：\n对违反规定的村，一律签订整改责任状并在全镇排名通报。", PrecheckRules.PledgeOrVeto)]
    // A failure judged: the village is held to the act it did not do.
    [InlineData("关于护林防火情况的通报", "各镇（街道）：\n西岭村至今没有签订防火责任状，不符合镇里部署。", PrecheckRules.PledgeOrVeto)]
    // A task sent down is no report: its verdict words judge nothing told.
    [InlineData("关于开展违建整治的通知", "各镇人民政府：\n由各村负责对辖区违法建设进行强制拆除，违反规划的一律拆除。", PrecheckRules.ProhibitedItem)]
    public void AJudgedShapeThatStillPutsTheWorkOnTheVillages_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "What a notice says was recently found (近期发现，…) tells of others' practice; the notice's demand is what it asks after it."
    [Theory]
    [InlineData("关于规范涉村合同的通知", "各镇（街道）：\n日前发现，有的乡镇给村里下发的合同里夹带了安全生产责任书。今后合同中一律不得夹带此类文书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于精简涉村报表的通知", "各镇（街道）：\n近期发现，少数部门让村干部每天在APP上打卡并上传工作照片。此类做法即日起停止。", PrecheckRules.AppCheckIn)]
    public void WhatWasRecentlyFound_IsToldNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The finding ends where the sentence asks.
    [InlineData("关于补签责任书的通知", "各村：\n近期发现，部分村的安全责任书签得不及时，请各村本周内补签。", PrecheckRules.PledgeOrVeto)]
    // The next sentence demands.
    [InlineData("关于巡查打卡的通知", "各村：\n最近发现，各村巡查照片上传不及时。各村要每天在APP打卡并上传巡查照片。", PrecheckRules.AppCheckIn)]
    // A bare 发现 that states a case is no report.
    [InlineData("关于隐患排查的通知", "各村：\n近期发现隐患的，各村要与镇里签订整改责任书。", PrecheckRules.PledgeOrVeto)]
    public void AFindingFollowedByADemand_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 21 review: evasion probes against the rules phase 21 added (a negated heading and its numbered lines, a
/// refusing bracket, a heading of several clauses, a list struck out, a department named with 农村, 分别 and its kin). Each
/// probe is a department using the same shape to put banned work on the villages anyway; every sentence is written for
/// these tests. Probes that fired before the review stand as guards; those that passed are mended by a general rule.
/// </summary>
public sealed class Phase21ReviewTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A demand on the villages joined to a list a paper strikes out (…的条款、各村每年完成…) is a demand of its own: what strikes
    // the list out does not reach it." Each of these passed before the review.
    [Theory]
    [InlineData("关于废止部分文件条款的通知", "现决定废止要求村承担协税护税、违法建设查处的条款、各村每年完成招商引资指标。")]
    [InlineData("关于清理涉村文件的通知", "自即日起停止执行要求村（社区）开具居住证明的规定、各村每季度完成协税护税任务。")]
    [InlineData("关于废止部分文件条款的通知", "决定废止要求村级组织签订安全生产责任书等内容的条款、各村年内完成招商引资任务。")]
    [InlineData("关于减轻村级负担的通知", "停止向村下达招商引资指标、各村每年完成协税护税任务500万元。")]
    public void AVillagesDemandJoinedToAStruckOutList_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // Probes that fired before the review: they stand as guards of phase 21's rules.
    [Theory]
    [InlineData("关于取消部分考核事项的通知", "现取消对村的食品安全检查考核、各村须每月开展违法建设查处。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于减轻村级负担的通知", "取消对村的招商引资排名，协税护税任务仍由各村完成。", PrecheckRules.ProhibitedItem)]
    // A negated heading that refuses another body and hands the list to the villages.
    [InlineData("关于调整镇村职责的通知", "以下事项不再由镇经发办承担，统一交由各村承担：\n（一）招商引资；\n（二）协税护税。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于调整镇村职责的通知", "以下事项镇里不再承担，由村级组织负责：\n1．招商引资；\n2．违法建设查处。", PrecheckRules.ProhibitedItem)]
    // A bracket that refuses only the funds, insists, or turns round.
    [InlineData("工作事务清单（2027年版）", "二、重点工作（村级组织不承担经费）\n招商引资，协税护税，违法建设查处。", PrecheckRules.ProhibitedItem)]
    [InlineData("工作事务清单（2027年版）", "二、重点任务（村级组织不得推诿）\n招商引资，协税护税。", PrecheckRules.ProhibitedItem)]
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担，但须配合完成）\n招商引资，协税护税。", PrecheckRules.ProhibitedItem)]
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担）\n招商引资任务每村500万元。", PrecheckRules.ProhibitedItem)]
    // A heading of two clauses that names the villages or insists.
    [InlineData("委托服务协议（节选）", "第五条 下列事项由各村负责，镇里不再承担：招商引资、协税护税。", PrecheckRules.ProhibitedItem)]
    [InlineData("委托服务协议（节选）", "第五条 下列事项不属于本协议委托范围，乙方不得推诿：招商引资、协税护税。", PrecheckRules.ProhibitedItem)]
    // The villages named beside 乡村 and 农村.
    [InlineData("关于做好招商引资工作的通知", "招商引资任务由乡村两级共同承担，每年完成500万元。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于加强考勤管理的通知", "全镇农村两委干部每天须在APP定位打卡。", PrecheckRules.AppCheckIn)]
    // 分别, 个别, 特别, and 别 of 别忘了.
    [InlineData("关于做好协税护税工作的通知", "请各村分别完成协税护税任务，月底前报镇财政所。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于签订安全生产责任书的通知", "个别村未签订安全生产责任书的，须于月底前补签。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于加强考勤管理的通知", "各村干部别忘了每天在小程序定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于做好招商引资工作的通知", "各村特别要做好招商引资，年底前完成引资500万元。", PrecheckRules.ProhibitedItem)]
    public void Probe_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // What strikes out a list still strikes out all of it: two practices named, or a list closed by its head noun.
    [Theory]
    [InlineData("关于废止部分文件条款的通知", "现决定废止要求村（社区）承担招商引资、协税护税、违法建设查处等内容的条款。")]
    [InlineData("关于清理涉村文件的通知", "现取消要求村开具居住证明的规定、各村每月上报协税护税台账的做法。")]
    [InlineData("关于减轻村级负担的通知", "停止向村下达招商引资指标。")]
    [InlineData("关于减轻村级负担的通知", "取消各村每日报送协税护税台账、各村每周上报招商引资进度的要求。")]
    public void AStruckOutList_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    // (session 21, the lead's review) "A later clause that gives a refused list back to the villages (…仍要…完成以上任务)
    // takes the heading's refusal back." The first passed on the phase-21 code (it fired on phase 20's).
    [Theory]
    [InlineData("关于调整镇村职责的通知", "以下事项村级组织不再承担：\n（一）招商引资；\n（二）协税护税。\n村级组织仍要按月完成以上任务。")]
    [InlineData("关于调整镇村职责的通知", "以下事项不再由村级组织承担：\n✘ 招商引资任务\n✘ 协税护税\n但上述工作各村仍须配合完成，按季度上报进度。")]
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担）\n招商引资，协税护税。\n考虑到实际情况，以上事项今年各村还需继续完成。")]
    public void AListGivenBackToTheVillages_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // The refusal stands when the later clause refuses again, asks it of others, or names no village.
    [Theory]
    [InlineData("关于调整镇村职责的通知", "以下事项村级组织不再承担：\n（一）招商引资；\n（二）协税护税。\n以上事项各部门不得要求村级组织承担。")]
    [InlineData("关于调整镇村职责的通知", "以下事项村级组织不再承担：\n（一）招商引资；\n（二）协税护税。\n以上事项由镇经发办负责，须按月报镇党委。")]
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担）\n招商引资，协税护税。\n各村不应承担以上事项。")]
    public void ARefusedListNotGivenBack_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);
}

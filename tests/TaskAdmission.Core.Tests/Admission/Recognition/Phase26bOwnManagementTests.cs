using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26b: the party's and the township's own management papers. A branch collecting its members' dues, a
/// result said not to be tied to the village's assessment, and the village's own minutes answering what an outside body
/// asked are no demand on the village. Beside each quieting shape, the same shape used to put the banned work on the
/// villages anyway must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase26bOwnManagementTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A branch's own record: its members' party dues are the party's, not a tax or fee levied for a department.
    [InlineData("桃溪村党支部五月党员大会记录", "应到党员22人，实到20人。\n一、组织委员通报上半年党费收缴情况，全体党员均已按月交纳。")]
    [InlineData("关于按时交纳党费的提醒", "各党支部：\n请支部书记在每季度第一个月完成党费收缴，党员本人按月交纳。")]
    public void PartyDues_AreNoFeeCollectedForADepartment(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The dues named, and the villages told in a clause of its own to collect a villagers' fee.
    [InlineData("关于党员大会安排的通知", "各村党支部：\n收缴党费时，请各村顺便把村民的卫生费一并收齐，月底前上交镇财政所。")]
    // The dues named in the same clause as a premium the villages collect on the side.
    [InlineData("桃溪村党支部会议记录", "会议传达了镇里的要求：各村在收缴党费的同时代收村民医保费。")]
    public void PartyDues_BesideAFeeTheVillagesCollect_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A result kept in the person's file and said not to be tied to the village's assessment.
    [InlineData("关于帮扶队员年终评定结果的通知", "各派出单位：\n区委组织部已审定各第一书记的考核等次，名单附后。考核结果存入本人档案，与所在村的考核不挂钩。")]
    [InlineData("关于帮扶干部评价结果运用的说明", "各帮扶单位：\n评价结果只用于干部本人的评先评优，同村里的年度考核无关。")]
    public void AnAssessmentNamedAsNotTiedTo_IsNotApplied(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // Tied to it, and the villages at the bottom lose money.
    [InlineData("关于帮扶队员年终评定结果的通知", "各派出单位：\n考核结果存入本人档案，与所在村的考核挂钩，得分最低的村扣减运转经费。")]
    // Not tied, but a later clause ranks the villages by the members' scores.
    [InlineData("关于帮扶队员年终评定结果的通知", "各派出单位：\n考核结果存入本人档案，与所在村的考核不挂钩，但各村按队员得分排名通报。")]
    // The unlinking word elsewhere in the clause, not right after the village's assessment.
    [InlineData("关于村级考核的通知", "各村：\n与往年的做法不挂钩，今年对各村的考核按得分排名。")]
    public void AnAssessmentTiedOrRankedLater_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The village's joint meeting of its two committees, its name set off by quotes, refusing a paper a company asked for.
    [InlineData("杏林村“两委”联席会议记录", "时间：2026年9月1日\n议题：某物流公司要求村两委给新招的保安开无犯罪证明。\n讨论意见：该证明不属于村里可出具的事项，村委会不予出具，请其到派出所办理。")]
    // A bank's request answered in the committees' minutes.
    [InlineData("杏林村两委会议纪要", "议题：某银行支行要求村里给贷款户开财产状况证明。\n讨论意见：村委会不予出具，请银行自行核实。")]
    public void TheVillagesMinutes_RefusingAnOutsideBodysRequest_AnswerIt(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The same minutes deciding to issue it.
    [InlineData("杏林村“两委”联席会议记录", "议题：某物流公司要求村两委给新招的保安开无犯罪证明。\n会议决定：同意出具，由村文书办理。")]
    // Minutes that refuse something else, but consent to the company's request.
    [InlineData("杏林村“两委”联席会议记录", "议题一：某物流公司要求村两委给新招的保安开无犯罪证明。会议同意出具。\n议题二：镇里摊派的捐款任务，本村不承担。")]
    // A township's paper telling of a company's request and putting it on the villages.
    [InlineData("关于为企业招工出具证明的通知", "各村：\n某物流公司要求村两委给新招的保安开无犯罪证明，请各村本周内出具。")]
    public void AMinutesThatConsent_OrATownshipsPaper_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A township's pledge to its villages: the title names the township, 向 the villages and a pledging verb.
    [InlineData("白沙街道办事处向各社区作出的便民承诺书", "白沙街道办事处向辖区各社区承诺：街道的事街道办，不转给社区。本承诺由分管副主任签名后张贴。")]
    public void APledgeABodyMakesToTheVillages_IsTheBodys(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The same title, and the villages told to pledge back.
    [InlineData("白沙街道办事处向各社区作出的便民承诺书", "白沙街道办事处承诺：街道的事街道办。各社区也要向街道签订承诺书，月底前报街道党政办。")]
    // A pledge sent down to the villages to sign: no pledging verb.
    [InlineData("白沙街道办事处向各社区下发的安全承诺书", "请各社区书记签名后于月底前交回。")]
    // The township's title, but the paper is signed and handed back.
    [InlineData("白沙街道办事处向各社区作出的便民承诺书", "本承诺书一式两份，签名盖章后交回街道党政办一份。")]
    public void APledgeHandedBackOrSentDownToSign_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);
}

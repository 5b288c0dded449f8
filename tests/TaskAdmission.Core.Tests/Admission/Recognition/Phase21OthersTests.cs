using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 21 (agreements, lists and cancellations): clean papers blocked because a list the paper refuses to the
/// village was read as work given to it, a department's name was read as the village, or a word meant something else.
/// Checked on the demo lists (demo-lists.csv) as a department's notice would be; every sentence is written for these
/// tests, and beside each rule stand the wordings that must still fire — the same shape used to put the work on the
/// villages anyway.
/// </summary>
public sealed class Phase21OthersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "What an agreement or a list says the township may not hand to the village, item by item on numbered lines, is
    // refused to the village, not given to it."
    [Theory]
    [InlineData("委托服务协议示范文本",
        "第六条 甲方不得将下列事项委托乙方承担：\n（一）招商引资任务；\n（二）协税护税；\n（三）违法建设查处。\n第七条 甲方按季度拨付工作经费。")]
    [InlineData("关于规范村级事务的通知",
        "以下事项不再由村级组织承担：\n1．招商引资；\n2．违法建设查处。\n其余事项按原规定办理。")]
    public void NumberedLinesUnderAHeadingThatRefusesThem_AreNotTheVillagesWork(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A numbered line that names the villages or demands is a demand again.
    [InlineData("委托服务协议示范文本",
        "第六条 甲方不得将下列事项委托乙方承担：\n（一）开具证明；\n（二）各村须完成协税护税任务。")]
    [InlineData("委托服务协议示范文本",
        "第六条 甲方不得将下列事项委托乙方承担：\n（一）开具证明；\n（二）乙方应当负责招商引资，每年引进项目2个。")]
    // The line after the list is read as it stands.
    [InlineData("委托服务协议示范文本",
        "第六条 甲方不得将下列事项委托乙方承担：\n（一）开具证明；\n第七条 乙方负责招商引资，每年引进项目2个。")]
    // A heading that sanctions or insists does not refuse its list.
    [InlineData("关于做好下半年工作的通知", "以下任务不得拖延：\n（一）各村完成招商引资任务；\n（二）违法建设查处。")]
    public void NumberedLinesThatDemand_StillFire(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A heading of two clauses — the items are outside the agreement, and the township may not hand them to the village in
    // any form — refuses the list after its colon."
    [Theory]
    [InlineData("委托服务协议（节选）",
        "第五条 排除事项。下列事项不属于本协议委托范围，甲方不得以任何形式交由乙方承担：招商引资、协税护税、违法建设查处。")]
    public void ATwoClauseHeadingThatRefusesTheList_IsNotTheVillagesWork(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The last clause of the heading puts the list on the other party or the villages after all.
    // (A title naming no body: the heading decides.)
    [InlineData("委托服务协议（节选）", "第五条 下列事项不属于本协议委托范围，乙方须另行承担：招商引资、协税护税。")]
    [InlineData("委托服务协议（节选）", "第五条 下列事项不属于委托范围，但各村仍要承担：招商引资、协税护税。")]
    [InlineData("委托服务协议（节选）", "第五条 下列事项不属于委托范围，乙方不得拒绝承担：招商引资、协税护税。")]
    public void ATwoClauseHeadingThatTurnsToADemand_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A heading line whose note in brackets says the village does not undertake what follows (a negative list) heads the
    // list written on the next line."
    [Theory]
    [InlineData("工作事务清单（2027年版）",
        "一、依法协助政府工作事项\n1．协助开展征兵宣传\n二、负面清单（村级组织不承担）\n招商引资，协税护税，违法建设查处。\n清单以外事项须经镇准入审核。")]
    public void ANegativeListUnderABracketedHeading_IsNotTheVillagesWork(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Only the next line is the list; a line after it, or a next line naming the villages or demanding, is read as it stands.
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担）\n开具证明。\n各村每年完成招商引资任务500万元。")]
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担）\n各村要完成招商引资任务。")]
    [InlineData("工作事务清单（2027年版）", "二、负面清单（村级组织不承担）\n招商引资任务由乙方承担，须按季度完成。")]
    // A bracket that refuses something else (the funds) does not refuse the line after it.
    [InlineData("关于下达招商任务的通知", "二、重点任务（镇里不承担经费）\n招商引资任务500万元，分解到各村。")]
    public void ALineUnderANegativeListThatDemands_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A department whose name holds 农村 (农业农村委员会) is a department, not a village committee."
    [Theory]
    [InlineData("东湖区农业农村委员会关于规范农资门店检查工作的通知",
        "农资门店检查由区农业综合行政执法大队实施，不得抽调村（社区）干部参与检查。")]
    public void AnAgricultureAndCountrysideCommittee_IsADepartment(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("东湖区农业农村委员会关于开展农资门店检查的通知", "请各村（社区）每月对辖区农资门店开展一次检查，检查表报区农业农村委员会。")]
    [InlineData("关于开展农资门店检查的通知", "石桥村村民委员会负责对本村农资门店开展日常检查。")]
    public void TheVillagesStillInspectingForTheCommittee_StillFire(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A paper that strikes out the clauses of other papers demanding a list of things of the village (A、B、C等内容的条款)
    // strikes out every item of the list, however long."
    [Theory]
    [InlineData("关于废止部分文件条款的通知",
        "现决定废止5份文件中要求村（社区）承担违法建设查处、协税护税、食品安全检查、招商引资指标、签订责任书、挂牌上墙等内容的条款。")]
    public void AListOfDemandsStruckOut_IsStruckOutToItsEnd(string title, string description)
    {
        Quiet(title, description, PrecheckRules.ProhibitedItem);
        Quiet(title, description, PrecheckRules.PledgeOrVeto);
        Quiet(title, description, PrecheckRules.Signboard);
    }

    [Theory]
    // An item naming the villages is a demand of its own, joined to the list.
    [InlineData("关于废止部分文件条款的通知", "现决定废止要求村（社区）承担协税护税、食品安全检查的条款、各村每年签订责任书。", PrecheckRules.PledgeOrVeto)]
    public void AVillagesItemJoinedToAStruckOutList_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A contracting household (承包户) is no household a cadre is assigned to (包户)."
    [Theory]
    [InlineData("关于撂荒地整治的通知", "撂荒地整治按镇农业服务中心的计划推进，各村协助做好政策宣传和承包户动员。")]
    public void AContractingHousehold_IsNoAssignedHousehold(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于项目征迁的通知", "各村干部包户动员，确保月底前全部腾退。")]
    [InlineData("关于项目征迁的通知", "各村干部包户上门动员，承包户月底前全部搬迁。")]
    public void CadresAssignedToHouseholdsForDemolition_StillFire(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);
}

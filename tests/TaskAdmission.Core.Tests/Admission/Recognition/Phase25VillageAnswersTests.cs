using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 25 (the village's answers and its ledger of demands, developed on rt47's false blocks): a village's own
/// reply, view, complaint or report sent up or out — to a tax office, the township, its 纪委 — its minutes that refuse what
/// it was asked, and its ledger of the demands it received put nothing on the village: the demand they tell of is reported,
/// not made. Beside each rule stand the wordings in which the village passes the demand on to its own groups or staff, or
/// accepts to carry it out, and a township's answer that keeps the demand — those still fire. All sentences are written
/// for these tests.
/// </summary>
public sealed class Phase25VillageAnswersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A village's reply, refusal, report or complaint about what it was asked puts nothing on it."
    [Theory]
    // The committee written after the village's full name (柏溪村村委会), a letter to a tax office.
    [InlineData("柏溪村村委会关于代征出租门面的税款的复函",
        "县税务局城南分局：\n贵局来函请我村代征出租门面的税款。经两委研究，代征税款不是村委会的法定职责，我村不签代征协议，请贵局自行征收。\n柏溪村村委会",
        PrecheckRules.ProhibitedItem)]
    // A view sent to the township: the township's demand told with no word of complying, in a paper that asks to drop it.
    [InlineData("云杉村村委会关于森林防火责任书的意见",
        "石桥镇人民政府：\n镇里要求各村签森林防火责任书，出了火情一律一票否决。我村认为火灾责任本村无法承担，请镇里取消与各村签的这份责任书。",
        PrecheckRules.PledgeOrVeto)]
    // A complaint to the township's 纪委 about a department's scheme.
    [InlineData("云杉村党支部关于走访定位打卡问题的情况反映",
        "中共石桥镇纪委：\n镇社会事务办的走访方案要求村干部每次入户打开定位打卡。群众对此多有意见，我们建议取消定位打卡，以走访登记为准。",
        PrecheckRules.AppCheckIn)]
    // A report taking back a consent given before: the act it agreed to it no longer does.
    [InlineData("柏溪村村委会关于停止代收村民出租门面的税款的报告",
        "石桥镇人民政府：\n年初，镇里在会上要求村里代收村民出租门面的税款，村里当时同意照办。经两委研究，此事不属于村里的职责，本村自下月起不再代收，已收款项全部交镇财政所。",
        PrecheckRules.ProhibitedItem)]
    public void AVillagesAnswerSentUpOrOut_PutsNothingOnIt(string title, string description, string rule) =>
        Quiet(title, description, rule);

    // "Minutes in which the village decides to refuse or report a demand, and its ledger of what it was asked, are its record
    // of the demand."
    [Theory]
    [InlineData("柏溪村两委会议纪要（关于代收税款事项）",
        "3月2日，村两委召开会议，讨论县税务分局要求村里代收村民出租门面的税款一事。会议决定书面报告镇里，本村不承担代收。",
        PrecheckRules.ProhibitedItem)]
    [InlineData("云杉村2026年上级交办事项登记台账",
        "说明：本村对收到的上级要求逐件登记。\n序号｜来源｜事项｜要求方式｜办理情况\n1｜镇综治办｜平安建设责任状｜村签字后报镇｜未签，已书面说明\n2｜区某局｜工作群每日打卡｜村干部每天打卡｜已向镇里反映",
        PrecheckRules.PledgeOrVeto)]
    [InlineData("云杉村2026年上级交办事项登记台账",
        "说明：本村对收到的上级要求逐件登记。\n序号｜来源｜事项｜要求方式｜办理情况\n1｜镇综治办｜平安建设责任状｜村签字后报镇｜未签，已书面说明\n2｜区某局｜工作群每日打卡｜村干部每天打卡｜已向镇里反映",
        PrecheckRules.AppCheckIn)]
    [InlineData("枫林社区第二季度收到开具证明要求情况登记",
        "报：石桥镇民政办\n本季度收到单位要求出具的证明共30件，清单外的9件未出具，其中亲属关系证明5件，无犯罪记录证明4件。",
        PrecheckRules.ProhibitedCertificate)]
    public void MinutesThatRefuseAndALedgerOfDemandsReceived_PutNothingOnIt(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // Minutes that record the township's order and decide to carry it out.
    [InlineData("柏溪村两委会议纪要",
        "村两委召开会议，传达镇里通知。会议决定按镇里要求，各村民小组长每日在工作群里定位打卡。", PrecheckRules.AppCheckIn)]
    // Minutes that refuse one demand and carry out another.
    [InlineData("柏溪村两委会议纪要",
        "会议决定：一、本村不承担代收税款；二、按镇里要求，各村民小组长每日在工作群里定位打卡。", PrecheckRules.AppCheckIn)]
    // A reply that agrees.
    [InlineData("柏溪村村委会关于代征出租门面的税款的复函",
        "县税务局城南分局：\n贵局来函收悉。经两委研究，我村同意代收村民出租门面的税款，每月底交贵局。", PrecheckRules.ProhibitedItem)]
    // A view that refuses one clause and passes the pledge on to the village's own groups.
    [InlineData("云杉村村委会关于森林防火责任书的意见",
        "石桥镇人民政府：\n镇里要求各村签森林防火责任书。本村不同意一票否决的写法，但责任书由各村民小组长本周内签订。", PrecheckRules.PledgeOrVeto)]
    // A ledger whose handling says the village did it and carries on.
    [InlineData("云杉村2026年上级交办事项登记台账",
        "序号｜来源｜事项｜要求方式｜办理情况\n1｜镇民政办｜走访每日打卡｜群里通知｜各村民小组长已每天在群里打卡，今后继续", PrecheckRules.AppCheckIn)]
    // A township's answer that keeps the demand, and a village's paper to its own groups passing the township's order down.
    [InlineData("石桥镇政府关于柏溪村反映责任书问题的答复",
        "柏溪村委会：\n你村来函收悉。经研究，森林防火责任书各村仍须签订，请你村于月底前签订后报镇应急办。", PrecheckRules.PledgeOrVeto)]
    [InlineData("柏溪村村委会关于签订安全责任书的函",
        "各村民小组：\n镇里要求签安全责任书，请各组长于本周内签字后交村委会。", PrecheckRules.PledgeOrVeto)]
    public void TheVillagePassingItOnOrAcceptingIt_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "In a paper that refuses, the figures of the burden and the village's complaint of what it was driven to report it."
    [Theory]
    [InlineData("云杉村两委会议纪要（关于群内打卡问题）",
        "村两委召开会议。经统计，上月村干部一共加入工作群30个，每人每天用于拍照、接龙的时间约两小时。会议决定报告镇里，请求取消群内打卡。")]
    [InlineData("云杉村党支部关于走访拍照问题的情况反映",
        "中共石桥镇纪委：\n山里信号差，照片常常传不上去，村干部只好再跑一趟补拍上传。建议取消照片上传，以走访登记为准。")]
    public void FiguresAndComplaintsInARefusingAnswer_PutNothingOnIt(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Figures in a paper that refuses nothing: the village reports that its groups do it.
    [InlineData("柏溪村村委会关于群内打卡情况的报告", "石桥镇人民政府：\n经统计，本村各村民小组长每日在群里打卡报到。")]
    // A refusing letter that passes other work to its groups in another sentence.
    [InlineData("柏溪村村委会关于代收税款问题的报告",
        "石桥镇人民政府：\n本村不承担代收税款。本村网格员今后每天在群里定位打卡。")]
    // A refusing letter that tells the township's demand and consents to it in the next sentence.
    [InlineData("柏溪村村委会关于代收税款问题的报告",
        "石桥镇人民政府：\n镇里要求各村每天在群里定位打卡。我村已照办。另，代收税款一事本村不承担。")]
    public void WorkPassedOnBesideFiguresOrARefusal_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 22 (work the pre-check missed, and evasions the phase-21 review left open): a station the villages are
/// made to set up, a negation that refuses only sole charge, a noun that opens with a negation, and the words an approver
/// uses for a yellow card, a comparison circulated, a village named for not reporting and a written account of a disappearance —
/// checked on the demo lists (demo-lists.csv), beside wordings with the same words that stay quiet. Sentences written for
/// the tests.
/// </summary>
public sealed class Phase22RecallTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A station the villages are made to set up is the village's own post: its signboard is the village's signboard."
    [Theory]
    [InlineData("关于在各村建设平安守护站的通知", "各乡镇：\n请各乡镇组织所辖村（社区）于9月底前建成“平安守护站”，每站配备守护员2名，统一悬挂站牌，工作制度上墙。")]
    [InlineData("关于设立邻里调解站的通知", "各村：\n镇里决定在全镇9个村全部设立“邻里调解站”，每站明确调解员1名，调解流程制作成版面上墙。")]
    public void AStationSetUpInEveryVillage_FiresSignboard(string title, string description) =>
        Fires(title, description, PrecheckRules.Signboard);

    // "…and what the station is told to do is the village's work, whatever the station's name says."
    [Theory]
    [InlineData("关于设立集市食品安全监管站的通知", "各镇：\n凡有集市的村，须设立“集市食品安全监管站”，监管站负责对集市摊点开展日常监督检查，对销售过期食品的依法查处。")]
    public void AStationSetUpInTheVillagesThatSupervisesMarkets_FiresItem(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The county builds its own station and its staff inspect; the villages only spread the word.
    [InlineData("关于建设县级食品安全监管站的通知", "县市场监管局在县城建设“食品安全监管站”，监管站负责对全县农贸市场开展日常监督检查。各村做好宣传。")]
    public void AStationTheCountySetsUpItself_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A company's own service station, with its own sign, is no village's.
    [InlineData("关于设立供电服务站的通知", "县供电公司在城区设立“便民供电服务站”，服务站统一悬挂公司标牌。")]
    public void AStationACompanySetsUp_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.Signboard);

    // "Refusing the village sole charge of a list refuses it nothing: it still shares the work."
    [Theory]
    [InlineData("关于调整村级组织工作事项的通知", "各村：\n以下事项不再由村级组织单独承担：\n（一）招商引资任务；\n（二）协税护税任务。")]
    [InlineData("关于调整村级组织工作事项的通知", "各村：\n招商引资任务不再由村委会独自负责，由镇经发办会同各村完成。")]
    public void ANegationOfSoleCharge_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The list refused outright stays refused.
    [InlineData("关于调整村级组织工作事项的通知", "各村：\n以下事项不再由村级组织承担：\n（一）招商引资任务；\n（二）协税护税任务。")]
    public void ANegationOfTheWholeWork_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    // "A prohibition order is a thing named, not a refusal: the warning the village must decide is still demanded."
    [Theory]
    [InlineData("关于矫正对象管理的通知", "各村：\n对违反禁止令的矫正对象，由村委会作出书面警告决定，并报镇司法所备案。")]
    public void AWarningAfterAProhibitionOrder_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The warning is the justice bureau's; a real prohibition still refuses.
    [InlineData("关于矫正对象管理的通知", "各村：\n对违反禁止令的矫正对象，由县司法局依法作出警告决定，村委会协助做好教育。")]
    [InlineData("关于矫正对象管理的通知", "各村：\n禁止由村委会对矫正对象作出警告决定。")]
    public void AWarningNotTheVillages_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    // "A yellow card, a comparison circulated, a village named for not reporting: all rank the villages."
    [Theory]
    [InlineData("关于秋季防疫情况的通报", "各村：\n接种率低于90%的村，在全乡给予黄牌警示。")]
    [InlineData("关于秋季防疫情况的通报", "各村：\n现将各村接种情况比对通报如下：东湾村96%、西岭村91%。")]
    [InlineData("群消息", "各村：今晚8点前把本周巡查台账发到群里，没报的村明天在全镇会上通报。")]
    public void YellowCardsComparisonsAndNamesCirculated_FireAssessment(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A yellow card shown to a business and a comparison of two data sets concern no village.
    [InlineData("关于企业排污管理的通知", "区生态环境局对超标排放的企业给予黄牌警示。")]
    public void AYellowCardForABusiness_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    // "A written account of a person's disappearance the village is asked for is a certificate."
    [Theory]
    [InlineData("关于协助办理失踪人员有关手续的通知", "石门村：\n请村委会出具该村民自去年3月起下落不明、经亲属多方寻找无果的情况说明，加盖公章后交镇民政办。")]
    public void AWrittenAccountAskedOfTheVillage_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The township writes its own account, and says so.
    [InlineData("关于失踪人员有关手续的说明", "镇民政办将出具该村民下落不明、经多方寻找无果的情况说明，村委会不出具。")]
    public void AnAccountWrittenByOthers_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A check-in point for tourists and a demonstration the province names on its own.
    [InlineData("关于柏林村赏花季的宣传推文", "柏林村花海设置了网红打卡点，欢迎游客前来拍照打卡。")]
    public void ATouristsCheckInPoint_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("省农业农村厅公告", "省农业农村厅公布第三批省级乡村振兴示范村名单，我县柏林村入选，特此公示。")]
    public void ADemonstrationTheProvinceNamesOnItsOwn_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.Demonstration);

    // (session 22, a lead's probe) "Whoever the paper names to do it from now on (统一由…, 今后…) does it: a prohibition before
    // does not reach that far."
    [Theory]
    [InlineData("关于优化巡河工作的通知", "各村：\n不得要求村（社区）重复填报台账，统一由各村每天在APP打卡并上传照片。")]
    [InlineData("关于精简报表的通知", "各镇（街道）：\n不得要求村（社区）重复填报报表，今后统一由各村每天在APP打卡上传工作照片。")]
    [InlineData("关于精简报表的通知", "各村：\n不得要求村（社区）填报纸质台账，今后各村每天在APP打卡上传工作照片。")]
    public void WhoeverThePaperNamesFromNowOn_AfterAProhibition_IsDemanded(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The one named from now on is another body.
    [InlineData("关于精简报表的通知", "各村：\n不得要求村（社区）重复填报报表，今后统一由区大数据局从系统取数，不再要求各村拍照上传。")]
    public void AnotherBodyNamedFromNowOn_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);
}

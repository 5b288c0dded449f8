using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 27 (helper s27-3): reading rules for the false blocks left in the older parts — who does the act, whose
/// paper it is, what a sentence is about. Every sentence is written for these tests, in lines of work the corpus does not
/// use (a power company, a water bureau, a motorway project, filling stations, a property company); beside each quieting
/// rule stands a wording in which a department uses the same shape to put the work on the villages anyway, which must fire.
/// </summary>
public sealed class Phase27ReadingTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    // "A paper that reports or answers may tell a demand in one sentence and judge it in the next: the demand is told, not made."
    [Fact]
    public void ADemandJudgedInTheNextSentence_StaysQuiet()
    {
        // An upward 情况反映: the verdict clause names the act again.
        Quiet("关于县供电公司来函所提要求的情况反映",
            "县发展改革局：\n县供电公司8月下发的《关于线路通道维护的函》要求各村与供电所签订护线责任状。\n经我镇研究，线路保护是电力企业的法定义务，签订责任状也违背减负规定。我镇未向各村转发该函。",
            PrecheckRules.PledgeOrVeto);
        // A 通报 item: the sentence after it takes the demand up (该要求…) and judges it; the body that made it opens the item.
        Quiet("关于3起向村下派任务问题的通报",
            "各镇、县直各部门：\n近期发现3起违规向村下派任务问题，现通报如下：\n一、县水务局在河道清淤工作中，要求村委会对占用河道的违章建筑发出限期拆除通知。该要求属执法事项，村委会没有执法权。\n二、县卫健委某科要求村委会对本地诊所进行食品卫生抽查。\n以上问题已责令相关部门收回文件。村（社区）确需协助的，须经准入审核。",
            PrecheckRules.ProhibitedItem);
    }

    [Fact]
    public void ADemandJudgedAndHandedBack_OrRepeatedToTheVillages_Fires()
    {
        // The verdict is passed, but the act is handed back to the villages after it.
        Fires("关于县供电公司来函所提要求的情况反映",
            "县发展改革局：\n县供电公司8月下发的《关于线路通道维护的函》要求各村与供电所签订护线责任状。\n签订责任状虽违背减负规定，但各村仍须按期签订。",
            PrecheckRules.PledgeOrVeto);
        // The same item, but the paper tells the villages to go on with it.
        Fires("关于3起向村下派任务问题的通报",
            "各镇、县直各部门：\n近期发现3起违规向村下派任务问题，现通报如下：\n一、县水务局在河道清淤工作中，要求村委会对占用河道的违章建筑发出限期拆除通知。请各村继续执行。\n以上问题已责令相关部门收回文件。",
            PrecheckRules.ProhibitedItem);
    }

    // "A title that names the practice as a breach (关于违规…的通报) reports it: what it names counts where the text demands it."
    [Fact]
    public void ATitleNamingABreachThatTheTextReports_StaysQuiet() =>
        Quiet("关于违规向村（社区）加挂协会牌子问题的通报",
            "近期督查发现，县电力协会要求9个村加挂“护线服务站”牌子。该事项未经准入，现予通报，牌子由该协会自行摘除。",
            PrecheckRules.Signboard);

    [Fact]
    public void ATitleNamingABreachOverATextThatHangsTheBoard_Fires() =>
        Fires("关于违规挂牌问题的整改通知", "各村：\n各村须于月底前在村部大门旁统一挂牌“护线服务站”，并上墙公示制度。",
            PrecheckRules.Signboard);

    // "The words between a verdict and the rule it names (不符合…规定) name the rule; they ask nothing of anyone."
    [Fact]
    public void ARuleNamedAfterAVerdict_StaysQuiet() =>
        Quiet("县减负专班督办单",
            "督办事项：经排查，某镇近年在村里加挂的各类服务点标识共12块，不符合村级组织牌子目录管理规定。\n办理要求：请该镇于月底前全部撤除，撤除情况报专班。",
            PrecheckRules.Signboard);

    [Theory]
    // The rule named as the ground of a demand on the villages.
    [InlineData("关于加挂服务点牌子的通知", "各村：\n为落实挂牌目录的管理规定，各村须在村部加挂服务点牌子，并上墙公示制度。")]
    // A demand between the verdict and the rule's head.
    [InlineData("通知", "各村：\n不符合挂牌规定要求各村补挂服务点牌子，并上墙公示制度。")]
    public void ARuleNamedAsTheGroundOfADemand_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.Signboard);

    // "A topic clause takes the doer a later clause names by 由 … 负责, even a project's own team the reader does not know."
    [Fact]
    public void ATopicGivenToAProjectsTeam_StaysQuiet() =>
        Quiet("关于高速公路征地政策宣讲的通知",
            "石门村、河口村：\n沿线征地的丈量复核、补偿协议签订，由市高速公路建设指挥部征地组负责。请两村开好村民大会，村委会通知农户到场。",
            PrecheckRules.ProhibitedItem);

    [Theory]
    // The same topic given to the villages' committees.
    [InlineData("关于高速公路征地工作的通知", "石门村、河口村：\n沿线征地的丈量复核、补偿协议签订，由两村村委会负责。")]
    // A group the villages set up is theirs.
    [InlineData("关于高速公路征地工作的通知", "各村：\n各村成立征地组，沿线征地补偿协议的签订由征地组负责。")]
    public void ATopicGivenToTheVillagesOrTheirOwnGroup_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "Coming upon a hazard on one's rounds and reporting it is not inspecting the firm: the firm is what is found."
    [Fact]
    public void AFindingOnRoundsThatIsReported_StaysQuiet() =>
        Quiet("关于加油站安全隐患处置的说明",
            "加油站的安全监管归县应急管理局。各村安全员在平时巡查时发现加油站存在隐患的，拍照报告镇应急办即可。",
            PrecheckRules.ProhibitedItem);

    [Theory]
    // The villages patrol the stations themselves.
    [InlineData("关于加油站安全隐患处置的说明", "各村安全员每周巡查辖区加油站，发现隐患报告镇应急办。")]
    // The finding is followed by an order to the station.
    [InlineData("关于加油站安全隐患处置的说明", "各村安全员在平时巡查时发现加油站存在隐患的，当场责令其停业整改。")]
    public void InspectingTheFirmOrActingOnTheFinding_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A village word glued to a channel (社区小程序, 网格平台) names the channel; the daily work is the body's that does it."
    [Fact]
    public void AChannelNamedAfterTheVillage_StaysQuiet() =>
        Quiet("关于报修信息处理的说明", "居民通过社区小程序上报的报修信息由物业公司每天汇总处理。", PrecheckRules.AppCheckIn);

    [Fact]
    public void TheVillagesReportingDailyThroughTheChannel_Fires() =>
        Fires("关于报修信息处理的说明", "报修信息由各社区每天通过小程序上报物业公司。", PrecheckRules.AppCheckIn);

    // "What the villages did before and the paper hands over to a department is no longer theirs."
    [Fact]
    public void TheFormerDoersRecordsHandedOver_StayQuiet() =>
        Quiet("关于调整加油站安全职责的通知", "原由各村建立的加油站安全检查记录，全部移交县应急管理局。", PrecheckRules.ProhibitedItem);

    [Theory]
    // The villages keep them up.
    [InlineData("关于调整加油站安全职责的通知", "原由各村建立的加油站安全检查记录，由各村继续每月更新。")]
    // The villages make them and hand them over every quarter: they still inspect.
    [InlineData("关于调整加油站安全职责的通知", "加油站安全检查记录由各村建立，每季度移交县应急管理局。")]
    public void RecordsTheVillagesStillKeep_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);
}

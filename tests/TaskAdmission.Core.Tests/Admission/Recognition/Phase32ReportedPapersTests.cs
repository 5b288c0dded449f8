using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 32 (helper s32-1): papers that record, report or answer and put nothing new on the village — a 通报 of
/// cases found and corrected, a report of what was put right, an inspection's feedback, an answer to a letter or to the
/// villages' complaints, a news piece, a mediation agreement, a station's message about its own finished work. An approver:
/// "what such a paper tells was found, complained of, done, ended or said is not asked of anyone; a sentence of it that
/// still has the villages do the banned thing from now on fires." The sentences are written for these tests in lines of
/// work the corpus does not use (a weather bureau, a post office, a tobacco office, a library, a fishery station, a power
/// supplier, an archive); beside each quieting shape, its twin that puts the work on the villages must fire.
/// </summary>
public sealed class Phase32ReportedPapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // ---- What an inspection found, told with a comma, after a discipline body's or a complaint's occasion ----

    [Theory]
    // A verb of finding before a comma, the occasion named: the sentence tells what was found.
    [InlineData("县气象局关于气象信息员管理问题的情况通报", "各乡镇气象站：\n近日，县局在随机暗访中发现，某乡气象站让辖区各村的信息员每日在“天气通”上定位打卡并截图发群，已责令该站停止。")]
    // A discipline body's verification, its colon.
    [InlineData("县邮政分公司基层减负情况通报", "各支局：\n县纪委监委在专项整治中查实：某支局让村邮站所在村的村干部每晚往工作群里报送投递照片。")]
    // The public's complaint forwarded, its colon.
    [InlineData("县烟草专卖局关于一起基层负担问题的通报", "各专卖所：\n近期，县纪委转来一封群众来信反映：某专卖所要求村委会每周拍照上传辖区零售户巡查情况。")]
    // A letter's complaint before a comma, in an answer.
    [InlineData("县图书馆关于村民来信的答复", "某村村民委员会：\n你村来信反映，我馆流动服务点要求村干部每次借阅活动都拍照上传打卡，负担较重。经核实，该要求已于上月取消。")]
    public void WhatWasFoundOrComplainedOf_AsksNoCheckIn(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Told with a comma but with no sanction or undoing in the paper: shown to a person (phase 21 and 25), neither quiet nor
    // refused.
    [InlineData("县气象局关于气象信息员管理问题的情况通报", "各乡镇气象站：\n近日，县局在随机暗访中发现，某乡气象站让辖区各村的信息员每日在“天气通”上定位打卡并截图发群。")]
    public void AFindingWithoutItsSanction_IsReviewed(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.NotEqual(PrecheckOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.AppCheckIn && f.Severity == FindingSeverity.Warn);
    }

    [Theory]
    // The comma's finding, then the villages told to go on.
    [InlineData("县气象局关于气象信息员管理问题的情况通报", "各乡镇气象站：\n近日，县局在随机暗访中发现，部分信息员履职不到位，各村气象信息员要每天在“天气通”上定位打卡。")]
    // The finding's own clause asks: no finding.
    [InlineData("县气象局关于气象信息员管理的通知", "各村：\n各村要及时向县局督查组反馈，每天在“天气通”上定位打卡。")]
    // The complaint, then the answer puts the check-in on the villages again.
    [InlineData("县图书馆关于村民来信的答复", "某村村民委员会：\n你村来信反映，流动服务点活动多。经研究，今后村干部每次借阅活动仍须拍照上传打卡。")]
    public void TheFindingsThenAnOrder_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // ---- A whole report that also orders the villages from now on: it blocks ----

    [Theory]
    // The case found with a comma and corrected, then the paper's own order for the villages.
    [InlineData("关于档案服务点叫查询人回村开证明问题的通报", "各镇：\n近日，县局在随机暗访中发现，某档案服务点仍要求查询人带上村委会出具的无业证明，已责令改正。今后申请档案查询补贴的，一律由村委会出具无业证明。")]
    public void AReportThatAlsoAsksACertificate_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The problems found, listed and corrected, then the villages told to check in.
    [InlineData("关于电力营销领域几类作风问题的通报", "各供电所：\n近期，市公司通过暗访，发现电费回收工作中几个突出问题：\n一、某供电所让村电工每晚到群里接龙报到，已责令停止；\n二、某供电所将满意度按村排名。\n各村电工要每晚到工作群里接龙报到。")]
    // What was put right, then what holds from now on.
    [InlineData("县渔政站就环保督察意见整改情况的报告", "县农业农村局：\n对照反馈意见，我站整改情况如下：\n一、约谈了相关责任人；\n二、今后各村管理员每天在渔政APP上定位打卡。")]
    public void AReportThatAlsoAsksACheckIn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // ---- The problems named as the object of the finding, one problem of a numbered feedback, 反馈问题 ----

    [Theory]
    // The problems found, named as the object, then listed.
    [InlineData("关于电力营销领域几类作风问题的通报", "各供电所：\n近期，市公司通过暗访和工单分析，发现电费回收工作中几个突出问题：\n一、某供电所要求村委会干部上门催收电费；\n二、某供电所将电费回收率按村排名。\n以上两个问题均已责令纠正。")]
    // The third problem of an inspection's feedback: its paragraph, past its first sentence.
    [InlineData("县审计局对县供电公司专项审计的情况通告（节录）", "审计发现的突出问题之二：服务群众意识不强。该公司个别供电所把电费催收任务摊派给村里，要村干部挨户上门催收。")]
    // A feedback heading opening the line.
    [InlineData("关于省环保督察组所提意见整改进展的公示（电力部分）", "反馈问题：个别供电所将电费催收任务分解给村委会，由村干部代收电费的情况突出。\n整改情况：已全部纠正。")]
    public void ProblemsFoundAndListed_AskNoCollection(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A numbered problem that says what holds from now on.
    [InlineData("关于电力营销领域几类作风问题的通报", "各供电所：\n近期，市公司通过暗访，发现电费回收工作中几个突出问题：\n一、部分台账不全；\n二、今后村委会干部要继续上门催收电费。")]
    // The feedback's paragraph goes on to the paper's own demand with a modal.
    [InlineData("县审计局对县供电公司专项审计的情况通告（节录）", "审计发现的突出问题之二：服务群众意识不强。各村要安排村干部挨户上门催收电费。")]
    // A plan's measures after the problem are a plan, not what was found.
    [InlineData("供电公司落实省环保督察意见的方案（电力）", "反馈问题：电费回收率低。\n整改措施：请各村委会组织村干部挨户上门催收电费。")]
    public void AfterTheProblems_ACollectionOrdered_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // ---- A case passed on and quoted, a body found still demanding ----

    [Theory]
    // The forwarded case quoted before 问题线索; the unit found still demanding it (仍要求).
    [InlineData("关于一条负担问题线索的核实反馈", "县减负办：\n你办转来的“某渔政站让村干部每天到渔船停靠点拍照打卡”问题线索，我局核实后情况属实，已责令该站停止。")]
    [InlineData("关于违规增加村级负担问题的通报", "各镇：\n县减负办暗访时发现，某渔政站仍要求村干部天天去渔船停靠点拍照打卡，与减负规定不符，已责令改正。")]
    public void ACasePassedOnOrFound_AsksNoCheckIn(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The quoted case, then the paper's own order.
    [InlineData("关于一条负担问题线索的核实反馈", "县减负办：\n你办转来的“渔政站台账不全”问题线索，我局核实后情况属实。请各村干部每天在渔船停靠点拍照打卡。")]
    // A word of persistence before the villages' own modal is the paper's order.
    [InlineData("关于违规增加村级负担问题的通报", "各镇：\n县减负办暗访时发现，渔船停靠点管理松散，村干部仍须每天在停靠点拍照打卡。")]
    public void ACaseThenAnOrder_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // ---- The problem a report's or an answer's title names ----

    [Theory]
    [InlineData("关于某村违规向渔户出具捕捞证明问题的通报", "各镇：\n相关证明已全部收回，责任人已作检讨。")]
    [InlineData("关于各村反映渔户捕捞证明问题的答复", "各村民委员会：\n经研究，上述证明今后由渔政站直接核验，村里不再出具。")]
    public void AProblemTheTitleReports_AsksNoCertificate(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A 通报 sent to the villages may name their failings to press them: its title reads as it stands.
    [InlineData("关于各村每天拍照打卡不到位问题的通报", "各村：\n请对照整改。")]
    public void AProblemInATitleToTheVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // ---- A penalty suffered, money wrongly taken and returned ----

    [Theory]
    // The village head punished; the fee wrongly taken returned in full.
    [InlineData("关于某村违规收取档案查询费问题的通报", "各镇：\n经查，某村违规收取档案查询费共计3200元。目前违规收取的查询费已如数退还，该村支书被给予政务警告。")]
    public void APenaltySufferedOrAFeeReturned_IsNoDemand(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village given the power to punish.
    [InlineData("县档案馆关于档案查询管理的通知", "各村：\n对擅自复印档案者，由村委会给予警告处分。")]
    // The wrongly taken fee, then collected again from now on.
    [InlineData("县档案馆关于档案查询管理的通知", "各村：\n违规收取的查询费已全部退还，今后由村委会继续按次收取查询费并按月上缴。")]
    public void ThePenaltyGivenOrTheFeeTakenAgain_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // ---- A clean-up reported: papers revised, provisions struck out, the villages' load cleared ----

    [Theory]
    [InlineData("关于文旅系统村级减负进展情况的通报", "各区县文旅局：\n各区县对村级文旅方面的标牌、台账、评比开展了集中清理。两个县已修订村级旅游驿站建设相关文件，删除上墙、挂牌和评星排名等要求。")]
    public void ACleanUpReported_PutsNoBoardUp(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.Signboard);
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);
    }

    [Theory]
    // Papers revised, then boards asked of the villages.
    [InlineData("关于村级旅游驿站设置的通知", "各村：\n县文旅局已修订有关文件，各村要在村部门口悬挂旅游服务站牌子。")]
    // A provision struck out, then another board asked.
    [InlineData("关于村级旅游驿站设置的通知", "各村：\n删除纸质登记要求，各村委会要在村部门口悬挂旅游服务站牌子。")]
    public void AfterTheCleanUp_ABoardAsked_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Signboard);

    [Theory]
    // A revised paper put into force: its assessment of the villages is asked.
    [InlineData("关于文旅领域村级工作考核的通知", "各镇：\n请严格执行修订后的村级文旅工作考核办法。")]
    public void ARevisedPaperInForce_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A clearance of what the villages bear, then a check-in ordered.
    [InlineData("关于文旅领域村级减负工作的通知", "各村：\n对村级文旅台账开展了集中清理，各村文旅专干要每天在平台上定位打卡。")]
    public void AClearanceThenACheckIn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // ---- A report of what was put right ----

    [Theory]
    [InlineData("县渔政站就环保督察意见整改情况的报告", "县农业农村局：\n对照反馈意见，我站整改情况如下：\n一、停止由村委会收取渔船停泊费，已收费用全额退还船主；\n二、约谈了相关责任人。")]
    public void WhatWasPutRight_IsNoDemand(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);
    }

    [Theory]
    // The same heading in a paper sent to the villages: its items are read as they stand.
    [InlineData("县渔政站就环保督察意见整改的通知", "各村：\n对照反馈意见，整改情况如下：\n一、各村每月对渔船停靠点管理员考核排名。")]
    // A plan's measures are what is still to be done.
    [InlineData("县渔政站就环保督察意见整改情况的报告", "县农业农村局：\n我站整改措施如下：\n一、对各村渔船停靠点管理工作每月考核排名。")]
    public void MeasuresOrItemsToTheVillages_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // ---- Opinions received, a pay settled by the pay rules ----

    [Theory]
    [InlineData("东岭镇关于各村反映考核问题的答复", "各村民委员会：\n镇纪委下村调研时收集到各村对各种保证书、承诺书的意见9条。镇党委研究后决定，今后镇直部门一律不和各村签订责任书。")]
    public void OpinionsReceived_AskNoPledge(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // Opinions asked for on a pledge the villages are then to sign.
    [InlineData("东岭镇关于今年签署安全责任书事宜的通知", "各村民委员会：\n请各村对安全责任书提出意见，并在5月31日之前同镇政府签订安全责任书。")]
    public void OpinionsAskedThenAPledge_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    [InlineData("东岭镇关于村干部报酬问题的答复", "各村民委员会：\n不再把单项工作同村干部报酬相挂钩；村干部的基本报酬按照县定标准统一考核发放。")]
    public void APaySettledByThePayRules_RanksNoVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // Work tied to the pay, the villages ranked.
    [InlineData("东岭镇关于村级工作考核的通知", "各村：\n各村旅游接待人次每月考核排名，结果同村干部报酬挂钩。")]
    // The villages' work assessed to pay their cadres.
    [InlineData("东岭镇关于村干部报酬的通知", "各村：\n村干部的绩效报酬依各村月度工作考核发放。")]
    public void WorkTiedToThePay_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // ---- Where someone goes, the parties of an agreement, a person's words in the news ----

    [Theory]
    // A station's message about its own work: the village is where the staff go tomorrow.
    [InlineData("东岭镇林业工作站群消息", "今天站里两名技术员在桃溪村林场完成了松材线虫病取样。明天去梅岭村渡口，照片已传站里系统。")]
    public void AVillageWhereTheStaffGo_ChecksInNothing(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The village itself goes and sends the photos.
    [InlineData("东岭镇林业工作站群消息", "梅岭村干部明天去集市，照片发到站里工作群打卡。")]
    public void AVillageThatActs_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Two villagers mediated: the one who pays is a party, not the village.
    [InlineData("梅岭村调委会调解协议书", "当事人：甲方 梅岭村二组村民赵某；乙方 梅岭村二组村民钱某。\n经调解，双方达成如下协议：\n一、乙方对甲方被毁林木给予补偿500元。")]
    public void PartiesWhoAreVillagers_AreNotTheVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village named as the party that compensates.
    [InlineData("梅岭村道路扩宽补偿协议书", "当事人：甲方 东岭镇政府；乙方 梅岭村民委员会。\n双方达成如下协议：\n一、乙方负责清点并补偿沿线林木。")]
    public void TheVillageAsAParty_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A villager's words, quoted, in a news piece.
    [InlineData("再也不用回村开证明了——我县高龄补贴实现“免申即享”", "本报讯 “往年每次都要回村里开个在世证明，今年什么都没办，补贴照常到了卡上。”家住东岭镇的李奶奶说。\n《东岭日报》2026年5月6日")]
    public void AVillagersWordsInTheNews_AskNoCertificate(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // An official quoted saying what holds from now on.
    [InlineData("我县高龄补贴工作见闻", "本报讯 “今后各村每年都要给老人出具在世证明。”县民政局负责人说。\n《东岭日报》2026年5月6日")]
    public void AnOrderQuotedInTheNews_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);
}

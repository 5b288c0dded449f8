using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 22 (papers that are not a task for the villages: addressees, recipients, decisions): a 通报 of a
/// department's own failing sent to its own offices, an inspection's feedback to one department, an upward report, minutes
/// whose decisions are refusals. Phase 21's whole-paper reading (<c>PaperStance</c>) did not take them: an inspection's
/// finding (经督查，…) was not read as told of, a demand the paper calls a breach (某科违规要求各村…) or forbids (今后不得要求
/// 村…) was read as its own, a clause saying what is not done (不统计…, 未要求…) as a demand, and a village word naming whose
/// matter another body does (村级台账由某站建立) as the villages told to act. Beside each rule, papers in which a department
/// uses the same shape to put the banned work on the villages anyway: those must still be refused. All sentences are
/// written for these tests.
/// </summary>
public sealed class Phase22PapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private static readonly string[] Refusing =
        [PrecheckRules.ProhibitedItem, PrecheckRules.ProhibitedCertificate, PrecheckRules.PledgeOrVeto, PrecheckRules.AppCheckIn, PrecheckRules.AssessmentBan];

    private PrecheckResult Check(string title, string description) =>
        fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

    // Rule: "A paper that is not a task for the villages tells of a demand when an inspection found it (经督查，…, 经排查，…),
    // when it calls it a breach (违规要求…, 违规向村…), or when its clause says what is not done (不统计…, 未要求…); it forbids
    // a demand when a prohibition stands before the villages (今后不得要求村…); and a village word whose matter 由 gives to
    // another body (村级台账由区某站建立) tells the villages nothing. Such a paper is reviewed, not refused."
    [Theory]
    // an inspection's feedback to one department (经督查，你局…仍要求各村…)
    [InlineData("关于区农业农村局落实减负规定情况的督查反馈", "区农业农村局：\n经督查，你局今年印发的秸秆禁烧方案仍要求各村与农户签订禁烧责任状。请立即纠正，并于8月10日前报送整改情况。")]
    // an upward report of what a check found (经排查，仍有2个镇要求…)
    [InlineData("区林业局关于护林工作减负情况的报告", "区委减负专班：\n经排查，目前仍有2个镇要求村级护林员每天在APP定位打卡，我局正在核实。")]
    // a 通报 of the department's own failing, sent to its own offices, forbidding it for the future
    [InlineData("区水务局关于防汛科违规摊派留痕任务问题的通报", "局机关各科室：\n经区减负办查实，防汛科通过工作群要求各村每日上传巡堤照片，并对未上传的村点名。今后各科室不得以任何形式要求村（社区）拍照留痕。")]
    // a title naming the breach, a body whose office did it (某科违规向村…)
    [InlineData("关于我局农机科违规向村（社区）下发排名任务的通报", "局机关各科室：\n经区减负办查实，我局农机科于今年3月印发考评办法，对各村农机安全工作按月打分排名。局党组决定撤销该办法。")]
    // (an upward report saying only what was not done — 未要求…，未对村…排名 — is quiet since session 37, as 未要求 alone was
    // since phase 34: Phase37NotDoneToVillagesTests)
    // minutes whose decisions give the matter to another body and say what is not done
    [InlineData("区文旅局局务会议纪要", "会议明确：一、村级文化管理员培训由区文化馆统一组织；二、不统计村（社区）文化管理员的APP在线时长；三、下半年文化活动由各文化站自行安排。")]
    // a notice to the county bodies forbidding them to break the assessment down to the villages
    [InlineData("市农业农村局关于规范农技推广工作的通知", "各区县农业农村局：\n农技推广以区县为单位组织，各地不得将农技推广人次、示范户数量等指标分解到村（社区）进行考核排名。")]
    // a 通报 that withdraws the practice it has just told (收回该考评表)
    [InlineData("关于县气象局违规对村发放考评表问题的通报", "局属各科室：\n经县减负办查实，我局业务科向各乡镇下发村级气象信息员考评表，要求对村（社区）信息员打分排名。局务会决定收回该考评表。")]
    // (phase 25) A case told with the sanction it met (…已督促整改, …进行诫勉谈话) is quiet, not reviewed (Phase25CleanUpsTests).
    public void APaperThatTellsOrForbidsTheDemand_IsReviewedNotRefused(string title, string description)
    {
        var result = Check(title, description);

        Assert.True(result.Outcome != PrecheckOutcome.Rejected, fixture.Explain(title, description));
        var warned = result.Findings.Where(f => Refusing.Contains(f.Rule)).ToList();
        Assert.True(warned.Count > 0, fixture.Explain(title, description));
        Assert.All(warned, f => Assert.Equal(FindingSeverity.Warn, f.Severity));
    }

    // Evasions: the same shapes carrying a demand the paper makes itself. Each must still be refused.
    [Theory]
    // a 通报 naming another's breach, then asking the villages itself
    [InlineData("关于某镇违规摊派打卡任务的通报", "各镇人民政府：\n某镇违规要求各村每天打卡，已责令纠正。请各村每天在工作群打卡报告巡河情况。")]
    // a 报告 whose issuer demands it itself after an inspection's finding
    [InlineData("区水利局关于河长制工作情况的报告", "区委减负专班：\n经排查，河长巡河工作总体规范。本局要求各村河长每天在APP打卡，巡河照片每日上传。")]
    // a 报告 saying the issuer will hand the work to each village
    [InlineData("区商务局关于招商引资工作情况的报告", "区委：\n上半年全区招商引资工作平稳。下半年，我局将把招商引资任务分解到各村，每村引进项目1个。")]
    // a 废止 notice that adds a new demand on the villages
    [InlineData("关于废止《村级安全员考核办法》的通知", "各乡镇人民政府：\n决定废止《村级安全员考核办法》。今后各村每周在APP打卡报告安全巡查情况。")]
    // minutes deciding that every village reports photos each week
    [InlineData("镇防汛工作会议纪要", "会议明确：一、防汛物资由镇应急办统一采购；二、各村每周上报巡查照片和打卡记录。")]
    // a prohibition turned round by a double negation: the villages must not refuse
    [InlineData("关于防汛巡查问题的通报", "区级各部门：\n各村不得以任何理由拒绝每天在工作群打卡。")]
    // a prohibition of one way, the same work then asked of the villages in the next sentence
    [InlineData("关于规范工作群的通报", "区级各部门：\n不得要求村（社区）在多个群重复报送。各村每天在一个群打卡报告巡查情况。")]
    // a negation that opens the clause but is not its predicate: the villages that did not check in are ranked
    [InlineData("区应急局关于值守工作情况的报告", "区委：\n经研究，未按时打卡的村一律通报排名。")]
    // what is not counted, and what the village cadres do instead
    [InlineData("镇防汛工作会议纪要", "会议明确：不统计村（社区）巡查次数，改为村干部每天在工作群打卡报告巡查情况。")]
    // a report that stops one demand and makes another
    [InlineData("区农业农村局关于防疫工作情况的报告", "区委：\n未要求村（社区）签订责任书，改由各村每月上报防疫照片并打卡。")]
    // the matter given to another body, the act to the villages in the next clause
    [InlineData("镇防汛工作会议纪要", "会议明确：村级巡查台账由镇水利站设计，各村每天在APP打卡上传巡查照片。")]
    // 由 + the villages' own people is a demand on the villages
    [InlineData("镇防汛工作会议纪要", "会议明确：村级巡查打卡由村干部每天完成。")]
    // 违规 naming what the villages rank, not a requirer's breach
    [InlineData("关于违规用地整治情况的通报", "各镇人民政府：\n镇里每周对违规用地多的村排名通报。")]
    // an inspection's finding, then the villages told to act in the same sentence
    [InlineData("关于防汛检查情况的通报", "各镇人民政府：\n经督查，部分村巡查不到位，各村要每天在工作群打卡报告巡查情况。")]
    // an own-failing 通报 whose last sentence turns to the villages
    [InlineData("关于我局违规向村摊派留痕任务问题的通报", "局机关各科室：\n防汛科违规要求各村上传照片，已予批评。今后各村须每天在工作群打卡报告巡查情况。")]
    // a report whose issuer requires it of the villages after an inspection's finding
    [InlineData("区城管局关于市容整治情况的报告", "区委：\n经核查，市容整治总体有序。本局要求各村每天在APP打卡上报巡查情况。")]
    // a prohibition whose clause turns to rank the villages after all
    [InlineData("市农业农村局关于规范农技推广工作的通知", "各区县农业农村局：\n各地不得将推广任务分解到镇，改为对各村进行考核排名。")]
    // a withdrawn form replaced by the paper's own ranking of the villages
    [InlineData("关于县气象局考评表问题的通报", "局属各科室：\n局务会决定收回该考评表，改为每月对各村信息员打分排名。")]
    public void APaperThatMakesTheDemandItself_IsStillRefused(string title, string description)
    {
        var result = Check(title, description);

        Assert.True(result.Outcome == PrecheckOutcome.Rejected, fixture.Explain(title, description));
        Assert.Contains(result.Findings, f => Refusing.Contains(f.Rule) && f.Severity == FindingSeverity.Block);
    }
}

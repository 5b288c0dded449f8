using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 31 (helper s31-3): papers that report, audit, answer or plan oversight rather than demand. An approver:
/// "a paper that tells what an inspection, an audit or a complaint desk found, received or had corrected, or that gives the
/// act to a named body other than the village, demands nothing of the village; a sentence in it that still orders the
/// villages to do the banned thing fires." The variants are written in lines of work the corpus does not cover (a water
/// company, a university, a hospital, a court, a courier, an insurer, a museum); beside each quieting shape, the same shape
/// used by a department to put the work on the villages must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase31ReportedFindingsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // ---- What an inspection or audit reports it found (a verb of finding and its colon, the numbered list after it) ----

    [Theory]
    // An audit of a water company: its main findings, numbered, then the outcome.
    [InlineData("市审计局关于白沙县供水有限公司经营情况的审计结果（摘要）", "市审计局对白沙县供水有限公司2025年经营情况进行了审计，主要发现：\n一、2个供水片区要求沿线各村委会代为收取自来水费，按月汇总上缴；\n二、管网维修资金使用不规范。\n公司已停止上述做法并退回资金。")]
    public void AFindingOfCollectionByVillages_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A university's inspection: the problems heading, the numbered problems, then the rectification heading.
    [InlineData("省委第二巡视组对东江大学巡视反馈意见（摘要）", "巡视发现的突出问题：\n一、后勤保卫处要求校园周边社区居委会每日在小程序签到并报送治安巡查情况；\n二、部分学院经费报销不规范。\n三、整改要求：学校党委立即纠正上述做法，整改情况三个月内报巡视办。")]
    // A court's discipline office, its finding on the same line after the colon.
    [InlineData("县法院纪检组关于执行工作作风暗访情况的通报", "院纪检组在暗访中查实：执行局要求辖区村干部每天在执行APP上打卡报送被执行人动态。")]
    // A courier regulator's finding on the line of its colon.
    [InlineData("市邮政管理局关于快递末端服务检查情况的通报", "近期，市邮政管理局开展末端专项检查时发现：某快递企业让驿站所在村的村干部每天拍照打卡代收包裹，已责令改正。")]
    public void AFindingOfCheckInsDemanded_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The findings list ends at a line headed as a demand: what it asks of the villages fires.
    [InlineData("省委第二巡视组对东江大学巡视反馈意见（摘要）", "巡视发现的突出问题：\n一、部分学院经费报销不规范。\n二、整改要求：周边各社区居委会要每日在小程序签到并报送治安巡查情况。")]
    // A numbered finding that says what holds from now on.
    [InlineData("县水利局对农村供水站点的督查情况的通报", "督查中发现：\n一、部分水厂台账不全；\n二、今后各村委会每天要在APP打卡签到报送水厂巡查情况。")]
    // The finding, then what holds from now on in the same sentence.
    [InlineData("县法院纪检组关于执行工作作风暗访情况的通知", "院纪检组在暗访中查实：执行局要求辖区村干部每天在执行APP上打卡报送被执行人动态，今后各村干部要继续每天打卡。")]
    // No occasion of a finding before the colon: an instruction.
    [InlineData("东湖镇关于供水管护的通知", "镇里研究发现：各村管水员每天要在APP上签到打卡。")]
    // Asked in the finding's own sentence.
    [InlineData("县水利局对农村供水站点的督查情况的通报", "督查中发现：部分村管水台账不全，请各村每天拍照上传管水员巡查照片。")]
    public void FindingsThatStillOrderTheVillages_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // ---- What a complaint desk receives, and the cases of a verified count ----

    [Theory]
    // A museum authority's hotline: the matters it takes.
    [InlineData("市文物局关于设立文物安全监督电话的公告", "为规范文物安全管理，市文物局开通监督电话，受理下列问题：要求村（社区）签署馆藏安全责任书、对村级文保员实行一票否决等。")]
    // An insurer's regulator: the cases of a verified count.
    [InlineData("县金融监管支局关于农险投诉处理情况的公告", "今年一季度共受理农险投诉31件，查实9件。其中：某财险支公司让村委会与参保户签订保证书，已约谈纠正；另有2件已办结。")]
    public void WhatADeskReceivesOrVerified_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // After the desk's list, a sentence of the paper's own puts the pledge on the villages.
    [InlineData("市文物局关于设立文物安全监督电话的公告", "市文物局开通监督电话，受理下列问题：文物安全隐患、破坏文物行为等。各村（社区）须与市文物局签署馆藏安全责任书。")]
    // 其中 after a sentence that counts no verified case opens the paper's own items.
    [InlineData("县金融监管支局关于农险工作安排的通知", "今年安排农险重点工作3项。其中：各村委会要与参保户签订保证书。")]
    public void AfterTheDeskOrWithoutACount_ThePledgeFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    // ---- A problem quoted as pointed out, a correction told done at someone's urging ----

    [Theory]
    // A hospital's rectification report quotes the problem pointed out.
    [InlineData("县人民医院巡察整改落实情况报告", "县委巡察办：\n针对巡察指出的“医院对签约村卫生室开展月度排名通报”问题，我院已停止排名，退回已扣减的补助。")]
    // A utility's correction told done at the burden office's urging.
    [InlineData("关于县燃气公司违规增加基层负担问题的通报", "县直各单位：\n经督促，县燃气公司已于6月1日下线“安检通”村级考核排名模块，撤回相关通报。")]
    public void AQuotedProblemOrACorrectionDone_RanksNoVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The quoted problem, then the villages told to act.
    [InlineData("县人民医院巡察整改落实情况报告", "县委巡察办：\n针对巡察指出的“台账不全”问题，各村要每月对村卫生室开展考核排名。")]
    // At the urging, the villages are the ones who act.
    [InlineData("关于县燃气公司违规增加基层负担问题的通报", "县直各单位：\n经督促，各村已恢复每月对网格员考核排名。")]
    public void AQuotedProblemOrACorrection_ThenTheVillagesRank_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // ---- The act given to a named body other than the village ----

    [Theory]
    // An operator closing the name that opens the duty's own clause: a water company, a university's lab users.
    [InlineData("县城乡供水管网安全运行工作方案", "一、县水利局管行业，企业管运行。供水企业对其管网运行安全负主体责任。")]
    [InlineData("东江大学实验楼消防安全工作方案", "二、实验楼使用单位对其实验室消防安全负主体责任。")]
    // A hospital reports it signed with pharmacies, not with the villages.
    [InlineData("县中医院同辖区药店签约情况说明", "县卫生健康局：\n本次签约对象为辖区12家药店，未与各村委会签署责任书。")]
    // A museum no longer signs with the villages this year.
    [InlineData("关于本馆2026年安全责任书签署情况的报告", "市文物局：\n今年本馆与5家合作单位签订了安全责任书，未再与周边村（社区）签订安全责任书。")]
    public void TheActGivenToAnotherBody_IsNotTheVillages(string title, string description) =>
        fixture.AssertQuiet(title, description, title.Contains("方案") ? PrecheckRules.ProhibitedItem : PrecheckRules.PledgeOrVeto);

    [Theory]
    // The villages named before the duty of the operators' business: the villages bear it.
    [InlineData("县城乡供水管网安全运行工作方案", "一、县水利局管行业，企业管运行。沿线各村对供水公司安全生产承担主体责任。")]
    [InlineData("县城乡供水管网安全运行工作方案", "一、县水利局管行业，企业管运行。沿线村委会对供水企业的管网运行安全负主体责任。")]
    public void TheVillagesSupervisingTheOperator_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Not signed with the township: the village failing is the case a veto punishes.
    [InlineData("东岭镇关于乡村药店监管的通知", "各村：\n未与镇政府签订药店安全责任书的村，年终评先时一票否决。")]
    // No longer signed, then replaced by a pledge of the villages.
    [InlineData("关于本馆2026年安全责任书签署情况的报告", "市文物局：\n今年未再与周边村（社区）签订安全责任书，改为各村委会向本馆递交安全承诺书。")]
    public void ANotSignedCaseOrAReplacement_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    // ---- A clean-up that cuts or clears what a body set up on the villages ----

    [Theory]
    // A water group's own assessments of the villages cut down.
    [InlineData("县水务集团关于清理涉村事项情况的报告", "县减负办：\n经清理，集团涉村检查考核事项由12项压减至3项。")]
    // A university clears what its department set up on the communities.
    [InlineData("东江大学关于巡视整改情况的报告", "省委巡视办：\n学校已责成后勤处清理其自行设立的周边社区考核事项。")]
    public void ACutOrAClearanceReported_RanksNoVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // Cut down, then the villages ranked every month.
    [InlineData("县水务集团关于调整涉村事项的通知", "各村：\n集团涉村考核事项压减至3项，每个月给各村排位次并通报排名。")]
    // Cleared, then set up again by the villages.
    [InlineData("东江大学关于周边社区治安工作的通知", "各社区：\n清理后，各社区要重新设立考核台账并对网格员每月排名。")]
    public void ACut_ThenTheVillagesRanked_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // ---- What a hearing heard, an answer's practice ended by the issuer itself, a topic heading whose section ends it ----

    [Theory]
    // A university's minutes: what the communities said at the hearing, numbered with 一是/二是.
    [InlineData("东江大学周边社区共建座谈会纪要", "参加：学校后勤处、保卫处，周边三个社区负责人\n座谈反映：一是个别部门要求社区每天在群里接龙报送学生租房情况；二是共建经费拨付慢。\n学校意见：问题交有关部门研究解决。")]
    // A clean-up report: a heading naming the topic, its section cancelling it.
    [InlineData("东岭县交通运输系统为村减负清理报告", "现将交通运输系统涉及村级的事项清理结果报告如下：\n三、留痕要求。取消村道巡查拍照上传、护路员定位打卡的要求。")]
    public void AHearingOrAnEndedTopic_AsksNoCheckIn(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The hearing's list, then the villages asked in the paper's voice.
    [InlineData("东江大学周边社区共建座谈会纪要", "参加：学校后勤处、保卫处，周边三个社区负责人\n座谈反映：一是学生租房信息变化快；二是共建经费拨付慢，请各社区每天在群里接龙报送学生租房情况。")]
    // The heading's section asks the villages.
    [InlineData("东岭县交通运输系统为村减负清理报告", "现将交通运输系统涉及村级的事项清理结果报告如下：\n三、留痕要求。各村（社区）护路员每周拍照上传巡查情况。")]
    // The heading's section ends one thing and replaces it.
    [InlineData("东岭县交通运输系统为村减负清理报告", "现将交通运输系统涉及村级的事项清理结果报告如下：\n三、留痕要求。取消纸质登记，改为各村护路员每周拍照上传。")]
    public void AHearingOrATopic_ThatAsksTheVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // An insurer's answer to a deputy: the practice raised, ended by the insurer itself.
    [InlineData("关于对县人大代表农房保险理赔建议的答复", "王某某代表：\n您提到过去理赔时一度让村委会签订“零投诉”保证书等做法，我司已于2024年全面取消，目前由理赔专员直接上门核查。")]
    public void APracticeTheIssuerEnded_AsksNoPledge(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The clause before the issuer's ending asks the villages: it keeps its reading.
    [InlineData("关于对县人大代表农房保险理赔建议的答复", "王某某代表：\n各村委会要签订“零投诉”保证书，我司已于2024年全面取消纸质台账。")]
    public void AClauseThatAsks_BeforeTheIssuersEnding_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);
}

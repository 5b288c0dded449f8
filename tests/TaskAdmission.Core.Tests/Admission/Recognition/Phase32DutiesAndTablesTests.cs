using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 32 (helper s32-5): duties given to departments and townships, and tables of who does what. A paper that
/// recounts what some units pushed onto the villages to forbid it, gives its own work to a named body (实施主体, 由…实施, a
/// task table's responsible units, a table's 检查对象 column), settles what the villages collected before an end, or
/// states a duty the village may carry (隐患巡查上报, a reply with the names asked for, cases reported for a per-case
/// subsidy) puts no banned work on the village; beside each quieting shape, the same shape that leaves the act on the
/// villages still fires. Every sentence is written for these tests, in lines of work the corpus's notices do not use.
/// </summary>
public sealed class Phase32DutiesAndTablesTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // A recount told as found or reported (近期…发现，个别…; …反馈，有的…), whose units demanded something of the villages, is the
    // practice the paper forbids — by the same act or by forbidding that work be pushed onto the villages.
    [Theory]
    [InlineData("关于规范森林防火执法工作的通知", "各乡镇林业站：\n近期县林业局在检查中发现，个别林业站将防火执法任务推给村里，要求村委会对违规用火行为开展执法检查、下达整改通知。森林防火行政处罚由县林业局依法实施。各林业站不得把执法责任推给村（社区），村（社区）可做好防火宣传。\n某县林业局", PrecheckRules.ProhibitedItem)]
    public void Recount_Forestry_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于规范宽带入户推广工作的通知", "各营业网点：\n近期，县委办督查科转来群众来信反映，有的网点在宽带推广中要求村干部每天在群里接龙报送入户数，并安排网格员拍照上传推广现场。现明确：各网点不得要求村（社区）干部在群里接龙，不得要求网格员拍照上传。\n某通信公司县分公司", PrecheckRules.AppCheckIn)]
    public void Recount_Telecom_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于规范森林防火执法工作的通知", "各乡镇林业站：\n近期县林业局在检查中发现，个别林业站要求村委会对违规用火行为开展执法检查、下达整改通知。各林业站不得把执法责任推给村（社区）。今冬起各村委会要对辖区违规用火行为开展执法检查。\n某县林业局", PrecheckRules.ProhibitedItem)]
    public void Recount_AskedAgain_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于推广宽带入户推广经验的通知", "各营业网点：\n近期，县分公司反映，有的网点安排网格员拍照上传推广现场，效果很好，请各网点学习推广，各村网格员每天拍照上传。\n某通信公司县分公司", PrecheckRules.AppCheckIn)]
    public void Recount_Praised_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于规范占道经营执法工作的通知", "各街道办事处：\n近期区城管局在督查中发现，个别街道将占道经营执法任务推给社区，要求社区居委会对流动摊贩下达整改通知、暂扣经营工具。占道经营执法由区城管执法大队负责。各街道不得将执法责任转嫁给社区居委会。\n某区城市管理局", PrecheckRules.ProhibitedItem)]
    public void Recount_Street_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于规范占道经营执法工作的通知", "各街道办事处：\n近期区城管局在督查中发现，个别街道将占道经营执法任务推给社区，要求社区居委会对流动摊贩下达整改通知、暂扣经营工具。各街道不得将执法责任转嫁给物业公司。\n某区城市管理局", PrecheckRules.ProhibitedItem)]
    public void Recount_Street_ShiftToOthers_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于规范占道经营执法工作的通知", "各街道办事处：\n近期区城管局在督查中发现，个别社区居委会要对流动摊贩下达整改通知。各街道不得将执法责任转嫁给社区居委会。\n某区城市管理局", PrecheckRules.ProhibitedItem)]
    public void Recount_Street_OwnModal_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于整治私搭乱建的通知", "各村：\n镇里发现，个别村民私搭乱建，要求各村委会立即组织拆除。各村不得将拆除任务推给村民小组。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void Recount_FoundPersons_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于规范渔政执法工作的通知", "各乡镇：\n近期发现个别乡镇将禁渔执法任务下压到村，要求村委会下达整改通知。各乡镇不得将执法责任推给村（社区），但各村委会仍要对违规垂钓者下达整改通知。\n某县农业农村局", PrecheckRules.ProhibitedItem)]
    public void Recount_KeptGoing_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // 签 … 到 + a level (签到乡镇一级, 签到街道一级) is a paper signed down to that level, not a check-in.
    [Theory]
    [InlineData("关于签订森林防火目标责任书的通知", "各乡镇人民政府：\n一、各村（社区）确定1名森林防火联络员，名单由乡镇汇总后报县防火办。\n二、森林防火目标责任书只签到乡镇一级。\n某县森林防火指挥部", PrecheckRules.AppCheckIn)]
    public void SignedDown_Township_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于签订安全生产责任书的说明", "各街道办事处：\n一、各社区确定1名燃气安全联络员，名单由街道汇总后报区燃气办。\n二、燃气安全目标责任书签到街道一级。\n某区燃气管理办公室", PrecheckRules.AppCheckIn)]
    public void SignedDown_County_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于驻村干部考勤的通知", "各村：\n驻村干部每天到村委会签到，镇里每周汇总通报。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    public void SignedDown_Daily_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于网格员考勤的通知", "各村：\n网格员每天在小程序签到，签到后上传巡查照片，镇综治中心每周检查。\n某镇综治中心", PrecheckRules.AppCheckIn)]
    public void SignedDown_AppThenTownship_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于村干部考勤的通知", "各村：\n各村干部每天早上8点前签到，签到后在群里发定位，镇党政办每周通报。\n某镇党政办", PrecheckRules.AppCheckIn)]
    public void SignedDown_PlaceOfCheckIn_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // The title's act, given in the description by 由 to named bodies (检查由…联合实施), is theirs.
    [Theory]
    [InlineData("关于开展节前农贸市场食品安全检查的通知", "各村、镇市场监管所、镇综合执法队：\n节前镇里将组织一次专项行动。检查由镇市场监管所、镇综合执法队共同实施，发现问题依法处理。各村如了解到无证摊点，可告知镇市场监管所。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void TitleGiven_Market_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于开展节前农贸市场食品安全检查的通知", "各村、镇市场监管所：\n检查由镇市场监管所实施。各村要对本村小卖部逐家开展食品安全检查。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void TitleGiven_VillagesCheckToo_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于开展冬季沿街门店用火用电安全检查的通知", "各社区、街道应急办、辖区消防救援站：\n入冬后沿街门店用火用电集中，街道组织开展专项检查。检查由街道应急办、辖区消防救援站联合实施，对查出的隐患逐一交办。社区知道有新开门店的，可以告诉街道应急办。\n某街道办事处", PrecheckRules.ProhibitedItem)]
    public void TitleGiven_Hostels_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于开展冬季沿街门店用火用电安全检查的通知", "各社区、街道应急办、辖区消防救援站：\n入冬后沿街门店用火用电集中。检查由街道应急办、辖区消防救援站联合实施。各社区要对辖区门店逐家检查，建立台账。\n某街道办事处", PrecheckRules.ProhibitedItem)]
    public void TitleGiven_Hostels_CommunitiesCheck_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A task table's title over rows whose same work is all given to named bodies.
    [Theory]
    [InlineData("某水库移民搬迁安置工作任务分解表", "序号 | 工作任务 | 责任单位 | 完成时限\n1 | 签订搬迁安置协议 | 县移民中心 | 6月底前\n2 | 兑付安置补助费 | 县财政局 | 7月底前\n3 | 张贴安置政策公告 | 村民委员会协助 | 全程\n某县人民政府办公室", PrecheckRules.ProhibitedItem)]
    public void TitleTable_Rows_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("某水库移民搬迁安置工作任务分解表", "序号 | 工作任务 | 责任单位 | 完成时限\n1 | 签订搬迁安置协议 | 县移民中心 | 6月底前\n2 | 组织拆除地上附着物 | 各村 | 7月底前\n某县人民政府办公室", PrecheckRules.ProhibitedItem)]
    public void TitleTable_VillageRow_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("某灌区续建配套工程征地拆迁工作任务分解表", "序号 | 工作任务 | 责任单位\n1 | 实物调查和补偿方案拟定 | 县水利局、县自然资源局\n2 | 签订征地补偿协议 | 县征收中心\n3 | 兑付补偿款 | 县财政局\n4 | 政策宣传 | 镇人民政府，村民委员会协助", PrecheckRules.ProhibitedItem)]
    public void TitleTable_Rows_Water_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // A plan that names the body implementing its work gives that body the steps it lists with no doer.
    [Theory]
    [InlineData("某水库扩建工程房屋征收实施方案", "一、实施主体。房屋征收由县人民政府依法组织实施，县征收办具体承办。\n二、工作步骤。发布征收公告、入户调查评估、签订补偿协议、兑付补偿款。\n三、配合事项。相关村协助宣传政策。\n某县征收办", PrecheckRules.ProhibitedItem)]
    public void Implementer_Steps_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("某水库扩建工程房屋征收实施方案", "一、实施主体。房屋征收由县人民政府依法组织实施。\n二、工作步骤。各村负责签订补偿协议、兑付补偿款。\n某县征收办", PrecheckRules.ProhibitedItem)]
    public void Implementer_VillageSteps_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("某水库扩建工程房屋征收实施方案", "一、实施主体。房屋征收由县人民政府组织实施，具体工作由各村负责。\n二、工作步骤。发布征收公告、签订补偿协议、兑付补偿款。\n某县征收办", PrecheckRules.ProhibitedItem)]
    public void Implementer_SentenceNamesVillages_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A table's column of the objects checked (检查对象) says whom its checks and assessments are of.
    [Theory]
    [InlineData("2026年度督查检查考核计划表", "序号|检查事项|牵头单位|检查对象|频次\n1|食品安全抽检|县市场监管局|农贸市场、超市|每季度1次\n2|消防安全检查|县消防救援大队|宾馆、网吧|1次\n3|年度绩效考核|县委督查室|县直部门、各镇|1次", PrecheckRules.AssessmentBan)]
    public void ObjectColumn_Others_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("2026年度督查检查考核计划表", "序号|检查事项|牵头单位|检查对象|频次\n1|食品安全抽检|县市场监管局|农贸市场、超市|每季度1次\n2|年度绩效考核|各镇|各村（社区）|1次", PrecheckRules.AssessmentBan)]
    public void ObjectColumn_Villages_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("2026年度督查检查考核计划表", "序号|检查事项|牵头单位|检查对象|频次\n1|年度绩效考核|县委督查室|各镇|1次\n备注：各镇要对所辖村（社区）每月考核排名，结果报县委督查室。", PrecheckRules.AssessmentBan)]
    public void ObjectColumn_NoteRanksVillages_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // 将已收款项…上缴 after the paper ends the village's collection settles what was collected.
    [Theory]
    [InlineData("关于生活垃圾处理费改由环卫公司收取的通知", "各村：\n自10月1日起，村委会不再代收生活垃圾处理费，改由县环卫公司随水费收取。各村委会须在9月30日以前把已收款项全数交到镇财政所，收费记录一并移交环卫公司。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void Disposed_Settled_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于生活垃圾处理费改由环卫公司收取的通知", "各村：\n自10月1日起，村委会不再代收生活垃圾处理费。各村委会须把已收款项全数交到镇财政所，今后继续按月代收污水处理费并上缴。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void Disposed_Anew_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于按月交清生活垃圾处理费的通知", "各村：\n各村委会应于每月5日前把已收款项全数交到镇财政所。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void Disposed_NothingEnded_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A round for hazards joined to their report (隐患巡查上报) is the duty to spot and report.
    [Theory]
    [InlineData("关于明确村级燃气安全协管员职责的通知", "各镇：\n村级燃气安全协管员主要承担燃气安全隐患巡查并及时上报、安全用气宣传等工作，不承担执法任务。\n某县住房和城乡建设局", PrecheckRules.ProhibitedItem)]
    public void Patrol_GasWardens_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于明确村级消防安全员职责的通知", "各镇：\n村级消防安全员负责本村消防安全隐患的巡查和上报，发现问题及时报告镇应急办。\n某县应急管理局", PrecheckRules.ProhibitedItem)]
    public void Patrol_FireHazards_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于明确村级消防安全员职责的通知", "各镇：\n各村消防安全员负责对辖区企业开展消防安全隐患巡查上报。\n某县应急管理局", PrecheckRules.ProhibitedItem)]
    public void Patrol_Premises_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于明确村级消防安全员职责的通知", "各村：\n各村负责辖区小作坊消防安全检查，发现隐患及时上报。\n某县应急管理局", PrecheckRules.ProhibitedItem)]
    public void Patrol_CheckPremises_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于网格员安全巡查的通知", "各村：\n各村网格员负责辖区企业安全隐患巡查上报，每周不少于2次。\n某镇应急办", PrecheckRules.ProhibitedItem)]
    public void Patrol_FirmsHazards_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A reply that carries the information asked for (回复参会人员姓名, 回复是否参加) answers the sender; it is no acknowledgement
    // check-in.
    [Theory]
    [InlineData("镇文化站工作群通知（文艺骨干培训）", "【镇文化站】各村：周五下午2点在镇文化站开文艺骨干培训会，每村来1人。收到后回复参会人员姓名即可。", PrecheckRules.AppCheckIn)]
    public void Reply_Names_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("镇卫生院工作群通知（家庭医生签约培训）", "【镇卫生院】各村：下周二上午在卫生院二楼开签约服务培训。收到请回复是否参加。", PrecheckRules.AppCheckIn)]
    public void Reply_Attend_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("镇党政办工作群通知", "【镇党政办】各村书记：今天下午3点开会。各村十分钟内在群里回复收到，未回复的通报。", PrecheckRules.AppCheckIn)]
    public void Reply_Received_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // The cases handled, reported to claim a per-case subsidy, are paid for, not assessed.
    [Theory]
    [InlineData("关于人民调解个案补贴发放的通知", "各村（社区）：\n调解员每办结一件纠纷的补助按市定标准由镇司法所统一发放，各村调委会每月底把办结的调解案件情况报给镇司法所，作为补贴核发的依据。\n某镇司法所", PrecheckRules.AssessmentBan)]
    public void Casework_Subsidy_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于网格员补贴发放的通知", "各村（社区）：\n网格员补助每月发放一次，请各村每月底把网格员每天的打卡情况报给镇综治中心，作为补贴核发的依据。\n某镇综治中心", PrecheckRules.AssessmentBan)]
    public void Casework_CheckIns_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于人民调解员补贴发放的通知", "各村（社区）：\n镇里每个季度对各村调解工作打分考核，考核结果作为调解员补贴核发的依据。\n某镇司法所", PrecheckRules.AssessmentBan)]
    public void Casework_Assessed_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);
}

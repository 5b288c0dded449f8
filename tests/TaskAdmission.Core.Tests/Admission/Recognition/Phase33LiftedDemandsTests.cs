using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 33 (helper s33-1): papers that lift, limit, stop or re-assign a demand on the villages. An approver's
/// rules: the villages' one yearly assessment (统一纳入…年度综合考评, 统一由镇党委每年组织一次) is the lawful channel, not
/// a new assessment (Document/YearlyAssessment.cs); a thing named by what was done with it before and returned, cancelled
/// or taken down in its clause (已收存的保证书退回各村, 已分配给村干部的账号注销) is wound down, and hands nothing down; a
/// banned practice named by its own words as the topic of a bare ending (…月度排名即日停止, …不再进行) is ended
/// (Document/ChangedDemands.cs); 不强制 lifts an obligation. Each shape is tried in lines of work other than the notices
/// that showed it (health, water, civil affairs, culture, police, finance, education, housing, forestry), beside the same
/// shape that lifts one demand and in the same breath puts a banned one on the villages, which fires. Every sentence is
/// written for these tests.
/// </summary>
public sealed class Phase33LiftedDemandsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // The villages' one yearly assessment, named as where a line of work goes instead of an assessment of its own.
    [Theory]
    // health: no separate ranking, folded into the township's yearly comprehensive assessment
    [InlineData("关于村卫生室公共卫生服务考核的通知", "各乡镇卫生院：\n家庭医生签约服务不再单独对村开展考核排名，相关情况统一纳入乡镇对村年度综合考核。\n某县卫生健康局")]
    // water: a monthly circular stopped, the work shown in the year-end assessment
    [InlineData("关于停止农村饮水安全月度通报的通知", "各村：\n农村饮水安全工作自即日起停止按月通报，工作情况统一在年终村级综合考评中体现。\n某镇人民政府")]
    // civil affairs: the township holds the yearly rating, the bureau does not assess
    [InlineData("关于规范村级养老服务评价的通知", "各镇（街道）：\n对村级养老服务站运营情况的评价，由镇（街道）统一组织，每年一次，县民政局不另行对村考核。\n某县民政局")]
    // culture: merged into the township's yearly assessment
    [InlineData("关于文化惠民工程考评方式的通知", "各村：\n文化惠民工程实施情况统一并入镇对村年度综合考评，不再单独排名。\n某镇综合文化站")]
    // police: the sub-district's party committee assesses once a year
    [InlineData("关于社区治安防控工作年度考核的说明", "各社区：\n对社区治安防控工作的考核，统一由街道党工委每年组织一次，区公安分局不单独考核社区。\n某区公安分局")]
    // finance
    [InlineData("关于村级财务管理工作的通知", "各村：\n村级财务管理规范化情况统一纳入乡镇对村年度综合考评，县财政局不再组织专项检查评比。\n某县财政局")]
    // forestry: a special assessment cancelled and put into the township's year-end one
    [InlineData("关于取消村级林长制专项考核的通知", "各村：\n为减轻村级负担，自今年起取消村级林长制专项考核，林长制工作统一列入镇党委对村的年终综合考核。\n某镇人民政府")]
    // a paper about that assessment: its headings' bare 考核 are that assessment
    [InlineData("关于做好村级年度综合考核工作的说明", "各村、镇直各单位：\n一、对村的年度综合考核统一由镇党委、政府每年组织一次，镇直各单位不再单独考核村。\n二、考核内容以村级依法履职事项为主。\n三、考核方式以群众评议为主。\n某镇人民政府")]
    public void YearlyAssessment_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // a department as the assessor, however unified
    [InlineData("关于家庭医生签约服务考核的通知", "各村：\n家庭医生签约服务由县卫生健康局每年统一对各村开展一次考核。\n某县卫生健康局")]
    [InlineData("关于村级财务管理工作的通知", "各村：\n村级财务管理情况统一由县财政局对各村进行年度考核。\n某县财政局")]
    [InlineData("关于复耕复种工作的通知", "各村：\n复耕复种工作情况统一纳入县农业农村局对村年度综合考评。\n某县农业农村局")]
    // a frequency shorter than a year beside it
    [InlineData("关于农村饮水安全考评的通知", "各村：\n农村饮水安全工作情况统一纳入村级综合考评，每月考评一次。\n某镇人民政府")]
    // a ranking and circular beside it
    [InlineData("关于文化惠民工程考评方式的通知", "各村：\n文化惠民工程实施情况统一纳入年度综合考评，按得分排名通报。\n某镇综合文化站")]
    [InlineData("关于复耕复种工作的通知", "各村：\n复耕复种工作情况统一在年终村级综合考评中体现，考评结果排名后三位的村予以通报。\n某乡人民政府")]
    // no 统一: a line of work put into the villages' assessment as before
    [InlineData("关于文化惠民工程考评方式的通知", "各村：\n文化惠民工程实施情况纳入村年度考核。\n某镇综合文化站")]
    // the circular lifted, a weekly ranking put in its place
    [InlineData("关于停止农村饮水安全月度通报的通知", "各村：\n农村饮水安全工作停止按月通报，改为每周对各村排名。\n某镇人民政府")]
    // a paper about the yearly assessment whose next article has a bureau assess every quarter, or a department assess
    [InlineData("关于做好村级年度综合考核工作的说明", "各村：\n一、对村的年度综合考核统一由镇党委每年组织一次。\n二、县农业农村局每季度对各村考核一次。\n某镇人民政府")]
    [InlineData("关于做好村级年度综合考核工作的说明", "各村：\n一、对村的年度综合考核统一由镇党委每年组织一次。\n二、森林防火工作另由县林业局对各村考核。\n某镇人民政府")]
    [InlineData("关于做好村级年度综合考核工作的说明", "各村：\n一、对村的年度综合考核统一由镇党委每年组织一次。\n二、县林业局对各村考核森林防火工作。\n某镇人民政府")]
    [InlineData("关于做好村级年度综合考核工作的说明", "各村：\n一、对村的年度综合考核统一由镇党委每年组织一次。\n二、考核结果按得分在全镇排名通报。\n某镇人民政府")]
    // a monthly assessment in the title
    [InlineData("关于开展村级月度考核的通知", "各村：\n一、对村的考核统一纳入年度综合考核。\n二、每月对各村考核一次。\n某镇人民政府")]
    // a title that names an assessment of the communities without the year: an assessment of its own
    [InlineData("关于对社区环境卫生考核的通知", "各社区：\n环境卫生工作统一纳入街道对社区年度综合考核。\n某街道办事处")]
    public void YearlyAssessment_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // A thing named by what was done with it before, returned, cancelled or taken down in its clause.
    [Theory]
    // forestry: pledges repealed, the signed ones sent back
    [InlineData("关于废止森林防火责任状的通知", "各村：\n镇政府今年1月要求各村签订的森林防火责任状自即日起废止，已签订的责任状退回各村。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // education: a written promise repealed, the kept copies returned
    [InlineData("关于废止村级防溺水书面承诺的通知", "各村：\n镇教育办5月要求各村作出的“辖区不发生溺水事故”书面承诺，自即日起废止，已收存的承诺书退回各村。防溺水宣传由学校和镇教育办负责。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // safety: pledges handed in before voided and destroyed
    [InlineData("关于作废村级安全生产承诺书的通知", "各村：\n此前各村向镇安监站递交的安全生产承诺书一律作废，由镇安监站统一销毁。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // water: check-in accounts given to cadres cancelled
    [InlineData("关于停用巡河打卡软件的通知", "各村：\n巡河工作不再通过手机软件打卡留痕，已分配给村干部的巡河APP账号一律注销。\n某县河长制办公室", PrecheckRules.AppCheckIn)]
    // sanitation: a published ranking taken down
    [InlineData("关于撤下村庄保洁排名的通知", "各村：\n根据规范村级考核评比的要求，村庄保洁月度排名即日停止，已公布的保洁排名从镇公示栏撤下。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    // medical insurance: a red-and-black list taken down by the bureau's offices
    [InlineData("关于停止医保参保“红黑榜”的通知", "各村（社区）：\n医保参保“红黑榜”做法自即日起停止，已张贴的红黑榜由各镇医保所于本周内撤除。\n某县医疗保障局", PrecheckRules.AssessmentBan)]
    // culture: plaques of a campaign no longer held taken back
    [InlineData("关于停止文明村评选的通知", "各村：\n县里不再开展文明村评选，已授予的文明村称号一律撤销。\n某镇人民政府", PrecheckRules.Demonstration)]
    // commerce: quotas handed down before withdrawn
    [InlineData("关于收回村级招商引资任务的通知", "各村：\n已下达到各村的招商引资指标一律收回，招商工作由镇经济发展办负责。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void WoundDown_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // sent back to be signed again
    [InlineData("关于废止森林防火责任状的通知", "各村：\n原森林防火责任状自即日起废止，已签订的责任状退回各村，由各村按新模板重新签订后报镇党委。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // sent back to be rewritten: the clause goes on after the verb
    [InlineData("关于废止森林防火责任状的通知", "各村：\n原森林防火责任状废止，已签订的责任状退回各村修改后再报。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // the repealed pledge replaced by another
    [InlineData("关于废止安全承诺书的通知", "各村：\n废止原安全生产保证书，今后每村另签安全生产承诺书。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于废止村级防溺水书面承诺的通知", "各村：\n镇教育办5月要求各村作出的“辖区不发生溺水事故”书面承诺，自即日起废止，今后每村另签防溺水承诺书报镇教育办。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // accounts kept and used
    [InlineData("关于巡河打卡的通知", "各村：\n已分配给村干部的巡河APP账号继续使用，每天上线打卡签到。\n某县河长制办公室", PrecheckRules.AppCheckIn)]
    // a ranking taken down and replaced, or held again
    [InlineData("关于撤下村庄保洁排名的通知", "各村：\n已公布的保洁排名从镇公示栏撤下，换成本月最新排名。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于复耕复种工作的通知", "各村：\n已公开的排位信息从电子屏撤下，各村每半月重新排位。\n某乡人民政府", PrecheckRules.AssessmentBan)]
    // quotas handed down before, still to be met
    [InlineData("关于招商任务的通知", "各村：\n已分解到各村的招商引资指标要在年底前完成，完成情况排名通报。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    [InlineData("关于收回村级招商引资任务的通知", "各村：\n已下达到各村的招商引资指标一律收回，重新分解到各村，每村引进项目不少于2个。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    // a title taken from the villages a case names: a sanction
    [InlineData("关于文明村创建的通知", "各村：\n创建验收排名末位的村已授予的文明村称号一律撤销，当年评优资格取消。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // a case closed by 的 (擅自…的，) names no thing returned: the village seals and stops the building
    [InlineData("关于农村自建房安全整治的通知", "各村：\n各村对辖区经营性自建房逐栋检查，发现擅自改变房屋用途的，村里直接贴封条停用。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void WoundDown_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // What was handed to the village before, cancelled in its clause, hands nothing down to it.
    [Theory]
    // housing: the survey is the technicians', the cadres' accounts stopped
    [InlineData("关于规范农房安全排查工作的通知", "各乡镇：\n农房安全排查由住建部门组织专业技术人员开展，排查照片由技术人员上传系统，不得要求村干部下载排查软件或上传照片，已为村干部开通的系统账号一律停用。\n某县住房和城乡建设局")]
    // culture: the records are the station's, the caretakers' accounts cancelled
    [InlineData("关于规范文化活动记录工作主体的通知", "各乡镇综合文化站：\n个别文化站要求村文化管理员每场活动拍照上传。活动记录由乡镇综合文化站工作人员负责，一律不得要求村干部上传活动照片，已分配给村文化管理员的平台账号本月底前注销。\n某县文化和旅游局")]
    // health: the vaccination records are the doctors', the cadres' accounts stopped
    [InlineData("关于规范疫苗接种信息采集主体的通知", "各乡镇卫生院：\n疫苗接种信息由卫生院接种医生采集录入，一律不得要求村干部上门拍照上传，已发放给村干部的采集账号本月底前停用。\n某县卫生健康局")]
    // civil affairs: the photos taken over by the office's staff
    [InlineData("关于调整低保入户核查工作主体的通知", "各村（社区）：\n自下月起，低保入户核查照片由乡镇民政所工作人员拍摄上传，不再要求村干部拍照上传。\n某县民政局")]
    public void ReassignedAway_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // the accounts kept, the photos asked
    [InlineData("关于规范文化活动记录工作主体的通知", "各乡镇综合文化站：\n活动记录由乡镇综合文化站负责，已分配给村文化管理员的平台账号继续使用，每场活动拍照上传。\n某县文化和旅游局")]
    // the accounts stopped, a check-in put in their place
    [InlineData("关于规范农房安全排查工作的通知", "各乡镇：\n已为村干部开通的系统账号一律停用，改为村干部每天在微信小程序定位签到。\n某县住房和城乡建设局")]
    // re-assigned onto the village
    [InlineData("关于调整低保入户核查工作主体的通知", "各村（社区）：\n自下月起，低保入户核查照片不再由民政所拍摄，改由村干部拍照上传平台。\n某县民政局")]
    public void ReassignedAway_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // A practice named by the banned act itself, as the topic of a bare ending.
    [Theory]
    [InlineData("关于村庄保洁工作的通知", "各村：\n村庄保洁月度排名即日停止。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于村庄保洁工作的通知", "各村：\n对各村的村庄保洁月度排名自即日起取消。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于村庄保洁工作的通知", "各村：\n镇里3月起实行的各村保洁月度排名，自即日起停止。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于村庄保洁工作的通知", "各村：\n村庄保洁月度排名不再进行。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    // police: drug-control points and circulars
    [InlineData("关于停止村级禁毒积分排名的通知", "各村：\n村级禁毒工作积分排名和季度通报，从本月起一律取消。\n某县禁毒办", PrecheckRules.AssessmentBan)]
    // military service: a pledge asked last year
    [InlineData("关于废止村级征兵保证书的通知", "各村：\n去年要求各村向镇武装部递交的征兵工作保证书，自即日起废止。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // education: photos of home visits
    [InlineData("关于停止学生资助入户核查拍照的通知", "各村（社区）：\n学生资助入户核查拍照上传，自下学期起不再要求。\n某县教育局", PrecheckRules.AppCheckIn)]
    // a list of reviews each ended by its item
    [InlineData("关于精简涉村检查评比事项的通知", "各乡镇、县直各部门：\n经县委同意，下列事项不再开展：\n1.农村公路路长巡查打卡率通报（县交通运输局）——取消\n2.村级卫生室星级评定（县卫生健康局）——取消\n某县委办公室", PrecheckRules.AssessmentBan)]
    public void TopicEnded_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a case and a sanction, not a practice ended
    [InlineData("关于村庄保洁工作的通知", "各村：\n未签订保洁承诺书的村，一律取消。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于防汛值班的通知", "各村：\n值班抽查中发现脱岗的，该村当年度评先评优资格一律取消。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    // ended, then put back another way
    [InlineData("关于村庄保洁工作的通知", "各村：\n村庄保洁月度排名即日停止，改为每周排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于村庄保洁工作的通知", "各村：\n村庄保洁月度排名即日停止，下月起改按季度排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于村庄保洁工作的通知", "各村：\n村庄保洁月度排名即日停止。各村保洁情况每季度排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于村庄保洁工作的通知", "各村：\n月度排名通报即日停止，并对各村每周打分。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    // a demand with a modal, said to stop, then another
    [InlineData("关于村庄保洁工作的通知", "各村：\n各村要每天在群里打卡，即日起停止。各村每月排名。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    // an order to stop given to the villages: the stop is what the order demands
    [InlineData("关于整治无证行医的通知", "各村：\n各村负责在本村巡查，发现无证行医的，当场责令停止，并没收其药品器械。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    // an act joined before what the ending takes (并将…一律取消)
    [InlineData("关于卫生健康工作的通知", "各村：\n各村每周上门随访拍照上传并将纸质随访本一律取消。\n某镇卫生院", PrecheckRules.AppCheckIn)]
    // kept for some, before the ending
    [InlineData("关于卫生健康工作的通知", "各村：\n除中心村外，各村签订的健康扶贫责任书已全部废止。\n某镇卫生院", PrecheckRules.PledgeOrVeto)]
    // a sanction: a sum cut from failing villages
    [InlineData("关于村庄保洁工作的通知", "各村：\n排名末位的村停止拨付奖补资金。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    public void TopicEnded_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // 不强制 lifts an obligation, as 不要求 does.
    [Theory]
    [InlineData("关于河长制工作减负的若干措施", "为减轻村级负担，县河长办决定：\n一、村级河长巡河不强制使用手机软件定位打卡，不以上传照片数量评判履职。\n二、各乡镇自行制定的与上述规定不一致的要求一律废止。\n某县河长制办公室")]
    [InlineData("关于家庭医生随访工作的通知", "各乡镇卫生院：\n村医入户随访不硬性要求上传照片，随访记录在签约系统中填写即可。\n某县卫生健康局")]
    public void NotForced_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // lifted in words, then kept by a sanction or a later demand
    [InlineData("关于河长制工作的通知", "各村：\n村级河长巡河不强制使用手机软件打卡。各村河长每天在APP上传巡河照片。\n某县河长制办公室")]
    [InlineData("关于河长制工作的通知", "各村：\n村级河长每天必须使用手机软件定位打卡。\n某县河长制办公室")]
    public void NotForced_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);
}

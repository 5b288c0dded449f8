using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 32: a body's own people and own affairs. An office's paper about its own staff's division of work,
/// attendance and rating (its title says 内部 or names its staff), a firm's or an institution's rules for the people it says are
/// its own staff, a firm's work-group chat, a memo to a project team, a contractor's briefing to the crew that receives it, a
/// co-operative's members' resolution, a public fair inviting citizens, a work team signing in at the township's office, a
/// station's rating of the workers it hires when the paper says no village is ranked, a league named “村BA”, a procurement
/// that scores its bidders — none puts work on a village. Beside each, the same shape that has the village committee or its
/// cadres check in, sign, or be rated or ranked must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase32OwnAffairsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private const string StationTitle = "青石镇农技站2027年内部岗位分工及考勤办法";
    private const string StationStaff = "一、本站六名技术员分片联系：王刚联系红星村、新民村，李娜联系长岭村。\n";
    private const string InstituteRules = "某某测绘院驻村技术员管理办法";
    private const string InstituteStaff = "第一条 本院派往各村的驻村技术员，均为本院在编职工，由院统一管理。\n";
    private const string Briefing = "雨水管道铺设安全交底记录";
    private const string CoopResolution = "红旗村茶叶专业合作社社员大会决议";
    private const string Fair = "滨江街道2027年端午文化周活动方案";
    private const string PostRating = "柳溪镇村级防疫员年度考评办法";

    [Theory]
    // A farm-technology station's own staff, each linked to some villages: they clock in on the station's system and are scored.
    [InlineData(StationTitle, StationStaff + "二、技术员下村指导须在单位考勤系统打卡，并写明去了哪个村。\n三、站长每季度按出勤和服务评价给技术员评分。\n青石镇农技站", PrecheckRules.AppCheckIn)]
    [InlineData(StationTitle, StationStaff + "二、技术员下村指导须在单位考勤系统打卡，并写明去了哪个村。\n三、站长每季度按出勤和服务评价给技术员评分。\n青石镇农技站", PrecheckRules.AssessmentBan)]
    // A water station's title names its staff and their division of work (no 内部).
    [InlineData("青石镇水利站工作人员包村分工及考核办法", "一、站内四名工作人员分别联系各村供水工程，每月到所联系村巡查两次以上。\n二、站长每月按出勤和工单给工作人员打分，结果用于年度评优。\n青石镇水利站", PrecheckRules.AssessmentBan)]
    // A culture station's staff attendance; an outing is clocked in with the village it went to.
    [InlineData("青石镇文化站职工考勤管理规定", "一、站内职工上下班用企业微信打卡。\n二、下乡办活动的，提交外勤打卡并写明到了哪个村。\n青石镇文化站", PrecheckRules.AppCheckIn)]
    // A bank to its own branches: a reported practice of village cadres, then its own staff's home-visit rule.
    [InlineData("某某农商银行关于上门服务的操作提示", "各分支机构：\n近来个别网点出现由村干部代收客户材料的情况。现提示如下：\n一、上门服务须两名员工同行，全程录像。\n某某农商银行运营管理部", PrecheckRules.AppCheckIn)]
    // A design institute to its own divisions: the project's village is phoned for its view, not rated.
    [InlineData("某某设计院2027年项目成果质量考评办法", "院属各设计所：\n一、考评内容：成果评审通过率、委托方满意度。\n二、考评方式：项目完成后由院办电话回访委托单位和项目所在村，听取意见。\n三、每年对各设计所按得分排名。\n某某设计院", PrecheckRules.AssessmentBan)]
    // A surveying institute's rules for the technicians it says are its own staff, sent to live in villages.
    [InlineData(InstituteRules, InstituteStaff + "第二条 驻村技术员每周在院内系统签到并上传工作照片。\n第三条 院每半年根据镇村反馈对驻村技术员进行考评。", PrecheckRules.AppCheckIn)]
    [InlineData(InstituteRules, InstituteStaff + "第二条 驻村技术员每周在院内系统签到并上传工作照片。\n第三条 院每半年根据镇村反馈对驻村技术员进行考评。", PrecheckRules.AssessmentBan)]
    // A property firm's work-group chat: its crews go to two communities and clock in on the firm's app.
    [InlineData("某某物业服务有限公司绿化养护组群消息", "【绿化养护组】组长 周师傅：\n明天一队去河湾社区修剪，二队去滨江社区浇水。到了先跟社区说一声，不要让社区派人陪。收工前在公司APP打卡，照片发群里。", PrecheckRules.AppCheckIn)]
    // A gas firm's crew chat.
    [InlineData("某某燃气有限公司安检班工作群", "【安检班】班长 吴工：\n明天去石桥村入户安检，完成后在公司APP打卡，把照片传到群里。", PrecheckRules.AppCheckIn)]
    // A memo to a project team (To: … 全体成员): its check-in and its internal ranking.
    [InlineData("Weekly memo：滨江片区测量项目", "To: 项目组全体成员\nFrom: PM 李工\n1. 每天 09:00 在 app check in；\n2. 周五发 internal ranking，只用于组内绩效。", PrecheckRules.AppCheckIn)]
    [InlineData("Weekly memo：滨江片区测量项目", "To: 项目组全体成员\nFrom: PM 李工\n1. 每天 09:00 在 app check in；\n2. 周五发 internal ranking，只用于组内绩效。", PrecheckRules.AssessmentBan)]
    // A contractor's briefing whose receivers are its own crew.
    [InlineData(Briefing, "交底内容：\n1. 沟槽开挖须放坡；\n2. 作业人员每日开工前在企业APP签到；\n交底人：张工  接收人：管道二班全体\n某某建设公司项目部", PrecheckRules.AppCheckIn)]
    // A co-operative's members pledge to the co-operative.
    [InlineData(CoopResolution, "会议决议如下：\n一、全体社员签订《茶叶质量安全承诺书》，承诺不使用禁用农药。\n二、谁违背承诺，当年不参与分红。", PrecheckRules.PledgeOrVeto)]
    // A sub-district's fair invites citizens to a check-in game.
    [InlineData(Fair, "一、地点：滨江公园。\n二、内容：设置龙舟主题打卡墙，开展“晒粽子”打卡抽奖活动，欢迎市民参加。", PrecheckRules.AppCheckIn)]
    // A resident work team's members sign in at the township's organisation office.
    [InlineData("柳溪镇关于加强驻村干部日常管理的通知", "一、驻村干部考勤在镇组织办签到，派出单位每月核实。\n二、驻村干部每月驻村天数不少于20天。", PrecheckRules.AppCheckIn)]
    // A station rates the epidemic-prevention workers it pays, and says the villages are not ranked.
    [InlineData(PostRating, "一、考评由镇农技中心组织。\n二、考评结果仅用来核发防疫员报酬、决定是否续聘，不对各村排名，也不纳入村级考核。", PrecheckRules.AssessmentBan)]
    [InlineData("青石镇村级护林员考核细则", "一、考核由镇林业站组织，内容为巡护天数和火情报告。\n二、考核结果只决定护林员的补助和续聘，不对各村排名。\n青石镇林业站", PrecheckRules.AssessmentBan)]
    // A league called “村BA” ranks its teams.
    [InlineData("2027年青石县“村BA”联赛排名公告", "现将小组排名公布如下：红星村队第一，新民村队第二。", PrecheckRules.AssessmentBan)]
    // A procurement scores its bidders for a village-planning service.
    [InlineData("柳溪镇村庄规划服务项目比选结果公示", "比选小组对3家响应单位的方案作了评分。第一名某某规划院。", PrecheckRules.AssessmentBan)]
    public void ABodysOwnPeopleAndAffairs_PutNothingOnTheVillage(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The station's paper has the villages' own assistants clock in and ranks them village by village.
    [InlineData(StationTitle, StationStaff + "二、各村农技协管员每天在考勤系统打卡，站里每月对各村协管员打卡情况排名。\n青石镇农技站", PrecheckRules.AppCheckIn)]
    [InlineData(StationTitle, StationStaff + "二、各村农技协管员每天在考勤系统打卡，站里每月对各村协管员打卡情况排名。\n青石镇农技站", PrecheckRules.AssessmentBan)]
    // The station's assigned staff are told to make the village cadres clock in, and the villages are docked.
    [InlineData("青石镇水利站内部人员分工和考核办法", "一、站内四名工作人员分别联系各村。\n二、包村人员每天督促所包村村干部在APP打卡。\n青石镇水利站", PrecheckRules.AppCheckIn)]
    [InlineData("青石镇水利站内部人员分工和考核办法", "一、站内四名工作人员分别联系各村。\n二、包村人员每天到所包村查看村干部打卡情况，未打卡的扣村里考核分。\n青石镇水利站", PrecheckRules.AssessmentBan)]
    // The bank's own paper has its outlets make the village committees photograph and upload.
    [InlineData("某某农商银行关于上门服务的操作提示", "各分支机构：\n现提示如下：\n一、请各网点督促所在村村委会每天拍照上传服务台账。\n某某农商银行运营管理部", PrecheckRules.AppCheckIn)]
    // The institute scores and ranks the villages themselves after asking the township.
    [InlineData("某某设计院2027年项目成果质量考评办法", "院属各设计所：\n一、考评内容：成果评审通过率。\n二、每年征求镇政府意见后，对项目所在村的配合情况进行打分排名。\n某某设计院", PrecheckRules.AssessmentBan)]
    // The institute's rules make the village committee sign in for its technicians.
    [InlineData(InstituteRules, InstituteStaff + "第二条 所驻村村委会须每天在系统中为技术员签到确认并拍照上传。", PrecheckRules.AppCheckIn)]
    // The firm's chat asks the communities' grid staff to clock in.
    [InlineData("某某物业服务有限公司绿化养护组群消息", "【绿化养护组】组长 周师傅：\n请各社区的网格员每天下午在本群打卡报到。", PrecheckRules.AppCheckIn)]
    // A memo sent to the villages' secretaries.
    [InlineData("Weekly memo：滨江片区测量项目", "To: 各村书记\nFrom: 项目部\n1. 每天 09:00 在 app check in。", PrecheckRules.AppCheckIn)]
    // The briefing has the village committee sign in each day.
    [InlineData(Briefing, "交底内容：\n1. 沟槽开挖须放坡；\n2. 所在村委会派人每日开工前在企业APP签到；\n交底人：张工  接收人：管道二班全体\n某某建设公司项目部", PrecheckRules.AppCheckIn)]
    // The resolution asks the village committee's cadres to sign a guarantee.
    [InlineData(CoopResolution, "会议决议如下：\n一、全体社员签订《茶叶质量安全承诺书》。\n二、请村委会组织村干部签订担保责任书。", PrecheckRules.PledgeOrVeto)]
    // The fair has each community organise residents' check-ins.
    [InlineData(Fair, "一、地点：滨江公园。\n二、内容：开展打卡活动，各社区组织居民打卡并上传截图，吸引市民参与。", PrecheckRules.AppCheckIn)]
    // The villages' party secretaries sign in at the township's office.
    [InlineData("柳溪镇关于村干部考勤的通知", "一、村党支部书记考勤在镇组织办签到，镇里每月核实。", PrecheckRules.AppCheckIn)]
    // A title rating the village cadres, whatever the text says of ranking.
    [InlineData("柳溪镇村干部年度考评办法", "一、考评由镇农技中心组织。\n二、考评结果仅用来核发报酬，不对各村排名，也不纳入村级考核。", PrecheckRules.AssessmentBan)]
    // The workers' rating ranks the villages after all.
    [InlineData(PostRating, "一、考评由镇农技中心组织。\n二、考评结果同时按村排出名次，全镇通报。", PrecheckRules.AssessmentBan)]
    // The villages are ranked for organising their teams.
    [InlineData("关于对各村“村BA”联赛组织工作进行排名的通知", "各村：镇里将对各村组织参赛情况打分排名。", PrecheckRules.AssessmentBan)]
    // After the village plans are drawn up, the township scores the villages.
    [InlineData("柳溪镇村庄规划工作方案", "村庄规划编制完成后，镇里对各村配合情况评分排名。", PrecheckRules.AssessmentBan)]
    public void TheSameShape_PuttingTheWorkOnTheVillage_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

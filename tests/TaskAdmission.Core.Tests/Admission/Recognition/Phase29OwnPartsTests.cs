using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 29: the grammar of "the issuer's own" (Document/OwnParts). The issuer is named in the title, a chat
/// group's tag or the signature; the addressee line (or a stated object line) names its own parts or people — its short
/// form repeated before them (公司各…, 全行…, 项目部全体…), the kind of the part a word of its name (各站站长 under …站点, 各位
/// 养护员 in …养护群), its staff as such — or the title names an enterprise's own rules. Such a paper governs the issuer's
/// own work: what it asks of no one is its staff's, and a village that is only the place of the work, a report's recipient
/// or the qualifier of the issuer's own post is not asked to act. Beside each quiet shape, the same shape handing the act
/// to the village committee, its cadres or grid staff, or a township's paper calling the villages its units, must fire.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase29OwnPartsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A water company's party committee to its own party branches: members volunteer at the paired neighbourhoods.
    [InlineData("东川水务公司党委关于志愿服务的安排", "公司各党支部：\n各支部要带领党员每月到共建社区开展一次节水宣传，党员在公司平台上签到、上传活动照片，支部活动纳入公司年度考评排名。\n东川水务有限公司党委", PrecheckRules.AppCheckIn)]
    [InlineData("东川水务公司党委关于志愿服务的安排", "公司各党支部：\n各支部要带领党员每月到共建社区开展一次节水宣传，党员在公司平台上签到、上传活动照片，支部活动纳入公司年度考评排名。\n东川水务有限公司党委", PrecheckRules.AssessmentBan)]
    // A courier network's depots, the post repeating the kind its name holds (…站点 → 各站站长).
    [InlineData("飞燕快递北区站点关于雨季派件的通知", "各站站长：\n快递员每天出车前在公司APP拍照打卡，各站每周对快递员准点率排名。\n飞燕快递北区营运中心", PrecheckRules.AppCheckIn)]
    // A bank's sales contest, its people stated on the object line (全行 + its short form).
    [InlineData("信用卡分期营销竞赛办法", "一、竞赛对象：全行理财经理。\n二、每周按发卡量排名，末三名由部门负责人约谈。\n东川农商银行个金部", PrecheckRules.AssessmentBan)]
    // A seedling farm's chat group: the post repeats a word of the group's tag.
    [InlineData("苗圃养护群通知", "【青林苗木-北坡苗圃养护群】各位养护员：下周起浇水时在企业微信上定位打卡，每晚九点前把苗情照片发到群里。", PrecheckRules.AppCheckIn)]
    // A property company's site office rates its own staff; the result goes to the neighbourhood committee.
    [InlineData("嘉禾物业东园项目部保洁员工评比细则", "一、评比对象：项目部全体员工。\n二、每周由主管打分排名，员工上岗时在系统刷脸打卡。\n三、评比结果每季度向社区居委会及业委会通报。\n嘉禾物业公司东园项目部", PrecheckRules.AssessmentBan)]
    [InlineData("嘉禾物业东园项目部保洁员工评比细则", "一、评比对象：项目部全体员工。\n二、每周由主管打分排名，员工上岗时在系统刷脸打卡。\n三、评比结果每季度向社区居委会及业委会通报。\n嘉禾物业公司东园项目部", PrecheckRules.AppCheckIn)]
    // A bank rates the neighbourhood service officers its branches post (a post of its own the village word qualifies).
    [InlineData("东川农商银行南门支行关于社区便民专员考评的通知", "各网点：\n支行每季度对社区便民专员的走访户数进行考评并排名，结果与专员奖金挂钩。\n东川农商银行南门支行", PrecheckRules.AssessmentBan)]
    // A social work agency rates its own project teams; its workers are stationed in the neighbourhoods.
    [InlineData("春晖社工服务中心关于驻村社工考勤的通知", "各项目组：\n驻村社工须每天在中心系统填写日志并定位签到，中心每季度按项目组排名。\n春晖社工服务中心", PrecheckRules.AppCheckIn)]
    // An events company's own manual: no addressee line, its title names the company and a genre of rules.
    [InlineData("远帆文旅公司“乡村音乐节”现场执行手册", "一、各岗位人员每日用钉钉定位打卡，迟到扣当日补贴。\n二、各执行组每晚汇总完成情况，按组排名。\n远帆文旅有限公司", PrecheckRules.AppCheckIn)]
    public void TheIssuersOwnPartsAndPeople_AreWhomItsPaperAsks(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The party committee's paper has the neighbourhoods sign in and ranks them.
    [InlineData("东川水务公司党委关于志愿服务的安排", "公司各党支部：\n请各社区每周在公司平台上签到、上传活动照片，公司对各社区排名。\n东川水务有限公司党委", PrecheckRules.AppCheckIn)]
    [InlineData("东川水务公司党委关于志愿服务的安排", "公司各党支部：\n请各社区每周在公司平台上签到、上传活动照片，公司对各社区排名。\n东川水务有限公司党委", PrecheckRules.AssessmentBan)]
    // The members go to the neighbourhood, and the neighbourhood's cadres are told to sign in.
    [InlineData("东川水务公司党委关于志愿服务的安排", "公司各党支部：\n各支部要带领党员到共建社区开展节水宣传，由社区干部每天在平台签到。\n东川水务有限公司党委", PrecheckRules.AppCheckIn)]
    // The depots' paper hands the check-in to the village cadres.
    [InlineData("飞燕快递北区站点关于雨季派件的通知", "各站站长：\n快递员进村派件时，由村干部每天在公司APP拍照打卡。\n飞燕快递北区营运中心", PrecheckRules.AppCheckIn)]
    // The bank's contest ranks the villages, its officers sent there.
    [InlineData("信用卡分期营销竞赛办法", "一、竞赛对象：全行理财经理。\n二、理财经理到各村走访，每月对各村授信户数排名。\n东川农商银行个金部", PrecheckRules.AssessmentBan)]
    // An object line naming the township's village cadres is no issuer's own people.
    [InlineData("信用卡分期营销竞赛办法", "一、竞赛对象：全镇村干部。\n二、每周按发卡量排名，末三名约谈。\n东川农商银行个金部", PrecheckRules.AssessmentBan)]
    // The bank rates the villages' grid staff, or the neighbourhoods themselves.
    [InlineData("东川农商银行南门支行关于社区网格员考评的通知", "各网点：\n支行每季度对社区网格员的走访户数进行考评并排名。\n东川农商银行南门支行", PrecheckRules.AssessmentBan)]
    [InlineData("东川农商银行南门支行关于便民服务考评的通知", "各网点：\n支行每季度对各社区进行考评并排名。\n东川农商银行南门支行", PrecheckRules.AssessmentBan)]
    // The agency hands the work down to the villages.
    [InlineData("春晖社工服务中心关于驻村社工考勤的通知", "各项目组：\n考勤任务分解到各村，各村每天在中心系统定位签到。\n春晖社工服务中心", PrecheckRules.AppCheckIn)]
    // Each village's own helper (各村…员), or a post after 请, is the village's people, not the agency's post.
    [InlineData("春晖社工服务中心关于驻村社工考勤的通知", "各项目组：\n各村助理员每天在中心系统定位签到，中心每季度排名。\n春晖社工服务中心", PrecheckRules.AppCheckIn)]
    [InlineData("春晖社工服务中心关于驻村社工考勤的通知", "各项目组：\n请社区助理员每天在中心系统定位签到。\n春晖社工服务中心", PrecheckRules.AppCheckIn)]
    // The events company's manual, copied to the villages with a demand on them.
    [InlineData("远帆文旅公司“乡村音乐节”现场执行手册", "一、抄送各村委会。各村每天在钉钉定位打卡，并上传保洁照片。\n远帆文旅有限公司", PrecheckRules.AppCheckIn)]
    // A township calling the villages its own units is writing to the villages.
    [InlineData("关于村级考评的通知", "全镇各村：\n各村是镇里的基层单位，请各村每天在APP打卡，镇里每月排名。\n东川镇人民政府", PrecheckRules.AppCheckIn)]
    // A board hung at the village by the issuer's staff is a board on the village.
    [InlineData("东川农商银行南门支行关于挂牌的通知", "各网点：\n客户经理到各村委会门口悬挂“金融服务站”牌子，并拍照上传。\n东川农商银行南门支行", PrecheckRules.Signboard)]
    public void TheSameShape_PuttingTheWorkOnTheVillage_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

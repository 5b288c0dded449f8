using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 31: papers to the writer's own people (Document/OwnPeople, read inside OwnParts.IsOwnPart, OwnParts'
/// place and unit readings, DocumentScope.OwnVillagePaper). A body writing to its own staff, parts or members — named by
/// grammar (馆内/院内/本公司/乡机关/所属 + the issuer, or by their jobs from a firm or an institution that governs no village),
/// a firm's paper it calls 内部, a village's paper to its villagers addressed as persons, its own levy receipted — puts
/// nothing on a village unless a sentence names one. Lines of work the corpus does not hold (a hospital, a water company, a
/// court, a museum, an insurer, a study-tour agency, a library, a building-materials firm). Beside each quiet shape, the same
/// shape telling the village committee, its cadres or grid staff to act, or ranking the villages, must fire.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase31OwnPeopleTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A hospital's nursing department to its own wards' head nurses: the nurses visit patients in two villages and sign in; the wards are ranked.
    [InlineData("市人民医院护理部关于出院随访签到的规定", "院内各病区护士长：\n护士到杏花村、梨园村随访出院病人时须在移动护理APP定位签到，护理部每月按随访率对各病区排名。\n市人民医院护理部", PrecheckRules.AppCheckIn)]
    [InlineData("市人民医院护理部关于出院随访签到的规定", "院内各病区护士长：\n护士到杏花村、梨园村随访出院病人时须在移动护理APP定位签到，护理部每月按随访率对各病区排名。\n市人民医院护理部", PrecheckRules.AssessmentBan)]
    // A water company to all its own meter readers: they read meters in two villages and clock in on the company's app.
    [InlineData("自来水公司关于抄表员入户抄表定位打卡的通知", "本公司全体抄表员：\n抄表员到桃园村、柳湾村抄表时须在抄表APP上定位打卡，营业所每月按打卡率考核排名。\n滨江自来水有限公司东城营业所", PrecheckRules.AppCheckIn)]
    [InlineData("自来水公司关于抄表员入户抄表定位打卡的通知", "本公司全体抄表员：\n抄表员到桃园村、柳湾村抄表时须在抄表APP上定位打卡，营业所每月按打卡率考核排名。\n滨江自来水有限公司东城营业所", PrecheckRules.AssessmentBan)]
    // A court's political department to its own divisions and tribunals: its officers sign in at a village where they enforce.
    [InlineData("县法院关于执行干警外出登记的通知", "院机关各庭室、各派出法庭：\n执行干警到石岭村执行时须在办案系统定位签到，政治处每季度对各庭室考核排名。\n县人民法院政治处", PrecheckRules.AppCheckIn)]
    [InlineData("县法院关于执行干警外出登记的通知", "院机关各庭室、各派出法庭：\n执行干警到石岭村执行时须在办案系统定位签到，政治处每季度对各庭室考核排名。\n县人民法院政治处", PrecheckRules.AssessmentBan)]
    // A museum's education department to the guides inside the museum: the last-ranked guide pauses.
    [InlineData("市博物馆讲解员服务质量考评结果", "馆内各位讲解员：\n现公布上半年讲解服务考评结果，排名末位的讲解员暂停讲解一个月。\n市博物馆社教部", PrecheckRules.AssessmentBan)]
    // An insurer's chat to its own loss adjusters, who go to a village's fields and sign in on arrival.
    [InlineData("保险公司理赔查勘员群消息", "【平安财险石门支公司】各位查勘员：明天去双塘村查勘水稻受灾，到场后在理赔APP定位签到，照片上传系统。", PrecheckRules.AppCheckIn)]
    // A study-tour agency to its tour leaders and guides by their jobs.
    [InlineData("山野研学旅行社关于带队纪律的通知", "各带队领队、讲解员：\n领队到营地后在公司APP签到，计调部每月按家长评价对领队排名。\n山野研学旅行社计调部", PrecheckRules.AppCheckIn)]
    [InlineData("山野研学旅行社关于带队纪律的通知", "各带队领队、讲解员：\n领队到营地后在公司APP签到，计调部每月按家长评价对领队排名。\n山野研学旅行社计调部", PrecheckRules.AssessmentBan)]
    // A county library to its own branch libraries (所属): the branches sign in and are ranked.
    [InlineData("县图书馆关于分馆借阅量考核的通知", "所属各分馆：\n各分馆每月在管理系统签到上报借阅量，馆里按季度排名。\n县图书馆", PrecheckRules.AppCheckIn)]
    [InlineData("县图书馆关于分馆借阅量考核的通知", "所属各分馆：\n各分馆每月在管理系统签到上报借阅量，馆里按季度排名。\n县图书馆", PrecheckRules.AssessmentBan)]
    // A township's own office staff (乡机关全体干部): their duty sign-in is theirs.
    [InlineData("白鹭乡机关周末值班规定", "乡机关全体干部：\n周末值班人员须在政务钉钉签到，党政办每月通报考勤。\n白鹭乡党政办", PrecheckRules.AppCheckIn)]
    // A building-materials firm's internal minutes: its staff clock in, its workshops are ranked.
    [InlineData("恒信建材公司关于规范考勤的内部纪要", "议定：员工每日上下班在OA系统打卡，行政部每月对各车间出勤率排名。\n恒信建材有限公司经理办公会", PrecheckRules.AppCheckIn)]
    [InlineData("恒信建材公司关于规范考勤的内部纪要", "议定：员工每日上下班在OA系统打卡，行政部每月对各车间出勤率排名。\n恒信建材有限公司经理办公会", PrecheckRules.AssessmentBan)]
    // A village committee's chat to its own villagers: sign-up for its own tree-planting day.
    [InlineData("翠竹村村民群消息", "【翠竹村委会】乡亲们：下周日村里组织义务植树，愿意来的在群里接龙报名，村里备好树苗和午饭。", PrecheckRules.AppCheckIn)]
    // A village's own levy for its own lane, receipted by its group heads.
    [InlineData("石坝村一事一议筹资款收缴通知", "各位村民：\n经户代表会议表决，本村硬化三组入户路，每人筹资20元。请各户在5月20日前交所在组的村民小组长，村民小组长开具收据再交村会计入账。\n石坝村民委员会", PrecheckRules.ProhibitedItem)]
    public void APaperToTheIssuersOwnPeople_PutsNothingOnTheVillage(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The hospital's paper has the village committees sign in and ranks the villages.
    [InlineData("市人民医院护理部关于夜班签到的规定", "院内各病区护士长：\n自6月1日起，请各村委会每日安排人员在移动终端签到，护理部每月对各村排名。\n市人民医院护理部", PrecheckRules.AppCheckIn)]
    [InlineData("市人民医院护理部关于夜班签到的规定", "院内各病区护士长：\n自6月1日起，请各村委会每日安排人员在移动终端签到，护理部每月对各村排名。\n市人民医院护理部", PrecheckRules.AssessmentBan)]
    // The water company's paper has the village's grid staff clock in.
    [InlineData("自来水公司关于抄表定位打卡的通知", "本公司全体抄表员：\n抄表时请桃园村村委会安排网格员陪同，并由网格员在APP上定位打卡。\n滨江自来水有限公司东城营业所", PrecheckRules.AppCheckIn)]
    // The library's paper to its branches has the villages' committees sign in and ranks the villages.
    [InlineData("县图书馆关于分馆借阅量考核的通知", "所属各分馆：\n请各分馆所在村的村委会每月在管理系统签到上报借阅量，馆里按季度对各村排名。\n县图书馆", PrecheckRules.AppCheckIn)]
    [InlineData("县图书馆关于分馆借阅量考核的通知", "所属各分馆：\n请各分馆所在村的村委会每月在管理系统签到上报借阅量，馆里按季度对各村排名。\n县图书馆", PrecheckRules.AssessmentBan)]
    // The agency's paper to its leaders has a village committee sign in and ranks the villages.
    [InlineData("山野研学旅行社关于带队纪律的通知", "各带队领队、讲解员：\n请营地所在的青松村村委会每天派人在公司APP签到，计调部每月对各村排名。\n山野研学旅行社计调部", PrecheckRules.AppCheckIn)]
    [InlineData("山野研学旅行社关于带队纪律的通知", "各带队领队、讲解员：\n请营地所在的青松村村委会每天派人在公司APP签到，计调部每月对各村排名。\n山野研学旅行社计调部", PrecheckRules.AssessmentBan)]
    // A cultural centre's paper to its own departments that ranks the villages' culture officers.
    [InlineData("青溪区文化馆下乡辅导考核细则", "馆内各部室：\n群文部每季度对各村文化管理员进行考核排名，排名末位的村通报批评。\n云台区文化馆", PrecheckRules.AssessmentBan)]
    // A rescue team's chat that asks a village's cadres to clock in.
    [InlineData("应急救援队群消息", "【北岭应急救援队】各位队员：明天巡堤，请双河村村干部明天7点在堤段打卡。", PrecheckRules.AppCheckIn)]
    // A township organ's rules that put its clock-in on the villages' cadres too.
    [InlineData("桐木镇机关值班考勤规定", "镇机关全体干部：\n各村（社区）干部同样在钉钉打卡，镇党政办每月通报排名。\n桐木镇党政办", PrecheckRules.AppCheckIn)]
    [InlineData("桐木镇机关值班考勤规定", "镇机关全体干部：\n各村（社区）干部同样在钉钉打卡，镇党政办每月通报排名。\n桐木镇党政办", PrecheckRules.AssessmentBan)]
    // 镇内 before the villages is no inside of the issuer's: the villages are addressed.
    [InlineData("关于每日打卡的通知", "镇内各村：\n请各村每天在APP打卡。\n石桥镇人民政府", PrecheckRules.AppCheckIn)]
    // A firm's internal minutes that have the village committees clock in and rank the villages.
    [InlineData("恒信建材公司关于规范考勤的内部纪要", "议定：请各村委会每日在OA系统打卡，行政部每月对各村排名。\n恒信建材有限公司经理办公会", PrecheckRules.AppCheckIn)]
    [InlineData("恒信建材公司关于规范考勤的内部纪要", "议定：请各村委会每日在OA系统打卡，行政部每月对各村排名。\n恒信建材有限公司经理办公会", PrecheckRules.AssessmentBan)]
    // A bureau's internal notice (a government's 内部) keeps the village's patrol staff's clock-in.
    [InlineData("县农业农村局关于巡查的内部通知", "村级巡查员每天在APP定位打卡。\n县农业农村局", PrecheckRules.AppCheckIn)]
    // The village's chat relays the township's demand on the villages.
    [InlineData("桂溪村村民群消息", "【桂溪村委会】各位乡亲：镇里要求各村每天在群里接龙上报巡河情况，请村民小组长按时接龙。", PrecheckRules.AppCheckIn)]
    // The village's levy paper whose group heads also collect a TV fee for others.
    [InlineData("石坝村一事一议筹资款收缴通知", "各位村民：\n经户代表会议表决，本村硬化三组入户路，每人筹资20元。请各户在5月20日前交所在组的村民小组长，村民小组长同时代收有线电视费，开具收据再交村会计入账。\n石坝村民委员会", PrecheckRules.ProhibitedItem)]
    // The village's levy paper whose receipted money is handed up to the township.
    [InlineData("石坝村一事一议筹资款收缴通知", "各位村民：\n经户代表会议表决，本村硬化三组入户路，每人筹资20元。请各户在5月20日前交所在组的村民小组长，村民小组长开具收据再上交镇财政所。\n石坝村民委员会", PrecheckRules.ProhibitedItem)]
    public void TheSameShape_PuttingTheWorkOnTheVillage_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 33: reports, surveys and a body's own affairs, which put nothing on the villages. A report or a summary
/// accounting for a period that is over (what was done, spent or counted in it); a check-in whose records the paper says are
/// not sent to the village committee; a paper the village provides 作为…的依据 for work others do; a village's own rules for a
/// service it runs, adopted by its own meeting in its closing lines; a hospital's, a school's or a library's plan for sharing
/// its own staff's performance pay. Each is written in several lines of work (water, civil affairs, police, finance, culture,
/// health, forestry, land, food safety, education), and beside it the same shape that still puts the banned work on the
/// village: a summary whose next half-year asks the villages to upload, a check-in the village cadres must also make, the
/// compensation paid by the village itself, the township's canteen rules with a ranking, a pay plan that ranks the villages.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase33ReportsAndOwnAffairsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // A report or summary of a period that is over: the sentences opening with the period, the lines they open and the
    // numbered list such a sentence leads account for what was done.
    [Theory]
    [InlineData("青川县2025年农村供水工程运行管护情况报告", "2025年，全县完成农村供水管网改造86公里，完成投资4200万元，新增受益人口1.2万人。\n2026年，我县将继续推进城乡供水一体化。\n2026年2月10日", PrecheckRules.ProhibitedItem)]
    [InlineData("石桥镇2026年上半年民政工作总结", "上半年，镇民政办做了以下工作：\n一、困难群众走访：镇村干部入户走访1200户，走访照片均上传至系统。\n二、低保复核：复核低保对象320户。\n石桥镇民政办\n2026年7月5日", PrecheckRules.AppCheckIn)]
    [InlineData("东坪派出所2026年第一季度工作小结", "一季度，各村治保主任陪同民警入户走访2300户，每次走访都在警务通上定位打卡。\n2026年4月3日", PrecheckRules.AppCheckIn)]
    [InlineData("某县2025年涉农资金统筹整合情况报告", "2025年，全县统筹整合涉农资金2.1亿元，撬动社会资本投资1.2亿元。\n2026年3月12日", PrecheckRules.ProhibitedItem)]
    [InlineData("青石县文化馆2025年度工作总结", "2025年度，全馆举办公益培训86期，各村文化管理员参训后在平台签到并上传照片。\n青石县文化馆", PrecheckRules.AppCheckIn)]
    [InlineData("柳溪镇2026年上半年河长制工作总结", "上半年，镇河长办做了以下工作：\n一、巡河管护：各村河长巡河1460次，巡河轨迹全部上传河长制APP。\n二、存在问题：部分村级河长年龄偏大。\n三、下半年打算：开展河长培训。\n柳溪镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("柳溪镇2026年上半年河长制工作总结", "上半年，镇河长办做了以下工作：\n一、巡河管护：巡河1460次。\n二、河长评比：按巡河次数对各村进行了排名，结果已通报。\n柳溪镇河长办", PrecheckRules.AssessmentBan)]
    [InlineData("东坪派出所2026年第一季度工作小结", "一季度，所里开展入户走访2300户。各村治保主任陪同民警走访，每次走访都在警务通上定位打卡。\n2026年4月3日", PrecheckRules.AppCheckIn)]
    [InlineData("东坪派出所2026年一季度工作小结", "第一季度，各村治保主任陪同民警入户走访2300户，每次走访都在警务通上定位打卡。", PrecheckRules.AppCheckIn)]
    public void APastPeriodAccountedFor_InAReportOrSummary_PutsNothingOnTheVillage(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("柳溪镇2026年上半年河长制工作总结", "上半年，镇河长办做了以下工作：\n一、巡河管护：各村河长巡河1460次。\n二、下半年打算：\n1. 开展培训。\n2. 各村河长每天巡河后在APP打卡上传轨迹。\n柳溪镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇2026年上半年民政工作总结", "上半年，镇民政办做了以下工作：\n一、低保复核：复核低保对象320户。\n下半年，要求各村每周上传入户走访照片，按上传率排名。\n石桥镇民政办", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇2026年上半年民政工作总结", "上半年，镇民政办做了以下工作：\n一、低保复核：复核低保对象320户。\n二、各村要每周上传入户走访照片。\n石桥镇民政办", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇2026年上半年民政工作总结", "上半年，各村须每日在APP打卡并上传走访照片。\n石桥镇民政办", PrecheckRules.AppCheckIn)]
    [InlineData("青川县2025年农村供水工程运行管护情况报告", "2025年，各村管水员每天在APP打卡上传巡查照片。\n2025年8月10日", PrecheckRules.AppCheckIn)]
    [InlineData("青川县2025年农村供水工程运行管护情况报告", "2025年，全县完成投资4200万元。\n2026年，全县要完成投资5000万元，各村每月上报招商引资项目。\n2026年2月10日", PrecheckRules.ProhibitedItem)]
    [InlineData("东坪派出所2026年第一季度工作小结", "一季度，所里开展入户走访2300户。\n今后，各村治保主任每天在警务通上定位打卡。\n东坪派出所", PrecheckRules.AppCheckIn)]
    [InlineData("东坪派出所2026年第一季度工作小结", "一季度，所里开展入户走访2300户。二季度，各村治保主任每天在警务通上定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇2026年上半年民政工作总结", "上半年，镇民政办做了以下工作：\n一、低保复核：复核低保对象320户。\n二、工作要求：\n1. 各村每周上传入户走访照片。", PrecheckRules.AppCheckIn)]
    public void AReportOrSummary_ThatAsksOfAnotherPeriodOrInItsOwnVoice_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // A village a negation exempts (不向村委会推送, 不对村排名) is not the one a check-in is aimed at.
    [Theory]
    [InlineData("关于启用家庭医生随访签到功能的通知", "各乡镇卫生院：\n家庭医生入户随访时在APP内定位签到。签到记录仅作为出诊补助的核算依据，由卫生院负责审核，不向村委会推送，也不用于对村的通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于抄表员出工签到的通知", "各供水站：\n抄表员每日出工在系统签到。出工签到数据按月汇总，由公司营业部负责核对，不向各村通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于护林员巡山签到的通知", "各林业站：\n护林员巡山在APP签到。巡山签到数据按周汇总，由林业站负责审核，不报送村委会，也不对村排名。", PrecheckRules.AppCheckIn)]
    [InlineData("关于文化志愿者服务签到的通知", "各文化站：\n文化志愿者每次服务在平台签到。志愿服务签到情况按季度汇总，由县文化馆负责统计，不向村（社区）推送。", PrecheckRules.AppCheckIn)]
    [InlineData("关于辅警巡逻打卡的通知", "各派出所：\n辅警巡逻时在警务APP打卡。巡逻打卡轨迹按日保存，由派出所负责核查，不向社区反馈。", PrecheckRules.AppCheckIn)]
    public void AVillageNamedOnlyUnderANegation_IsNotWhomTheCheckInIsAimedAt(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于家庭医生随访签到的通知", "各乡镇卫生院：\n家庭医生和村干部入户时须在APP内定位签到。签到记录由卫生院负责核验。", PrecheckRules.AppCheckIn)]
    [InlineData("关于家庭医生随访签到的通知", "各乡镇卫生院：\n签到记录仅作为出诊补助的核算依据，由卫生院负责审核，不向卫生室推送，村干部每天也要在系统签到。", PrecheckRules.AppCheckIn)]
    [InlineData("关于护林员巡山签到的通知", "各林业站：\n巡山签到数据按周汇总，由林业站负责审核，每月对各村签到率排名。", PrecheckRules.AssessmentBan)]
    public void ACheckInThatAlsoFallsOnTheVillageCadres_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // 作为…的依据 names the use a paper or a list is put to, not work of the one who provides it.
    [Theory]
    [InlineData("关于做好项目区林地核查的通知", "各有关乡镇人民政府：\n涉及承包林地的，由所在村出具林地承包情况证明，作为林木补偿的依据。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好项目区青苗登记的通知", "各有关乡镇：\n由村委会提供青苗种植户名单，作为青苗补偿款核算的依据。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好宅基地违法建设认定的通知", "各乡镇人民政府：\n请所在村提供宅基地审批档案复印件，作为违法建设认定和查处的依据。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展畜禽养殖污染排查的通知", "各乡镇：\n由村委会提供养殖户名单，作为畜禽养殖污染执法检查的参考。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展烟花爆竹安全排查的通知", "各乡镇：\n由村委会提供经营户名单，作为安全生产执法检查的依据。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好食品小作坊登记的通知", "各乡镇：\n由村委会提供小作坊名单，作为食品安全监督检查的参考。", PrecheckRules.ProhibitedItem)]
    public void WhatAPaperIsUsedAsTheBasisFor_IsNotWorkPutOnWhoProvidesIt(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于做好项目区林地核查的通知", "各有关乡镇人民政府：\n由所在村负责林木补偿款的兑付。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好项目区林地核查的通知", "各有关乡镇人民政府：\n由所在村出具林地承包情况证明，并负责林木清点和补偿。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好项目区林地核查的通知", "各有关乡镇人民政府：\n由所在村提供青苗名单，作为考核各村青苗补偿进度的依据。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好项目区林地核查的通知", "各有关乡镇人民政府：\n由所在村做好林木清点和补偿，作为项目进场的前提。", PrecheckRules.ProhibitedItem)]
    public void TheWorkItselfGivenToTheVillage_OrAUseThatMeasuresIt_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // A village's own rules whose closing lines record their adoption by its own meeting govern its own service, even when
    // they name a bureau or a firm in a role that asks nothing (settling a subsidy, testing the water, delivering meals).
    [Theory]
    [InlineData("桃源村老年食堂用餐管理办法", "一、本村60岁以上老人可在食堂用餐，每餐交2元。\n二、用餐老人进门刷脸签到，系统记录用餐次数，每月据此与县民政局结算助餐补贴。\n本办法经2026年3月村民代表会议通过。\n桃源村民委员会", PrecheckRules.AppCheckIn)]
    [InlineData("柳湾村农家书屋借阅管理制度", "一、本村村民凭借阅卡借书。\n二、借书时在借阅机上刷脸签到登记，图书由县图书馆每季度轮换。\n本制度经村民代表会议讨论通过。\n柳湾村村民委员会\n2026年5月8日", PrecheckRules.AppCheckIn)]
    [InlineData("石门村集中供水站管理办法", "一、本村管水员每天巡查一次管网，巡查时在手机上打卡留痕。\n二、水质由县供水公司每季度检测一次。\n本办法经石门村村民代表会议表决通过。\n石门村村民委员会", PrecheckRules.AppCheckIn)]
    [InlineData("青山村积分超市管理办法", "一、本村村民参加志愿服务后扫码签到，按次积分，积分可到镇供销社门店兑换商品。\n本办法经青山村村民会议表决通过。\n青山村村民委员会", PrecheckRules.AppCheckIn)]
    [InlineData("绿洲社区老年助餐点就餐须知", "一、本社区老人就餐前在门口刷卡签到。\n二、餐食由区民政局招标的配餐公司配送，就餐费每餐3元。\n本须知经社区居民代表会议通过。\n绿洲社区居民委员会", PrecheckRules.AppCheckIn)]
    public void AVillagesOwnRulesAdoptedByItsOwnMeeting_InTheClosingLines_AreItsOwnAffair(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("桃源镇关于规范村级老年食堂管理的通知", "各村：\n一、用餐老人进门刷脸签到。\n二、镇里每月按各村签到人次排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("桃源村老年食堂用餐管理办法", "一、按镇里要求，村干部每天在食堂刷脸签到陪餐，签到情况由镇里排名通报。\n本办法经村民代表会议通过。\n桃源村民委员会", PrecheckRules.AppCheckIn)]
    [InlineData("桃源村老年食堂用餐管理办法", "一、用餐老人进门刷脸签到。\n本办法由桃源镇民政办制定，各村参照执行，镇里每月对各村签到率排名。\n桃源村民委员会", PrecheckRules.AssessmentBan)]
    public void TheSameRulesImposedOrRankedByTheTownship_StillFire(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // A body's (or its section's) plan for sharing its own staff's performance pay ranks its own people.
    [Theory]
    [InlineData("青石县实验小学2026年奖励性绩效工资分配方案", "一、按课时量和考核得分计算个人绩效。\n二、校内按得分排名，前20%的系数为1.2。", PrecheckRules.AssessmentBan)]
    [InlineData("某某供水有限公司营业部2026年绩效分配办法", "一、抄表员按个人抄表户数和水费回收率计分。\n二、部门内每月按得分排名。", PrecheckRules.AssessmentBan)]
    [InlineData("某县人民医院检验科绩效分配方案", "一、按个人工作量和差错率计分。\n二、科内按得分排名，排名后两位的扣减当月绩效。", PrecheckRules.AssessmentBan)]
    [InlineData("青石镇林业站2026年绩效分配方案", "一、按个人巡护天数和信息报送情况计分。\n二、站内按得分排名，排名前两位的系数为1.1。", PrecheckRules.AssessmentBan)]
    [InlineData("某县图书馆流通部2026年奖金分配办法", "一、按个人借还书量和读者评价计分。\n二、部内按季度排名。", PrecheckRules.AssessmentBan)]
    [InlineData("青石县第一中学高三年级组2026年绩效分配细则", "一、按个人课时和教学质量计分。\n二、年级组内按得分排名，前五名的系数为1.15。", PrecheckRules.AssessmentBan)]
    [InlineData("青石县疾控中心慢病科2026年绩效分配方案", "一、考核指标：所联系乡镇的慢病随访完成率、数据质量。\n二、按月计算个人得分，科内按得分排名，后两名的系数为0.9。", PrecheckRules.AssessmentBan)]
    [InlineData("青石县妇幼保健院儿童保健科2026年奖金分配办法", "一、按个人门诊量和所负责乡镇的儿童健康管理率计分。\n二、科内按季度排名。", PrecheckRules.AssessmentBan)]
    public void ABodysPlanForSharingItsOwnStaffsPay_RanksItsOwnPeople(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("青石镇卫生院2026年绩效分配方案", "一、按各村家庭医生签约率对各村排名，排名后三位的村通报。", PrecheckRules.AssessmentBan)]
    [InlineData("青石镇2026年村干部绩效分配方案", "一、村干部按考核得分排名，排名靠后的扣减绩效。", PrecheckRules.AssessmentBan)]
    [InlineData("某县人民医院检验科绩效分配方案", "一、科内按得分排名。\n二、对帮扶村的村卫生室按月考核排名，排名后两位的村扣分。", PrecheckRules.AssessmentBan)]
    [InlineData("青石镇卫生院2026年绩效分配方案", "一、村干部每天在APP签到，签到率纳入绩效。", PrecheckRules.AppCheckIn)]
    [InlineData("青石镇卫生院2026年绩效分配方案", "一、院内按个人得分排名。\n二、各村委会每月在系统上传家庭医生服务照片。", PrecheckRules.AppCheckIn)]
    public void APayPlanThatRanksTheVillages_OrTheVillageCadres_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

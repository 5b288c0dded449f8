using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 30: a paper to the issuer's own chain, read from the organisation's own words (Document/SubordinateUnits,
/// Document/OwnParts). A firm, a bank or a co-operative federation (its name's head, or the paper calling it 公司, 我公司 …)
/// writing to its 分公司, 营业所, 网点, 驿站, 服务站 or marketing 网格 — even at a township's or a village's level (各乡镇网点,
/// 各村级驿站) — and a department writing to its own 所, 站, 院, 队 or 中心 in its own field (a word of the unit's field in the
/// issuer's name), governs its own units' work. A bare unit word of the line (各网格 on a firm's line) is no village, and a
/// line opening with the own unit as its subject gives it the work. Beside each quiet shape, the same shape that tells the
/// village committee, its cadres or its grid staff to act, or whose 网格 is the village's, must fire.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase30SubordinateUnitsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A broadband firm to its county branches and its own sales grids: grid managers clock in, the grids are ranked and model grids named.
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各网格：\n一、网格经理每天上班用掌上营销App打卡。\n二、公司每旬对各网格装机量进行排名，末位网格经理约谈。\n三、年底评出十佳示范网格并授牌。\n东江通信集团北湖分公司", PrecheckRules.AppCheckIn)]
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各网格：\n一、网格经理每天上班用掌上营销App打卡。\n二、公司每旬对各网格装机量进行排名，末位网格经理约谈。\n三、年底评出十佳示范网格并授牌。\n东江通信集团北湖分公司", PrecheckRules.AssessmentBan)]
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各网格：\n一、网格经理每天上班用掌上营销App打卡。\n二、公司每旬对各网格装机量进行排名，末位网格经理约谈。\n三、年底评出十佳示范网格并授牌。\n东江通信集团北湖分公司", PrecheckRules.Demonstration)]
    // A parcel hub to its township outlets and village-level pick-up points; it calls itself 公司.
    [InlineData("关于旺季揽收管理的通知", "各乡镇网点、各村级驿站：\n1. 驿站每天开门前在寄件系统打卡；\n2. 公司按周对各网点的签收时效排名；\n3. 年内评选二十家星级示范驿站。\n飞鸿速运北湖转运中心", PrecheckRules.AppCheckIn)]
    [InlineData("关于旺季揽收管理的通知", "各乡镇网点、各村级驿站：\n1. 驿站每天开门前在寄件系统打卡；\n2. 公司按周对各网点的签收时效排名；\n3. 年内评选二十家星级示范驿站。\n飞鸿速运北湖转运中心", PrecheckRules.Demonstration)]
    // A supply co-op federation assesses its grass-roots co-ops and names model co-ops.
    [InlineData("关于基层社年度经营评比的通知", "各基层供销社：\n联社按半年对各基层社农资销量打分排名，得分前两名的评为标杆基层社并授牌。\n北湖县供销联社", PrecheckRules.AssessmentBan)]
    [InlineData("关于基层社年度经营评比的通知", "各基层供销社：\n联社按半年对各基层社农资销量打分排名，得分前两名的评为标杆基层社并授牌。\n北湖县供销联社", PrecheckRules.Demonstration)]
    // The health bureau to its township health centres and community health centres: their follow-up visits count in their own merit pay.
    [InlineData("关于高血压患者季度随访的通知", "各乡镇卫生院、社区卫生中心：\n一、随访由卫生院全科医生负责。\n二、随访完成率纳入卫生院年度绩效考核。\n北湖县卫生健康局", PrecheckRules.AssessmentBan)]
    // The market regulator to its own stations: the stations carry out the checks and deal with breaches.
    [InlineData("关于校园周边小食杂店专项检查的通知", "各市场监管所：\n一、检查对象：学校周边的小食品店。\n二、工作安排：各市场监管所为本次检查的责任主体，要逐店检查；发现违法经营的依法查处。\n北湖县市场监管局", PrecheckRules.ProhibitedItem)]
    public void APaperToTheIssuersOwnChain_GovernsItsOwnUnits(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The firm's paper names the village committees among its addressees and has them clock in.
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各村委会：\n各村委会每天安排人员用掌上营销App打卡，公司每旬对各村排名。\n东江通信集团北湖分公司", PrecheckRules.AppCheckIn)]
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各村委会：\n各村委会每天安排人员用掌上营销App打卡，公司每旬对各村排名。\n东江通信集团北湖分公司", PrecheckRules.AssessmentBan)]
    // The firm's grid is the villages' grid: the village grid staff are told to clock in, or the village grids are ranked.
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各网格：\n请各村网格员每天用掌上营销App打卡。\n东江通信集团北湖分公司", PrecheckRules.AppCheckIn)]
    [InlineData("关于光纤宽带营销攻坚的通知", "各县区分公司、各村网格：\n公司每旬对各村网格装机量进行排名。\n东江通信集团北湖分公司", PrecheckRules.AssessmentBan)]
    // A township writing to its grids is writing to the villages' grids.
    [InlineData("关于网格巡查的通知", "各网格：\n网格每天巡查后在平安App打卡，镇里每月对各网格排名。\n北湖镇人民政府", PrecheckRules.AppCheckIn)]
    // The parcel hub has the village committees keep its pick-up points and clock in.
    [InlineData("关于旺季揽收管理的通知", "各乡镇网点、各村级驿站：\n驿站所在村的村委会每天派人在寄件系统打卡。\n飞鸿速运北湖转运中心", PrecheckRules.AppCheckIn)]
    // A township's paper to the villages' own stations is no courier's.
    [InlineData("关于驿站值守的通知", "各村级驿站：\n驿站每天开门前在平安App打卡。\n北湖镇人民政府", PrecheckRules.AppCheckIn)]
    // The federation assesses the villages, not only its co-ops.
    [InlineData("关于基层社年度经营评比的通知", "各基层供销社、各村：\n联社按半年对各村农资销量打分排名。\n北湖县供销联社", PrecheckRules.AssessmentBan)]
    // The health bureau's paper assesses the village committees.
    [InlineData("关于高血压患者季度随访的通知", "各乡镇卫生院、社区卫生中心：\n各村委会要协助随访，协助情况纳入对各村的考核。\n北湖县卫生健康局", PrecheckRules.AssessmentBan)]
    // A department to its own stations and to the villages, the villages assessed.
    [InlineData("关于校园周边小食杂店专项检查的通知", "各市场监管所、各村：\n各村要配合检查，检查结果纳入对各村的考核排名。\n北湖县市场监管局", PrecheckRules.AssessmentBan)]
    // The regulator's stations hand the inspection to the villages.
    [InlineData("关于校园周边小食杂店专项检查的通知", "各市场监管所：\n请各所督促各村委会对辖区小食杂店一家家做食品安全检查，发现问题当场查处。\n北湖县市场监管局", PrecheckRules.ProhibitedItem)]
    // A veterans' bureau to the villages' own service stations (a village's level before a station): the villages are told to act.
    [InlineData("关于服务站值班的通知", "各村（社区）退役军人服务站：\n请各村（社区）每天安排专人在系统定位打卡。\n北湖县退役军人局", PrecheckRules.AppCheckIn)]
    public void TheSameShape_PuttingTheWorkOnTheVillage_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

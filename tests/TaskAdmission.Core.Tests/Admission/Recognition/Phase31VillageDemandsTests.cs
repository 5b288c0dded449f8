using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 31 (helper s31-4): banned demands on the village that no reader caught. A village pointed at by a pronoun
/// or demonstrative (由你村…承担) is still governed by the word before the pointer; a body joined to a village that is the
/// object of 对 (对本村规模…网点, 对本村范围内的…) is the object's head, not the doer; and a few shapes of the lexicon read by
/// kind (a card given to units, a circular naming them, a campaign named …型村庄, a board hung at a place of the office, a
/// tax named by its kind). Beside each widening, the same shape with another body doing the act stays quiet. Every
/// sentence is written for these tests, in lines of work the corpus does not cover.
/// </summary>
public sealed class Phase31VillageDemandsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A health authority gives the village clinic supervision through 由你村.
    [InlineData("关于个体诊所监管分工的通知", "河西村：\n特此明确由你村两委承担辖区个体诊所的安全监管责任，对无证行医的予以处罚。")]
    // A water company through 由该村 and 由你们村.
    [InlineData("关于供水管网巡护的函", "各村：\n县水务公司决定由该村负责辖区供水管网的安全监管，发现偷接的当场罚款。")]
    [InlineData("关于供水管网巡护的函", "各村：\n县水务公司决定由你们村负责辖区供水管网的安全监管，发现偷接的当场罚款。")]
    public void AVillagePointedAtByAPronoun_IsTheDoer(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The pointer names the hospital itself; another body punishes.
    [InlineData("关于个体诊所业务指导的通知", "县中医院：\n经研究，决定由你院承担辖区个体诊所的业务指导，对无证行医的由卫健局予以处罚。")]
    // The pointer names the company's own office.
    [InlineData("关于供水管网巡护的函", "各营业所：\n县水务公司决定由你所负责辖区供水管网的巡查，发现偷接的报公司稽查科处理。")]
    public void APronounPointingAtAnotherBody_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The bodies the village's noun phrase goes on to (本村规模快递网点) are what is inspected; nobody else is named.
    [InlineData("关于快递网点安全的通知", "各村：\n镇政府要求：对本村规模快递网点逐家进行安全检查，对不合格的予以罚款。")]
    // The same with an extent and 的 (本村区域内的民宿、农家乐).
    [InlineData("关于民宿消防的通知", "各村：\n请对本村区域内的民宿、农家乐逐户检查消防安全，查出隐患的责令停业。")]
    // Dues collected from the bodies of the village's area, after a colon that hands the work on.
    [InlineData("关于冷库租赁户税源登记的通知", "各村：\n街道办要求各社区帮助税务分局：对本社区区域内的冷库租赁户逐户登记，发现欠税的要上门催缴。")]
    public void BodiesInsideTheVillagesObjectPhrase_AreNotTheDoer(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The postal authority names itself before the same object phrase.
    [InlineData("关于快递网点安全的通知", "各快递企业：\n区邮政管理局对本村区域内的快递网点逐家进行安全检查，对不合格的予以罚款。")]
    // A relative clause after 向: the departments did something to the villages; the reducing office acts on them.
    [InlineData("关于违规下发报表问题的通报", "区级各部门：\n对擅自向村里下发报表的部门，区减负办通报批评并责令其整改。")]
    public void AnObjectPhraseAnotherBodyActsOn_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A health authority's spot check gives the villages a card and names them.
    [InlineData("关于村卫生室药品台账抽查的通知", "各乡镇卫生院：\n县卫健局将随机抽查各村卫生室药品台账，对台账不全的村给予“黄牌”警告，在全区卫生简报中点名。")]
    public void ACardGivenToVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A bank's task table: the lead column names the bank, but the row counts village by village and ranks.
    [InlineData("农户征信资料归集任务表", "序号|任务|责任单位|时限\n1|征信资料归集覆盖率按村统计，每季度通报排名|县农商行|每季度\n2|采集系统培训|县农商行|3月底")]
    public void ARowThatRanksTheVillages_FiresWhoeverLeadsIt(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The same row counting the bank's own outlets: the bank ranks its own.
    [InlineData("农户征信资料归集任务表", "序号|任务|责任单位|时限\n1|征信资料归集覆盖率按网点统计，每季度通报排名|县农商行|每季度\n2|采集系统培训|县农商行|3月底")]
    public void ARowThatRanksTheLeadsOwnOutlets_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A water company's paper to the sub-districts: the role it asks to check in is held by village cadres.
    [InlineData("关于泵站值守定位打卡的通知", "各街道办事处：\n全区排涝泵站的值守员一般由所在村的村干部兼任。为压实值守责任，区水务公司决定：\n一、值守员每天使用“泵站通”APP定位打卡，缺卡的按脱岗处理。")]
    // An education bureau's paper to its schools: the bus attendants are village cadres.
    [InlineData("关于校车照管员签到的通知", "各乡镇中心校：\n全县校车照管员多由沿线村的村干部兼任。县教育局决定：照管员每趟出车前须在“校车安全”小程序签到并上传照片。")]
    public void ACheckInOfARoleVillageCadresHold_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The same roles held by the company's or the schools' own staff.
    [InlineData("关于泵站值守定位打卡的通知", "各街道办事处：\n全区排涝泵站的值守员一般由水务公司运行班职工担任。为压实值守责任，区水务公司决定：\n一、值守员每天使用“泵站通”APP定位打卡，缺卡的按脱岗处理。")]
    [InlineData("关于校车照管员签到的通知", "各乡镇中心校：\n全县校车照管员多由学校后勤职工担任。县教育局决定：照管员每趟出车前须在“校车安全”小程序签到并上传照片。")]
    public void ACheckInOfARoleOwnStaffHold_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A gas company's visits: the village cadres' photos must show where they were taken.
    [InlineData("关于燃气入户宣传陪同的通知", "各社区：\n燃气公司入户宣传期间，请社区干部陪同，陪同时拍摄的照片须显示定位和时间，每天交公司客服部。")]
    public void APhotoThatMustShowItsPlace_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A farmer's own loss report to the insurer.
    [InlineData("关于受灾农户自助报损的说明", "各位农户：\n自助报损时，农户拍摄的受损作物照片须显示定位，便于保险公司核实。")]
    public void AFarmersOwnPhotoForAClaim_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A campaign named by its kind (…型村庄), with acceptance and plaques.
    [InlineData("低碳型村庄评选方案", "各乡镇：\n县生态环境局今年开展低碳型村庄建设，每个乡镇推荐3个村按标准建设，年底验收通过的授牌。")]
    public void ACampaignNamedByItsKind_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Demonstration);

    [Theory]
    // A planning paper for new-type rural communities is no campaign.
    [InlineData("关于新型农村社区建设规划的说明", "县住建局编制新型农村社区建设规划，明确安置房建设标准。")]
    public void ANewTypeCommunityPlan_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Demonstration);

    [Theory]
    // An electricity company's boards, delivered to the villages to hang on the office wall.
    [InlineData("关于送达用电安全制度牌的通知", "各村：\n县电力公司新做的用电安全制度牌今天送到各村，请三日内挂到村部大厅墙上。")]
    public void BoardsHungAtTheVillageOffice_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Signboard);

    [Theory]
    // An honour plaque hung at a family's door is no signboard of the village.
    [InlineData("关于送光荣牌上门的通知", "各村：\n请协助将光荣牌送到退役军人家中并悬挂在其家门口。")]
    public void AnHonourPlaqueAtAHome_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Signboard);

    [Theory]
    // A tax named by its kind, collected by the villages.
    [InlineData("个体户经营事项告知", "各村：\n请各村负责代收辖区个体户的增值税，月底一并解缴镇财政所。")]
    public void ATaxNamedByItsKind_CollectedByVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The tax office explains the tax itself; the village does nothing.
    [InlineData("关于增值税新政宣讲的通知", "各村：\n税务局将于下月在村部会议室开展增值税新政宣讲，村里无需安排人员。")]
    public void ATaxExplainedByTheTaxOffice_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);
}

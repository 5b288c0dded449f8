using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 27 (recall): banned work put on the village in words no phrase named — a certificate asked for by what
/// it must prove, a veto said in other words, a board hung on a unit the notice has every village set up, a demand passed
/// through a village named by what stands in it (学校所在的村), through helpers collecting for another body, through the
/// village's collective economic organisation, or through a body naming the villages the ones responsible (明确…为责任主体).
/// Each rule stands beside sentences of the same shape that must stay quiet. Every sentence is written for these tests.
/// </summary>
public sealed class Phase27RecallTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A long description of what the paper states, closed by 的 and a paper word: the paper heads the object of 出具.
    [InlineData("关于核实在外打工收入的通知", "请户主所在的村委会出具该户主近3年在外打工的城市、所在工厂名称、从事工种以及每月工资收入情况的书面材料，加盖公章。")]
    // A verdict on a person's conduct, stamped by the village.
    [InlineData("关于推荐优秀乡村教师候选人的通知", "候选人除推荐表外，还要由其户口所在村出具其在本村邻里关系、家庭和睦、热心公益的鉴定意见，盖上村委会公章。")]
    // A negation inside the description (没有音讯) is what the paper states, not a refusal of the demand; 村（居）民委员会 is the village.
    [InlineData("关于长期失联人员认定材料的告知", "请户籍所在村（居）民委员会出具该人离家后一直没有音讯、亲属寻找未果的书面证明，加盖公章。")]
    // Residence named only as the time of another fact (居住期间) is no residence certificate.
    [InlineData("关于入职审查材料的通知", "新入职的人要交其老家村委会出具的、证明本人在该村居住期间守法守规的书面材料，加盖公章。")]
    public void ACertificateNamedByWhatItProves_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The same shape issued by a hospital.
    [InlineData("关于住院补助所需材料的说明", "申请人须提交县人民医院出具的该患者近半年住院治疗、用药和康复情况的书面证明。")]
    // The same shape refused.
    [InlineData("关于简化补助所需材料的说明", "今后不再让村委会出具该户家庭收入、赡养人数等情况的书面材料，改由部门自行核查。")]
    // A residence certificate on the allowed list, asked for in the same shape.
    [InlineData("关于租房人员居住证明的说明", "由其实际住所地的村委会出具其在本村租房居住、起止时间和房东姓名的书面证明。")]
    [InlineData("居住证申领指南", "外地来的人办居住证的，可请所住社区开具居住证明，写明住址和入住日期。")]
    public void TheSameShape_IssuedElsewhere_RefusedOrListed_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Fact]
    public void AVetoSaidAsNoHonoursAndNoPay_Fires() =>
        fixture.AssertFires("关于汛期防范溺水的紧急安排", "各村：\n镇党委研究决定：凡汛期内辖区发生儿童溺亡事故的村，当年村“两委”成员均不能评先评优，村干部的绩效奖金一律取消。", PrecheckRules.PledgeOrVeto);

    [Theory]
    // Honours named only as what a donation must not be tied to.
    [InlineData("关于慈善募捐活动的说明", "各村：\n募捐坚持群众自愿，不得向村摊派数额，也不得把捐款与评先评优挂钩。")]
    // A bureau's rule for its own staff.
    [InlineData("本局工作人员考勤办法", "本局工作人员全年旷工累计3天以上的，该年度均不能评先评优。")]
    public void NoHonoursForOthersOrNotTiedToHonours_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    [InlineData("关于设立村级防汛储备站的通知", "各镇（街道）：\n经研究，在每个行政村都设立1个“防汛物资储备站”，村委会主任兼任站长。储备站统一悬挂区应急管理局监制的标牌，管理制度上墙。")]
    [InlineData("关于建设村级农机服务站的通知", "各镇（街道）：\n请各镇于9月30日前在每个行政村都建成1个“农机服务站”，日常管理交村委会。服务站统一悬挂标牌，服务流程上墙。")]
    public void ABoardOnAUnitEveryVillageSetsUp_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Signboard);

    [Theory]
    // A unit set up in the township seat or in a hospital, not in the villages.
    [InlineData("关于镇区服务中心挂牌的通知", "镇政府在镇区设立便民服务中心，服务中心统一挂牌，办事流程上墙。")]
    [InlineData("关于老年健康服务中心挂牌的通知", "区卫生健康委在区人民医院设立老年健康服务中心，服务中心统一挂牌，办事流程上墙。")]
    public void ABoardOnAUnitSetUpElsewhere_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Signboard);

    [Theory]
    // The village where the school is, named through the school.
    [InlineData("关于学校门口小吃摊的通知", "请学校所在的村（社区）对校门口流动摊贩的食品开展安全检查，对无证摊点予以取缔。")]
    // Helping the tax office by collecting its taxes: 代收 is done for another, so the helper does it.
    [InlineData("关于零散税源管理的通知", "请各村配合镇税务所，向辖区经营户代收定额税款，每月交税务所。")]
    // The village's collective economic organisation is a village-level organisation.
    [InlineData("关于出租厂房纳税的通知", "各社区股份经济合作社收厂房租金时要一并代收承租户的房产税，按季缴入镇财政所。")]
    // A body naming the villages the ones responsible passes the act to them.
    [InlineData("关于游乐设施安全的通知", "镇政府明确各村为辖区游乐设施的安全监管主体，每月检查1次。")]
    public void ADemandPassedThroughTheVillageInOtherWords_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The bureau inspects around the village where the school is.
    [InlineData("关于学校门口小吃摊的通知", "县市场监管局对学校所在的村周边流动的摊贩食品开展安全检查，对无证摊点予以取缔。")]
    // The tax office has a bank collect; the villages only publicise.
    [InlineData("关于零散税源管理的通知", "请各村配合县税务局做好宣传，税款由税务局委托银行代收。")]
    // A farmers' specialised co-operative is no village organisation.
    [InlineData("关于农业保险的通知", "龙井种植专业合作社在收购时向社员代收农业保险费，统一交保险公司。")]
    // A bureau naming an inspection body the one responsible.
    [InlineData("关于游乐设施安全的通知", "县市场监管局明确县特种设备检验所为辖区游乐设施的安全监管主体，各村做好安全宣传。")]
    public void TheSameShapeOnAnotherBody_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Fact]
    public void ALossCertificateAboutAListedDocument_Fires() =>
        fixture.AssertFires("关于补证材料的说明", "各村：\n农户申请补证的，由其所在的村出具证明这本承包经营权证确已丢失的书面材料，加盖公章。", PrecheckRules.ProhibitedCertificate);

    [Fact]
    public void TheListedChangeCertificate_IsQuiet() =>
        fixture.AssertQuiet("关于承包权变更材料的说明", "各村：\n农户互换承包地的，由其所在的村出具承包地互换的证明，加盖公章。", PrecheckRules.ProhibitedCertificate);

    [Theory]
    // Villages named right before 予以通报.
    [InlineData("关于电商进村工作进展的通报", "各村：\n截至本月底，各村新开网店数量如下：杨柳村4家、河口村0家。对至今仍为零的河口村予以通报，请抓紧推进。")]
    // Villages graded by letter.
    [InlineData("关于开展信用评级的办法", "对全镇行政村每年评级一次，按得分将各村评为A级、B级、C级，评级结果张榜公布。")]
    // 全镇 names where the meeting is, not a body: the villages short of the count are named at it.
    [InlineData("征兵宣传转发", "我明天统计各村转发海报的数量，数量不足的村在全镇推进会上点名。")]
    public void ARankingSaidInOtherWords_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The departments that breach are the ones reported.
    [InlineData("关于电商进村工作进展的通报", "各村：\n区委社会工作部下月开展督查，对违规向村（社区）摊派任务的部门予以通报。")]
    // A safety grade of houses.
    [InlineData("关于农房安全鉴定的告知", "各村：\n县住建局委托机构对农房开展鉴定，鉴定为C级、D级危房的，农户可自愿申请改造。")]
    public void AReportOfOthersOrAGradeOfHouses_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Fact]
    public void CollectingFromPayersForAnotherBody_Fires() =>
        fixture.AssertFires("关于砂石资源费的通知", "各村：\n请各村指定专人在码头登记运砂船次，按每吨1元向运砂船主代收资源费，每月交镇财政所。", PrecheckRules.ProhibitedItem);

    [Fact]
    public void TheOfficeCollectingFromPayersItself_IsQuiet() =>
        fixture.AssertQuiet("关于砂石资源费的通知", "各村：\n运砂船主按每吨1元缴纳资源费，由镇财政所派员在码头向船主收取，村里不参与。", PrecheckRules.ProhibitedItem);
}

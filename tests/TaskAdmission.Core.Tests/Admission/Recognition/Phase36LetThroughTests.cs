using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 36 (helper s36-2): banned work the pre-check let through, read by the structure an approver names. The
/// village serves or makes an enforcement decision (告诫书, 追缴决定, 停止…通知书, 取消…资格的处理); a village named as the one
/// where a thing is (由/要求 + 电站所在村); the head of a longer 对-object phrase is acted on, not the doer; a topic clause and
/// its comment (…的监督管理，由 X 负责) — X does it, over a possessor in the topic or a doer carried from the addressee; 监督管理
/// is a supervision duty; a location an app records by itself is no planned site, and an app that checks where a photo was
/// taken is a check-in; an undo verb before 行动中/任务中 names a campaign. Each rule is tried in other lines of work than
/// the notices it came from, beside twins that must stay quiet (negated, another body's, received, internal, innocent).
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase36LetThroughTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // The village serves, issues or makes an enforcement decision: a warning (告诫书), a recovery order (追缴决定书), a stop or
    // suspension notice (停止取水通知书, 暂停招生的决定), the withdrawal of a benefit (取消其低保资格的决定), an order to stop grazing.
    [InlineData("关于违规领取养老金追回的通知", "各乡镇：对冒领养老金的，由村委会向冒领人送达追缴决定书，限期退回。")]
    [InlineData("关于私自取水整治的通知", "各村：发现私自从灌渠取水的，由村委会向取水户下达《停止取水通知书》。")]
    [InlineData("关于校外培训点整治的通知", "各社区：对无证开办的校外培训点，由社区作出暂停招生的决定，并张贴公告。")]
    [InlineData("关于网吧管理的通知", "各村：对接纳未成年人上网的网吧，由村委会发出停止营业通知书。")]
    [InlineData("关于文明养犬的通知", "各社区：对屡次不拴绳遛犬的居民，由社区居委会出具书面告诫书。")]
    [InlineData("关于低保动态管理的通知", "各村：对隐瞒家庭收入的低保户，由村委会作出取消其低保资格的决定。")]
    [InlineData("关于禁牧管理的通知", "各村：在禁牧区放牧的，由村委会向畜主送达责令停止放牧的决定书。")]
    public void AnEnforcementDecisionTheVillageServes_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Negated; served by the competent body (the village only tells the person); received and posted; a school's own
    // discipline; the villagers' assembly deciding on its own collective's dividend; the police's warning the village follows up.
    [InlineData("关于违规领取养老金追回的通知", "各村：村委会不得向村民送达追缴决定书，追缴由县社保中心负责。")]
    [InlineData("关于违规领取养老金追回的通知", "各村：对冒领养老金的，由县社保中心向冒领人送达追缴决定书，村委会协助通知本人。")]
    [InlineData("关于私自取水整治的通知", "各村：村委会收到镇水利站下达的停止取水通知书后，及时在公开栏张贴。")]
    [InlineData("某培训学校学生管理制度", "学校对违纪学生作出暂停上课一周的处理决定，由教务处送达家长。")]
    [InlineData("关于集体收益分配的通知", "各村：村民代表会议作出暂停发放违规户集体分红的决定，报镇备案。")]
    [InlineData("关于反家庭暴力工作的通知", "各村：家暴情节较轻的，由公安派出所出具告诫书，村委会对收到告诫书的家庭进行查访。")]
    public void AnEnforcementDecisionTheVillageServes_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 由/要求/请 + a thing's name + 所在 + the village: the village where the thing is does the act (food, water works, gas,
    // sand mining, clinics, irrigation works, forest fire, homestays).
    [InlineData("关于农家乐管理的通知", "各乡镇：农家乐的食品安全日常检查，由农家乐所在村负责。")]
    [InlineData("关于小水电站安全的通知", "各乡镇：在建小水电站的安全生产监督管理，由电站所在村承担。")]
    [InlineData("关于农村聚餐安全的通知", "各乡镇：临时聚餐点的燃气安全检查，由聚餐点所在社区负责。")]
    [InlineData("关于河道采砂管理的通知", "各乡镇：非法采砂的查处，由河段所在村负责。")]
    [InlineData("关于村级诊所管理的通知", "各乡镇：村内小诊所的违法行为查处，由诊所所在村负责。")]
    [InlineData("关于在建灌溉工程安全的通知", "各乡镇：县水利局要求工程所在村承担施工现场安全的监管责任。")]
    [InlineData("关于林区用火的通知", "各乡镇：请林区所在村负责林区野外用火的执法检查。")]
    [InlineData("关于民宿安全的通知", "各乡镇：民宿的消防安全检查，由企业所在村负责。")]
    [InlineData("关于加油站安全的通知", "各乡镇：\n辖区加油站的安全检查，由加油站所在村负责。")]
    public void TheVillageWhereTheThingIs_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The competent body does it; the village only reminds or reports; a negation; a body of the township where it is.
    [InlineData("关于农家乐管理的通知", "各乡镇：农家乐的食品安全日常检查，由农家乐所在镇的市场监管所负责。")]
    [InlineData("关于小水电站安全的通知", "各乡镇：在建小水电站的安全生产监督管理，由县水利局承担，电站所在村不承担监管责任。")]
    [InlineData("关于农村聚餐安全的通知", "各乡镇：临时聚餐点的燃气安全检查，不再由聚餐点所在社区负责，改由燃气公司承担。")]
    [InlineData("关于河道采砂管理的通知", "各乡镇：非法采砂的查处，由县水利局负责，河段所在村发现后及时报告。")]
    [InlineData("关于民宿安全的通知", "各乡镇：民宿的消防安全检查，由县消防救援大队负责，民宿所在村做好宣传提醒。")]
    [InlineData("关于在建灌溉工程安全的通知", "各乡镇：施工现场的安全监管由施工单位所在地县住建局负责。")]
    [InlineData("关于加油站安全的通知", "各乡镇：\n辖区加油站的安全检查，由县应急管理局负责。")]
    public void TheVillageWhereTheThingIs_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 监督管理 of a sector's safety, food or environment put on the village, by 由, 负…责任, 责任主体 or 职责.
    [InlineData("关于小作坊管理的通知", "各村：村委会对辖区内小作坊的食品安全负监督管理责任。")]
    [InlineData("关于工地扬尘的通知", "各社区：辖区内建筑工地扬尘污染的监督管理，由社区负责。")]
    [InlineData("关于出租房消防的通知", "各村：辖区内出租房的消防安全监督管理由村委会承担。")]
    [InlineData("关于加油站安全的通知", "各村：村委会是本村加油站安全生产监督管理的责任主体。")]
    [InlineData("关于养殖污染的通知", "各村：村两委要担起辖区内养殖场污染排放的监督管理职责。")]
    public void SupervisionPutOnTheVillage_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The regulator holds it; the village is said not to; a topic the comment gives to a brigade (the addressee carried no
    // further); a company's own safety department.
    [InlineData("关于农村集体聚餐的通知", "各村：县市场监管局对农村集体聚餐的食品安全负有监督管理职责，村委会做好宣传提醒。")]
    [InlineData("关于小作坊管理的通知", "各村：小作坊食品安全的监督管理由镇市场监管所负责，村里不承担监管责任。")]
    [InlineData("关于出租房消防的通知", "各村：出租房的消防安全监督管理不属于村委会职责，由县消防救援大队依法实施。")]
    [InlineData("关于出租房消防的通知", "各村：出租房的消防安全监督管理不属于村委会职责。")]
    [InlineData("关于出租房消防的通知", "各村：出租房的消防安全监督管理，由县消防救援大队依法实施，村委会不承担监管责任。")]
    [InlineData("关于违建查处的通知", "各村：辖区内违法建设的查处，由镇综合行政执法队负责。")]
    [InlineData("某化工企业安全生产责任制", "公司安全生产监督管理由安全环保部负责，各车间落实岗位责任。")]
    public void SupervisionPutOnTheVillage_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A denial granted only to be overridden (虽不属于…职责，但…仍须) leaves the demand standing.
    [InlineData("关于村级事务的情况反映", "县卫健局要求各村代为收取体检费，虽不属于村委会职责，但各村仍须月底前收齐上交。")]
    [InlineData("关于村级事务的情况反映", "各村：辖区内出租房的消防安全监督管理不属于村委会职责，但村委会仍要每月逐户检查，发现隐患责令停用。")]
    public void AConcededDenial_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Fact]
    // A comment clause that only adds guidance (由…负责指导) leaves the act with the village named before.
    public void AGuidingCommentLeavesTheVillagesAct() =>
        fixture.AssertFires("关于违建查处的通知", "各村要落实属地责任，对违法建设立即制止并组织拆除，由镇执法队负责指导。", PrecheckRules.ProhibitedItem);

    [Theory]
    // 对 + a longer phrase in which the village only says where the head went or what it did + the head (商贩, 养殖户, 企业):
    // the head is inspected or punished; the village named before does it.
    [InlineData("关于保健品推销整治的通知", "各村要把好第一道关口：对进入本村兜售保健品的商贩逐一查验营业执照。")]
    [InlineData("关于农资市场整治的通知", "各村要把好关：对在本村流动销售农药的商贩逐一查验经营许可，发现无证的予以取缔。")]
    [InlineData("关于养殖污染整治的通知", "各村：对在本村河段偷排污水的养殖户依法查处。")]
    [InlineData("关于厂房安全的通知", "各村：对在本村租用厂房生产的企业逐一开展安全检查。")]
    public void TheHeadOfTheObjectPhraseIsActedOn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The inspector named by 由 or opening the sentence; a negation.
    [InlineData("关于保健品推销整治的通知", "各村：对进入本村兜售保健品的商贩，由镇市场监管所逐一查验营业执照，村里发现后及时报告。")]
    [InlineData("关于保健品推销整治的通知", "县市场监管局对进入各村兜售保健品的商贩逐一查验营业执照。")]
    [InlineData("关于垂钓管理的通知", "各村：不得对在本村河段钓鱼的游客罚款。")]
    public void TheHeadOfTheObjectPhraseIsActedOn_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Fact]
    // The village inside a relative clause about the head (擅自向村里摊派任务的部门) is not what a 通报 is aimed at.
    public void AVillageInsideTheHeadsDescription_IsNotRanked() =>
        fixture.AssertQuiet("关于基层减负的通知", "各乡镇：对擅自向村里摊派任务的部门，由县纪委予以通报。", PrecheckRules.AssessmentBan);

    [Theory]
    // A location the app or phone records by itself when the thing is put in place (fire extinguishers, rat bait, warning
    // signs, boundary posts), or an app that checks where a photo was taken or a job was done: a check-in.
    [InlineData("关于灭火器配置的通知", "各村：灭火器每安装一具，安装人员用手机扫码，系统自动记录安装位置后上传。")]
    [InlineData("关于灭鼠工作的通知", "各村：每投放一处鼠药，投放人员打开小程序，小程序自动获取投放位置后上报。")]
    [InlineData("关于防火警示牌的通知", "各村：护林员每设置一处防火警示牌，系统自动记录设置位置后上传。")]
    [InlineData("关于界桩埋设的通知", "各村：每埋设一处界桩，由村干部在小程序中自动记录埋设位置并上传。")]
    [InlineData("关于村务公开栏的通知", "各村：公开栏更新后须拍摄照片，系统自动校验拍摄地点。")]
    [InlineData("关于农机作业补贴的通知", "各村：农机手每作业一块地须在平台上报，平台比对作业定位。")]
    public void ALocationRecordedOrCheckedByTheApp_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Sites planned and reported once; a site agreed and filed; a site sent for approval; a lifted demand; a terminal's own data.
    [InlineData("关于灭火器配置的通知", "各村：请于5月底前报送本村灭火器安装位置清单，镇应急办统一建档。")]
    [InlineData("关于垃圾分类的通知", "各村：垃圾分类桶的投放位置由村民小组商定后报镇环卫所备案。")]
    [InlineData("关于警示牌设置的通知", "各村：请将警示牌拟设置位置报镇规划办审核。")]
    [InlineData("关于灭火器配置的通知", "各村：灭火器安装位置不再要求上传，系统也不再自动记录。")]
    [InlineData("关于农机作业补贴的通知", "各村：农机作业补贴由县农机中心根据北斗终端数据核定，村里不需上报位置，也不需拍照。")]
    public void ALocationRecordedOrCheckedByTheApp_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A negation inside a condition closed by 的 before 由 or a comma (企业不整改的由村委会责令停产, 不停止作业的) says whom the act
    // is aimed at; it does not negate the act (mines, restaurants, fisheries, sand mining).
    [InlineData("交办单", "请村委会对采石场每周检查两次，企业不整改的由村委会责令停产。")]
    [InlineData("关于燃气安全的通知", "各社区：餐饮店不整改的，由社区责令停业。")]
    [InlineData("关于禁渔的通知", "各村：渔船不回港的由村委会当场没收渔具。")]
    [InlineData("关于采砂管理的通知", "各村：采砂船不停止作业的由村委会当场扣押采砂设备。")]
    public void ANegationInsideACondition_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The act given to the bureau and denied to the village; a plain prohibition.
    [InlineData("关于燃气安全的通知", "各社区：餐饮店不整改的，由县市场监管局责令停业，社区不得责令停业。")]
    [InlineData("关于燃气安全的通知", "各社区：社区不得责令餐饮店停业。")]
    public void ANegationInsideACondition_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A count before the villages (明确两个社区为…, 这3个村) is part of their noun phrase: the word before it governs them.
    [InlineData("关于明确食品安全责任的通知", "街道明确两个社区为农贸市场食品安全日常管理的第一责任单位。")]
    [InlineData("关于出租房消防的通知", "镇里明确这3个村为辖区出租房消防安全检查的责任主体。")]
    public void CountedVillagesNamedResponsible_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Fact]
    // Counted villages told to assist a bureau with information work.
    public void CountedVillagesAssisting_StayQuiet() =>
        fixture.AssertQuiet("关于明确食品安全责任的通知", "街道明确两个社区协助市场监管所做好农贸市场食品安全宣传。", PrecheckRules.ProhibitedItem);

    [Theory]
    // An undo verb before 行动中/任务中 names the campaign; what follows is work put on the village.
    [InlineData("关于违法建设整治的通知", "各村：专项整治行动中的排查、认定、下达限期拆除决定书，由各村负责。")]
    [InlineData("关于占道经营整治的通知", "各社区：清理行动中的立案、罚款，由社区负责实施。")]
    public void AnUndoVerbNamingACampaign_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The undo verb taking a demand on the villages as its object still undoes it.
    [InlineData("关于基层减负的通知", "各乡镇：全面清理要求村（社区）下达限期拆除决定书的做法。")]
    [InlineData("关于基层减负的通知", "各乡镇：纠正向村下达罚款任务的做法。")]
    public void AnUndoVerbNamingACampaign_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);
}

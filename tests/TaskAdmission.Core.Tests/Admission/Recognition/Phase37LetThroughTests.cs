using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 37 (helper s37-1): banned work the pre-check let through, read as an approver reads who does what. A
/// squad, patrol or station the villages form, organise or are named with (各村组建…队, 以村为单位组建…小分队, 村里组织…巡逻队,
/// 各村…站) and a post the village's own people hold (…员由村干部兼任) are the village acting; the village taking a person's
/// keys, plates or licences, removing a person's things (将…拖离/带离/拆解), deciding an accident's liability or telling a
/// business to suspend is enforcement; the village collecting a charge door to door is collection whatever the charge is
/// called; a video shot and posted to the group is proof by check-in. Each rule is tried in lines of work other than the
/// notices it came from (dogs, boats, rural traffic, road upkeep), beside twins that must stay quiet (negated, another
/// body's, internal, innocent). Every sentence is written for these tests.
/// </summary>
public sealed class Phase37LetThroughTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A squad or patrol the villages form or organise enforces as the village: forests, sand mining, funerals, straw
    // burning, grazing, village banquets — in papers sent to the townships, so the squad is what names the village.
    [InlineData("关于森林防火期野外用火管理的通知", "各乡镇：各村组建护林巡查队，在进山路口值守，发现携带火种进山的，由巡查队当场没收火种并处以罚款。")]
    [InlineData("关于河道采砂管理的通知", "各乡镇：以村为单位组建护河小分队，对夜间偷采河砂的，由小分队当场扣押采砂船和抽砂设备。")]
    [InlineData("关于殡葬改革的通知", "各乡镇：各村成立殡葬劝导队，对乱埋乱葬的，由劝导队责令其限期迁出。")]
    [InlineData("关于秸秆禁烧的通知", "各镇：以村为单位组建禁烧巡查队，发现焚烧秸秆的，巡查队对农户每次罚款200元。")]
    [InlineData("关于禁牧管理的通知", "各乡镇：以村为单位组建禁牧巡逻队，对进入禁牧区的羊群，由巡逻队扣押牲畜。")]
    [InlineData("关于农村家宴管理的通知", "各乡镇：村里组织家宴巡查队，对未备案的家宴，由巡查队当场没收食材。")]
    public void ASquadTheVillagesForm_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The county's own squad; the village's squad denied the act; a squad of another body the villages help or go to; a
    // company's own patrol.
    [InlineData("关于森林防火期野外用火管理的通知", "各乡镇：县林业局组建森林执法队，发现携带火种进山的，由执法队当场没收火种。")]
    [InlineData("关于河道采砂管理的通知", "各乡镇：各村组建的护河小分队只负责巡查劝导，不得扣押采砂船和设备，偷采行为由县水利局查处。")]
    [InlineData("关于禁牧管理的通知", "各乡镇：各村配合县执法大队开展禁牧巡查，对进入禁牧区的羊群，由执法大队依法扣押。")]
    [InlineData("关于秸秆禁烧的通知", "各镇：各村到镇综合执法队报送巡查记录，由执法队对焚烧秸秆的农户依法处以罚款。")]
    [InlineData("某物业公司园区管理制度", "公司组建保安巡逻队，对园区内乱停的车辆由巡逻队暂扣车钥匙。")]
    public void ASquadTheVillagesForm_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A post the village's people hold (由村民小组长兼任, 由各村村干部担任, 由村两委成员轮流担任, 一般由村主任兼任): what the post
    // is told to do, the village does — forests, fishing, gas, internet cafés, clinics, burials.
    [InlineData("关于聘用护林员的通知", "各乡镇：护林员由村民小组长兼任。护林员发现滥伐林木的，当场扣押砍伐工具。")]
    [InlineData("关于禁渔期管理的通知", "各乡镇：护渔协管员由各村村干部担任，协管员对违规垂钓的人员处以罚款。")]
    [InlineData("关于瓶装燃气安全的通知", "各乡镇：燃气安全检查员由村两委成员轮流担任，检查员发现违规存放气瓶的，责令其停业整改。")]
    [InlineData("关于网吧巡查的通知", "各街道：文化市场巡查员由社区网格员兼任，巡查员对接纳未成年人的网吧当场处以罚款。")]
    [InlineData("关于无证行医整治的通知", "各乡镇：卫生监督协管员由村干部担任，协管员发现无证行医的，没收其药品和器械。")]
    [InlineData("关于殡葬管理的通知", "各乡镇：殡葬信息员一般由村主任兼任，信息员对违规土葬的，组织人员强制拆除坟墓。")]
    public void APostTheVillagesPeopleHold_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The post held by a bureau's staff; held not by the village's people (不得由村干部兼任); the village's post given only
    // allowed work; the act given to the enforcement body.
    [InlineData("关于聘用护林员的通知", "各乡镇：护林员由县林业局在编职工担任。护林员发现滥伐林木的，当场扣押砍伐工具。")]
    [InlineData("关于禁渔期管理的通知", "各乡镇：护渔协管员不得由村干部兼任。协管员对违规垂钓的人员处以罚款。")]
    [InlineData("关于瓶装燃气安全的通知", "各乡镇：燃气安全宣传员由村两委成员轮流担任，宣传员发现违规存放气瓶的，及时报告镇应急办。")]
    [InlineData("关于网吧巡查的通知", "各街道：文化市场巡查员由社区网格员兼任，巡查员发现接纳未成年人的网吧，报区文化执法大队依法处罚。")]
    public void APostTheVillagesPeopleHold_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village takes a person's keys, plates, papers or licence: farm machinery, e-bikes, muck trucks, fishing boats,
    // school runs.
    [InlineData("关于农机安全的通知", "各村：对无证驾驶拖拉机的，村委会扣下拖拉机钥匙，待其考取驾驶证后归还。")]
    [InlineData("关于电动自行车管理的通知", "各社区：对不戴头盔的骑行人，社区网格员收走其车钥匙，由家属领回。")]
    [InlineData("关于渣土车整治的通知", "各村：对夜间违规运输的渣土车，村干部当场摘下号牌。")]
    [InlineData("关于渔船管理的通知", "各村：对禁渔期出海的渔船，村委会收缴船舶证照。")]
    [InlineData("关于接送学生车辆安全的通知", "各村：对超员接送学生的面包车，村委会暂扣驾驶人的驾驶证。")]
    public void TheVillageTakesKeysPlatesOrLicences_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Lost property handed in; the supervising station seizes; a negation; the village's own car papers kept.
    [InlineData("关于失物招领的通知", "各村：村民拾到他人遗失的车钥匙、驾驶证，可交村委会代为联系失主。")]
    [InlineData("关于农机安全的通知", "各村：对无证驾驶拖拉机的，由县农机监理站扣押拖拉机号牌，村委会做好宣传。")]
    [InlineData("关于电动自行车管理的通知", "各社区：网格员不得收走居民的车钥匙，发现不戴头盔的进行劝导。")]
    [InlineData("村委会公务用车管理制度", "村委会公车的钥匙和行驶证由村文书统一保管，用车须登记。")]
    public void TheVillageTakesKeysPlatesOrLicences_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village removes or breaks up a person's things: fish cages, abandoned cars, stray cattle, billboards, river shacks.
    [InlineData("关于清理违规网箱的通知", "各村：逾期不自行拆除的，由村委会组织人员将网箱拖离水面并集中拆解。")]
    [InlineData("关于僵尸车清理的通知", "各社区：车主逾期不挪走的，由社区联系拖车将车辆拖走。")]
    [InlineData("关于散放牲畜管理的通知", "各村：对在公路上散放的牛羊，由村干部组织人员将牲畜拉走圈养，畜主缴费后领回。")]
    [InlineData("关于清理违规广告的通知", "各村：对拒不拆除的违规广告牌，由村委会派人将广告牌拆解后拉走。")]
    [InlineData("关于清理河道占用的通知", "各村：对占用河道的简易棚屋，逾期不自行拆除的，由村里组织人员将棚屋拆解。")]
    public void TheVillageRemovesAPersonsThings_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Evacuating people; carting off refuse; the enforcement body removes; a negation.
    [InlineData("关于防汛工作的通知", "各村：汛期发现险情，村干部要及时将受困群众带离危险区域。")]
    [InlineData("关于农村保洁的通知", "各村：保洁员每天将生活垃圾拉走集中处理。")]
    [InlineData("关于清理违规网箱的通知", "各村：逾期不自行拆除的，由县渔政执法大队将网箱拖离水面，村委会配合做好宣传。")]
    [InlineData("关于僵尸车清理的通知", "各社区：社区不得将居民的车辆拖走，僵尸车由交警部门依法处理。")]
    public void TheVillageRemovesAPersonsThings_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village tells a business to suspend: food workshops, clinics, internet cafés, homestays, training rooms.
    [InlineData("关于食品小作坊管理的通知", "各村：发现小作坊无证生产的，由村委会通知其暂停营业。")]
    [InlineData("关于村内诊所管理的通知", "各村：发现诊所超范围执业的，村委会通知该诊所暂停营业。")]
    [InlineData("关于网吧管理的通知", "各社区：对接纳未成年人的网吧，社区通知其暂停经营。")]
    [InlineData("关于民宿消防安全的通知", "各村：民宿消防不达标的，村委会告知其暂停营业至整改合格。")]
    [InlineData("关于校外培训管理的通知", "各社区：对无证培训机构，社区通知其暂停营业并张贴告示。")]
    public void TheVillageTellsABusinessToSuspend_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The bureau suspends; a negation; the village's own shop closing for a day.
    [InlineData("关于食品小作坊管理的通知", "各村：发现小作坊无证生产的，报县市场监管局，由市场监管局通知其暂停营业。")]
    [InlineData("关于食品小作坊管理的通知", "各村：村委会不得通知其暂停营业，发现问题及时报告镇市场监管所。")]
    [InlineData("关于村集体超市盘点的告知", "村集体超市因盘点暂停营业一天，村委会通知村民另行购物。")]
    public void TheVillageTellsABusinessToSuspend_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village collects a charge door to door, whatever it is called: water, insurance, cable TV, forest care, cleaning.
    [InlineData("关于农村供水水费收缴的通知", "各村：本年度农村供水水费，由村委会逐户收取后缴至镇水务站。")]
    [InlineData("关于城乡居民医保的通知", "各社区：今年的城乡居民医保，请网格员上门收取。")]
    [InlineData("关于有线电视的通知", "各村：有线电视收视费由村干部入户收取，月底交镇广电站。")]
    [InlineData("关于护林费的通知", "各村：护林费按户计算，由村干部逐户收取。")]
    [InlineData("关于卫生保洁费的通知", "各社区：小区保洁费由社区工作人员挨家挨户收取。")]
    public void TheVillageCollectsDoorToDoor_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Papers, refuse and packaging collected; the company's own staff collect; a negation.
    [InlineData("关于养老保险待遇认证的通知", "各村：网格员上门收取申请材料，统一报镇社保所。")]
    [InlineData("关于农村保洁的通知", "各村：保洁员每天上门收取生活垃圾。")]
    [InlineData("关于农药包装回收的通知", "各村：农药包装废弃物由回收站上门收取。")]
    [InlineData("关于农村供水水费收缴的通知", "各村：水费由县自来水公司工作人员上门收取，村委会不代收。")]
    [InlineData("关于城乡居民医保的通知", "各社区：医保费由居民自行通过手机缴纳，社区不得上门收取。")]
    public void TheVillageCollectsDoorToDoor_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village decides an accident's liability: fires, farm machinery, e-bikes, dog bites, building sites.
    [InlineData("关于农村火灾处置的通知", "各村：村内发生的火灾，由村委会认定事故责任后报镇应急办。")]
    [InlineData("关于农机事故处理的通知", "各村：农机碰撞事故由村调解员现场划分事故责任。")]
    [InlineData("关于电动车事故处理的通知", "各社区：电动车碰撞事故，由社区填写事故认定书交双方签字。")]
    [InlineData("关于犬只伤人事件处理的通知", "各村：犬只伤人事件由村委会作出责任认定书。")]
    [InlineData("关于农房施工安全的通知", "各村：农房施工中发生的安全事故，由村委会负责事故责任认定。")]
    public void TheVillageDecidesLiability_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The police decide and the village mediates on their paper; a negation.
    [InlineData("关于农村交通事故调解的通知", "各村：交通事故责任由交警部门认定，村调委会依据交警出具的事故认定书调解赔偿。")]
    [InlineData("关于农机事故处理的通知", "各村：村委会不得认定事故责任，由县农机监理站依法处理。")]
    public void TheVillageDecidesLiability_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A video shot and posted to the group as proof: forest rounds, grid visits, cleaning, river patrols, night duty.
    [InlineData("关于护林巡山的通知", "各村：护林员每天巡山时拍一段视频发群里。")]
    [InlineData("关于网格走访的通知", "各社区：网格员入户走访时拍一段视频发到群里。")]
    [InlineData("关于村庄保洁的通知", "各村：保洁员清扫完毕后拍一段视频发群。")]
    [InlineData("关于河道巡查的通知", "各村：村级河长巡河时录一段视频发本群。")]
    [InlineData("关于防汛值班的通知", "各村：值班干部每晚拍一段值班室视频发到群里。")]
    public void AVideoPostedToTheGroup_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The village made to turn its work into a model others come to see (形成…样板/标杆): culture squares, clinics, waste
    // sorting, elderly canteens, ferries' waiting sheds.
    [InlineData("关于文化广场提档升级的通知", "各村：村委会完善文化广场设施，形成可观摩的样板。")]
    [InlineData("关于村卫生室标准化建设的通知", "各村：村委会按标准改造卫生室，形成全镇的样板。")]
    [InlineData("关于垃圾分类的通知", "各社区：社区要把分类投放点建好，形成全区的标杆。")]
    [InlineData("关于老年助餐的通知", "各村：村委会办好老年食堂，年底前形成可复制的样板。")]
    [InlineData("关于渡口安全的通知", "各乡镇：由渡口所在村完善候船设施，形成全县的样板。")]
    public void AModelTheVillageMustMake_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Demonstration);

    [Theory]
    // The bureau's own park; a mechanism, not a model; a negation.
    [InlineData("关于现代农业园区建设的通知", "各乡镇：县农业农村局在示范园区完善设施，形成可观摩的样板。")]
    [InlineData("关于村民议事的通知", "各村：村委会完善议事规则，形成长效机制。")]
    [InlineData("关于文化广场提档升级的通知", "各村：不要求各村形成样板，按实际需要完善设施即可。")]
    public void AModelTheVillageMustMake_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Demonstration);
}

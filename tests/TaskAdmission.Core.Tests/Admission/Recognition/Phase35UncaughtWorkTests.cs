using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 35 (helper s35-3): banned work nobody had caught in the two newest blind parts, said in ways the pre-check
/// had no reading for. A chat poster's name opening a line is who posts, not the doer; a veto said at length; an instrument
/// or slip the village serves, a fine it takes, fireworks it takes away; the village made liable for discharges; fees it
/// collects and taxpayers it urges to the tax office; model and pilot villages grown, judged and held up; a bracketed body
/// glossing a counted household; a village lit red; a paper whose own name says what it proves. Each rule is tried in other lines of work than the notice it came from,
/// beside twins that must stay quiet (negated, another body's act, a company's or a bureau's own, innocent). Every sentence
/// is written for these tests.
/// </summary>
public sealed class Phase35UncaughtWorkTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A chat message line that opens with the poster's name and title (乡武装部 胡部长：) says who posts: what it asks falls to the villages the group speaks to, in any line of work.
    [InlineData("镇卫健办工作群消息", "【镇卫健办-各村村医群】\n镇卫健办 王主任：@全体成员 今天随访完的，在小程序里上传入户照片，每户不少于2张。")]
    [InlineData("街道民政工作群", "【街道民政-各社区网格员群】\n街道民政科 李科长：@全体成员 今晚前在系统里上传走访老人的合影照片，照片要带定位水印。")]
    [InlineData("镇水利站巡河群", "【镇水利站-各村河长群】\n镇水利站 赵站长：@全体成员 明天起巡河时全程开启手机位置服务，巡河轨迹当日上传。")]
    [InlineData("乡农技站工作群", "【乡农技站-各村联络员群】\n乡农技站 孙站长：入户宣传结束后，在小程序里拍照上传，系统自动记录位置。")]
    [InlineData("镇文化站工作群", "【镇文化站-各村文化管理员群】\n镇文化站 周站长：@全体成员 活动结束后半小时内，在小程序里提交活动视频，不少于30秒，小程序自动定位。")]
    public void AChatPostersName_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The poster takes the act back, gives it to a company, lifts it, or the public is invited.
    [InlineData("镇卫健办工作群消息", "【镇卫健办-各村村医群】\n镇卫健办 王主任：@全体成员 随访照片今后由我们卫健办统一拍摄上传，各村不用再拍照上传。")]
    [InlineData("街道民政工作群", "【街道民政-各社区群】\n街道民政科 李科长：@全体成员 走访老人的照片由养老服务公司上传系统，社区不需要报送。")]
    [InlineData("乡农技站工作群", "【乡农技站-各村联络员群】\n乡农技站 孙站长：取消入户拍照上传的要求，系统不再自动记录位置。")]
    [InlineData("景区游客群", "【桃花节游客群】\n景区管委会 刘主任：游客朋友在小程序里上传赏花照片，即可领取纪念品。")]
    public void AChatPostersName_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The veto said as its effect with the village or its cadres named between (取消该村及其村干部参加各类评先评优的资格), or pay set at the lowest grade (按最低档核定).
    [InlineData("关于城乡居民医保参保工作的通知", "各村：参保率未达到95%的村，当年取消该村及其村干部参加年度评先评优的资格。")]
    [InlineData("关于森林防火责任的通知", "各村：防火期内发生森林火灾的，取消所在村村两委成员参加各类评先评优的资格。")]
    [InlineData("关于禁毒工作的通知", "各社区：辖区发现种植毒品原植物的社区，取消该社区及其工作人员参与当年各类评优的资格。")]
    [InlineData("关于河长制考核的通知", "各村：河长制考核不合格的村，村党组织书记当年绩效报酬按最低档核定。")]
    [InlineData("关于安全生产工作的通知", "各村：发生亡人火灾的村，取消村委会及其成员参加各类评先评优的资格。")]
    [InlineData("关于人口监测工作的通知", "各村：出生信息漏报被通报的村，村干部年度报酬按最低标准核算。")]
    public void TheVetoSaidAtLength_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // Negated; a bureau's own staff; a company's; a contribution grade paid by the government.
    [InlineData("关于规范村级考核的通知", "各乡镇：不得以参保率为由取消该村及其村干部参加评先评优的资格。")]
    [InlineData("县水利局机关绩效管理办法", "局机关干部年度考核不称职的，取消其参加各类评先评优的资格，绩效工资按最低档核定。")]
    [InlineData("某物流公司员工奖惩办法", "公司员工违反安全规程的，取消该员工参加年度评先评优的资格。")]
    [InlineData("关于城乡居民养老保险缴费的通知", "各村：参保人员可自主选择缴费档次，困难群众由县政府按最低档次代缴。")]
    public void TheVetoSaidAtLength_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The village serves a rectification or stop-work instrument (下达《…限期整改通知书》, 送达…整改通知书), orders a party to stop work (要求其停止作业), fines per case (每起罚50元) or takes fireworks (把鞭炮收走): enforcement.
    [InlineData("关于无证餐饮整治的通知", "各社区：发现无证餐饮的，由社区网格员下达《限期整改通知书》，逾期不改的报市场监管所。")]
    [InlineData("关于厂房住人整治的通知", "各村：发现厂房违规住人的，由村委会向业主送达消防隐患整改通知书，限期搬离。")]
    [InlineData("关于河道采砂管理的通知", "各村：发现河道内违规采砂的，村级河长当场要求其停止作业，并发出限期整改通知。")]
    [InlineData("关于林地保护的通知", "各村：发现毁林开垦的，由村护林员要求当事人停止施工，拒不停止的由村里发出整改告知书。")]
    [InlineData("关于占道经营整治的通知", "各社区：对占道经营的摊贩，社区工作人员每起罚50元，罚款交街道。")]
    [InlineData("关于春节禁放的通知", "各社区：除夕夜发现燃放的，网格员把剩下的鞭炮收走，交派出所。")]
    public void AnInstrumentOrFineTheVillageServes_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Served or ordered by the competent body; negated; a contractor's site rule; villagers hand in goods to the police; the police fine.
    [InlineData("关于无证餐饮整治的通知", "各社区：无证餐饮由县市场监管局下达《限期整改通知书》，社区不参与。")]
    [InlineData("关于规范村级事务的通知", "各村：村（社区）不得向经营户下达限期整改通知书，不得罚款。")]
    [InlineData("关于河道采砂管理的通知", "各村：发现违规采砂的，村级河长及时报告县水利局，由县水利局执法大队要求其停止作业。")]
    [InlineData("某建设工程项目部安全管理规定", "施工班组接到监理下达的整改通知书后，应在3日内完成整改。")]
    [InlineData("关于春节禁放的通知", "各村：村民可将家中存放的鞭炮交到村部，由派出所统一收走销毁。")]
    [InlineData("关于禁放管理的通告", "违反规定燃放烟花爆竹的，由公安机关每起罚款200元。")]
    public void AnInstrumentOrFineTheVillageServes_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village made to bear the legal consequence or direct responsibility for a discharge or pollution (由所在村承担超标排放的法律后果).
    [InlineData("关于养殖粪污设施管理的通知", "各村：粪污处理设施移交村集体后，由所在村承担超标排放的法律后果。")]
    [InlineData("关于垃圾填埋场管理的通知", "各村：村委会对本村垃圾填埋场渗滤液排放承担直接责任。")]
    [InlineData("关于扬尘治理的通知", "各社区：社区居委会对辖区工地扬尘污染承担直接责任。")]
    [InlineData("关于秸秆禁烧的通知", "各村：辖区焚烧秸秆造成污染由所在村承担法律责任。")]
    [InlineData("关于农村污水设施运维的通知", "各村：污水站出水超标的，由村委会承担超标排放的法律责任。")]
    public void TheVillageMadeLiableForDischarges_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The polluter or operator bears it; the village is said not to.
    [InlineData("关于排污单位管理的通知", "各村：排污企业对其废水排放承担直接责任，村委会不承担法律责任。")]
    [InlineData("关于污水设施运维的通知", "各村：设施由运营公司管理，由运营公司承担超标排放的法律后果。")]
    [InlineData("关于农村供水工程管理的通知", "各村：村集体饮水工程由县水务公司运营，由水务公司对供水水质承担直接责任。")]
    public void TheVillageMadeLiableForDischarges_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village collects a fee (一并计收, 统一计收), registers tax sources (税源…登记), or urges taxpayers to the tax office (督促其到税务所补缴, 限期到税务分局缴清).
    [InlineData("关于生活垃圾处理费收取的通知", "各村：生活垃圾处理费由村委会按户一并计收，每季度解缴镇财政所。")]
    [InlineData("关于农村供水收费的通知", "各村负责统一计收本村农户的水费，月底前交县水务站。")]
    [InlineData("关于出租房屋税收管理的通知", "各村：请对辖区内出租房屋的税源进行登记，摸清房东和租金情况，报镇财政所。")]
    [InlineData("关于房产税征管的通知", "各村：对未缴纳房产税的经营户，村干部要督促其到税务所补缴。")]
    [InlineData("关于耕地占用税征收的通知", "各村：对欠缴耕地占用税的建房户，由村里通知其限期到税务分局缴清。")]
    public void FeesAndTaxTheVillageCollectsOrChases_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A company collects; the collective's own rent; the tax office's own survey and chasing; a taxpayer's own filing.
    [InlineData("关于生活垃圾处理费收取的通知", "各村：生活垃圾处理费由县环卫公司统一计收，村委会不参与收费。")]
    [InlineData("关于村集体资产管理的通知", "各村：村集体出租厂房的租金由村会计统一计收，开具收款收据。")]
    [InlineData("县税务局关于开展税源调查的通知", "县税务局各税务分局：请开展辖区税源调查，摸清重点税源情况，村里无需参与。")]
    [InlineData("关于房产税缴纳的告知", "纳税人可自行到税务所申报缴纳房产税，也可通过电子税务局办理。")]
    [InlineData("县税务局工作要点", "县税务局督促欠税企业限期到税务分局补缴税款。")]
    [InlineData("关于垃圾费的通知", "各村：垃圾处理费由县环卫公司统一收取并开具收款收据，村委会不参与。")]
    public void FeesAndTaxTheVillageCollectsOrChases_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Villages grown into models (培育…示范村/特色村), pilot villages judged (试点村评比, 评出优秀) or held up as the template for others (作为…标杆予以授牌, 对标学习的范本).
    [InlineData("关于开展健康村培育的通知", "各乡镇：今年每个乡镇培育2个健康示范村，年底县里验收。")]
    [InlineData("关于书香特色村培育的通知", "各乡镇：县文旅局决定在全县培育一批书香特色村，每个乡镇推荐2个村，培育村要建设农家书屋。")]
    [InlineData("关于平安建设试点的通知", "各镇：每个镇选定2个平安建设试点村，年底组织试点村评比，评出优秀的在全县推广。")]
    [InlineData("关于养老服务试点的通知", "各街道：每个街道选出1个社区开展养老服务试点，验收合格的社区作为全区标杆予以授牌。")]
    [InlineData("关于垃圾分类试点的通知", "各乡镇：垃圾分类试点村要形成一套做法，作为全县各村对标学习的范本。")]
    public void AModelOrPilotVillageBuiltAndHeldUp_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Demonstration);

    [Theory]
    // A pilot that only does its work; negated; a farm's model; a school named a benchmark.
    [InlineData("关于二轮延包试点的通知", "石桥村：你村被确定为延包试点村，试点村要召开村民会议讨论延包方案。")]
    [InlineData("关于规范村级事务的通知", "各乡镇：不得以培育特色村为名向村里摊派建设任务。")]
    [InlineData("关于家庭农场培育的通知", "各乡镇：全县培育一批家庭农场示范场，由农户自愿申报。")]
    [InlineData("关于命名市级标杆学校的通知", "各学校：县一中作为全市标杆学校予以命名。")]
    public void AModelOrPilotVillageBuiltAndHeldUp_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Demonstration);

    [Theory]
    // A slip in 《》 served right after an issuing verb (给摊主开《限期整改通知单》) is read: the village that serves it enforces.
    [InlineData("镇市场所工作群", "【镇市场所-各村食品安全信息员群】\n镇市场所 吴所长：@全体成员 发现无证摊贩的，直接给摊主开《限期整改通知单》，写明当天整改。")]
    [InlineData("关于违规养犬整治的通知", "各社区：对不拴绳遛犬屡教不改的，由社区网格员给犬主开《整改告知单》，限期整改。")]
    [InlineData("街道城管工作群", "【街道城管科-各社区群】\n城管科 郑科长：@全体成员 店外经营的，各社区当场给店主开《停工通知单》。")]
    public void ASlipServedWithAnIssuingVerb_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The police serve it; a bureau's own squads; the village forbidden to serve it.
    [InlineData("关于违规养犬整治的通知", "各社区：对不拴绳遛犬的，由县公安局治安大队给犬主开《整改告知单》，社区只做宣传。")]
    [InlineData("关于规范执法文书的通知", "县综合执法局各中队：执法人员应当给当事人开《责令改正通知单》，并由当事人签收。")]
    [InlineData("关于执法文书领取的通知", "各村：县里印制的《限期整改通知单》由镇执法中队领取使用，各村不得开具。")]
    [InlineData("关于督查反馈的通知", "各村：对督查组开出的整改通知书，各村要逐条整改到位。")]
    [InlineData("关于问题整改的通知", "各村：镇里给各村开的整改通知单，各村要按期整改。")]
    public void ASlipServedWithAnIssuingVerb_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A body in brackets after a counted household (每完成一户（企业）的采集) is what the unit may be, not the doer: the grid worker named before still takes the photo.
    [InlineData("关于房屋安全排查的通知", "各乡镇：各村网格员负责入户排查，每排查一户（商户）的房屋，须在App内拍摄与户主的现场合影，系统自动记录位置。")]
    [InlineData("关于经营主体普查的通知", "各乡镇：各社区普查员是入户登记的执行人，每登记一家（单位）的信息，须在小程序中拍照上传，照片带定位水印。")]
    [InlineData("关于燃气安全入户检查的通知", "各村：村网格员每走访一户（企业），须在App内拍摄现场照片，系统自动定位。")]
    public void ABodyGlossingACountedHousehold_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A company's own staff, or a survey firm named as doer.
    [InlineData("关于经营主体普查的通知", "各乡镇：每登记一家（单位）的信息，由普查公司的普查员在小程序中拍照上传，照片带定位水印，村里不参与。")]
    [InlineData("某燃气公司入户安检规范", "公司安检员每完成一户（企业）的安检，须在App内拍摄表具照片，系统自动定位。")]
    public void ABodyGlossingACountedHousehold_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A village lit red (红灯村) facing a consequence, or results entered in the villages' assessment (计入村级年度考核): the villages are ranked.
    [InlineData("关于禁毒宣传进度亮灯的通知", "各村：宣传进度每周亮灯，连续两周亮红灯的红灯村由镇综治办约谈村书记。")]
    [InlineData("关于医保参保进度督导的通知", "各村：参保进度排名末位的红灯村，由镇里开展专项督导。")]
    [InlineData("关于人居环境整治的通知", "各村：县里每月暗访，暗访结果计入村级年度考核。")]
    public void AVillageLitRedOrRatedInItsAssessment_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The townships' own assessment; negated.
    [InlineData("关于乡镇工作督查的通知", "各乡镇：县里每月暗访，暗访结果计入乡镇年度考核。")]
    [InlineData("关于规范督查考核的通知", "各乡镇：不得对红灯村开展约谈通报。")]
    public void AVillageLitRedOrRatedInItsAssessment_Twins_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A paper with a name of its own (…的种植面积证明, 养殖面积证明, 经营规模证明) stays the paper asked, whatever plot boundaries its contents list.
    [InlineData("关于申报农机作业补贴的通知", "各村：申报需提交由地块所在村委会出具的种植面积证明，写明申报主体当季种植的作物、面积、地块名称及四至界限，加盖村委会公章。")]
    [InlineData("关于渔业油价补贴申报的通知", "各村：申请人须提交由所在村委会出具的养殖面积证明，写明养殖水面位置及四至，加盖村委会公章。")]
    [InlineData("关于林下经济补助的通知", "各村：申报主体须附村委会出具的经营规模证明，写明林地地块名称、四至界址和种植品种，加盖公章。")]
    public void APapersOwnNameSaysWhatItProves_IsNotTheListedOne(string title, string description)
    {
        var rules = fixture.RulesOf(title, description);
        Assert.True(rules.Contains(PrecheckRules.ProhibitedCertificate) || rules.Contains(PrecheckRules.UnlistedCertificate), fixture.Explain(title, description));
    }

    [Theory]
    // A name sharing the listed certificate's words (土地权属证明), or a paper with no name of its own, is the listed land-ownership opinion.
    [InlineData("关于土地权属争议调处的通知", "各村：当事人须提交由村民小组出具的土地权属证明，写明地块四至界址，加盖村委会公章。")]
    [InlineData("关于土地确权的通知", "各村：请村委会出具证明，写明该地块的四至界址和权属情况，加盖村委会公章。")]
    public void APaperNamedAsTheListedOne_IsAllowed(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);
        fixture.AssertQuiet(title, description, PrecheckRules.UnlistedCertificate);
    }
}

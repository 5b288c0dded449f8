using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 36 (s36-1): a body's own internal rules, and what a sentence denies or withholds. An approver: "a body's rules
/// for its own staff and units put nothing on a village, even when they name villages as where the staff work"; "a sentence
/// that denies the village the power or the duty denies the act"; "a result said not to be counted in the assessment puts no
/// assessment on the village"; "a notice the village received, or that is served on it, is not one it serves". Each beside the
/// twin that still puts the banned work on the village. Every sentence is written for these tests, in lines of work other than
/// the notices that showed the gaps (a paper mill's, a rescue centre's and a women's federation's own rules).
/// </summary>
public sealed class Phase36OwnRulesAndDenialsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // A body's own rules, spoken of itself (本馆, 台里, 厂长, 中心…): its check-ins and ratings are its own staff's.
    [Theory]
    [InlineData("县殡仪馆值班管理制度", "一、本馆实行24小时值班，值班人员由馆内职工轮流担任。\n二、值班人员交接班时须刷卡打卡。\n三、馆办公室每季度对值班情况进行考评。", PrecheckRules.AppCheckIn)]
    [InlineData("县殡仪馆值班管理制度", "一、本馆实行24小时值班，值班人员由馆内职工轮流担任。\n二、值班人员交接班时须刷卡打卡。\n三、馆办公室每季度对值班情况进行考评。", PrecheckRules.AssessmentBan)]
    [InlineData("县酿酒厂2026年质量安全责任考核细则", "第一条 厂长与各班组长逐级签订质量安全责任书。\n第二条 本厂质量安全考核每月评分一次，得分排名末位的班组扣减当月质量奖。", PrecheckRules.AssessmentBan)]
    [InlineData("县广播电视台记者采访考勤办法", "一、本台记者外出采访须在考勤系统定位打卡。\n二、台里每月对记者发稿量进行排名，排名末位的扣减当月绩效。", PrecheckRules.AppCheckIn)]
    [InlineData("县广播电视台记者采访考勤办法", "一、本台记者外出采访须在考勤系统定位打卡。\n二、台里每月对记者发稿量进行排名，排名末位的扣减当月绩效。", PrecheckRules.AssessmentBan)]
    [InlineData("县图书馆流动服务车管理规定", "一、流动服务车由本馆工作人员驾驶，每月到各村农家书屋送书不少于1次。\n二、工作人员到村后须在服务系统签到并上传现场照片。\n三、馆办公室每季度对流动服务情况进行考核。", PrecheckRules.AppCheckIn)]
    [InlineData("县图书馆流动服务车管理规定", "一、流动服务车由本馆工作人员驾驶，每月到各村农家书屋送书不少于1次。\n二、工作人员到村后须在服务系统签到并上传现场照片。\n三、馆办公室每季度对流动服务情况进行考核。", PrecheckRules.AssessmentBan)]
    [InlineData("县农业技术推广中心农技人员包村服务考核办法", "一、中心农技人员每人包联3个村，每月到村服务不少于4天，到村后须在“农技通”APP签到。\n二、中心每季度对农技人员服务情况考核排名，排名末位的扣减绩效。", PrecheckRules.AppCheckIn)]
    [InlineData("县农业技术推广中心农技人员包村服务考核办法", "一、中心农技人员每人包联3个村，每月到村服务不少于4天，到村后须在“农技通”APP签到。\n二、中心每季度对农技人员服务情况考核排名，排名末位的扣减绩效。", PrecheckRules.AssessmentBan)]
    [InlineData("县疾控中心驻村联络员管理制度", "一、本中心选派的驻村联络员每月到联系村开展健康宣传不少于2次，到村后在工作群发送现场照片。\n二、中心办公室每半年对联络员进行考评。", PrecheckRules.AppCheckIn)]
    [InlineData("县自来水公司抄表员考勤管理办法", "第一条 本公司抄表员每日到各村抄表，到达后须在“智慧水务”APP定位打卡。\n第二条 公司每月对抄表员的考勤进行考核，考核结果与绩效工资挂钩。", PrecheckRules.AppCheckIn)]
    [InlineData("县消防救援大队队员值班制度", "一、队员值班期间须在指挥系统打卡。\n二、大队每月对各中队值班情况进行考评排名。", PrecheckRules.AssessmentBan)]
    [InlineData("县第一中学教师值周制度", "一、本校教师轮流值周，值周教师每天须在校门口刷脸打卡。\n二、学校每月对各年级组值周情况进行评比排名。", PrecheckRules.AppCheckIn)]
    [InlineData("县第一中学教师值周制度", "一、本校教师轮流值周，值周教师每天须在校门口刷脸打卡。\n二、学校每月对各年级组值周情况进行评比排名。", PrecheckRules.AssessmentBan)]
    public void ABodysOwnRulesSpokenOfItself_PutNothingOnTheVillage(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("县图书馆流动服务车管理规定", "一、流动服务车由本馆工作人员驾驶，每月到各村农家书屋送书不少于1次。\n二、各村农家书屋管理员每天须在服务系统签到并上传现场照片。", PrecheckRules.AppCheckIn)]
    [InlineData("县殡仪馆值班管理制度", "一、本馆实行24小时值班，值班人员由馆内职工轮流担任。\n二、馆办公室每季度对各村（社区）殡葬信息员的报送情况进行考评排名。", PrecheckRules.AssessmentBan)]
    [InlineData("县酿酒厂2026年质量安全责任考核细则", "第一条 厂长与各班组长逐级签订质量安全责任书。\n第二条 本厂每月对周边各村的配合情况评分排名，排名末位的村扣减当月协作经费。", PrecheckRules.AssessmentBan)]
    [InlineData("县农业技术推广中心农技人员包村服务考核办法", "一、中心农技人员每人包联3个村。\n二、各村农技协管员每天须在“农技通”APP签到，中心每季度对各村进行考核排名。", PrecheckRules.AppCheckIn)]
    [InlineData("县农业技术推广中心农技人员包村服务考核办法", "一、中心农技人员每人包联3个村。\n二、各村农技协管员每天须在“农技通”APP签到，中心每季度对各村进行考核排名。", PrecheckRules.AssessmentBan)]
    [InlineData("县青少年活动中心教师考勤制度", "一、中心教师上下班须在门禁系统刷脸打卡。\n二、各村（社区）儿童主任每周须在“童心”APP定位签到。", PrecheckRules.AppCheckIn)]
    [InlineData("县融媒体中心村级通讯员管理办法", "一、各村通讯员每月在“融媒通”APP上报稿件不少于2篇，并定位签到。", PrecheckRules.AppCheckIn)]
    public void ABodysOwnRulesThatTellTheVillagesToAct_StillFire(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // An organ's rules for its own cadres, and rules that say they apply only to the body's own staff.
    [Theory]
    [InlineData("县水利局机关干部联系服务基层考核细则", "一、每名干部联系1至2个村，每季度到联系村不少于1次。\n二、考核由局办公室负责，按季度对干部本人打分。\n本细则仅适用于县水利局机关工作人员。", PrecheckRules.AssessmentBan)]
    [InlineData("县医保局机关2026年包村联系工作考核办法", "一、机关干部每月到包联村走访不少于2次。\n二、局办公室按季度对干部进行考核。\n本办法只适用于局机关在编干部。", PrecheckRules.AssessmentBan)]
    [InlineData("县税务局机关2026年包村联系考核办法", "一、局机关对全体干部实行包村联系考核，考核由人事股负责。\n二、干部每季度到联系村开展税法宣传不少于1次。\n本办法仅适用于县税务局机关干部。", PrecheckRules.AssessmentBan)]
    [InlineData("县卫健局机关干部包村联系考核细则", "县卫健局对机关全体干部实行包村联系考核，按季度对干部本人打分。本细则仅适用于局机关工作人员。", PrecheckRules.AssessmentBan)]
    [InlineData("县气象台2026年气象信息员联络工作考核细则", "一、台里每名业务人员联系2个村，每季度到所联系村走访1次。\n二、考核由台办公室负责，结果与个人绩效挂钩。\n本细则仅适用于县气象台在编人员。", PrecheckRules.AssessmentBan)]
    [InlineData("石桥镇机关干部包村工作考核办法", "一、机关干部每人包联1个村，每周到村不少于2天，到村后在“石桥通”APP签到。\n二、镇党政办每月对包村干部考核排名。", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇机关干部包村工作考核办法", "一、机关干部每人包联1个村，每周到村不少于2天，到村后在“石桥通”APP签到。\n二、镇党政办每月对包村干部考核排名。", PrecheckRules.AssessmentBan)]
    public void AnOrgansRulesForItsOwnCadres_AssessThem(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("县水利局基层水利工作考核细则", "一、县水利局每季度对各村水管员工作进行考核打分。\n本细则适用于全县各村水管员。", PrecheckRules.AssessmentBan)]
    [InlineData("县水利局机关干部联系服务基层考核细则", "一、每名干部联系1至2个村。\n二、局办公室每季度对各村河道保洁情况进行排名通报。\n本细则仅适用于县水利局机关工作人员。", PrecheckRules.AssessmentBan)]
    [InlineData("县气象台2026年气象信息员联络工作考核细则", "一、台里每名业务人员联系2个村。\n二、台办公室每季度对各村气象信息员的报送情况进行考核排名。\n本细则仅适用于县气象台在编人员。", PrecheckRules.AssessmentBan)]
    [InlineData("石桥镇机关干部包村工作考核办法", "一、机关干部每人包联1个村。\n二、各村党支部书记每天在“石桥通”APP签到。", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇机关干部包村工作考核办法", "一、机关干部每人包联1个村。\n二、镇党政办每月对各村工作考核排名。", PrecheckRules.AssessmentBan)]
    public void AnOrgansRulesThatRankOrTaskTheVillages_StillFire(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // 无权 + the act: a power denied right before the act.
    [Theory]
    [InlineData("关于规范集镇占道经营管理的通知", "各村：\n村委会无权对占道经营的摊贩予以罚款，发现后及时报告镇市场监管所。")]
    [InlineData("关于加强禁渔期巡护的通知", "各村：\n村（居）委会无权扣押非法捕捞人员的渔具，发现后报告县农业综合执法大队。")]
    [InlineData("关于加强小作坊食品安全管理的通知", "各村：\n村民委员会无权查封无证生产的小作坊，发现问题报镇市场监管所依法处理。")]
    [InlineData("关于做好春节期间烟花爆竹安全管理的通知", "各村：\n村委会无权对违规燃放烟花爆竹的村民处以罚款，劝阻无效的报告派出所。")]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n村委会无权没收村民饲养的犬只，发现伤人犬只及时报告派出所。")]
    [InlineData("关于加强耕地保护的通知", "各村：\n村（社区）均无权对违法占地行为立案查处，发现后报告县自然资源局执法队。")]
    [InlineData("关于规范河道管理的通知", "各村：\n村级组织无权暂扣非法采砂船只和机具，发现后报县水利局。")]
    [InlineData("关于规范集贸市场管理的通知", "各村：\n村（社区）不是执法主体，无权对违规经营者罚款或没收其物品。")]
    public void APowerDeniedBeforeTheAct_DeniesIt(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于规范集镇占道经营管理的通知", "各村：\n村委会要对占道经营的摊贩予以罚款，罚款收据报镇财政所。")]
    [InlineData("关于加强禁渔期巡护的通知", "各村：\n村（居）委会要扣押非法捕捞人员的渔具，并报告县农业综合执法大队。")]
    [InlineData("关于做好春节期间烟花爆竹安全管理的通知", "各村：\n村委会对违规燃放烟花爆竹的村民处以罚款，劝阻无效的报告派出所。")]
    [InlineData("关于加强耕地保护的通知", "各村：\n村（社区）负责对违法占地行为立案查处，结果报县自然资源局。")]
    [InlineData("关于规范集镇占道经营管理的通知", "各村：\n村委会无权拒绝配合，要对占道经营的摊贩当场予以罚款。")]
    [InlineData("关于加强耕地保护的通知", "各村：\n请各村委会出具土地无权属争议证明，并对违规占地的农户予以罚款。")]
    [InlineData("关于规范河道管理的通知", "各村：\n村委会无权审批采砂许可，但对非法采砂船只必须当场暂扣。")]
    [InlineData("关于规范集贸市场管理的通知", "各村：\n村委会有权暂扣违规摊贩的经营工具。")]
    public void TheActAskedOrAPowerNotDenied_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // Denied … 的 power or duty, the object opened by 对 and closed by its own 的.
    [Theory]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n村民委员会不具有对违规养犬人员处以罚款的权力。")]
    [InlineData("关于加强农村建房管理的通知", "各村：\n村委会不具有对违法建设进行查处的职能，发现违建要及时劝阻并报告。")]
    [InlineData("关于治理超限运输的通知", "各村：\n村（居）委会没有暂扣违规运输车辆的执法权，发现超限车辆报交警中队。")]
    [InlineData("关于打击非法行医的通知", "各村：\n村委会无对非法行医予以取缔的职责，发现线索及时报告县卫生监督所。")]
    [InlineData("关于加强文物保护的通知", "各村：\n村委会不具备对破坏文物的村民处以罚款的法定职权，发现后立即报告县文旅局。")]
    [InlineData("关于加强集贸市场管理的通知", "各村：\n村委会没有对摊贩处以罚款的权力，发现问题报镇市场监管所。")]
    public void APowerOrDutyDenied_DeniesTheActsItCloses(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n村民委员会负责对违规养犬人员处以罚款。")]
    [InlineData("关于加强农村建房管理的通知", "各村：\n村委会承担对违法建设进行查处的职能，发现违建要立即处理。")]
    [InlineData("关于打击非法行医的通知", "各村：\n村委会对非法行医予以取缔，发现线索及时报告县卫生监督所。")]
    [InlineData("关于规范集贸市场管理的通知", "各村：\n对没有营业执照的经营户，由村委会予以取缔。")]
    [InlineData("关于加强农村建房管理的通知", "各村：\n对不具备建房条件的农户，村委会要责令停止施工并予以罚款。")]
    public void ADutyHeldOrAStateOfTheObject_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // The act, then 不属于/不是/并非/不在/超出 the village's duty, or 不由/不再由 the village.
    [Theory]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n对违规养犬人员处以罚款不属于村委会的职责范围，由县公安局依法处理。")]
    [InlineData("关于加强河道采砂管理的通知", "各村：\n对非法采砂船只予以暂扣不是村（社区）的法定职责，各村发现后报告即可。")]
    [InlineData("关于治理超限运输的通知", "各村：\n扣押超限运输车辆不在村委会职责范围之内，发现后报交警中队。")]
    [InlineData("关于打击非法行医的通知", "各村：\n查封非法诊所超出了村（居）委会的职责范围，发现线索报县卫生监督所。")]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n对违规养犬人员处以罚款不由村委会负责，由县公安局依法处理。")]
    [InlineData("关于加强农村建房管理的通知", "各村：\n对违法建设立案查处不再由村（社区）承担，统一由县综合执法局负责。")]
    [InlineData("关于加强河道采砂管理的通知", "各村：\n非法采砂船只的暂扣不应由村委会实施，发现后报县水利局。")]
    [InlineData("关于规范集贸市场管理的通知", "各村：\n罚款、扣押等行政处罚措施不属于村委会的职权，发现违规经营及时报告。")]
    [InlineData("关于规范集贸市场管理的通知", "各村：\n对摊贩予以罚款并不是村委会的职责。")]
    [InlineData("关于规范集贸市场管理的通知", "各村：\n暂扣摊贩经营工具超越了村委会职权范围，各村不得自行实施。")]
    public void AnActSaidNotToBeTheVillagesDuty_IsDenied(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n对违规养犬人员处以罚款属于村委会的职责范围，由各村委会依法处理。")]
    [InlineData("关于加强河道采砂管理的通知", "各村：\n对非法采砂船只予以暂扣是村（社区）的法定职责，各村发现后要立即处理。")]
    [InlineData("关于加强农村养犬管理的通知", "各村：\n对违规养犬人员处以罚款由村委会负责。")]
    [InlineData("关于规范集镇占道经营管理的通知", "各村：\n村委会对占道摊贩予以罚款，罚没款不属于村集体收入，须全额上交镇财政所。")]
    [InlineData("关于规范集镇占道经营管理的通知", "各村：\n村委会对占道摊贩予以罚款并不得由村委会截留罚款。")]
    [InlineData("关于加强农村建房管理的通知", "各村：\n对违法建设予以拆除不是村委会一家的职责，各村要积极配合。")]
    [InlineData("关于加强农村建房管理的通知", "各村：\n对违法建设立案查处不再由村（社区）独自承担，由镇执法中队会同各村完成。")]
    public void AnActThatIsTheVillagesOrSharedByIt_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // 不计入/不记入/不算入 … 考核: a result not counted in an assessment.
    [Theory]
    [InlineData("关于开展耕地质量调查的通知", "各村：\n请配合县农业农村局开展耕地质量调查，调查结果不计入村级年度考核。")]
    [InlineData("关于做好儿童疫苗接种宣传的通知", "各村（社区）：\n请协助做好适龄儿童疫苗接种宣传，接种率不计入各村（社区）年度综合考核得分。")]
    [InlineData("关于开展农村饮用水水质抽检的通知", "各村：\n水质抽检结果仅供参考，不计入村（社区）年度目标考核。")]
    [InlineData("关于做好农家书屋借阅登记的通知", "各村：\n请做好农家书屋借阅登记，借阅人次不记入村级绩效考核。")]
    [InlineData("关于开展反诈宣传的通知", "各村（社区）：\n请做好反诈宣传，宣传覆盖率不算入镇对各村的考核评比。")]
    [InlineData("关于开展残疾人需求调查的通知", "各村：\n请配合做好入户调查，调查进度不计入村（社区）年度考核，也不进行排名。")]
    public void AResultNotCountedInTheAssessment_AssessesNothing(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("关于开展耕地质量调查的通知", "各村：\n请配合县农业农村局开展耕地质量调查，调查结果计入村级年度考核。")]
    [InlineData("关于做好儿童疫苗接种宣传的通知", "各村（社区）：\n请协助做好适龄儿童疫苗接种宣传，未完成宣传任务的村不计入当季评优，接种率纳入各村年度考核。")]
    [InlineData("关于开展残疾人需求调查的通知", "各村：\n请配合做好入户调查，调查进度不计入月度通报，但纳入村（社区）年度考核排名。")]
    [InlineData("关于开展农村饮用水水质抽检的通知", "各村：\n未按时上报抽检结果的村，当月工作不计入村级年度考核得分。")]
    public void AResultCountedOrACaseOfFailureSanctioned_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // A rectification notice the village received, or that is served on it.
    [Theory]
    [InlineData("关于做好村级污水处理设施整改的通知", "各村：\n村委会收到县生态环境局下达的整改通知后，应在10日内组织维修村污水处理站。")]
    [InlineData("关于整改村文化礼堂消防隐患的通知", "各村：\n各村要对照县消防救援大队下发的整改通知书，对村文化礼堂的消防隐患逐项整改。")]
    [InlineData("关于村卫生室规范化建设的通知", "各村：\n村卫生室接到县卫健局发出的整改通知后，要限期完成整改并报镇卫生院。")]
    [InlineData("关于河道堤防隐患整改的通知", "各村：\n县水利局向沿河各村下达了堤防隐患整改通知，请各村按期完成整改。")]
    [InlineData("关于农村公路安全隐患整改的通知", "各村：\n村委会签收县交通运输局送达的整改通知书后，要在村道危险路段设置警示标志。")]
    [InlineData("关于做好村级污水处理设施整改的通知", "各村：\n各村要对照镇里下发的整改通知书开展整改，月底前报镇生态办。")]
    [InlineData("关于做好村级污水处理设施整改的通知", "各村：\n对照上级下发的整改通知书，各村逐项完成整改。")]
    public void ANoticeTheVillageReceived_IsNotOneItServes(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于加强违法建设管控的通知", "各村：\n发现违法建设的，由村委会向当事人下达整改通知。")]
    [InlineData("关于加强集贸市场管理的通知", "各村：\n村委会对未按要求整改的商户下达整改通知书，并当场暂扣经营工具。")]
    [InlineData("关于加强安全生产监管的通知", "各村：\n各村要向辖区内存在隐患的企业发出整改通知。")]
    [InlineData("关于加强违法建设管控的通知", "各村：\n村委会收到群众举报后，须立即向违建户下达停工通知。")]
    [InlineData("关于加强违法建设管控的通知", "各村：\n各村委会下达的停工通知要一式两份，一份送达当事人。")]
    [InlineData("关于加强违法建设管控的通知", "各村：\n县执法局作出的拆除决定由村委会组织实施。")]
    public void ANoticeTheVillageServes_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // A pledge made to the villages is the maker's, whoever's name stands after 向.
    [Fact]
    public void APledgeIssuedToTheVillages_IsTheMakers() =>
        fixture.AssertQuiet("县水利局向沿河各村作出的防汛服务承诺书", "一、汛期24小时值守，接到险情30分钟内到场。\n二、本承诺书由局长签字后印发各村。", PrecheckRules.PledgeOrVeto);
}

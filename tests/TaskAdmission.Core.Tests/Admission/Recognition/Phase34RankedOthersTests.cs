using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 34 (helper s34-2): rankings, assessments and check-ins that are not of the village's work. A contest's rules
/// or results score its entries (works, programmes, teams, contestants) even when the contest or a team bears a village's name;
/// a body's rules for its own staff who serve the villages (police officers, stationed cadres, a station's staff) rate and
/// check in those staff; a rating announced to the firms it rates rates the firms; and the clause 现就…通知如下 names the matter
/// a paper rules on, not a demand. Each must still fire when the paper ties the villages to the ranking (对各村排名, 各村得分,
/// 村级考核, 评出先进村) or rates the village cadres. Every sentence is written for these tests.
/// </summary>
public sealed class Phase34RankedOthersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // A contest's rules or results score its entries.
    [Theory]
    [InlineData("全县“美丽乡村”摄影大赛评选结果公示", "县摄影家协会举办的摄影大赛共收到作品540幅，经专家评审打分，按得分高低排名评出一等奖3名、二等奖5名。公示期5天。")]
    [InlineData("2026年“丰收杯”农民乒乓球联赛积分榜", "| 名次 | 代表队 | 胜 | 负 | 积分 |\n| 1 | 石门村 | 4 | 0 | 8 |\n| 2 | 杨柳村 | 3 | 1 | 7 |\n说明：前四名进入决赛。")]
    [InlineData("“乡村好声音”歌手赛复赛评分办法", "一、评委由县音乐家协会会员担任。\n二、选手按演唱技巧、台风、感染力评分，去掉最高分和最低分后排名，前十名进入决赛。")]
    [InlineData("全市“最美护理人”征文比赛获奖名单", "市卫健委举办的征文比赛收到征文312篇，经初评、复评，按得分排名确定获奖征文，一等奖作者名单如下。")]
    [InlineData("“我家的小康路”短视频征集活动评比细则", "征集作品由评委按内容、拍摄、剪辑三项打分，按总分排名，前20名作品在县融媒体平台展播。")]
    [InlineData("县第五届农民运动会拔河比赛成绩公告", "本次比赛共有参赛队16支，按决赛成绩排出名次：第一名东坪队，第二名河口队。各代表队领队请于赛后领取奖杯。")]
    [InlineData("2026年“农信杯”书画大赛评审细则", "书画作品由县美术家协会组织专家评审打分，按得分排名设一等奖2名，不对各村进行排名，结果不与村级考核挂钩。")]
    public void ContestEntries_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    // The same contests, used to rank the villages: the paper ties the villages to the ranking.
    [Theory]
    [InlineData("全县“美丽乡村”摄影大赛评选结果公示", "共收到作品540幅，按各村报送作品得分对各村排名，排名后三位的村在全县通报。")]
    [InlineData("2026年“丰收杯”农民乒乓球联赛组织工作考核", "各代表队由各村组建。联赛组织情况纳入村级年度考核，各村得分在全镇排名通报。")]
    [InlineData("“乡村好声音”歌手赛组织工作评分办法", "各村选送选手参赛，镇里按各村组织参赛情况打分排名，得分计入村级考核。")]
    [InlineData("“村BA”篮球联赛积分办法", "各村组队参赛，比赛积分作为各村文化工作考核得分，年底评出先进村3个。")]
    [InlineData("“我家的小康路”短视频征集活动安排", "请各村组织村民拍摄作品，镇里对村干部参与情况打分排名。")]
    [InlineData("关于开展农民丰收节节目展演的通知", "各村：\n每村至少报送1个节目参加展演，评委按节目评分排名，参演情况纳入年终考核。")]
    public void ContestRankingVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // A body's rules for its own staff who serve the villages: rating and attendance are the staff's.
    [Theory]
    [InlineData("某县森林公安局驻村民警巡山绩效考核办法", "一、考核对象为本局派驻林区的民警。\n二、按巡山里程、案件查处数量评分，每月在局内排名。", PrecheckRules.AssessmentBan)]
    [InlineData("县农业农村局驻村干部考勤管理办法", "一、驻村干部每周驻村不少于4天，通过“驻村通”APP定位签到。\n二、考勤结果纳入驻村干部年度考核。", PrecheckRules.AppCheckIn)]
    [InlineData("县农业农村局驻村干部考勤管理办法", "一、驻村干部每周驻村不少于4天，通过“驻村通”APP定位签到。\n二、考勤结果纳入驻村干部年度考核。", PrecheckRules.AssessmentBan)]
    [InlineData("镇卫生院医务人员下乡巡诊考核细则", "一、院内医务人员按片区分工，每月到各自联系片区巡诊不少于4次。\n二、巡诊情况按季度考核，结果与绩效工资挂钩。", PrecheckRules.AssessmentBan)]
    [InlineData("县水利局包村干部防汛值守考核办法", "汛期包村干部到联系点值守，值守情况由局办公室每周统计，纳入个人绩效考核。", PrecheckRules.AssessmentBan)]
    [InlineData("镇农业服务中心工作人员联户服务考核办法", "中心工作人员每人联系20户种粮大户，每季度由中心考核，按得分排名，末位由主任谈话。", PrecheckRules.AssessmentBan)]
    [InlineData("县民政局社会救助特派员工作考勤规定", "特派员每周到服务片区工作两天，在系统中打卡签到，考勤情况纳入个人绩效。", PrecheckRules.AppCheckIn)]
    public void OwnStaffRated_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // The staff's rules that also rate the village or its cadres, and the village's own staff.
    [Theory]
    [InlineData("县农业农村局驻村干部考勤管理办法", "驻村干部每周驻村不少于4天。各村每日在APP打卡上报驻村干部在岗情况，村干部签到情况纳入考核。", PrecheckRules.AppCheckIn)]
    [InlineData("某县森林公安局驻村民警巡山绩效考核办法", "按巡山里程评分，同时对各村护林工作打分排名，结果通报。", PrecheckRules.AssessmentBan)]
    [InlineData("镇卫生院医务人员下乡巡诊考核细则", "巡诊情况按季度考核，所在村村干部配合情况一并打分排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于村干部坐班考勤的通知", "各村：村干部每天在APP定位打卡签到，考勤情况每月通报排名。", PrecheckRules.AppCheckIn)]
    [InlineData("村级防汛工作人员值守考核办法", "各村工作人员汛期值守情况每周考核打分排名，排名后三位的村通报。", PrecheckRules.AssessmentBan)]
    [InlineData("社区工作人员绩效考核办法", "街道对各社区工作人员每季度考核打分，按得分排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于包村医生考勤的通知", "各村：\n县卫健局包村医生每周到村委会签到，村委会每月汇总上报签到情况。", PrecheckRules.AppCheckIn)]
    public void VillageOrCadresRated_Fires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A rating announced to the firms it rates rates the firms, whatever they built or serve.
    [Theory]
    [InlineData("县交通运输局关于2025年度农村公路养护质量考评结果的通报", "各养护公司：\n我局对承担村道养护的9家公司进行了考评，按综合得分排名，前两名通报表扬，末位约谈。")]
    [InlineData("县水务局关于农村饮水工程运维服务考核结果的通报", "各运维服务企业：\n2025年度，我局对负责各村供水站运维的5家企业开展服务考核，得分居末位的企业限期整改。")]
    [InlineData("关于村级垃圾收运服务质量评比结果的通报", "各环卫服务公司：\n区城管局对承接各村垃圾收运的公司开展季度评比，排名后两位的扣减服务费。")]
    public void FirmsAddressed_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("县交通运输局关于2025年度农村公路养护质量考评结果的通报", "各乡镇：\n我局对各村村道养护情况进行了考评，按综合得分对各村排名，末位通报。")]
    [InlineData("关于村级垃圾收运服务质量评比结果的通报", "各环卫服务公司：\n区城管局对各公司开展季度评比，同时对各村保洁情况打分排名，排名后两位的村通报。")]
    public void FirmsAndVillagesRanked_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // 现就…通知如下 names the matter ruled on; the items keep their own reading.
    [Theory]
    [InlineData("关于规范村级卫生健康工作考核事项的通知", "各乡镇：\n经县减负办审核，现就村级卫生健康工作考核事项通知如下：\n一、卫生健康工作不再单独对村考核。\n二、不得对村卫生室开展星级评定。")]
    [InlineData("关于规范村级水利工作评比事项的通知", "各镇人民政府：\n现就村级水利工作评比有关事宜明确如下：一、停止对各村河道保洁开展月度排名。二、不得以红黑榜方式通报各村。")]
    [InlineData("关于调整村级民政工作考核的通知", "各街道：\n特就村（社区）民政工作考核调整如下：一、取消对社区的季度考核排名。二、不再要求社区报送考核台账。")]
    public void TopicOpening_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("关于规范村级卫生健康工作考核事项的通知", "各乡镇：\n现就村级卫生健康工作考核事项通知如下：\n一、县卫健局每季度对各村卫生健康工作考核打分排名。")]
    [InlineData("关于村级水利工作评比的通知", "各镇人民政府：\n现就村级水利工作评比有关事宜明确如下：一、每月对各村河道保洁评比排名，在全县通报。")]
    public void TopicOpeningThenRanks_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);
    // A site chosen for a thing, reported once, is planning data, not a check-in.
    [Theory]
    [InlineData("关于农村应急广播终端安装的通知", "各镇：\n今年为每个行政村配发应急广播终端2套，由供货企业负责安装。请各镇于5月10日前报送各村终端安装位置。")]
    [InlineData("关于分类垃圾桶配发的通知", "各街道：\n区城管局为各社区配发分类垃圾桶，请各街道汇总后上报各社区垃圾桶投放位置。")]
    [InlineData("关于增设农村消防取水点的通知", "各乡镇：\n请各乡镇结合村民意见，于月底前上报各村取水点设置位置，由县消防救援大队统一施工。")]
    [InlineData("关于界桩补设工作的通知", "各乡镇人民政府：\n县自然资源局将统一补设村界界桩，请各乡镇报送需补设界桩的埋设位置。")]
    [InlineData("关于农村充电桩建设的通知", "各镇：\n电力公司将在部分行政村建设充电桩，请各镇汇总各村充电桩建设位置后报送县发改局。")]
    public void PlacedThingSite_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于农村应急广播终端巡检的通知", "各镇：\n各村广播管理员每天巡检终端，并上传巡检位置和现场照片。")]
    [InlineData("关于护林员巡山的通知", "各乡镇：\n各村护林员每日巡山时开启定位，实时上报巡山位置。")]
    [InlineData("关于垃圾桶清运巡查的通知", "各街道：\n各社区保洁员每天清运后拍照，报送垃圾桶清运位置和照片。")]
    public void WatchedPosition_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // A check-in offered with a reward to whoever makes it invites the public; none is put on the village.
    [Theory]
    [InlineData("关于在集市开展医保电子凭证推广活动的通知", "各村、镇直各单位：\n5月8日县医保局在镇集市设点推广医保电子凭证。群众现场激活凭证，扫码打卡即可领取毛巾一条。活动由医保局工作人员组织。")]
    [InlineData("关于开展全民健身日健步走活动的通知", "各社区：\n8月8日区体育局在滨江公园举办健步走活动。参加者沿途在5个点位签到，集满签到章可兑换纪念品。")]
    [InlineData("关于在赶集日开展防诈骗宣传的通知", "各村：\n县公安局将在集日设宣传点。赶集群众关注反诈公众号并拍照打卡后可参加抽奖。")]
    [InlineData("关于举办农家书屋阅读打卡活动的通知", "各村：\n县图书馆举办暑期阅读活动，读者在小程序连续打卡21天即可获得图书一本。")]
    public void RewardedPublicCheckIn_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于在集市开展医保电子凭证推广活动的通知", "各村：\n请各村组织村民到集市扫码打卡，每村不少于100人，打卡即可领取毛巾一条。")]
    [InlineData("关于村干部学习打卡的通知", "各村：\n村干部每天在学习APP打卡，连续打卡满30天可获得绩效加分。")]
    public void RewardedVillageCheckIn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 34 (helper s34-1): papers that stop, withdraw or cancel an earlier demand on the villages
/// (Document/WithdrawalPapers.cs). An approver's rule: a paper whose title (关于停止执行/撤回/暂停/叫停…的通知) or opening
/// (经研究，决定停止…) withdraws a demand lifts it wherever the body restates it — quoted, described as what an office
/// 布置的/提出的/实行的, listed as 原要求…, ended by its own later clause or by the next sentence (自即日起停止执行; 该做法…现予撤回;
/// 以上要求…停止执行), or what was done under it and is now disposed of (已上传的照片不作任何考核使用) — while what the paper newly
/// orders (改为…, 今后…, 请各村…), what it keeps for some (除…外) or restores later (恢复执行) is read as it stands. Each shape
/// is tried in lines of work other than the notices that showed it (health, civil affairs, agriculture, police, culture,
/// emergency, statistics, water, land, finance, education, market supervision), beside its twins that still fire. Every
/// sentence is written for these tests.
/// </summary>
public sealed class Phase34WithdrawalPapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // The demand the paper withdraws, restated in its body, and the negated or attributed forms of what replaces it.
    [Theory]
    [InlineData("关于停止执行村医每日定位打卡要求的通知", "各村：\n县卫健局3月印发的“村医每天上午8时前在健康通APP定位打卡”的要求，经局党组研究，自本通知印发之日起停止执行。\n某县卫生健康局", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止要求村委会出具赡养关系证明的通知", "各村（社区）：\n原要求各村（社区）为申请高龄津贴的老人出具赡养关系证明，现改为由民政所通过户籍信息直接核对。\n某县民政局", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于停止秸秆禁烧巡查照片报送的通知", "各村：\n今年5月镇农业服务中心布置的各村每天上传秸秆禁烧巡查照片和轨迹截图的做法，占用了村干部大量时间。经镇党委研究，自即日起停止执行。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    [InlineData("关于撤回各村治安巡逻签到要求的通知", "各村：\n春节期间，派出所在警务群中布置各村治安巡逻队每晚在小程序签到并发巡逻视频。经所务会审核，这一做法与减负规定不符，现予撤回，各村即日起不再签到。\n某派出所", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止签订汛期安全承诺书的通知", "各村：\n经镇防指研究，2025年起实行的各村汛期“不死一人”安全承诺书签订，以及与之配套的村干部汛期值守排名，自本通知下发之日起停止执行。\n某镇防汛抗旱指挥部", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于停止签订汛期安全承诺书的通知", "各村：\n经镇防指研究，2025年起实行的各村汛期“不死一人”安全承诺书签订，以及与之配套的村干部汛期值守排名，自本通知下发之日起停止执行。\n某镇防汛抗旱指挥部", PrecheckRules.AssessmentBan)]
    [InlineData("关于取消统计报表报送排名的通知", "各村：\n原要求：\n1.各村每月5日前报送农村住户调查台账；\n2.镇统计站按报送时间对各村排名通报。\n以上要求自即日起停止执行。\n某镇统计站", PrecheckRules.AssessmentBan)]
    [InlineData("关于暂停河长巡河打卡考核的通知", "各村：\n县河长办曾要求各村级河长每周在APP巡河打卡不少于3次，并按打卡次数对各村排名。经研究，自即日起暂停执行，恢复时间另行通知。\n某县河长制办公室", PrecheckRules.AppCheckIn)]
    [InlineData("关于暂停河长巡河打卡考核的通知", "各村：\n县河长办曾要求各村级河长每周在APP巡河打卡不少于3次，并按打卡次数对各村排名。经研究，自即日起暂停执行，恢复时间另行通知。\n某县河长制办公室", PrecheckRules.AssessmentBan)]
    [InlineData("关于农村乱占耕地建房排查工作的通知", "各村：\n经镇党委研究，决定撤回镇自然资源所4月下发的《关于各村包片巡查乱占耕地建房的通知》。该通知要求各村每天巡查拍照并对违建户当场责令停工，超出村级职责。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    [InlineData("关于撤回“村级代收医保费”安排的通知", "各村：\n镇财政所1月部署的“由村会计代收城乡居民医保费并统一缴存”的安排，经复核不符合规定，现予撤回。已代收的款项由财政所于本月底前结清。\n某镇财政所", PrecheckRules.ProhibitedItem)]
    [InlineData("关于叫停村级控辍保学包保责任书的通知", "各村：\n一、镇教育办年初要求各村与镇政府签订的控辍保学包保责任书，即日起废止。\n二、已签订的责任书由教育办收回，不作为考核依据。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于停止要求村委会开展食品安全检查的通知", "各村：\n前期市场监管所布置各村每周对辖区小餐饮开展食品安全检查并拍照上传，属于执法检查事项，村里无权开展。经所务会研究，现予停止。\n某市场监管所", PrecheckRules.ProhibitedItem)]
    [InlineData("关于停止要求村委会开展食品安全检查的通知", "各村：\n前期市场监管所布置各村每周对辖区小餐饮开展食品安全检查并拍照上传，属于执法检查事项，村里无权开展。经所务会研究，现予停止。\n某市场监管所", PrecheckRules.AppCheckIn)]
    [InlineData("关于规范村级应急值守的通知", "各村：\n经镇应急办研究，决定停止执行汛期各村每小时在工作群接龙报平安的规定。今后汛情信息由村级防汛责任人发现险情时直接电话报告。\n某镇应急管理办公室", PrecheckRules.AppCheckIn)]
    [InlineData("关于收回村级禁毒宣传视频报送要求的通知", "各村：\n3月份禁毒办在群里要求各村每周拍摄禁毒宣传视频发群打卡。该要求自即日起收回。\n某镇禁毒办", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止村级动物防疫免疫照片报送的通知", "各村：\n原要求各村防疫员每次免疫后拍照上传至“牧运通”平台，现改由乡畜牧站防疫人员统一录入。\n某乡畜牧兽医站", PrecheckRules.AppCheckIn)]
    [InlineData("关于叫停“文明村”创建申报的通知", "各村：\n上月镇宣传办布置的各村申报“文明村”创建的工作，经镇党委研究，即日起叫停。已报送的申报材料退回各村。\n某镇党委宣传办", PrecheckRules.Demonstration)]
    [InlineData("关于停止村级经济普查包片责任状的通知", "各村：\n过去镇统计站要求各村主任签订经济普查包片责任状，普查数据出错的村扣减绩效。自即日起，各村不再签订此类责任状。\n某镇统计站", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于撤回农家书屋借阅人次每周上报要求的通知", "各村：\n此前镇文化站要求各村每周上报农家书屋借阅人次并附借阅照片，该要求即日起撤回。已上传的照片不作任何考核使用。\n某镇综合文化站", PrecheckRules.AppCheckIn)]
    [InlineData("关于取消村级签约率排名的通知", "各村：\n原由镇卫生院每月对各村家庭医生签约率进行排名通报，现改为卫生院每季度向各村反馈签约服务情况。\n某镇卫生院", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止执行村医定位打卡要求的通知", "各村：\n县卫健局3月印发的村医每天定位打卡要求，自即日起停止执行。今后任何科室不得再要求村医定位打卡。\n某县卫生健康局", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止村级动物防疫照片报送的通知", "各村：\n原要求各村防疫员每次免疫后拍照上传，现改由乡畜牧站防疫人员统一拍照上传至平台。\n某乡畜牧兽医站", PrecheckRules.AppCheckIn)]
    public void RestatedWithdrawnDemand_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // What a withdrawal paper newly orders, keeps for some or restores; a sanction title; a paper that withdraws nothing.
    [Theory]
    [InlineData("关于停止村级纸质巡河台账的通知", "各村：\n自即日起停止纸质巡河台账，改为各村河长每日在APP拍照上传巡河轨迹。\n某镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止人口变动月报的通知", "各村：\n原要求各村每月报送人口变动表，现改为每天18时前截图发群。\n某乡综治中心", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止执行村医定位打卡要求的通知", "各村：\n县卫健局3月印发的村医每天定位打卡要求，自即日起停止执行。今后村医每天在工作群发送诊疗现场照片。\n某县卫生健康局", PrecheckRules.AppCheckIn)]
    [InlineData("关于撤回农家书屋借阅人次上报要求的通知", "各村：\n此前要求各村每周上报借阅人次的做法即日撤回，请各村每天在群里接龙报送书屋开放情况并附照片。\n某镇综合文化站", PrecheckRules.AppCheckIn)]
    [InlineData("关于暂停河长巡河打卡的通知", "各村：\n此前要求各村每周在APP巡河打卡不少于3次的要求暂停执行，汛期结束后恢复执行。\n某镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("关于取消部分村年度评优资格的通知", "各村：\n此前未按要求每天在平台打卡的村，取消年度评优资格。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    [InlineData("关于巡河工作的通知", "各村：\n此前镇里要求各村每周在APP巡河打卡，各村要继续坚持，打卡次数纳入月度排名。\n某镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止纸质台账的通知", "各村：\n各村每天在“平安通”定位打卡并上传巡查照片。纸质台账自即日起停止报送。\n某镇综治中心", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止周报的通知", "各村：\n请各村每天在工作群接龙报送安全生产巡查照片，原周报自即日起停止。\n某镇应急办", PrecheckRules.AppCheckIn)]
    [InlineData("关于规范村级考核的通知", "各村：\n经镇党委研究，决定停止季度考核，改为每月对各村工作进行排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    [InlineData("关于责令停止违规采砂的通知", "各村：\n请各村对辖区河道每天巡查，发现违规采砂的当场责令停止，并拍照上传至镇执法队。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止出具居住证明的通知", "各村（社区）：\n原要求社区为外来务工人员出具居住证明，现改为由社区出具无犯罪记录证明。\n某街道办事处", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于取消统计报表报送排名的通知", "各村：\n原要求：\n1.镇统计站按报送时间对各村排名通报。\n以上要求自即日起停止执行。\n今后各村每月报送台账时须附村干部现场照片。\n某镇统计站", PrecheckRules.AppCheckIn)]
    [InlineData("关于撤回生存认证照片报送要求的通知", "各村：\n前期各村上报的生存认证照片不符合要求，请各村于本周五前重新拍照上传。\n某镇社保所", PrecheckRules.AppCheckIn)]
    [InlineData("关于清理村内乱堆乱放的通知", "各村：\n前期各村已排查的乱堆乱放点位，请于月底前清理完毕，清理前后照片上传至镇环境办。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止河长巡河打卡的通知", "各村：\n此前要求各村每周在APP巡河打卡的做法，除沿河5个村外，自即日起停止执行。\n某镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("关于清理不规范地名标牌的通知", "各村：\n请各村于月底前在村口统一设置地名标牌，标牌样式由镇民政办统一设计。\n某镇人民政府", PrecheckRules.Signboard)]
    // (coordinator's mends) kept for some in the next sentence; the ended thing signed again; the body stops another thing.
    [InlineData("关于取消村级低保复核照片报送要求的通知", "各村：\n去年民政办要求各村每月上传低保户入户复核照片。自即日起取消该要求，城郊两个村保留。\n某镇民政办", PrecheckRules.AppCheckIn)]
    [InlineData("关于废止安全生产承诺书的通知", "各村：\n原安全生产承诺书自本月起废止，已签的承诺书交回安监办，由各村主任按新格式重签后报镇政府。\n某镇人民政府", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于取消村级疫苗接种照片报送的通知", "各村：\n此前卫生院要求各村每天上报入户动员接种照片。自下月起不再报送纸质花名册。\n某镇卫生院", PrecheckRules.AppCheckIn)]
    public void NewOrKeptDemand_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 31 (helper s31-2): papers that relieve, correct or change a demand (Document/ChangedDemands.cs). What a
/// paper ends, deletes or narrows is named only to end it; what it newly asks is read as it stands. Each quieting shape is
/// tried in lines of work the corpus does not cover (a hospital, a water company, a university, a court, an insurer, a
/// museum, a logistics firm, a school), beside the same shape dressing a demand on the villages, which fires. Every sentence
/// is written for these tests.
/// </summary>
public sealed class Phase31ChangedDemandsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // A clause announcing that the paper changes what it names (对…作如下调整, 现将…修改如下) names the matter changed.
    [Theory]
    // a hospital to its departments
    [InlineData("关于调整家庭医生团队考评办法的通知", "各临床科室：\n经院务会研究，对社区卫生服务站家庭医生团队的考核作如下调整：\n一、取消以小程序签到次数考核团队的做法。\n二、团队履职以签约居民满意度为主要依据。\n市第三人民医院", PrecheckRules.AssessmentBan)]
    public void AnnouncedChange_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a water company to its offices
    [InlineData("关于调整抄表员考核方式的通知", "各营业所：\n公司决定自7月起对村级抄表员的考核方式作出以下调整：不再以微信群上传抄表照片计分，改由营销系统自动比对读数。\n某县自来水有限公司", PrecheckRules.AssessmentBan)]
    public void AnnouncedChange_2_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a university to its schools
    [InlineData("关于修改驻村工作队考评办法的通知", "各学院：\n现将学校驻村帮扶工作队考评办法修改如下：\n1. 取消每周在群内发送驻村照片的要求；\n2. 考评以帮扶成效为主。\n某农业大学", PrecheckRules.AssessmentBan)]
    public void AnnouncedChange_3_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // the announced change ranks the villages
    [InlineData("关于调整各村年度考核的通知", "各村（社区）：\n自下月起对各村考核作如下调整：每月按各村上传的工作照片张数排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    public void AnnouncedChange_4_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // the villages are asked to make the change
    [InlineData("关于网格员考核的通知", "各村：\n各村要对本村网格员考核办法作如下调整：网格员每天在APP签到打卡两次，截图发到工作群。\n某镇综治办", PrecheckRules.AppCheckIn)]
    public void AnnouncedChange_5_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // the change's own words after the colon ask check-ins
    [InlineData("关于调整河长考核办法的通知", "各村：\n现将村河长考核办法调整如下：每周在APP上传巡河照片至少3次，按次数排名通报。\n某镇河长办", PrecheckRules.AppCheckIn)]
    public void AnnouncedChange_6_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A quotation of a paper's words that a verb deletes or ends is the provision removed.
    [Theory]
    // a court corrects its notice
    [InlineData("关于人民陪审员选任公告的更正", "本院3月5日发布的人民陪审员选任公告中“需提供居住地村委会开出的无违法犯罪证明”一项予以删除，候选人情况由本院向公安机关核查。\n特此更正。\n某县人民法院", PrecheckRules.ProhibitedCertificate)]
    public void QuotedDeletion_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // an insurer deletes an article
    [InlineData("关于修改农房保险理赔须知的通知", "各营销服务部：\n我公司《农房保险理赔须知》第七条“理赔时须交村委会开的受灾情况证明”现予删除，改由查勘员现场核定。\n某财产保险公司县支公司", PrecheckRules.ProhibitedCertificate)]
    public void QuotedDeletion_2_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a museum deletes an article of its rules
    [InlineData("关于修订志愿讲解员招募办法的通知", "删去《志愿讲解员招募办法》第五条“报名者须附户籍地社区出具的品行证明”，其余条款不变。\n某市博物馆", PrecheckRules.ProhibitedCertificate)]
    public void QuotedDeletion_3_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a logistics firm drops a clause of its agreement
    [InlineData("关于修订网点合作协议的说明", "原合作协议第三条中“由网点所处村的村委会负责代收快递费”的表述一并取消，快递费由网点自行收取。\n某物流公司县分部", PrecheckRules.ProhibitedItem)]
    public void QuotedDeletion_4_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // the replacement quoted after 改为
    [InlineData("关于修订志愿讲解员招募办法的通知", "删去《志愿讲解员招募办法》第五条“报名者须附户籍地社区出具的无犯罪证明”，改为“报名者须附户籍地村委会开的现实表现证明”。\n某市博物馆", PrecheckRules.ProhibitedCertificate)]
    public void QuotedDeletion_5_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // a quoted item kept, not deleted
    [InlineData("关于招聘公告的补充说明", "各村：\n招聘公告中“须交村委会开的无犯罪记录的证明”一项继续有效，请各村按时开具。\n某镇人社所", PrecheckRules.ProhibitedCertificate)]
    public void QuotedDeletion_6_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // a quotation added, the other one deleted
    [InlineData("关于修订考核细则的通知", "各村：\n在《村级考核细则》中增加“各村每天往工作群上传巡逻照片”一项，删除“每月报送纸质台账”一项。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    public void QuotedDeletion_7_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A practice named as such and ended in its clause.
    [Theory]
    // a school's chat
    [InlineData("班主任群消息", "各位班主任：学校通知，原先每晚在家长群发学生到家定位截图的要求从下周起取消了，家校联系照常电话沟通。——德育处 王老师", PrecheckRules.AppCheckIn)]
    public void PracticeEnded_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a hospital's rule repealed
    [InlineData("关于废止陪护签到规定的通知", "各病区：\n陪护人员每天在小程序签到打卡的规定，自即日起一律废止。\n某县人民医院", PrecheckRules.AppCheckIn)]
    public void PracticeEnded_2_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // ended, then replaced
    [InlineData("村网格员群消息", "各位网格员：原来每天往群里发巡逻照片这种做法从下周起取消了，改为每天在小程序打卡定位并上传照片。——某村书记", PrecheckRules.AppCheckIn)]
    public void PracticeEnded_3_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // kept, not ended
    [InlineData("村网格员群消息", "各位网格员：每天往群里发巡逻照片这种做法要坚持下去，谁漏发就通报。——某村书记", PrecheckRules.AppCheckIn)]
    public void PracticeEnded_4_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A cited basis that regulates a practice names it.
    [Theory]
    // a health-insurance bureau
    [InlineData("关于取消门诊慢特病认定证明材料的公告", "根据规范村组织开具证明的要求，市医保局认定慢特病门诊待遇时不再要求交村委会开的病情证明。\n某市医疗保障局", PrecheckRules.ProhibitedCertificate)]
    public void RegulatingBasis_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // the next clause asks the certificate
    [InlineData("关于办理高龄津贴的通知", "各村：\n根据规范村组织开证明的要求，各村委会要为申请人出具健在证明，每季度一次。\n某镇民政办", PrecheckRules.ProhibitedCertificate)]
    public void RegulatingBasis_2_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // 规范 as the norm that asks
    [InlineData("关于健在证明的通知", "各村：\n按照规范要求村委会开健在证明的规定，各村每年为高龄老人开具一次。\n某镇民政办", PrecheckRules.ProhibitedCertificate)]
    public void RegulatingBasis_3_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // What a clause states is over.
    [Theory]
    // a water group closes its points
    [InlineData("关于撤销村级代收点的通知", "各供水站：\n随着移动支付普及，各村水费代收点已经完成历史使命，自即日起撤销。\n某县水务集团", PrecheckRules.ProhibitedItem)]
    public void StatedEnd_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a later clause asks the villages to collect
    [InlineData("关于医保费代收的通知", "各村：\n各村级代收点已经完成历史使命，但今年居民医保费仍由各村委会负责代收。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void StatedEnd_2_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // The heading of what the village may issue.
    [Theory]
    // allowed papers listed under it
    [InlineData("关于证明事项的告知", "一、社区可开具的证明事项\n1. 居住证明；\n2. 困难学生家庭情况证明。\n某区民政局", PrecheckRules.ProhibitedCertificate)]
    public void MayIssueHeading_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // banned papers listed under it
    [InlineData("关于证明事项的告知", "各村：\n二、村委会可予出具的证明\n1. 健在证明；\n2. 无犯罪记录证明。\n某区某部门", PrecheckRules.ProhibitedCertificate)]
    public void MayIssueHeading_2_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // the heading line names banned papers itself
    [InlineData("关于证明事项的告知", "一、村委会可予出具的证明：健在证明、无犯罪记录证明。\n二、村委会要按群众需要随时出具。\n某区某部门", PrecheckRules.ProhibitedCertificate)]
    public void MayIssueHeading_3_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A past act named to settle or return it once the paper ends it.
    [Theory]
    // a water group settles what was collected
    [InlineData("关于停止由村代收污水费的通知", "各乡镇：\n自7月1日起，各村不再代收污水处理费。此前已代收尚未缴库的费用，于6月30日前与水务集团结清。\n某县水务集团", PrecheckRules.ProhibitedItem)]
    public void WoundDown_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // an education bureau has the fees returned
    [InlineData("关于规范校服征订的通知", "各中小学：\n学校一律不得委托村委会收取校服费，已收取的费用要全部退还学生家长。\n某县教育局", PrecheckRules.ProhibitedItem)]
    public void WoundDown_2_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // an insurer: those who already asked need not ask again
    [InlineData("关于理赔材料的说明", "各理赔网点：\n参保人办理身故理赔无需交村委会开的死亡证明。已到村委会开了死亡证明的，村委会不必再出具。\n某人寿保险公司", PrecheckRules.ProhibitedCertificate)]
    public void WoundDown_3_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // nothing ended: the collected money is handed up monthly
    [InlineData("关于医保费上缴的通知", "各村：\n此前已代收的医保费要于每月5日前上缴镇财政所。\n某镇财政所", PrecheckRules.ProhibitedItem)]
    public void WoundDown_4_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // a later clause asks again
    [InlineData("关于水费代收的通知", "各村：\n各村不再代收水费。此前代收的水费于月底前上缴，今后各村要继续按月代收污水处理费。\n某镇人民政府", PrecheckRules.ProhibitedItem)]
    public void WoundDown_5_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // asked again every year
    [InlineData("关于健在证明的通知", "各村：\n已开过健在证明的老人，每年还须到村委会重新开具一次。\n某镇民政办", PrecheckRules.ProhibitedCertificate)]
    public void WoundDown_6_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // only an overcharge refunded
    [InlineData("关于保险费的通知", "各村：\n村委会已代收的保险费，如有多收，予以退还。\n某镇财政所", PrecheckRules.ProhibitedItem)]
    public void WoundDown_7_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // What some units did, told when a later sentence forbids the same act.
    [Theory]
    // a housing bureau to property firms
    [InlineData("关于规范物业收费行为的通知", "各物业服务企业：\n近期个别小区物业对装修业主收取“保证金罚款”，引起业主投诉。现明确：物业企业不是执法主体，一律不得对业主罚款。\n某区住建局", PrecheckRules.ProhibitedItem)]
    public void RecountedThenForbidden_1_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a hospital to its wards
    [InlineData("关于规范病区管理的通知", "各病区：\n前段时间有的病区对陪护家属收取罚款，群众反映强烈。今后一律不得对陪护家属罚款。\n某县人民医院", PrecheckRules.ProhibitedItem)]
    public void RecountedThenForbidden_2_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // a failure told, and the act demanded
    [InlineData("关于规范婚丧办宴管理的通知", "各村：\n近期个别村未按要求对超标办宴的农户收取罚款。各村要对超标办宴的农户一律罚款。\n某乡人民政府", PrecheckRules.ProhibitedItem)]
    public void RecountedThenForbidden_3_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // praised and spread
    [InlineData("关于规范婚丧办宴管理的通知", "各村：\n近期个别村对超标办宴的农户收取罚款，效果很好。各村要学习推广，对超标办宴的农户收取罚款。\n某乡人民政府", PrecheckRules.ProhibitedItem)]
    public void RecountedThenForbidden_4_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // kept for one village: the practice is not ended for certain
    [InlineData("关于巡查照片的通知", "各村：\n每天把巡查照片发到工作群的要求自下周起停止，东岭村保留。\n某镇综治办", PrecheckRules.AppCheckIn)]
    public void PracticeEnded_KeptForSome_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // A clause that cuts the count of what it names (由 N 项压减至 M 项) states a clean-up's result.
    [Theory]
    // a hospital's own assessment of its departments
    [InlineData("关于精简科室考核指标的通知", "各临床科室：\n经院党委会研究，全院对临床科室的考核指标由32项精简为9项，具体指标见附件。\n某市中心医院", PrecheckRules.AssessmentBan)]
    // a power company's checks of its stations
    [InlineData("关于公布检查事项清理情况的函", "各供电所：\n经清理，公司对供电所的检查考核事项从20个压减到5个。\n某县供电公司", PrecheckRules.AssessmentBan)]
    public void CountCut_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // the count is cut, and a later clause ranks the villages
    [InlineData("关于精简各村考核的通知", "各村：\n对各村的考核事项由12项压减至6项，每季度给各村排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    // a frequency cut is no count of items: the yearly ranking stands
    [InlineData("关于精简各村考核的通知", "各村：\n对各村的考核由每季度一次压减至每年一次，年底对各村排名通报。\n某镇人民政府", PrecheckRules.AssessmentBan)]
    public void CountCut_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);
}

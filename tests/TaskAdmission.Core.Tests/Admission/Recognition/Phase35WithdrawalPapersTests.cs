using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 35 (helper s35-1): papers that stop, withdraw, cancel, abolish or revoke an earlier demand, read as a
/// county approver reads them — "a paper whose point is to end a demand puts nothing on the village except what it newly
/// orders" — in the shapes phase 34 did not read (Document/WithdrawalPapers.cs, Document/BoardRemoval.cs):
/// (A) the ending verb points back at the demand by a noun (取消该排名通报, 决定废止该办法, 撤销上述要求, 停止这项做法);
/// (B) a sentence between only judges what the one before told (该做法加重了村级负担。经研究，…停止执行。);
/// (C) an earlier paper's demand recounted with its own words of asking (…印发的《…办法》，规定各村须…); (D) a list of what is
/// ended after a forward reference (决定废止以下两项要求：一是…；二是…; 现将下列事项予以取消：⏎1.…); (E) a board already put up
/// that the clause takes down (已制作悬挂的…牌匾由各村自行取下). Each shape is tried in lines of work other than the notices
/// that showed it, beside the twins that still fire: what the paper newly orders (改为, 今后, 请各村), what it keeps for some
/// villages, a sanction (取消该村评优资格), a board put up anew. Every sentence is written for these tests.
/// </summary>
public sealed class Phase35WithdrawalPapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // (A) verb + 该/上述/这项 + a demand's noun, in the next sentence or in a later clause of the same one.
    [InlineData("关于取消家庭医生签约率村级排名的通知", "各村：\n去年以来，镇卫生院每月对各村家庭医生签约率进行排名通报。经院务会研究，自下月起取消该排名通报。\n某镇卫生院", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止低保户走访照片报送的通知", "各村：\n今年3月民政办要求各村每周上传低保户走访照片。经研究，民政办决定即日起停止上述要求。\n某镇民政办", PrecheckRules.AppCheckIn)]
    [InlineData("关于废止村级河长巡河打卡办法的通知", "各村：\n2024年镇河长办制定的办法要求各村河长每天在APP巡河打卡。按照减负要求，镇河长办决定废止该办法。\n某镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("关于撤销耕地保护责任书签订要求的通知", "各村：\n年初镇自然资源所要求各村主任签订耕地保护责任书。经所务会研究，现撤销该项要求。\n某镇自然资源所", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于取消农家书屋借阅量排名的通知", "各村：\n镇文化站每季度按借阅量对各村农家书屋排名通报，经站务会研究，自即日起取消该排名通报。\n某镇综合文化站", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止治安巡逻签到的通知", "各村：\n此前派出所要求各村巡逻队每晚在小程序签到。所务会研究后决定停止这项做法。\n某派出所", PrecheckRules.AppCheckIn)]
    // (B) a sentence that only judges what the one before told passes the ending on.
    [InlineData("关于停止村医每日定位打卡的通知", "各村：\n今年起县卫健局要求村医每天在APP定位打卡。该做法与村医出诊工作冲突，增加了村级负担。经局党组研究，自下月起停止执行。\n某县卫生健康局", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止秸秆禁烧巡查照片报送的通知", "各村：\n去年秋收期间镇农业站要求各村每日上传禁烧巡查照片。这一做法与县里的卫星监测重复。经研究，即日起停止执行。\n某镇农业站", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止统计报表报送排名的通知", "各村：\n镇统计站每月按报表报送时间对各村排名。上述做法不符合减负规定。经站务会研究，自本月起取消。\n某镇统计站", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止签订殡葬改革责任书的通知", "各村：\n2025年镇民政办要求各村主任签订殡葬改革责任书。该要求超出了村级职责范围。现予撤回。\n某镇民政办", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于停止广场舞活动视频报送的通知", "各村：\n镇文化站要求各村每周上传广场舞活动视频。此类做法加重了村干部负担，群众也有意见。经站务会研究，即日起停止执行；原文体活动群保留，仅用于发布通知。\n某镇综合文化站", PrecheckRules.AppCheckIn)]
    // (C) an earlier paper's demand told with its own 须/务必/必须.
    [InlineData("关于废止《村级卫生室巡查考核办法》的通知", "各村：\n镇卫生院2025年印发的《村级卫生室巡查考核办法》，规定各村须每周拍照上传卫生室巡查记录并参加全镇排名。经院务会研究，决定自即日起废止该办法。\n某镇卫生院", PrecheckRules.AppCheckIn)]
    [InlineData("关于废止《村级卫生室巡查考核办法》的通知", "各村：\n镇卫生院2025年印发的《村级卫生室巡查考核办法》，规定各村须每周拍照上传卫生室巡查记录并参加全镇排名。经院务会研究，决定自即日起废止该办法。\n某镇卫生院", PrecheckRules.AssessmentBan)]
    [InlineData("关于废止村级应急值守规定的通知", "各村：\n镇应急办去年下发通知，要求各村值班人员必须每两小时在群里发定位。经研究，镇应急办决定废止上述规定。\n某镇应急办", PrecheckRules.AppCheckIn)]
    [InlineData("关于废止《村级调解室建设标准》的通知", "各村：\n县司法局2024年制发的《村级调解室建设标准》，规定各村须在村部门口悬挂调解室牌子。根据清理村级机制牌子的要求，县司法局决定即日起废止该标准。\n某县司法局", PrecheckRules.Signboard)]
    [InlineData("关于停止执行控辍保学包保责任状的通知", "各村：\n县教育局3月印发的通知规定，各村主任务必与镇政府签订控辍保学包保责任状。经局党组研究，自即日起停止执行该规定。\n某县教育局", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于废止村级林长巡林考核细则的通知", "各村：\n县林业局去年出台的考核细则明确，各村林长应当每周在APP上传巡林轨迹。经局党组研究，该细则自即日起废止。\n某县林业局", PrecheckRules.AppCheckIn)]
    // (D) a list after a forward reference: items in one sentence, items on lines.
    [InlineData("关于废止部分村级卫生工作要求的通知", "各村：\n经院务会研究，决定废止以下两项要求：一是要求村医每天在APP定位签到的规定；二是要求各村卫生室门口悬挂家庭医生工作站牌子的规定。\n某镇卫生院", PrecheckRules.AppCheckIn)]
    [InlineData("关于废止部分村级卫生工作要求的通知", "各村：\n经院务会研究，决定废止以下两项要求：一是要求村医每天在APP定位签到的规定；二是要求各村卫生室门口悬挂家庭医生工作站牌子的规定。\n某镇卫生院", PrecheckRules.Signboard)]
    [InlineData("关于取消部分河湖管护要求的通知", "各村：\n经镇河长办研究，现将下列事项予以取消：\n1.各村河长每周在APP巡河打卡不少于3次；\n2.镇河长办按巡河次数对各村排名通报。\n某镇河长办", PrecheckRules.AppCheckIn)]
    [InlineData("关于取消部分河湖管护要求的通知", "各村：\n经镇河长办研究，现将下列事项予以取消：\n1.各村河长每周在APP巡河打卡不少于3次；\n2.镇河长办按巡河次数对各村排名通报。\n某镇河长办", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止部分警务协作事项的通知", "各村：\n所务会决定停止以下做法：其一，各村治安员每晚在群里发巡逻定位；其二，派出所每月对各村治安巡逻情况排名。\n某派出所", PrecheckRules.AppCheckIn)]
    [InlineData("关于撤销部分耕地保护要求的通知", "各村：\n经所务会研究，决定撤销以下要求：一是各村主任签订耕地保护责任书；二是各村每周上传耕地巡查照片。\n某镇自然资源所", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于取消部分文化工作要求的通知", "各村：\n经镇党委研究，决定取消下列要求：\n（一）各村每月上传文化活动照片；\n（二）镇文化站对各村文化活动开展情况排名通报。\n某镇综合文化站", PrecheckRules.AssessmentBan)]
    // (E) a board already up that the clause takes down.
    [InlineData("关于撤销村级健康小屋牌子的通知", "各村：\n根据清理村级机制牌子的要求，已悬挂的“健康小屋”牌子和展板请各村于月底前自行摘除。\n某镇卫生院", PrecheckRules.Signboard)]
    [InlineData("关于撤销河长工作站牌子的通知", "各村：\n经研究，已制作安装的“河长工作站”标牌由各村自行拆除。\n某镇河长办", PrecheckRules.Signboard)]
    [InlineData("关于撤销村级警务室牌子的通知", "各村：\n各村已经挂出的“警务室”牌匾，由村委会取下后交派出所。\n某派出所", PrecheckRules.Signboard)]
    [InlineData("关于撤销婚姻登记服务点标识的通知", "各村：\n各村已张贴悬挂的“婚姻登记服务点”标识和展板一律撤除。\n某县民政局", PrecheckRules.Signboard)]
    [InlineData("关于废止村级卫生星级评定办法的通知", "各村：\n该办法自即日起废止，已悬挂的“卫生星级村”牌子由各村自行处理。\n某县爱卫办", PrecheckRules.Signboard)]
    [InlineData("关于撤销文化大院牌子的通知", "各村：\n已悬挂的“文化大院”牌子和制度牌统一由镇文化站收回。\n某镇综合文化站", PrecheckRules.Signboard)]
    // (F) the paper's own act said again in the body over its matter; a title's year before the act.
    [InlineData("关于终止“健康示范村”创建活动的通知", "各村：\n根据清理创建示范活动的要求，县卫健局决定终止“健康示范村”创建活动，各村不再报送创建材料。\n某县卫生健康局", PrecheckRules.Demonstration)]
    [InlineData("关于停止“节水示范村”评选的通知", "各村：\n经研究，2027年起停止开展“节水示范村”评选。\n某县水利局", PrecheckRules.Demonstration)]
    [InlineData("关于2027年度取消村级“孝老爱亲示范村”评定的通知", "各村：\n经县民政局党组研究，2027年度取消“孝老爱亲示范村”评定，已申报的材料不再审核。\n某县民政局", PrecheckRules.Demonstration)]
    [InlineData("关于停止“书香示范村”创建验收的通知", "各村：\n根据县委减负办意见，县文旅局原定于11月开展的“书香示范村”创建验收停止进行。\n某县文化和旅游局", PrecheckRules.Demonstration)]
    [InlineData("关于终止“平安示范村”星级评定的通知", "各村：\n按照减负要求，县公安局决定终止“平安示范村”星级评定工作。\n某县公安局", PrecheckRules.Demonstration)]
    [InlineData("关于2026年起取消村级农技推广排名的通知", "各村：\n经局党组研究，自2026年起取消对各村农技推广工作的排名通报。\n某县农业农村局", PrecheckRules.AssessmentBan)]
    [InlineData("关于终止“节水示范村”评选的通知", "各村：\n经研究，2027年起终止“节水示范村”评选。确需保留的法定事项按程序报批。\n某县水利局", PrecheckRules.Demonstration)]
    public void EndedDemand_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // (A) twins: kept for some; replaced by a new order; a sanction on a village; an order to someone to stop.
    [InlineData("关于取消家庭医生签约率村级排名的通知", "各村：\n去年以来，镇卫生院每月对各村家庭医生签约率进行排名通报。自下月起取消该排名通报，签约率低于六成的村保留。\n某镇卫生院", PrecheckRules.AssessmentBan)]
    [InlineData("关于取消家庭医生签约率月度排名的通知", "各村：\n去年以来，镇卫生院每月对各村家庭医生签约率进行排名通报。自下月起取消该排名通报，改为每周对各村签约率排名。\n某镇卫生院", PrecheckRules.AssessmentBan)]
    [InlineData("关于取消部分村评优资格的通知", "各村：\n去年镇里要求各村每天在平台打卡。未按要求打卡的村，取消该村评优资格。\n某镇人民政府", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止治安巡逻签到的通知", "各村：\n此前派出所要求各村巡逻队每晚在小程序签到。所务会研究后决定停止这项做法，今后各村巡逻队每晚在群里发巡逻视频。\n某派出所", PrecheckRules.AppCheckIn)]
    // (B) twins: the sentence between orders; the ending keeps it for some villages, in its own part or after a semicolon.
    [InlineData("关于停止纸质巡查台账的通知", "各村：\n今年起县卫健局要求村医每天在APP定位打卡。该做法要继续坚持，请各村督促村医按时打卡。经研究，纸质台账停止执行。\n某县卫生健康局", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止秸秆禁烧巡查照片报送的通知", "各村：\n去年秋收期间镇农业站要求各村每日上传禁烧巡查照片。这一做法与县里的卫星监测重复。经研究，除沿河各村外，即日起停止执行。\n某镇农业站", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止广场舞活动视频报送的通知", "各村：\n镇文化站要求各村每周上传广场舞活动视频。此类做法加重了村干部负担。经站务会研究，即日起停止执行；城关三个村保留。\n某镇综合文化站", PrecheckRules.AppCheckIn)]
    // (C) twins: the earlier paper kept; a replacement said in the recounting sentence.
    [InlineData("关于废止《村级调解室建设标准》的通知", "各村：\n县司法局制发的《村级调解室建设标准》，规定各村须在村部门口悬挂调解室牌子。该标准继续有效，请各村对照落实。\n某县司法局", PrecheckRules.Signboard)]
    [InlineData("关于废止《村级卫生室巡查考核办法》的通知", "各村：\n镇卫生院印发的《村级卫生室巡查考核办法》，规定各村每月报送纸质记录，现须每天拍照上传卫生室巡查照片。经院务会研究，原办法废止。\n某镇卫生院", PrecheckRules.AppCheckIn)]
    // (D) twins: a new order after the list; an item that replaces; a list kept for some.
    [InlineData("关于废止部分村级卫生工作要求的通知", "各村：\n经院务会研究，决定废止以下两项要求：一是村医纸质出诊登记；二是村卫生室月度自查表。今后村医每天在APP定位签到并上传出诊照片。\n某镇卫生院", PrecheckRules.AppCheckIn)]
    [InlineData("关于撤销部分耕地保护要求的通知", "各村：\n经所务会研究，决定撤销以下要求：一是纸质巡查台账；二是改为各村每天在APP上传耕地巡查照片。\n某镇自然资源所", PrecheckRules.AppCheckIn)]
    [InlineData("关于停止部分警务协作事项的通知", "各村：\n所务会决定停止以下做法：其一，各村治安员每晚在群里发巡逻定位（城区三个村保留）；其二，派出所每月对各村治安巡逻情况排名。\n某派出所", PrecheckRules.AppCheckIn)]
    // (E) twins: a board taken down and put up anew; a board to be hung.
    [InlineData("关于更换村级健康小屋牌子的通知", "各村：\n已悬挂的“健康小屋”牌子由各村摘除后统一更换为新牌子。\n某镇卫生院", PrecheckRules.Signboard)]
    [InlineData("关于河长工作站牌子的通知", "各村：\n已悬挂的旧标牌请各村拆除，同时在村部悬挂“河长工作站”新标牌。\n某镇河长办", PrecheckRules.Signboard)]
    [InlineData("关于卫生星级村牌子的通知", "各村：\n已悬挂的“卫生星级村”旧牌子由各村自行处理，并按新样式制作悬挂新牌子。\n某县爱卫办", PrecheckRules.Signboard)]
    [InlineData("关于警务室牌子的通知", "各村：\n“警务室”牌匾请各村于月底前悬挂，旧牌子自行取下。\n某派出所", PrecheckRules.Signboard)]
    // (F) twins: a new creation ordered after the ending; kept for some villages; the act kept, not ended.
    [InlineData("关于终止“健康示范村”创建活动的通知", "各村：\n县卫健局决定终止“健康示范村”创建活动，改为开展“健康标杆村”创建，请各村于月底前报送创建方案。\n某县卫生健康局", PrecheckRules.Demonstration)]
    [InlineData("关于终止“节水示范村”评选的通知", "各村：\n经研究，2027年起终止“节水示范村”评选，城关三个村保留。\n某县水利局", PrecheckRules.Demonstration)]
    [InlineData("关于停止“书香示范村”创建验收的通知", "各村：\n县文旅局原定于11月开展的“书香示范村”创建验收照常进行，请各村做好迎检准备。\n某县文化和旅游局", PrecheckRules.Demonstration)]
    [InlineData("关于终止“节水示范村”评选的通知", "各村：\n经研究，2027年起终止“节水示范村”评选。沿河三个村保留。\n某县水利局", PrecheckRules.Demonstration)]
    public void NewOrKeptDemand_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);
}

using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 33 (helper s33-3): banned demands no reader caught in notices written by authors who never saw the code.
/// Who acts when a body only asks (督查组要求…, 强调…要…, 交办), where an inspection's finding ends and its demand begins,
/// whom a ranking ranks when only a later clause names the villages it sorts out, who issues a paper that is attached
/// (须附村委会的书面意见), and banned acts said in everyday words (查封, 叫挖机推平, 把他…拉走, 扣下个税, 当面收取, 市场秩序的监管
/// 职责, 拍个…发我, a long quoted board name). Each rule is tried in several lines of work, and beside it the twins that must
/// stay quiet: negated, given to another body, told as a finding or the body's own act. Every sentence is written for
/// these tests.
/// </summary>
public sealed class Phase33UncaughtDemandsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A body followed by its demand, with no one named after it, asks for the act; the villages the paper speaks to do it.
    [InlineData("关于家庭医生随访的通知", "各村：\n县卫健局督导组要求，每天入户随访后拍照上传至工作群。")]
    [InlineData("关于走访独居老人的通知", "各社区：\n区民政局检查组在检查中要求每周报送走访老人照片。")]
    [InlineData("关于河长制巡河的通知", "各村：\n县水利局督查组要求，河道每日巡查后拍照发群。")]
    [InlineData("关于文化书屋开放的通知", "各社区：\n市文旅局检查组要求每天在平台打卡签到。")]
    [InlineData("关于督查反馈的通知", "各村：\n县督查组在检查中发现部分村巡查不到位。督查组要求每天拍照上传巡查照片。")]
    // A body that says what must be done (强调, 指出) when the act's clause lays a duty; one that hands it down (交办).
    [InlineData("关于督查反馈的通知", "各村：\n县督查组强调，每天要拍照上传巡查照片。")]
    [InlineData("关于督查反馈的通知", "各村：\n督查组交办：每天巡查后拍照上传工作群。")]
    [InlineData("关于督查反馈的通知", "各村：\n据督查组反馈，今后巡查须拍照上传工作群。")]
    public void ABodysDemand_IsNotItsAct_CheckIn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于违建整治的通知", "各村：\n县自然资源局督导组要求每月对新增违建一律强制拆除。")]
    public void ABodysDemand_IsNotItsAct_Enforcement_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于禁毒工作的通知", "各村：\n县公安局督导组要求，签订禁毒工作责任书。")]
    public void ABodysDemand_IsNotItsAct_Pledge_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The body asks another body by name; it no longer asks; the paper is sent to the clinics, whose act it is; the body acts
    // on a demand it was given (按要求).
    [InlineData("关于家庭医生随访的通知", "各村：\n县卫健局督导组要求乡镇卫生院每天入户随访后拍照上传至工作群。")]
    [InlineData("关于家庭医生随访的通知", "各村：\n县卫健局督导组不再要求每天入户随访后拍照上传。")]
    [InlineData("关于家庭医生随访的通知", "各乡镇卫生院：县卫健局督导组要求，每天入户随访后拍照上传。")]
    [InlineData("文旅局检查组工作纪实", "市文旅局检查组按要求每天在平台打卡签到，记录检查行程。")]
    [InlineData("关于督查反馈的通知", "各村：\n县督查组要求，今后不得要求村干部每天拍照上传巡查照片。")]
    [InlineData("关于督查反馈的通知", "各村：\n县督查组要求，各乡镇不得要求各村每天拍照上传巡查照片。")]
    public void ABodysDemand_IsNotItsAct_CheckIn_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于违建整治的通知", "各村：\n县自然资源局督导组要求，违建一律由县综合执法大队强制拆除。")]
    // The body states its own intent: no duty is laid.
    [InlineData("关于打击无证经营的通知", "各村：\n县市场监管局强调，将对无证经营户依法查处。")]
    public void ABodysDemand_IsNotItsAct_Enforcement_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于禁毒工作的通知", "各村：\n县公安局督导组要求派出所与娱乐场所签订禁毒责任书。")]
    public void ABodysDemand_IsNotItsAct_Pledge_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // What an inspection found is told; a clause of the finding that opens with the finder's demand of the villages, or of no
    // one, asks — also after a sanction told, and when the finder's words are quoted and the paper says to carry them out.
    [InlineData("关于家庭医生签约督导反馈的通知", "各村：\n县卫健局督导组检查中发现：个别村家庭医生签约不实，要求各村每户入户拍照上传。")]
    [InlineData("关于空巢老人走访的通知", "各社区：\n区民政局在暗访中发现，个别社区空巢老人走访走过场，已责令整改，并要求每周上传走访照片。")]
    [InlineData("关于巡河督查反馈的通知", "各村：\n县水利局督查中指出：“各村要每天拍照上传巡河照片”。请遵照执行。")]
    [InlineData("关于督查反馈的通知", "各村：\n县委书记在调研时指出：“村干部每天要在群里打卡”。请各村认真落实。")]
    public void AFindingEnds_WhereTheFinderDemands_CheckIn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于护林督查反馈的通知", "各村：\n县林业局督查组巡查中发现：部分村护林员脱岗，督查组要求各村与护林员签订责任书。")]
    [InlineData("关于防汛督导反馈的通知", "各村：\n市督导组在督导中发现：部分村防汛责任不落实，督导组责成各村与镇政府签订防汛责任状。")]
    public void AFindingEnds_WhereTheFinderDemands_Pledge_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    [InlineData("关于集市食品督查反馈的通知", "各村：\n县市场监管局检查中发现：有的村集市食品摊点无证经营，要求各村负责取缔。")]
    public void AFindingEnds_WhereTheFinderDemands_Enforcement_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The practice found is another body's, and the demand in it goes on with that body; the finder asks the body found.
    [InlineData("关于家庭医生签约督导反馈的通知", "各村：\n县卫健局督导组检查中发现：个别乡镇卫生院要求各村每户入户拍照上传，已责令纠正。")]
    [InlineData("关于督导情况的通报", "各村：\n督导中发现：有的乡镇每月对村排名，要求各村每天拍照上传，已责令停止。")]
    [InlineData("关于督查反馈的通知", "各村：\n督查组在检查中发现：个别乡镇要求村干部每天拍照上传，督查组已要求立即纠正。")]
    public void AFindingEnds_WhereTheFinderDemands_CheckIn_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于护林督查反馈的通知", "各村：\n县林业局督查组巡查中发现：部分村护林员脱岗，督查组要求乡镇林业站与护林员签订责任书。")]
    public void AFindingEnds_WhereTheFinderDemands_Pledge_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    [InlineData("关于集市食品督查反馈的通知", "各村：\n县市场监管局检查中发现：有的村集市食品摊点无证经营，要求县市场监管所依法取缔。")]
    public void AFindingEnds_WhereTheFinderDemands_Enforcement_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // An order another body draws up whose later clause names the villages by their place in it (排最后三名的村…).
    [InlineData("镇卫生院公卫工作群消息", "【镇卫生院公卫专干】今晚我按签约率排个名次发群里，排最后三名的村明天到镇卫生院说明情况。")]
    [InlineData("关于走访工作的通知", "各村：\n镇民政办按走访完成率排个先后，排在后两名的村在周例会上作检讨。")]
    [InlineData("街道文化站群消息", "各社区：\n街道文化站按活动场次列出名次，倒数第1的社区主任在全体会上表态。")]
    [InlineData("关于河长制工作的通知", "各村：\n镇水利站每月按巡河次数排个顺序，末位的村主任向镇河长办书面说明原因。")]
    public void ARanking_OfTheVillagesALaterClauseSortsOut_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // Clinics ranked; no ranking any more; villages helped, not sorted.
    [InlineData("县卫健局工作群消息", "今晚我按签约率给各乡镇卫生院排个名次，排最后三名的卫生院明天到县卫健局说明情况。")]
    [InlineData("关于签约工作的通知", "各村：\n今后不再按签约率排名次，也不对排最后的村进行通报。")]
    [InlineData("关于走访工作的通知", "各村：\n镇民政办按走访完成率汇总情况，走访完成率较低的村由镇民政办派人上门帮助。")]
    public void ARanking_OfTheVillagesALaterClauseSortsOut_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A paper attached or handed in is its owner's: the village's written opinion, confirmation or statement is issued by it.
    [InlineData("关于临时占道施工审批的通知", "申请临时占道施工须附所在村委会的书面意见，载明施工不影响周边群众出行。")]
    [InlineData("关于文化示范户申报的通知", "申报文化示范户须附村民委员会的情况说明，由村委会主任签字并加盖公章。")]
    [InlineData("关于特殊门诊认定的通知", "参加医保特殊门诊认定须提交居委会的书面证明。")]
    [InlineData("关于取水许可申请的通知", "申请取水许可的单位须附取水口所在村委会的书面意见。")]
    [InlineData("关于出租屋登记的通知", "承租人办理居住登记须提供所在社区居委会的书面确认。")]
    public void APaperAttached_IsItsOwners_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // Another body's opinion; no longer needed; the applicant's own statement; a landlord's confirmation; the village's paper
    // no longer asked for beside another body's.
    [InlineData("关于临时占道施工审批的通知", "申请临时占道施工须附县交通运输局的书面意见。")]
    [InlineData("关于临时占道施工审批的通知", "申请临时占道施工无需附所在村委会的书面意见。")]
    [InlineData("关于临时占道施工审批的通知", "申请临时占道施工须附申请人签字的书面说明。")]
    [InlineData("关于出租屋登记的通知", "承租人办理居住登记须提供房东的书面确认。")]
    [InlineData("关于取水许可申请的通知", "申请取水许可的单位须附县水利局的书面意见，不再要求提供村委会的书面意见。")]
    [InlineData("关于申报的通知", "各村：\n申报时须附本人的书面说明。")]
    public void APaperAttached_IsItsOwners_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // Banned enforcement said in everyday words: sealing up (查封), machinery called in to level (找铲车推平, 叫挖掘机推倒), a
    // person's goods taken away (把他…拉走), goods and leaflets confiscated (收缴其产品).
    [InlineData("关于打击非法行医的通知", "各村：发现非法行医窝点，立即组织村干部赶到现场，查封药品器械。")]
    [InlineData("关于河道采砂整治的通知", "各村：对河道非法采砂船只，村里要立即查封设备。")]
    [InlineData("关于网吧整治的通知", "各社区：发现违规接纳未成年人的网吧，由社区负责查封。")]
    [InlineData("关于河道清四乱的通知", "各村：对河道内新建的违章养殖棚，村里自己找铲车推平。")]
    [InlineData("关于林地清理的通知", "各村：占用林地私建的看护房，村里自行叫挖掘机推倒。")]
    [InlineData("关于违法建设整治的通知", "各村：讲了不听的，村里组织人手把他堆在路边的钢筋和砂石先拉走，等他签了保证书再还。")]
    [InlineData("关于打击保健食品虚假宣传的通知", "各村：对进村推销保健食品的，村里要收缴其产品和宣传资料。")]
    // Market supervision put on the village as its duty (市场秩序的监管职责).
    [InlineData("关于集市管理的通知", "各村：要担起本村集市市场秩序的监管职责，对无证摊点一律取缔。")]
    // Tax withheld from money the village pays out, and dues taken in person.
    [InlineData("关于征地补偿款发放的通知", "各村：各村在为农户代领土地补偿款时，先扣下个人所得税，统一交镇财政所。")]
    [InlineData("关于分红发放的通知", "各社区：为居民代发拆迁补偿款时，按3%扣除个人所得税后再发放。")]
    [InlineData("关于医保费征缴的通知", "各村：医保费由村干部逐户上门当面收取。")]
    public void BannedActs_InEverydayWords_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于打击非法行医的通知", "各村：发现非法行医窝点，及时报告，由县卫生健康综合执法大队依法查封。")]
    [InlineData("关于规范村级行为的通知", "各村：村干部不得擅自查封村民财物。")]
    [InlineData("关于打击非法行医的情况通报", "上月县市场监管局已依法查封两处无证作坊，涉案物品已移交公安机关。")]
    [InlineData("关于林地清理的通知", "各村：占用林地私建的看护房，由县林业局组织挖掘机推倒，村里配合做好群众工作。")]
    [InlineData("关于林地清理的通知", "各村：不得叫挖掘机强行推倒村民房屋。")]
    [InlineData("关于建筑垃圾清运的通知", "各村：施工结束后，施工单位把剩余的钢筋和砂石拉走。")]
    [InlineData("关于打击保健食品虚假宣传的通知", "各村：对进村推销保健食品的，及时报告县市场监管局，由其依法收缴产品。")]
    [InlineData("关于集市管理的通知", "各村：集市市场秩序由县市场监管局负责监管，村里发现问题及时报告。")]
    [InlineData("关于征地补偿款发放的通知", "各村：个人所得税由税务部门依法征收，补偿款全额发放到户，村里不得扣下。")]
    [InlineData("关于医保费征缴的通知", "各村：医保费由税务部门通过线上渠道收取，村干部不得当面收取现金。")]
    public void BannedActs_InEverydayWords_StayQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A photo taken and sent to the official (拍个…发我); a board whose quoted name runs long.
    [InlineData("防溺水工作群消息", "各村：今天的防溺水巡河做完后拍个视频发我。")]
    public void APhotoSentToTheOfficial_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("防溺水工作群消息", "各村：村民发现有人落水的，拍个照片发给我们，我们马上派人。")]
    public void APhotoSentToTheOfficial_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于医保服务站建设的通知", "各村：在村委会门口悬挂“某某县医疗保障局村级医保服务工作站”牌子一块。")]
    public void ALongQuotedBoardName_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Signboard);

    [Theory]
    [InlineData("关于医保服务站建设的通知", "各村：不再在村委会门口悬挂“某某县医疗保障局村级医保服务工作站”牌子。")]
    public void ALongQuotedBoardName_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Signboard);
}

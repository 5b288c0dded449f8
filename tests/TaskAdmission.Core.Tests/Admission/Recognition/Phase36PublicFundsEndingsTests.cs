using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 36 (helper s36-3): activities of the public, money given to villages and papers that end a demand, read as
/// a county approver reads them, each rule tried in lines of work other than the notice that showed it and beside the twins
/// that still fire. Every sentence is written for these tests.
/// <list type="bullet">
/// <item>(A) "A check-in done by tourists, pupils or residents for their own activity puts nothing on the village": a person the
/// sentence lets act (市民可…, 凡…的小朋友，可以…) fetching things at bodies named as places (在各乡镇卫生院领取…，到…健身步道打卡);
/// the title's check-in follows. Still fires: a village made to check in, to organise the check-in or to collect the residents'
/// check-ins for a department; a household after a place word (到辖区各户打卡巡查) is where, not who.</item>
/// <item>(B) "A check-in group, app or account set up before and now closed asks nothing": 已建立的…打卡群请于月底前解散.</item>
/// <item>(C) "A paper that ends a demand puts nothing on the village, except what it keeps for some villages": the earlier
/// paper's demand recounted and ended in one sentence (…印发的《…》中，要求各村…须…的条款，…停止执行); a keep read for what it
/// keeps and for whom (保留，仅用于…; 由县局保留备查; 继续由…局采集 keep nothing; 城关两个村继续执行, 但城关村仍按周上传, 除城关
/// 社区外 keep the demand).</item>
/// <item>(D) "A paper that allocates funds to villages demands nothing by that": coverage the money builds (消防水源全覆盖,
/// 护栏全覆盖) is an outcome; coverage by checks (安全检查全覆盖) is inspection work.</item>
/// <item>(E) "An allowed certificate's case covers the papers listed under it": …档案遗失的，…包括：⏎1. 村委会出具的婚姻状况
/// 证明，写明…; a list under another case, or another paper, still fires.</item>
/// <item>(F) "A board already there, or kept by law, is no new board": 原有牌子继续使用, 现有…牌子42块, 除…牌子及…标识外…摘除,
/// 只保留…，…牌子依法悬挂, …牌子保留目录. Still fires: a board replaced, made anew or added.</item>
/// <item>(H) "A plate on a thing a department manages (a tree, a well, a relic, a pole) is that department's label; the village is
/// only where the thing stands": 县文旅局对3个名村的古井统一挂牌; a title naming the thing (古树名木建档挂牌) over a description
/// that puts no board on the village. Still fires: the village told to hang the plates, or a station's board.</item>
/// <item>(I) "A board that is the object of a clean-up is taken down, and a meeting's topic is not its decision":
/// 对…设置的牌子和上墙制度进行了清理 (上墙 before 制度 names what is on the wall); 研究…有关事项. Still fires: boards made or
/// replaced after 对…进行, the villages asked to study, the decision that follows the topic.</item>
/// <item>(G) An institution named like a hospital (妇幼保健院, 福利院) creating its own model base is a body; what was done under
/// a withdrawn demand and settled (已制作展板的费用…结算) is wound down.</item>
/// </list>
/// </summary>
public sealed class Phase36PublicFundsEndingsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // (A) the public's own check-in: health, water, libraries, sport, police, forestry; a village's own activity for children.
    [InlineData("健康步道健走活动公告", "市民可在各乡镇卫生院领取《健康步道护照》，到全县15个村级健康步道打卡健走，每走完一条盖一枚印章。")]
    [InlineData("古堰文化游活动公告", "游客可在县水利风景区游客中心领取游览图，到沿线8个村的古堰打卡拍照。")]
    [InlineData("农家书屋阅读活动", "凡在农家书屋借满5本书的读者，可以在借阅卡上打卡盖章，集满可兑换图书一本。")]
    [InlineData("乡村健身跑活动公告", "凡参加乡村健身跑的市民，可在各村健身广场扫码签到，签满10次可领取纪念T恤。")]
    [InlineData("反诈宣传月活动", "凡完成反诈知识答题的群众，可以到各村警务室打卡，领取防骗手册一本。")]
    [InlineData("森林公园护林集章活动", "游客可在县森林公园管理处领取护林集章卡，到沿线6个林区村的护林驿站打卡，集满6枚可兑换树苗。")]
    [InlineData("柳溪村农家书屋“暑期读书打卡”活动通知", "小读者们：\n暑假期间农家书屋每天下午开放。凡在书屋读完一本书的小朋友，可以在打卡卡上盖一个印章，集满8个印章可兑换文具一份。\n活动由县图书馆志愿者协助组织。")]
    [InlineData("义诊活动公告", "凡年满65周岁的老年人，可到各村卫生室签到领取体检表，体检免费。")]
    // (B) a check-in group, app or account set up before, closed: health, water, police, civil affairs, agriculture, culture.
    [InlineData("关于停止执行村医健康打卡要求的通知", "各镇卫生院：\n自即日起不再要求村医每日健康打卡。各镇已建立的村医每日健康打卡群，请于6月底前解散。")]
    [InlineData("关于规范巡河管理的通知", "各镇：\n已开通的村级河长巡河打卡账号由县水利局统一注销，巡河情况改由镇河长办按季度抽查。")]
    [InlineData("关于规范治安巡逻的通知", "各派出所：\n各派出所已建立的村级治安巡逻签到群一律解散。")]
    [InlineData("关于减轻社区负担的通知", "各街道：\n不再要求社区每日在“社区签到通”上签到，已下载安装的“社区签到通”APP，各社区可自行卸载。")]
    [InlineData("关于规范秸秆禁烧信息报送的通知", "各镇：\n各村已建立的秸秆禁烧巡查打卡群于本月底前关闭，相关信息改由镇农业站统一发布。")]
    [InlineData("关于清理文化工作群的通知", "各镇文化站：\n已建立的村级文化管理员签到微信群请各镇于本月底前解散。")]
    // (C) an earlier paper's demand recounted and ended in one sentence; keeps that keep nothing of the demand.
    [InlineData("关于停止执行家庭医生签约服务考核办法部分条款的通知", "各镇卫生院：\n经县卫健局审查，2025年印发的《家庭医生签约服务考核办法》中，要求各村每月上报签约率排名、每次随访须上传现场照片的两项条款，与有关规定不符，自本通知印发之日起停止执行。")]
    [InlineData("关于停止执行家庭医生随访拍照要求的通知", "各镇卫生院：\n此前要求各村每周上传家庭医生随访照片的做法，自即日起停止执行，已上传的照片由县卫健局保留备查。")]
    [InlineData("关于停止执行低保入户拍照要求的通知", "各街道：\n此前要求各社区每月对低保户入户拍照上传的做法，经研究，自即日起停止执行，该项要求不再保留。")]
    [InlineData("关于停止执行巡河打卡要求的通知", "各镇：\n此前要求各村河长每天在巡河APP定位打卡的做法，自即日起停止执行；原巡河工作群继续保留，只用于发布汛情通知。")]
    [InlineData("关于停止执行森林防火签到要求的通知", "各镇：\n此前要求护林员每天到村委会签到的做法，即日起停止执行，原签到本由各林业站收回保留。")]
    [InlineData("关于停止执行禁渔巡查打卡要求的通知", "各镇：\n此前要求各村每天在APP定位打卡巡河的做法自即日起停止执行，各村继续做好防溺水宣传。")]
    public void PublicActivityOrEndedCheckIn_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // (A) twins: the village organises, collects or is named to check in; a household is where.
    [InlineData("健康步道推广工作通知", "请各村组织村民在村级健康步道打卡健走，打卡截图每周报镇卫生院。")]
    [InlineData("网格巡查通知", "各村网格员可在镇综治中心领取巡查卡，到辖区各户打卡巡查。")]
    [InlineData("阅读推广通知", "各村要收集辖区居民的阅读打卡记录，每月报县图书馆。")]
    [InlineData("柳溪村“村干部每日打卡”活动通知", "村干部每天在APP上打卡，打卡截图发镇党政办。")]
    [InlineData("值班签到通知", "凡在村里值班的村干部，可以在值班室扫码签到，签到记录每周报镇党政办。")]
    [InlineData("游客服务通知", "游客可在各村游客中心领取手册，由各村工作人员每天拍照打卡上传。")]
    [InlineData("全民阅读活动通知", "各村：凡在农家书屋读完一本书的村民，可以在借阅卡上打卡，各村要将村民打卡情况每月报县图书馆。")]
    [InlineData("古村游活动", "游客可到沿线各村古民居打卡，各村要每天统计游客打卡人数并拍照上报镇文旅办。")]
    [InlineData("读书打卡活动通知", "凡参加读书活动的村民，可以在农家书屋打卡，村干部要每天在群里接龙报送打卡人数。")]
    [InlineData("义诊活动通知", "各村：凡年满65周岁的老年人，由各村组织到村卫生室签到，签到表拍照报镇卫生院。")]
    // (B) twins: a group to set up, kept, closed then replaced, or not to be closed.
    [InlineData("关于建立巡护打卡工作群的通知", "各村：\n各村要在本月底前建立巡护打卡工作群，每天在群里打卡。")]
    [InlineData("关于巡护打卡工作的通知", "各村：\n已建立的村级巡护打卡群要继续保持，村干部每天在群里打卡。")]
    [InlineData("关于调整巡护打卡方式的通知", "各村：\n各村已建立的打卡群解散后，改在“巡护通”APP上每日定位打卡。")]
    [InlineData("关于调整签到方式的通知", "各村：\n各村已建立的签到群于本月底前关闭，各村干部每天改在新平台签到。")]
    [InlineData("关于巡护打卡的通知", "各村：\n已建立的巡护打卡群不得解散，村干部每天在群里打卡。")]
    // (C) twins: a new order after the ending; kept for some villages after the stop, in its clause or the paper's.
    [InlineData("关于调整家庭医生签约服务考核办法的通知", "各镇卫生院：\n2025年印发的《家庭医生签约服务考核办法》中要求各村每月上报签约率排名的条款停止执行，今后各村须每周上传随访照片。")]
    [InlineData("关于停止执行低保入户拍照要求的通知", "各街道：\n2025年印发的《低保动态管理办法》要求各社区每月入户拍照上传的规定，除城关社区外，自即日起停止执行。")]
    [InlineData("关于停止执行低保入户拍照要求的通知", "各街道：\n2025年印发的《低保动态管理办法》要求各社区每月入户拍照上传的规定，城关社区保留，其余自即日起停止执行。")]
    [InlineData("关于调整低保入户拍照要求的通知", "各街道：\n区民政局3月印发的《低保动态管理办法》要求各社区每月对低保户入户拍照上传，现须改为每周上传一次。")]
    [InlineData("关于停止执行家庭医生随访拍照要求的通知", "各镇卫生院：\n此前要求各村每周上传随访照片的做法自即日起停止执行，城关、城西两个村继续执行。")]
    [InlineData("关于停止执行家庭医生随访拍照要求的通知", "各镇卫生院：\n此前要求各村每周上传随访照片的规定，自即日起停止执行，但城关村仍按周上传。")]
    [InlineData("关于停止执行巡河打卡要求的通知", "各镇：\n此前要求各村河长每天在巡河APP定位打卡的做法，自即日起停止执行；沿江五个村继续保留，由各村按日打卡。")]
    [InlineData("关于停止执行秸秆禁烧巡查轨迹报送要求的通知", "各镇：\n此前要求各村每月报送秸秆禁烧巡查轨迹照片的规定，除沿河三个村外，自即日起废止。")]
    public void VillageCheckIn_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // (C) recounted demands of other families ended in one sentence: land, civil affairs, culture, police.
    [InlineData("关于停止执行耕地保护网格化管理有关规定的通知", "各镇人民政府：\n经研究，县自然资源局去年印发的《耕地保护网格化管理办法》中，要求各村签订耕地保护责任状并须每周报送巡查照片的规定，即日起停止执行。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于停止执行文明实践站运行管理办法部分条款的通知", "各镇：\n2025年印发的《文明实践站运行管理办法》中要求各村每月报送活动照片并参加排名的条款，经审查不符合减负规定，自2026年7月1日起停止执行。", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止执行家庭医生签约服务考核办法部分条款的通知", "各镇卫生院：\n经县卫健局审查，2025年印发的《家庭医生签约服务考核办法》中，要求各村每月上报签约率排名、每次随访须上传现场照片的两项条款，与有关规定不符，自本通知印发之日起停止执行。", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止执行村级治安巡逻报平安要求的通知", "各派出所：\n县公安局此前印发的《村级治安巡逻管理规定》要求各村须每晚在群里接龙报平安，经研究，自即日起停止执行。", PrecheckRules.AppCheckIn)]
    // (D) a funded project's goals: heritage, water, roads, gas, forestry, health.
    [InlineData("关于下达传统村落保护补助资金的通知", "各乡镇：\n六、绩效目标。补助资金使用后，3个村传统建筑完好率提高10个百分点以上，村内消防通道和消防水源全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于下达农村公路安防工程补助资金的通知", "各乡镇：\n项目建成后，6个村临水临崖路段交通安全护栏全覆盖，危险路段警示标志全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于下达燃气下乡补助资金的通知", "各乡镇：\n绩效目标：资金使用后，8个村燃气管道入户全覆盖，燃气泄漏报警器安装全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于下达农村饮水安全补助资金的通知", "各乡镇：\n绩效目标：项目完成后，4个村农村供水保证率达到95%，各村水厂消防设施全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于下达森林防火补助资金的通知", "各乡镇：\n下达2026年森林防火补助资金，用于给8个林区村配备扑火工具和防火宣传牌。绩效目标：资金使用后，8个林区村扑火工具配备全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于下达村级卫生室补助资金的通知", "各镇：\n绩效目标：补助资金使用后，5个村卫生室标准化率达到100%，村内急救药品和消防器材全覆盖。", PrecheckRules.ProhibitedItem)]
    // (G) an institution's own creation; what was done under a withdrawn demand, settled.
    [InlineData("澄岚县妇幼保健院创建省级孕产保健示范基地工作方案", "一、创建目标：年底前通过省级评审。\n二、责任分工：医务科牵头，产科、儿科按分工落实。", PrecheckRules.Demonstration)]
    [InlineData("县社会福利院创建省级养老服务示范基地工作方案", "一、创建目标：年底前通过省级评审。\n二、责任分工：院办牵头，护理部按分工落实。", PrecheckRules.Demonstration)]
    [InlineData("关于停止执行村级卫生宣传栏制作要求的通知", "各镇卫生院：\n我局5月印发的通知要求各村在村部设置健康宣传栏并自费制作展板。经审核，该要求不符合规定，现予停止执行。\n已制作展板的费用，由县卫健局据实结算给有关村。", PrecheckRules.Signboard)]
    // (I) a meeting's topic of other families: water, civil affairs, work safety.
    [InlineData("区水利局会议纪要", "区水利局召开会议，研究村级河长巡河打卡有关问题。会议决定巡河情况由镇河长办按季度抽查。", PrecheckRules.AppCheckIn)]
    [InlineData("县民政局局务会纪要", "县民政局局务会研究村级养老服务站星级评定相关事宜，决定不对村级站点开展星级评定。", PrecheckRules.Demonstration)]
    [InlineData("镇政府常务会纪要", "镇政府常务会研究各村签订安全生产责任书有关事项，决定今年起不再与各村签订责任书。", PrecheckRules.PledgeOrVeto)]
    public void EndedOrFundedOrOwn_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // (D) twins: coverage by checks, with or without money.
    [InlineData("关于开展消防安全检查的通知", "各村：\n各村要对辖区内的自建房开展消防安全检查，做到全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展九小场所安全检查的通知", "各村：\n请各村每月对辖区九小场所开展一次全覆盖安全检查，检查记录报镇安监站。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于下达安全生产补助资金的通知", "各村：\n下达村级安全生产补助资金，资金下达后，各村要对辖区企业安全检查全覆盖，每月报送检查台账。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展燃气安全排查的通知", "各乡镇：\n资金下达后，8个村要对燃气用户开展安全检查全覆盖。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展燃气安全排查的通知", "各村：\n各村要对辖区餐饮门店燃气使用情况逐户排查，确保全覆盖。", PrecheckRules.ProhibitedItem)]
    // (C) twins of other families: the demand asked again or not ended.
    [InlineData("关于落实耕地保护责任状的通知", "各镇人民政府：\n县自然资源局印发的《耕地保护网格化管理办法》要求各村签订耕地保护责任状，请各村于月底前完成签订。", PrecheckRules.PledgeOrVeto)]
    // (G) twins: a village's own creation ordered; a cost settled but the board still asked.
    [InlineData("关于创建省级健康示范村的通知", "各村：\n各村要积极创建省级健康示范村，年底前通过县卫健局验收。", PrecheckRules.Demonstration)]
    [InlineData("关于村级卫生宣传栏制作的通知", "各村：\n已制作展板的费用，由县卫健局据实结算；尚未制作的，各村要在月底前制作展板并在村部悬挂。", PrecheckRules.Signboard)]
    public void CheckedOrAskedAgain_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    // (E) the allowed case (婚姻登记档案遗失) stated in the paragraph that opens a list covers the papers listed.
    [InlineData("补领结婚证（婚姻登记档案遗失情形）办理指引", "当事人申请补领结婚证的，婚姻登记机关先查阅婚姻登记档案。档案因水灾遗失、确实无法查证的，当事人还应提交其他材料，包括：\n1. 户籍所在地村民委员会出具的婚姻状况证明，写明双方何时以夫妻名义共同生活；\n2. 当年的单位介绍信。")]
    [InlineData("婚姻登记档案遗失的补领结婚证指引", "婚姻登记档案经登记机关确认遗失的，申请人可提交以下证明材料：\n1. 村民委员会出具的婚姻状况证明，写明双方何时以夫妻名义共同生活；\n2. 双方户口簿复印件。")]
    [InlineData("关于补领结婚证材料的说明", "申请补领结婚证的，婚姻登记机关查无档案的，还需提交以下材料：\n（一）居委会出具的婚姻状况证明；\n（二）原结婚时的单位介绍信。")]
    [InlineData("补领结婚证办理须知", "申请补领结婚证的，登记机关先查询婚姻档案。婚姻档案已损毁的，当事人应提交下列材料：\n1. 所在社区居委会出具的婚姻状况证明，注明双方登记结婚的年份；\n2. 当年的结婚照片。")]
    [InlineData("婚姻登记档案灭失情形下补领结婚证的说明", "婚姻登记档案灭失的，由村（居）委会出具婚姻状况证明，写明双方何时以夫妻名义共同生活。")]
    public void CertificateUnderAllowedCase_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // (E) twins: a list under another case; the case in another paragraph; another paper in the list or asked beside.
    [InlineData("关于申请公租房提交材料的通知", "申请公租房的，需提交以下材料：\n1. 村委会出具的婚姻状况证明；\n2. 户口簿复印件。")]
    [InlineData("关于申请低保提交材料的通知", "婚姻登记档案遗失的，由婚姻登记机关出具查档证明。\n申请低保的，需提交以下材料：\n1. 村委会出具的婚姻状况证明；\n2. 户口簿复印件。")]
    [InlineData("补领结婚证办理指引", "申请补领结婚证、婚姻登记档案遗失的，需提交以下材料：\n1. 村委会出具的无犯罪记录证明；\n2. 户口簿复印件。")]
    [InlineData("补领结婚证办理指引", "婚姻登记档案遗失的，村委会可出具婚姻状况证明。另请村委会出具亲属关系证明，写明双方父母姓名。")]
    public void CertificateUnderOtherCase_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // (F) boards already there, excepted, kept by law, or listed as kept: health, water, justice, elderly, culture.
    [InlineData("关于规范村卫生室标识的通知", "各村：\n各村卫生室原有的“家庭医生工作站”牌子能用的继续使用，不再统一更换。")]
    [InlineData("关于全镇河长公示牌清理情况的说明", "各村：\n全镇各村现有河长公示牌共42块，今年不再新增。")]
    [InlineData("关于人民调解工作的通知", "各村：\n原有的调解室牌子继续保留，不另行制作。")]
    [InlineData("关于老年协会牌子的说明", "各社区：\n各社区现有“老年协会”牌子由社区自行决定是否保留。")]
    [InlineData("关于农家书屋管理的通知", "各村：\n已有的农家书屋标牌继续使用，不再统一制作。")]
    [InlineData("关于清理村级健康类牌子的通知", "各村：\n除村卫生室牌子及医保服务点标识外，其余健康类牌子一律摘除。")]
    [InlineData("关于清理部门牌子的通知", "各村：\n除村党组织、村委会牌子及便民服务中心标识外，由部门要求悬挂的“妇女之家”“调解室”等牌子一律撤除。")]
    [InlineData("关于规范村部挂牌的通知", "各村：\n村部外只保留村党组织、村委会牌子，村务监督委员会牌子依法悬挂。")]
    [InlineData("关于村级组织对外挂牌保留清单的说明", "各村：\n经清理，各村对外只保留村党组织、村委会、村务监督委员会牌子，其余一律摘除。")]
    // (H) plates on things a department manages: culture, land, water, forestry, power, heritage, roads.
    [InlineData("关于开展不可移动文物保护标志设立工作的通知", "各乡镇：\n县文物局将于6月对各村不可移动文物点统一设立保护标志，标志由县文物局委托的公司安装。")]
    [InlineData("关于开展永久基本农田保护标志牌设立工作的通知", "各乡镇：\n县自然资源局对各村永久基本农田统一设立保护标志牌，由县自然资源局组织施工单位安装。")]
    [InlineData("关于开展传统村落古树名木挂牌的通知", "各乡镇：\n县林业局将对各传统村落内的古树名木逐株挂牌，挂牌工作由县林业局古树保护站完成。")]
    [InlineData("关于电力线路杆塔挂牌的通知", "各乡镇：\n县供电公司对各村境内的电力杆塔统一挂设编号牌，由供电所工作人员完成。")]
    [InlineData("关于历史文化名村古井挂牌保护的通知", "各乡镇：\n县文旅局对3个历史文化名村的古井统一挂牌保护，保护牌由县文旅局制作安装。")]
    [InlineData("关于古井挂牌保护工作的说明", "各村：\n本次古井挂牌由县文旅局统一制作保护牌并安装，村里不需出钱出人。")]
    [InlineData("关于不可移动文物挂牌保护的通知", "各乡镇：\n县文物局将对各村不可移动文物点统一挂牌保护，保护牌由县文物局委托公司安装。")]
    [InlineData("关于开展历史文化名村古桥建档挂牌的通知", "各乡镇：\n县交通局将对3个历史文化名村的古桥进行建档，挂牌工作由县交通局养护站完成。")]
    // (I) the object of a clean-up; a meeting's topic: health, justice, civil affairs, water, culture.
    [InlineData("关于村卫生室牌子清理情况的通报", "各镇卫生院：\n县卫健局对各村卫生室悬挂的牌子和上墙制度进行了清理。")]
    [InlineData("关于调解室牌子清理的通知", "各村：\n镇司法所对各村设置的调解室牌子进行全面清理。")]
    [InlineData("关于养老服务站标牌清理的通知", "各社区：\n县民政局对村（社区）养老服务站的标牌和上墙材料开展了集中清理。")]
    [InlineData("关于河长工作站牌子的通知", "各村：\n区水利局对各村设置的河长工作站牌子予以撤除。")]
    [InlineData("关于农家书屋上墙制度的通知", "各村：\n县文旅局对农家书屋的上墙制度进行了精简。")]
    [InlineData("县卫健局局务会纪要", "县卫健局召开局务会，研究村级健康小屋阵地建设有关事项。会议决定由县卫健局统一配备设备。")]
    [InlineData("镇党委专题会议纪要", "镇党委召开专题会议，研究各村综治中心挂牌有关事项。会议决定：不再要求各村挂牌。")]
    public void BoardAlreadyThereOrLawful_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Signboard);

    [Theory]
    // (F) twins: a board replaced, made anew, added, hung "by the rules" with no keep-only list, or kept and replaced.
    [InlineData("关于更换综治中心牌子的通知", "各村：\n原有牌子统一更换为新版“综治中心”牌子。")]
    [InlineData("关于重新制作村级牌子的通知", "各村：\n各村现有牌子要在月底前全部重新制作，统一悬挂在村部门口。")]
    [InlineData("关于设立河长工作站的通知", "各村：\n各村在原有牌子旁加挂“河长工作站”牌子。")]
    [InlineData("关于加挂警务室牌子的通知", "各村：\n除村党组织牌子外，还须悬挂“警务室”牌子。")]
    [InlineData("关于悬挂综治中心牌子的通知", "各村：\n各村要按规定悬挂“综治中心”牌子。")]
    [InlineData("关于加挂河长工作站牌子的通知", "各村：\n村部外只保留村党组织、村委会牌子，另加挂“河长工作站”牌子。")]
    [InlineData("关于保留并统一更换村级服务站牌子的通知", "各村：\n各村要保留“便民服务站”牌子，并按新样式统一更换。")]
    // (H) twins: the village told to hang the plates; a station's board; an honour plaque on the village's office.
    [InlineData("关于在各村设立古树保护管理站并挂牌的通知", "各村：\n请各村在村委会门口挂“古树保护管理站”牌子，牌子由各村制作。")]
    [InlineData("关于文物安全联络站挂牌的通知", "各村：\n各村要在村部设立文物安全联络站，统一挂牌。")]
    [InlineData("关于历史文化名村挂牌的通知", "各村：\n请各历史文化名村在村委会门口悬挂“历史文化名村”牌匾。")]
    [InlineData("关于开展传统村落古树名木挂牌的通知", "各村：\n请各村对本村古树名木逐株挂牌，保护牌由各村自行制作。")]
    [InlineData("关于古井挂牌保护的通知", "各村：\n请各村对本村古井统一挂牌，保护牌由各村自行制作。")]
    // (I) twins: a board made or replaced after 对…进行; walls to fill; the villages asked to study; the decision after a topic.
    [InlineData("关于卫生室牌子制作的通知", "各村：\n对各村卫生室的牌子进行统一制作，月底前悬挂到位。")]
    [InlineData("关于村部牌子规范的通知", "各村：\n各村要对村部牌子进行规范后统一更换。")]
    [InlineData("关于制度上墙的通知", "各村：\n请各村对照制度上墙要求，于月底前完成制度上墙。")]
    [InlineData("关于健康小屋建设的通知", "各村：\n请各村研究村级健康小屋阵地建设有关事项，月底前完成阵地建设。")]
    [InlineData("镇党委专题会议纪要", "会议研究了各村综治中心挂牌有关事项，决定各村于月底前统一挂牌。")]
    public void NewBoard_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Signboard);
}

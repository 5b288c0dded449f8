using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 32 (helper s32-4): prohibited work the pre-check let through. The village not recognised as the one
/// acting (支书, a chat's poster line read as the addressee, 辖区/所辖 before the villages, a body assisted with a
/// collection on its behalf, a later 由 that gives the act to the village, 处 the penalty verb read as an office), the act
/// said in words no phrase knew (photos of the village's own work, what a photo must show, photo quotas, the last N named,
/// 责令其, rectification orders, demolitions in tables and on satellite patches, dues recovered or collected door to door),
/// a pledge signed after its title, an assessed service post the village runs, and a house's vacancy that is no residence
/// proof. Beside each, a twin that must stay quiet: negated, given to another body, the village's own, or innocent. Every
/// sentence is written for these tests.
/// </summary>
public sealed class Phase32MissesTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // 支书 (村支书, 各村支书) is the village's party secretary: the paper speaks to the villages, so the township the title
    // names does not take the pledge over.
    [InlineData("龙潭乡关于汛期巡堤的安排", "各村支书：今晚12点前在巡堤值守责任书上签字，拍照发群里。")]
    public void TheVillagesPartySecretary_ByTheEverydayWord_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The same secretaries told the pledge is no longer signed.
    [InlineData("关于汛期巡堤的安排", "各村支书：今年起不再签订巡堤值守责任书，值守情况电话报乡应急办即可。")]
    public void TheVillagesPartySecretary_ByTheEverydayWord_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // A chat's poster line after the group tag (城建中队 孙队：) is who posts; the village called next is told to pull a shed down.
    [InlineData("城建中队微信群消息", "【石门镇村容群】城建中队 孙队：\n桃溪村的吴主任在吗？你们村五组那户后院偷建的鸡棚，今天喊几个人把棚子推了，弄好拍照发我。")]
    public void AChatsPosterLine_IsNoAddressee_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same chat where the enforcement squad says it does the work itself.
    [InlineData("城建中队微信群消息", "【石门镇村容群】城建中队 孙队：\n桃溪村的吴主任在吗？你们村五组那户后院偷建的鸡棚，今天我们中队自己去拆，你们村里派个人到场看着就行。")]
    public void AChatsPosterLine_IsNoAddressee_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A photo of the village's own round attached to the daily report.
    [InlineData("关于秋冬护林的安排", "各村：防火期护林员每天傍晚在群里报个平安，并附当天巡查时的现场照片。")]
    public void PhotosOfTheVillagesOwnWork_SentUp_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A villager's photo attached to a report of a hazard.
    [InlineData("关于秋冬护林的安排", "各村：村民看到山林冒烟的，可在群里举报，并附现场照片，村里转报乡应急办。")]
    public void PhotosOfTheVillagesOwnWork_SentUp_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A photo that must show the village's cadres.
    [InlineData("关于厕所革命督导的通知", "各村：每周在群里发一张公厕保洁督导的照片，照片中须有村干部和保洁员。")]
    public void WhatAPhotoMustShow_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A photo contest whose entries must show scenery.
    [InlineData("关于乡村摄影大赛的通知", "各村：欢迎乡亲们投稿参赛，投稿照片中须有本村山水风景。")]
    public void WhatAPhotoMustShow_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A quota of photos after each of the village's events.
    [InlineData("关于禁毒宣传月的通知", "各社区：每场禁毒宣传结束后上报宣传照片不少于4张。")]
    public void APhotoQuota_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // An applicant's photos of the house the application is about.
    [InlineData("关于农房抗震补助申请的通知", "各村：申请人提交农房外观照片不少于4张，由县住建局审核。")]
    public void APhotoQuota_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The last N villages named in a circular.
    [InlineData("关于新兵报名进度的通知", "各乡镇：县征兵办每月通报各村报名进度，对排在后五名的村约谈村书记。")]
    public void TheLastOnesNamedInACircular_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The same circular no longer made.
    [InlineData("关于新兵报名进度的通知", "各乡镇：县征兵办不再通报各村报名进度，也不对排在后五名的村约谈。")]
    public void TheLastOnesNamedInACircular_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A rate of the villages' reports circulated.
    [InlineData("关于燃气隐患随手拍的通知", "各社区：街道每周将各社区燃气隐患上报率在例会上通报。")]
    public void ARateOfReportsCirculated_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The same rate no longer circulated.
    [InlineData("关于燃气隐患随手拍的通知", "各社区：街道不再将各社区燃气隐患上报率在例会上通报。")]
    public void ARateOfReportsCirculated_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // 责令其… given to the village.
    [InlineData("关于晒场管护的通知", "各村：对在公共晒场乱堆柴草的，由村委会责令其限三天搬走。")]
    public void AnOrderToAParty_IsEnforcement_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same order given by the enforcement squad.
    [InlineData("关于晒场管护的通知", "各村：对在公共晒场乱堆柴草的，村里发现后报镇执法中队，由中队责令其搬走。")]
    public void AnOrderToAParty_IsEnforcement_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A rectification order served by the community.
    [InlineData("关于小区楼道堆物的通知", "各社区：对楼道堆物整改不力的物业企业，由社区当场下达整改指令书。")]
    public void ARectificationOrderServed_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same order served by the district bureau.
    [InlineData("关于小区楼道堆物的通知", "各社区：对楼道堆物整改不力的物业企业，由区住建委下达整改指令书，社区做好劝导。")]
    public void ARectificationOrderServed_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A table row whose responsible column names the village for a demolition (the act further from the illegal building).
    [InlineData("乱搭建问题销号表", "编号｜类型｜面积｜销号责任单位｜办法\nA3｜私搭乱建｜40平米｜桃溪村委会｜拆除")]
    public void ATableRowGivingADemolitionToTheVillage_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same row naming the enforcement bureau.
    [InlineData("乱搭建问题销号表", "编号｜类型｜面积｜销号责任单位｜办法\nA3｜私搭乱建｜40平米｜区城管执法局｜拆除")]
    public void ATableRowGivingADemolitionToTheVillage_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village told to pull down what stands on satellite-survey patches.
    [InlineData("关于疑似违法用地的告知", "桃溪村村民委员会：\n请你村本周内组织将清单所列图斑上的彩钢棚全部拆除，恢复原状。")]
    public void ADemolitionOfSatellitePatches_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The enforcement detachment pulls them down.
    [InlineData("关于疑似违法用地的告知", "桃溪村村民委员会：\n清单所列图斑上的彩钢棚由区自然资源执法支队拆除，你村做好群众解释。")]
    public void ADemolitionOfSatellitePatches_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 负责追缴 of a tax owed, given to the village.
    [InlineData("关于砂石场税源管理的通知", "各村：督促辖区砂石场按月申报，对瞒报的，负责追缴并报乡财政所。")]
    public void RecoveringDuesOwed_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village recovering its own collective rent.
    [InlineData("关于集体鱼塘承包的通知", "各村：对拖欠本村鱼塘承包费的，村委会负责追缴并公示。")]
    public void RecoveringDuesOwed_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Money collected door to door once more.
    [InlineData("医保站工作群消息", "各村协办员：没缴医保的户，本周你们分片上门再收一遍。")]
    public void CollectingDoorToDoor_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Questionnaires collected door to door.
    [InlineData("医保站工作群消息", "各村协办员：没交调查问卷的户，本周你们分片上门再收一遍问卷。")]
    public void CollectingDoorToDoor_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The money the villages collected, handed in.
    [InlineData("医保站工作群消息", "各村协办员：村里收上来的钱周四前全部送到站里核对。")]
    public void MoneyCollectedAndHandedIn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Money the villagers raised for their own road by their own procedure.
    [InlineData("关于一事一议修路的通知", "各村：一事一议收上来的钱由村务监督委员会管好用好。")]
    public void MoneyCollectedAndHandedIn_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A proof that nobody lives in a house is not a proof of residence: it is a certificate off the list.
    [InlineData("关于空置户登记的办理通知", "各村委会：\n用户申请登记为空置户的，需提供村委会出具的该住宅已无人居住的证明。")]
    public void AHousesVacancy_IsNoResidenceProof_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A proof of residence for school enrolment.
    [InlineData("关于积分入学材料的通知", "各村委会：\n积分入学需提供村委会出具的在本村实际居住两年以上的居住证明。")]
    public void AHousesVacancy_IsNoResidenceProof_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // 督促所辖村（社区）: the word saying whose villages they are does not stop 督促.
    [InlineData("关于民宿食品安全的通知", "各乡镇：各乡镇要督促所辖村（社区）对民宿餐厅开展食品安全日常检查，发现问题的予以查处。")]
    public void VillagesOfTheTownsArea_AreGovernedByTheVerb_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The market authority inspects in the villages.
    [InlineData("关于民宿食品安全的通知", "各乡镇：县市场监管局对所辖村（社区）的民宿餐厅开展食品安全监督检查，发现问题的依法查处。")]
    public void VillagesOfTheTownsArea_AreGovernedByTheVerb_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 配合乡财政所做好…代收: the village collects for the finance office.
    [InlineData("乡村级事项清单", "各村对照落实：\n第9项：配合乡财政所做好集市摊位费的代收，每月底前解交乡财政所。")]
    public void ABodyAssistedWithACollectionOnItsBehalf_IsNotTheCollector_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The finance office collects; the villages only publicise.
    [InlineData("乡村级事项清单", "各村对照落实：\n第9项：集市摊位费的代收由乡财政所负责，各村配合做好宣传。")]
    public void ABodyAssistedWithACollectionOnItsBehalf_IsNotTheCollector_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 仍由你村负责 after the topic: the village, not the township an earlier clause named.
    [InlineData("关于桃溪村执法请示的答复", "桃溪村民委员会：\n经乡党委研究，因乡执法人手不够，全乡违章搭建的巡查和拆除，今年仍由你村负责。")]
    public void ALater由GivingTheActToTheVillage_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The township's squad is given the act, and the village is left out.
    [InlineData("关于桃溪村执法请示的答复", "桃溪村民委员会：\n经乡党委研究，全乡违章搭建的巡查和拆除，今年由乡综合执法队负责，不再经由你村办理。")]
    public void ALater由GivingTheActToTheVillage_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 并处…罚款 by the village cadres: 处 is the verb, not an office.
    [InlineData("关于禁止野外烧荒的通知", "各村：对野外烧荒的，由村干部予以劝阻，并处100元罚款。")]
    public void APenaltyVerb处_IsNoOffice_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The forestry brigade imposes the fine.
    [InlineData("关于禁止野外烧荒的通知", "各村：对野外烧荒的，村干部发现后及时报告，由县林业执法大队依法处100元罚款。")]
    public void APenaltyVerb处_IsNoOffice_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 分给各村: the township shares its quota out to the villages.
    [InlineData("乡招商群消息", "各村书记：县里给乡镇下了每半年招商引资项目不少于2个的任务，乡里分给各村，每村半年至少落实1个。")]
    public void AQuotaSharedOutToTheVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The township's own office keeps the quota.
    [InlineData("乡招商群消息", "各村书记：县里给乡招商办下了每半年招商引资项目不少于2个的任务，由招商办专班完成，各村不承担。")]
    public void AQuotaSharedOutToTheVillages_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 《…责任书》，村书记签字、村委会盖章后交上来: the instrument is signed, not cited.
    [InlineData("乡党委办群消息", "各村：周五的禁毒工作会上统一收《禁毒工作责任书》，村书记签字、村委会盖章后交上来。")]
    public void APledgeInstrumentSignedAfterItsTitle_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The same instrument voided.
    [InlineData("乡党委办群消息", "各村：往年收取的《禁毒工作责任书》，已签字盖章的一律作废，今年不再签订。")]
    public void APledgeInstrumentSignedAfterItsTitle_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The villages' cultural service posts assessed and ranked.
    [InlineData("村级文化服务站年度评比办法", "一、评比对象：全乡8个村文化服务站。\n二、评比结果在全乡排名通报，末位的约谈负责人。")]
    public void AServicePostTheVillageRuns_IsTheVillageAssessed_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The villages' clinics assessed and ranked (a medical institution).
    [InlineData("村卫生服务站年度评比办法", "一、评比对象：全乡8个村卫生服务站。\n二、评比结果在全乡排名通报，末位的约谈负责人。")]
    public void AServicePostTheVillageRuns_IsTheVillageAssessed_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

}

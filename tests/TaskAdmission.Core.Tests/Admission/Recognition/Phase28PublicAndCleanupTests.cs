using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 28 (helper s28-2): papers that govern no village, or that end what they name. A paper sent to social
/// organisations as a class; a procedure whose listed papers are cancelled; a practice cleaned up; a sentence that only
/// undoes the demand recounted before it; a provider's charge the village's people pay under their own rules; the public
/// invited to a check-in of their own, the villages only the places. Beside each quieting shape, the same shape used to put
/// the banned work on the villages anyway must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase28PublicAndCleanupTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // Social organisations addressed as a class are graded; no village is.
    [InlineData("关于开展文化类社团星级评定的通知", "各文化类社会组织：\n本次评定面向成立满两年的社团，评定结果分为五个等级，结果在网上公布。")]
    public void APaperToSocialOrganisations_GradesThem(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A village's own organisations on the addressee line are the village.
    [InlineData("关于开展文化类社团星级评定的通知", "各村社会组织：\n评定结果分为五个等级，每季度评定一次。")]
    // Sent to the organisations, but the sentence ranks the villages.
    [InlineData("关于开展文化类社团星级评定的通知", "各文化类社会组织：\n评定结果分为五个等级，按村（社区）排名通报。")]
    public void ASocialOrganisationsPaper_ThatRatesTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The procedure whose papers are ended stands as the subject of the ended list.
    [InlineData("关于精简流动人口登记材料的公告", "自下月起，外来人员暂住登记取消以下材料：村委会盖章的亲属关系证明、房东手写的租住说明。申报人带身份证和租房合同即可。")]
    public void AProcedureCancellingItsListedPapers_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The list replaces the paper it ends with the village's certificate.
    [InlineData("关于精简流动人口登记材料的公告", "外来人员暂住登记取消以下材料：房东手写的租住说明，改为村委会盖章的亲属关系证明。")]
    // A sentence of its own keeps the certificate on the village.
    [InlineData("关于精简流动人口登记材料的公告", "外来人员暂住登记取消以下材料：房东手写的租住说明。亲属关系证明仍由村委会开。")]
    public void ACancelledList_ThatKeepsOrReplacesTheCertificate_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The villages' issuing named as a state of affairs and cut back.
    [InlineData("关于基层开具证明自查结果的报告", "县司法局：\n我局会同县民政局对村（社区）为群众开具证明情况作了清理，结果报告如下。")]
    public void APracticeCutBack_IsNoDemand(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // 梳理 only puts the practice in order; the villages still issue.
    [InlineData("关于基层开具证明工作的安排", "各村（社区）：\n镇里对村（社区）为群众开具证明情况进行梳理，梳理后由各村（社区）统一出具证明。")]
    // The clean-up named, then the villages told to go on issuing.
    [InlineData("关于基层开具证明工作的安排", "各村（社区）：\n对村（社区）为群众开具证明情况作了清理，今后各村（社区）仍要出具证明。")]
    public void APracticeOnlySortedOrKept_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // 现予以纠正 names nothing: it undoes the demand the sentence before recounts.
    [InlineData("关于纠正巡河工作中过度拍照问题的通知", "各镇人民政府：\n去年以来，县水利局要求村里河长巡河时每次拍照上传工作群。经研究，现予以纠正：巡查情况写进日志即可。")]
    public void ABareUndoing_UndoesTheRecountedDemand(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The undoing goes on to ask again.
    [InlineData("关于纠正巡河工作中过度拍照问题的通知", "各镇人民政府：\n去年以来，县水利局要求村里河长巡河时每次拍照上传工作群。经研究，现予以纠正：今后村级河长每周拍照上传两次。")]
    // An adjustment is no undoing.
    [InlineData("关于调整巡河工作方式的通知", "各镇人民政府：\n去年以来，县水利局要求村里河长巡河时每次拍照上传工作群。经研究，现予以调整。")]
    public void AnUndoingThatAsksAgain_OrOnlyAdjusts_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The residents pay the provider for the service they use, under their own rules.
    [InlineData("枫林社区居民公约（修订稿）", "枫林社区居民代表会议已表决通过，现将公约公布如下：\n一、爱护绿地，车辆入位停放；\n二、逐月缴纳物业服务费；\n三、邻里和睦，互帮互助。\n枫林社区居民委员会")]
    public void APeoplesOwnCharge_InTheirRules_IsNoCollection(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The committee collects the charge.
    [InlineData("枫林社区居民公约（修订稿）", "枫林社区居民代表会议已表决通过，现将公约公布如下：\n一、爱护绿地；\n二、居委会每月向住户收缴物业服务费；\n枫林社区居民委员会")]
    // A levy, not a provider's charge, keeps its reading in the village's own rules.
    [InlineData("枫林社区居民公约（修订稿）", "枫林社区居民代表会议已表决通过，现将公约公布如下：\n一、爱护绿地；\n二、按时缴纳医疗保险费；\n枫林社区居民委员会")]
    public void ACollectedChargeOrALevy_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The public may go; the villages in the bracket are examples of the points where they take the photo.
    [InlineData("“寻访乡村古树”拍照活动启事", "县林业局推出古树寻访活动。游客可前往全县二十个古树点（如白沙村、青石村等），在古树铭牌前拍照打卡，上传至活动小程序即可领取纪念品。")]
    public void ThePublicInvited_ChecksInItself(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The village's cadres named as the doers in the same sentence.
    [InlineData("“寻访乡村古树”拍照活动启事", "游客可前往全县二十个古树点，由各村村干部在古树铭牌前拍照打卡。")]
    [InlineData("“寻访乡村古树”拍照活动启事", "游客可前往全县二十个古树点，村干部在古树铭牌前拍照打卡并上传。")]
    // The villages organise the public.
    [InlineData("“寻访乡村古树”拍照活动启事", "请各村组织游客前往古树点，在古树铭牌前拍照打卡。")]
    public void ACheckInPutOnTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A thing installed by its supplier, then run as the village's facility.
    [InlineData("关于配送篮球架的通知", "各镇：\n今年为部分村配送篮球架。篮球架由厂家上门安装，安装后纳入村级公共设施日常管护。")]
    public void AThingInstalled_IsNoAppInstall(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // An app named in the sentence.
    [InlineData("关于配送篮球架的通知", "各镇：\n今年为部分村配送篮球架。各村要安装“全民健身”APP，安装后纳入考核。")]
    // The thing installed, and the villages counted on an app's downloads.
    [InlineData("关于配送篮球架的通知", "各镇：\n篮球架由厂家上门安装，各村要下载“全民健身”客户端，下载人数纳入考核。")]
    public void AnAppInstalledOrDownloaded_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);
}

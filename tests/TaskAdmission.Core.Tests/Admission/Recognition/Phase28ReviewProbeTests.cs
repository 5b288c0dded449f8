using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 28 review: evasions in the shapes phase 28's own quieting readers accept — a paper addressed to the
/// issuer's own units or stating its inside (s28-1), the public invited to a check-in, a thing installed, a sentence that
/// only undoes, an ended list of papers, a paper to social organisations (s28-2). The red team (s28-5) probed the readers
/// of phases 20–27 before these were merged. Each evasion must fire; the internal paper that names no village stays quiet.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase28ReviewProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // An internal paper that hands the collecting to the village committees and ranks them.
    [InlineData("医保费代收事项的通知（银行内部）", "各网点：请各网点协调辖区各村委会，由村干部逐户上门收取城乡居民医保费，收取进度纳入对村考核排名。", PrecheckRules.ProhibitedItem)]
    // A bank's outlets told that the village names a cadre who checks in.
    [InlineData("关于助农服务点管理的通知", "各营业网点：本行在各村设立的助农服务点，由村委会指定村干部担任负责人，负责人每日在手机银行APP定位签到并拍照上传。", PrecheckRules.AppCheckIn)]
    // A contractor's project departments told what the village committee must certify.
    [InlineData("关于施工人员进场手续的通知", "各项目部：项目所在地村委会须为进场的每名工人出具本人从无违法行为的证明。", PrecheckRules.ProhibitedCertificate)]
    // A utility's branches told to have the villages' electricians (cadres) check in, and the villages ranked.
    [InlineData("关于加强农村电工管理的通知", "各分公司：请督促各村电工（由村干部兼任）每天在掌上电力APP打卡签到，每月对各村签到率排名。", PrecheckRules.AssessmentBan)]
    public void OwnUnitsAddressed_TheVillageStillActs_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于员工考勤的通知（支行内部）", "各支行：员工每日上午9点前在工作群发送定位照片，月底按出勤排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于员工考勤的通知（支行内部）", "各支行：员工每日上午9点前在工作群发送定位照片，月底按出勤排名通报。", PrecheckRules.AssessmentBan)]
    public void OwnUnitsAddressed_OwnStaffOnly_AreQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The public invited, then the village cadres told to check in at the spots.
    [InlineData("关于开展“最美乡村”打卡活动的通知", "市民可自愿报名参加。各村干部须每天到本村点位打卡拍照，上传至活动小程序。", PrecheckRules.AppCheckIn)]
    // A camera installed, and an app installed with a daily sign-in beside it.
    [InlineData("关于推进平安乡村建设的通知", "各村在村部门口装好监控探头，并安装“平安乡村”APP，村干部每日登录签到。", PrecheckRules.AppCheckIn)]
    // A correction that only restates the demand in a milder rhythm, with a ranking.
    [InlineData("关于规范材料报送的通知", "各村：前期让各村逐日报照片的做法，经研究，现予以纠正：今后各村每周五前报送现场照片，街道按各村完成率排名并通报。", PrecheckRules.AssessmentBan)]
    // An ended list of papers, then a certificate moved onto the village committee.
    [InlineData("关于优化办事材料的公告", "自即日起取消以下材料：户口簿复印件。申请人家庭经济状况证明改由其户口所属村委会开具。", PrecheckRules.ProhibitedCertificate)]
    // Addressed to social organisations and to the villages: the villages' check-in counts.
    [InlineData("志愿服务积分工作方案", "各社会组织、各村（社区）：各村（社区）要组织党员每日在“志愿青山”APP签到，签到率纳入年度考核。", PrecheckRules.AppCheckIn)]
    public void CleanupAndPublicShapes_TheVillageStillActs_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The red team's open leak: a body named as the collector, then the carrying out given to the villages door to door.
    [InlineData("关于农户卫生费的通知", "各村：卫生费由镇环卫所统一收取，具体由各村逐户上门收缴，月底前交镇财政所。")]
    [InlineData("居民医保费收缴安排", "医保费由县医保局负责征收，具体由各村挨家挨户上门催缴，月底前完成。")]
    public void DoorToDoorCollecting_ByTheVillage_Fires(string title, string description) => fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("居民医保费收缴安排", "医保费由村民通过手机自行缴纳，村干部不得上门收缴。")]
    [InlineData("居民医保费收缴安排", "医保费由镇财政所派员逐户上门收缴，各村协助做好宣传。")]
    [InlineData("关于清理集体资产的通知", "各村对拖欠的集体土地承包费逐户上门收缴，收缴结果张榜公示。")]
    public void DoorToDoorCollecting_ByAnotherBody_NegatedOrTheCollectivesOwn_AreQuiet(string title, string description) => fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);
}

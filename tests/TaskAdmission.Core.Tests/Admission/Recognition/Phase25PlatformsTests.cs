using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 25 (platforms, service contracts and work that others do): a contract between a department and its
/// provider, a platform offered without obligation, work a department's own staff do. Each rule is one a county approver
/// would state; every sentence is written for these tests, and beside each rule stand the wordings in which a department
/// uses the same shape to put the banned work on the villages anyway — those still fire.
/// </summary>
public sealed class Phase25PlatformsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A contract binds those who sign it: a department and the company it pays. What the contract says without naming
    // the villages — how the company is scored and paid, what its system cannot do — is theirs."
    [Theory]
    [InlineData("关于数字乡村平台运维的采购合同", "甲方：某县数据资源中心\n乙方：某某信息技术有限公司\n一、乙方负责平台的日常运维。\n二、合同款按季度考核结果拨付。", PrecheckRules.AssessmentBan)]
    [InlineData("关于村务记录软件的服务协议", "甲方：某镇人民政府\n乙方：某某软件有限公司\n一、软件由乙方安装调试。\n二、该软件不能统计在线时长，也没有定位打卡。", PrecheckRules.AppCheckIn)]
    public void AContractBetweenADepartmentAndItsProvider_BindsThem(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The provider builds the system, but the villages must clock in on it every day.
    [InlineData("关于村务记录软件的服务协议", "甲方：某镇人民政府\n乙方：某某软件有限公司\n一、软件由乙方安装调试。\n二、各村干部须每天在该软件定位打卡。", PrecheckRules.AppCheckIn)]
    // The contract ties the payment to the villages' own ranking.
    [InlineData("关于数字乡村平台运维的采购合同", "甲方：某县数据资源中心\n乙方：某某信息技术有限公司\n一、乙方每月对各村使用情况考核排名。", PrecheckRules.AssessmentBan)]
    // A village signs the agreement: what it says is the village's.
    [InlineData("关于保洁服务的协议", "甲方：某镇人民政府\n乙方：石榴村民委员会\n一、乙方每日拍照上传保洁情况。\n二、甲方按月考核打分。", PrecheckRules.AppCheckIn)]
    public void AContractThatPutsTheWorkOnTheVillages_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "区农业农村委 is a department, though its name ends with 村委."
    [Theory]
    [InlineData("关于乡村公厕保洁的服务合同", "甲方：某区农业农村委\n乙方：某某清洁科技公司\n一、乙方保洁人员每日清扫后拍照上传甲方平台。\n二、甲方每月对乙方考核打分。")]
    public void ADepartmentNamedAfterRuralAffairs_IsNoVillageParty(string title, string description)
    {
        Quiet(title, description, PrecheckRules.AppCheckIn);
        Quiet(title, description, PrecheckRules.AssessmentBan);
    }

    [Theory]
    [InlineData("关于乡村公厕保洁的服务合同", "甲方：某区农业农村委\n乙方：杏园村村民委员会\n一、乙方每日清扫后拍照上传甲方平台。")]
    public void AVillageSigningWithThatDepartment_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    // "A platform offered to the villages without obligation is no forced app: 可根据需要使用，不作硬性要求."
    [Theory]
    [InlineData("各镇（街道）：\n读书小程序已上线，村（社区）可根据需要在小程序记录学习时长，使用与否不作硬性要求。")]
    [InlineData("各镇（街道）：\n村（社区）可在平台登记活动和积分，也可沿用纸质登记，平台不作强制要求。")]
    public void APlatformOfferedWithoutObligation_IsNoForcedApp(string description) =>
        Quiet("关于推广读书小程序的通知", description, PrecheckRules.AppCheckIn);

    [Theory]
    // "Voluntary", but the use is counted in the villages' year-end score.
    [InlineData("各镇（街道）：\n村（社区）可根据需要在小程序记录学习时长，不作硬性要求，但学习时长计入各村年终考核。")]
    // The next sentence makes it a daily duty after all.
    [InlineData("各镇（街道）：\n该小程序不作硬性要求。各村干部须每天在小程序学习满30分钟。")]
    public void AVoluntaryPlatformThatCountsOrIsDemanded_StillFires(string description) =>
        Fires("关于推广读书小程序的通知", description, PrecheckRules.AppCheckIn);

    // "When a bureau's staff say 我们 take the screenshots in the back office, the bureau does it; the village is not asked."
    [Theory]
    [InlineData("关于本月数据核查的说明", "各镇（街道）联络员：\n本月报表核查由区数据局负责，我们在系统后台自行截图保存，村里无需提供任何截图。")]
    [InlineData("关于本月数据核查的说明", "各镇（街道）联络员：\n这次核查各村报表，我们在后台统一截图留档。")]
    public void TheWritersOwnStaffTakeTheScreenshots_TheVillageIsNotAsked(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The bureau takes its own screenshots, but the villages must send theirs as well.
    [InlineData("关于本月数据核查的说明", "各镇（街道）联络员：\n我们在系统后台截图保存，各村每天也要在群里上传截图。", PrecheckRules.AppCheckIn)]
    // The bureau ranks the villages by its screenshots.
    [InlineData("关于本月数据核查的说明", "各镇（街道）联络员：\n我们在后台截图后，按截图对各村排名并通报。", PrecheckRules.AssessmentBan)]
    // The writer's side picks the villages the ranking's own words name.
    [InlineData("关于村庄清洁的群消息", "各村：\n下周我们把完成最慢的三个社区放上大屏。", PrecheckRules.AssessmentBan)]
    // 我们 before the villages is the villages speaking or addressed.
    [InlineData("关于本月数据核查的说明", "各村：\n我们各村每天都要在群里上传巡查截图。", PrecheckRules.AppCheckIn)]
    public void TheVillagesStillAskedOrRanked_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "村镇建设管理员 are the townships' staff; a test of them ranks no village."
    [Fact]
    public void TheTownshipsConstructionStaffRanked_IsNoRankingOfVillages() =>
        Quiet("关于乡镇村镇建设管理员测试成绩的通报", "各镇（街道）：\n县住建局组织各镇（街道）的村镇建设管理员参加测试，得分排名前五的管理员予以通报表扬。", PrecheckRules.AssessmentBan);

    [Fact]
    public void TheVillagesRankedOnConstructionWork_StillFires() =>
        Fires("关于乡镇村镇建设工作考核的通报", "各镇（街道）：\n县住建局对各村农房管理考核排名，排名靠后的村要通报。", PrecheckRules.AssessmentBan);

    // "A company's sales grids and their managers are its own staff, not the village grid."
    [Fact]
    public void ACompanysSalesGridsRanked_IsNoRankingOfVillages() =>
        Quiet("某银行支行关于网格经理存款业绩排名的通报", "各营销网格：\n现对上季度各网格经理的存款业绩进行排名，后两名由支行约谈。", PrecheckRules.AssessmentBan);

    [Fact]
    public void TheVillageGridWorkersRanked_StillFires() =>
        Fires("某镇关于网格员走访业绩排名的通报", "各村：\n现对上季度各村网格员的走访业绩进行排名，后两名由镇里约谈。", PrecheckRules.AssessmentBan);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 28 (helper s28-3): misses read as an approver reads them. A check-in in a paper sent to the townships
/// records the round of whoever the paper names to walk it — the villages' own people when it says so; a campaign whose
/// rated unit is the village (示范社区, 书香村) is on the villages whoever runs it and whoever it is sent to; a table row's
/// responsible unit that ranks the villages one by one ranks them. Beside each firing shape, its innocent twin stays quiet.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase28PerformerAndUnitTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // 由 the villages, organising their cadres: the round's photo is theirs.
    [InlineData("关于开展困难老人巡访的通知", "各镇民政办：\n一、巡访方式：由村（社区）组织村干部、楼栋长入户。\n二、巡访留痕：每次入户须在养老平台定位签到并上传合影。")]
    // The villages appoint the role that later sentences name.
    [InlineData("关于建立桥梁日常巡查制度的通知", "各镇人民政府：\n一、每个村选一位村干部担任桥梁巡查员。\n二、巡查员每周巡查一遍，每座桥均须在巡查APP内拍照定位上传。")]
    // Handed down: the townships urge the villages' members, who upload.
    [InlineData("关于推广积水点随手拍的通知", "各镇：\n请各镇督促辖区内村（社区）网格员下载注册；每人每周上传积水点照片不少于5张。")]
    public void ACheckInOnARoundTheVillagesWalk_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The township's own office walks the round.
    [InlineData("关于开展困难老人巡访的通知", "各镇民政办：\n一、巡访方式：由镇民政办组织社工入户。\n二、巡访留痕：每次入户须在养老平台定位签到并上传合影。")]
    // The villages help with something else; a department's station walks the round named last.
    [InlineData("关于建立桥梁日常巡查制度的通知", "各镇人民政府：\n一、各村配合做好桥梁安全宣传。\n二、区交通局养护站每周巡查一遍。\n三、每座桥均须在巡查APP内拍照定位上传。")]
    public void ACheckInOnARoundAnotherBodyWalks_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The unit made a model is the community; the sub-districts only put them forward.
    [InlineData("节水型示范社区创建安排", "各街道办事处：\n今年全区创建节水示范社区4个。请各街道推荐2个社区参加，年底由区水务局组织验收。")]
    // A department runs the rating; the villages are the ones rated.
    [InlineData("关于开展书香村评定的通知", "各乡镇人民政府：\n县图书馆决定开展书香村评定。各乡镇要发动辖区内的村对照标准参评，达标的授牌。")]
    public void ACampaignWhoseUnitIsTheVillage_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Demonstration);

    [Theory]
    // 数字乡村 is the countryside's digitisation, not a village made a model.
    [InlineData("关于数字乡村建设网络摸底的通知", "各镇：\n县大数据局决定推动数字乡村建设，请各镇组织各村做好网络覆盖摸底。")]
    // A township refusing the campaign: the title is read with its refusal.
    [InlineData("关于“美丽村”评选事项不予准入的意见", "县文明办：\n你办在我镇开展“美丽村”评选的申请收悉。经审核，此类把村当作评比对象的活动属于减负清理范围，不予准入。")]
    public void ACampaignWithNoVillageUnitOrRefused_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Demonstration);

    [Theory]
    // The responsible column names the ranker; the row ranks the villages.
    [InlineData("秸秆禁烧进度表", "序号|工作事项|责任单位|时间\n1|禁烧巡查|各村|常态\n2|进度督导|镇农业办|每周对各村巡查次数排名，结果计入年度考核")]
    public void ARowRankingTheVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The row ranks the office's own patrol teams.
    [InlineData("秸秆禁烧进度表", "序号|工作事项|责任单位|时间\n1|禁烧巡查|各村|常态\n2|进度督导|镇农业办|每周对各巡查组的巡查次数排名")]
    public void ARowRankingItsOwnTeams_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);
}

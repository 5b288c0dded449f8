using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 28: the internal paper of a bank, a company or a school, addressed to its own units or staff
/// (Document/InternalPaper). Its addressees are read from the shape of the name — 各 + a unit's kind (…营业部, …门店店长,
/// 班主任, 车间、班组, …工程师) with no village, township or government marker — or from an inside the title states for an
/// enterprise (（公司内部）, …有限公司职工…). What such a paper asks of no one it asks of its own staff; beside each quiet
/// shape, the same shape ordering the village committee, its cadres or grid staff to act, or a government's or a
/// village's paper dressed the same way, must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase28InternalPaperTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A bank's head office ranking its own sales departments.
    [InlineData("关于代发差错的通报", "各分行营业部：\n总行按季度对各营业部代发差错率排名，排名末位的营业部扣减绩效。\n东方农商银行运营管理部", PrecheckRules.AssessmentBan)]
    // A bakery chain's attendance rules sent to its shop managers.
    [InlineData("关于门店考勤的通知", "各门店店长：\n店员上下班一律用钉钉定位打卡，迟到三次扣当月奖金。\n某某烘焙连锁有限公司", PrecheckRules.AppCheckIn)]
    // A school's outing: the pupils collect stamps at the exhibits.
    [InlineData("关于秋游活动的通知", "各班主任：\n学生在植物园各展馆集章打卡，家长在安全须知上签字后交回。\n南山实验小学", PrecheckRules.AppCheckIn)]
    // A works' own workshops and teams.
    [InlineData("关于设备巡检的安排", "各车间、班组：\n巡检员每班次在系统打卡，并拍摄设备仪表照片上传，厂部每月对班组排名。", PrecheckRules.AppCheckIn)]
    [InlineData("关于设备巡检的安排", "各车间、班组：\n巡检员每班次在系统打卡，并拍摄设备仪表照片上传，厂部每月对班组排名。", PrecheckRules.AssessmentBan)]
    // An energy company's engineers, addressed by their trade.
    [InlineData("关于光伏电站巡检的安排", "各区域运维工程师：\n每人每月到所负责电站现场巡检，在公司平台上定位打卡、拍照，公司按及时率排名。", PrecheckRules.AppCheckIn)]
    // A lift company's rules, its inside stated in the title.
    [InlineData("电梯维保巡检细则（公司内部）", "维保员每周巡检一次，巡检时在APP上定位签到，拍照上传电梯运行照片，公司每月对班组打分排名。", PrecheckRules.AppCheckIn)]
    [InlineData("电梯维保巡检细则（公司内部）", "维保员每周巡检一次，巡检时在APP上定位签到，拍照上传电梯运行照片，公司每月对班组打分排名。", PrecheckRules.AssessmentBan)]
    public void AnOutsideBodysOwnUnitsAndStaff_AreWhomItsPaperAsks(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The bank's paper sends its departments to have the village committees issue a paper.
    [InlineData("关于代发差错的通报", "各分行营业部：\n请各营业部督促辖区村委会每月为贷款户出具收入情况证明。\n东方农商银行运营管理部", PrecheckRules.ProhibitedCertificate)]
    // The chain's paper has the villages' grid staff check in.
    [InlineData("关于门店考勤的通知", "各门店店长：\n请各村（社区）网格员每天在群里定位打卡，迟到三次通报。", PrecheckRules.AppCheckIn)]
    // The school's paper ranks the villages.
    [InlineData("关于研学活动的通知", "各班主任：\n各村（社区）要按学生研学打卡次数进行排名，排名靠后的村作书面说明。\n南山镇中心小学", PrecheckRules.AssessmentBan)]
    // The works' paper has the village cadres check in where its staff go.
    [InlineData("关于设备巡检的安排", "各车间、班组：\n巡检员到各村巡检时，由村干部每天在系统打卡并拍摄设备照片上传，厂部每月对各村排名。", PrecheckRules.AppCheckIn)]
    // The company's internal rules order the village committees to sign in and rank them.
    [InlineData("电梯维保巡检细则（公司内部）", "请各村委会每周在APP上定位签到，公司每月对各村打分排名。", PrecheckRules.AppCheckIn)]
    [InlineData("电梯维保巡检细则（公司内部）", "请各村委会每周在APP上定位签到，公司每月对各村打分排名。", PrecheckRules.AssessmentBan)]
    // A township's paper or a bare bracket dressed as internal: no enterprise's inside.
    [InlineData("关于汛期值守的安排（镇政府内部）", "值守人员每天在APP定位打卡，并拍照上传巡查照片，镇里每周排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于汛期值守的安排（内部）", "值守人员每天在APP定位打卡，并拍照上传巡查照片，每周排名通报。", PrecheckRules.AppCheckIn)]
    // Addressees that are the villages' own people, whatever their post's ending: grid heads, group heads, children's
    // directors, building heads.
    [InlineData("关于消防巡查的通知", "各网格长：\n每天在APP定位打卡，并拍照上传巡查照片，每周排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于消防巡查的通知", "各组长：\n每天在APP定位打卡，并拍照上传巡查照片，每周排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于消防巡查的通知", "各村民小组长：\n每天在APP定位打卡，并拍照上传巡查照片，每周排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于走访的通知", "各儿童主任：\n每天在APP定位打卡，并拍照上传走访照片，每周排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("关于走访的通知", "各楼栋长：\n每天在APP定位打卡，并拍照上传走访照片，每周排名通报。", PrecheckRules.AppCheckIn)]
    public void TheSameShape_PuttingTheWorkOnTheVillage_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}

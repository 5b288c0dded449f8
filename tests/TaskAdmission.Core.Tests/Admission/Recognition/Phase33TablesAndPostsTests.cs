using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 33 (helper s33-4): tables of who does what, and ratings of the village's own service posts. In a table,
/// the doer of a row is its executing column (落实主体, 实施主体 …) when the header has one, and a cell whose clause opens with
/// the village as subject (每村…, 各村负责…, 某镇某村…达到…标准) gives that act to the village whatever the lead unit column
/// names; a cell opened by another body, a village that only assists, and a table of what the villages are not to be asked
/// stay quiet. Tables typed with runs of spaces are read as those typed with bars. Rating, grading or ranking the village's
/// own service post (its 服务站, 幸福院, 农家书屋, 党群服务中心 …, named again as 站点, 各站, 各中心 …) rates the village, whichever
/// department runs it and to whomever the paper is sent; a township's station, a department's own hall, a clinic, a firm's
/// outlet, a safety inspection of a building and a rating that is stopped rate no village. Every sentence is written for
/// these tests, in lines of work the corpus's notices do not use.
/// </summary>
public sealed class Phase33TablesAndPostsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // A cell whose clause opens with the village as its subject gives that act to the village, whatever the lead unit.
    [Theory]
    [InlineData("农村供水任务分解表", "序号|工作任务|牵头单位|完成时限\n1|农村供水管网改造|县水利局|10月底\n2|农村水费收缴|县水务公司|各镇，各村负责上门收取水费，每月上缴", PrecheckRules.ProhibitedItem)]
    [InlineData("医保工作任务分解表", "序号｜任务｜牵头单位｜责任到\n1｜医保基金监管｜县医保局｜各镇\n2｜城乡居民医保参保费收缴｜县医保局｜各镇，并由镇分解到村，每村收缴参保费不少于全年任务的95%", PrecheckRules.ProhibitedItem)]
    [InlineData("违法占地整治任务分解表", "序号|任务|牵头单位|目标\n1|违法占地整治|县自然资源局|各镇，村委会负责组织拆除违法建筑", PrecheckRules.ProhibitedItem)]
    [InlineData("禁毒工作任务分解表", "序号|任务|牵头单位|要求\n1|禁毒宣传|县公安局|各镇，各村与农户签订禁毒承诺书", PrecheckRules.PledgeOrVeto)]
    [InlineData("乡村文化重点任务分解", "任务｜责任单位｜目标\n书香示范村创建｜白鹭镇｜白鹭镇桃溪村年底前达到书香示范村标准，通过市级验收命名", PrecheckRules.Demonstration)]
    public void CellNamesVillage_Fires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("农村供水任务分解表", "序号|工作任务|牵头单位|完成时限\n1|农村供水管网改造|县水利局|10月底\n2|农村水费收缴|县水务公司|各镇，水务公司营业所上门收取水费", PrecheckRules.ProhibitedItem)]
    [InlineData("医保工作任务分解表", "序号｜任务｜牵头单位｜责任到\n1｜城乡居民医保参保费收缴｜县医保局｜各镇，各村协助做好参保宣传", PrecheckRules.ProhibitedItem)]
    [InlineData("招商工作任务分解表", "序号|任务|牵头单位|责任到\n1|招商引资|县商务局|各镇，镇招商办每季度引进项目不少于2个", PrecheckRules.ProhibitedItem)]
    [InlineData("禁毒工作任务分解表", "序号|任务|牵头单位|要求\n1|禁毒宣传|县公安局|各镇，派出所与娱乐场所签订禁毒承诺书", PrecheckRules.PledgeOrVeto)]
    [InlineData("乡村文化重点任务分解", "任务｜责任单位｜目标\n书香示范村创建｜白鹭镇｜由镇文化站组织申报，年底前通过市级验收命名", PrecheckRules.Demonstration)]
    public void CellNamesBody_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // A table that lists what the villages are not to be asked names the village only to spare it.
    [Theory]
    [InlineData("税费和招商工作清单", "| 序号 | 任务 | 牵头单位 | 说明 |\n| 1 | 零星税款征收 | 县税务局 | 不得要求各村代收税款 |\n| 2 | 招商引资 | 县商务局 | 各村不承担招商引资任务 |", PrecheckRules.ProhibitedItem)]
    [InlineData("防汛工作清单", "| 序号 | 任务 | 牵头单位 | 说明 |\n| 1 | 水位监测 | 县水利局 | 不要求各村每天在APP打卡上报 |", PrecheckRules.AppCheckIn)]
    public void VillagesSpared_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // The executing column (落实主体) says who carries the row out; a note after its units does not hide them.
    [Theory]
    [InlineData("税费工作任务清单", "| 序号 | 任务 | 牵头单位 | 落实主体 | 时限 |\n| 1 | 零星税款代征 | 县税务局 | 各村 | 全年 |", PrecheckRules.ProhibitedItem)]
    [InlineData("森林防火工作任务清单", "| 序号 | 任务 | 牵头单位 | 落实主体 | 时限 |\n| 1 | 防火宣传 | 县林业局 | 各乡镇 | 3月 |\n| 2 | 护林巡山 | 县林业局 | 各乡镇、各村，每村护林员每日巡山后在APP定位打卡 | 全年 |", PrecheckRules.AppCheckIn)]
    [InlineData("畜牧工作任务清单", "| 序号 | 任务 | 牵头单位 | 落实主体 | 时限 |\n| 1 | 病死畜禽收集费收缴 | 县农业农村局 | 各村（社区），按户收取 | 每季度 |", PrecheckRules.ProhibitedItem)]
    public void ExecutingColumnVillage_Fires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("税费工作任务清单", "| 序号 | 任务 | 牵头单位 | 落实主体 | 时限 |\n| 1 | 零星税款代征 | 县税务局 | 县税务局城区分局 | 全年 |", PrecheckRules.ProhibitedItem)]
    [InlineData("森林防火工作任务清单", "| 序号 | 任务 | 牵头单位 | 落实主体 | 时限 |\n| 1 | 护林巡山 | 县林业局 | 各乡镇林业站，护林员每日巡山后在APP定位打卡 | 全年 |", PrecheckRules.AppCheckIn)]
    public void ExecutingColumnBody_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // A table typed with runs of spaces between its cells is read as one typed with bars.
    [Theory]
    [InlineData("道路保洁任务分解表", "序号  工作任务  责任单位  完成时限\n1  保洁招标  县住建局  3月10日\n2  日常保洁巡查，拍摄保洁前后照片上传小程序  各村委会  每天\n3  考核结算  县财政局  每季度", PrecheckRules.AppCheckIn)]
    [InlineData("疫苗接种任务分解表", "序号 工作任务 责任单位 完成时限\n1 疫苗采购 县疾控中心 3月\n2 入户摸排并拍摄接种证照片上传平台 各村委会 每户\n3 资金结算 县财政局 6月", PrecheckRules.AppCheckIn)]
    public void SpaceTableVillage_Fires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("道路保洁任务分解表", "序号 工作任务 责任单位 完成时限\n1 保洁招标 县住建局 3月10日\n2 日常保洁巡查，拍摄保洁前后照片上传小程序 保洁公司 每天\n3 考核结算 县财政局 每季度", PrecheckRules.AppCheckIn)]
    [InlineData("疫苗接种任务分解表", "序号 工作任务 责任单位 完成时限\n1 疫苗采购 县疾控中心 3月\n2 入户摸排并拍摄接种证照片上传平台 乡镇卫生院 每户\n3 资金结算 县财政局 6月", PrecheckRules.AppCheckIn)]
    public void SpaceTableBody_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    // The village's own service post rated, graded or ranked is the village rated — named again as 站点, 各站, 各中心 ….
    [Theory]
    [InlineData("关于加强农家书屋管理的通知", "各乡镇：\n各村农家书屋要按时开放。县新闻出版局每半年对各书屋借阅量打分排名，排名结果在全县通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于开展服务站运行评估的通知", "各镇：\n为了解村级退役军人服务站运行情况，区退役军人事务局决定开展评估。区局将根据各站得分确定星级，在全区通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于规范党群服务中心运行的通知", "各乡镇党委：\n各村党群服务中心要落实值班制度。县委组织部每季度对各中心运行情况分档评定，结果在全县通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于加强儿童之家建设的通知", "各街道：\n各社区儿童之家要每周开放。区妇联每年对各之家评定等次，评定结果公布。", PrecheckRules.AssessmentBan)]
    [InlineData("关于加强人社服务站建设的通知", "各镇人民政府：\n村级人社服务站是群众办理社保业务的窗口。区人社局每季度对各站点业务办理情况打分排名，结果在全区通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于开展幸福院星级评定的通知", "各镇：\n请各镇组织所辖村幸福院参加评定。县民政局将对幸福院开展星级评定，结果与运营补助挂钩。", PrecheckRules.AssessmentBan)]
    public void VillagePostRated_Fires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于加强窗口服务的通知", "中心各窗口：\n县政务服务中心要提升服务质量。县政务办每季度对中心各窗口打分排名，结果在中心内公示。", PrecheckRules.AssessmentBan)]
    [InlineData("关于开展文化站评估的通知", "各乡镇：\n各乡镇综合文化站要完善设施。县文旅局将对各站开展评估定级，结果在全县通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于规范诊疗服务的通知", "各乡镇：\n各村卫生室要规范诊疗。县卫健局每季度对各室打分排名，结果在全县通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于邮政服务站管理的通知", "各支局：\n各村邮政服务站要按时营业。县邮政分公司每季度对各站点业务量排名，结果在公司内通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于开展消防安全检查的通知", "各乡镇：\n为了解村级综合服务站运行情况，县消防救援大队将于6月对各站点开展消防安全检查，检查结果按合格、基本合格、不合格分档通报各乡镇。", PrecheckRules.AssessmentBan)]
    [InlineData("关于停止服务站星级评定的通知", "各乡镇：\n经研究，停止对村级服务站开展星级评定，已评定的结果不再使用。", PrecheckRules.AssessmentBan)]
    public void OtherPostOrNoRating_IsQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);
}

using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 24 (the village's own letters and papers that clean up demands, developed on rt45's false blocks): a
/// village committee's own letter, reply, explanation or report sent out of the village — to a bank, a school, an employer,
/// a property company, the township or the person who applied — that declines, explains or reports a paper asked of it
/// puts nothing on the village. Each rule is checked on the demo lists with sentences written for these tests, and beside
/// it stand the wordings in which a township uses the same shape to put the banned work on the villages anyway — those
/// still fire.
/// </summary>
public sealed class Phase24OwnLettersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A paper the village writes itself, sent upward or outward, that declines, explains or reports a demand is the
    // village's answer, not a task."
    [Theory]
    [InlineData("杏林村委会关于信用社要求开具收入证明的复函",
        "县农村信用社城关分社：\n你社来函要求我村为村民赵某开具家庭年收入证明。村民收入多少村里核实不了，我村不予开具，建议通过实地调查核实。\n杏林村民委员会")]
    [InlineData("柏树村民委员会关于不能为求职人员出具品行证明的函",
        "××建材有限公司人事部：\n贵司要我村给前来应聘的村民出具无犯罪记录的证明。此类证明应向派出所申请，本村没有出具的权限。")]
    [InlineData("双河社区居委会关于业主要求出具居住证明的情况说明",
        "××物业公司双河苑服务中心：\n贵中心要求业主先到社区开具居住证明再办理门禁卡。居住情况以公安登记为准，社区不予开具，请贵中心调整办理要求。")]
    [InlineData("松林村委会关于刘某申请亲属证明事项的答复",
        "申请人刘某：\n你请本村开一份你与舅舅系亲戚的证明。此事应找公安机关或公证处确认，我村不能开。")]
    [InlineData("杏林村委会关于银行网点要求出具无欠款证明的情况报告",
        "镇党政办：\n本月县农商行城关网点要求我村为三户村民出具无欠款证明，我村已拒绝出具，特此报告。")]
    public void AVillagesOwnLetterThatDeclinesOrExplains_PutsNothingOnIt(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A township's paper about the village's refusal that orders the paper anyway.
    [InlineData("石桥镇关于杏林村委会不予出具收入证明问题的处理意见",
        "杏林村委会：\n你村复函称无法为村民开具收入证明。经研究，请你村仍按银行要求为该户出具收入证明，三日内送交。", PrecheckRules.ProhibitedCertificate)]
    // A letter the township signs that tells the villages what to produce.
    [InlineData("河口镇政府关于为银行提供农户证明的函",
        "各村（社区）：\n请各村在月底以前为辖区内贷款农户一户一份出具收入证明，交镇农办汇总后转送银行。", PrecheckRules.ProhibitedCertificate)]
    // The village passing on its township's order to its own people, or telling of it without refusing it.
    [InlineData("杏林村委会关于每日打卡的通知",
        "本村各组长：\n根据镇里要求，本村各组长每天早上八点前在工作群里打卡报到。", PrecheckRules.AppCheckIn)]
    [InlineData("杏林村委会关于落实打卡要求的情况说明",
        "镇党政办：\n根据镇里要求，本村各组长每天在工作群里打卡，村委会每周汇总上报。", PrecheckRules.AppCheckIn)]
    [InlineData("柏树村委会关于开具收入证明的说明",
        "各村民小组：\n镇农办要求本村为每户贷款农户开具收入证明，请各组长本周内把名单报村委会。", PrecheckRules.ProhibitedCertificate)]
    // The one written to is a village told to act, in a letter dressed as the village's own.
    [InlineData("杏林村委会关于出具收入证明的复函",
        "县农商行城关支行：\n你行要求的证明如下。你村须在三日内为贷款户出具家庭收入证明。", PrecheckRules.ProhibitedCertificate)]
    // A letter that consents to what was asked.
    [InlineData("柏树村委会关于为村民出具收入证明的复函",
        "县农商银行城关支行：\n贵行来函收悉。经村委会研究，同意为村民周某出具家庭收入证明，请派人来村领取。", PrecheckRules.ProhibitedCertificate)]
    public void ATownshipsOrderOrAConsentInTheSameShape_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A paper a person applies for, named in the application the village receives, is their request: what the village is
    // told is how to answer it."
    [Theory]
    [InlineData("关于推广以承诺代替证明的实施意见",
        "各村（社区）收到居民开具清单以外证明的申请后，应向其讲清楚告知承诺的做法。")]
    [InlineData("村级证明事项工作指引",
        "村委会受理村民要求出具本户收入证明的请求时，应当先对照清单，清单外的向其说明理由。")]
    public void APaperNamedInAnApplicationTheVillageReceives_IsTheApplicantsRequest(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The sentence grants what was applied for.
    [InlineData("关于做好村级证明服务的通知", "各村收到群众开具本人无犯罪证明的申请后，要当天出具。")]
    [InlineData("关于做好村级证明服务的通知", "各村收到群众开具本户收入证明的请求后，一律三日内办结。")]
    // No application received: the village is told to handle it.
    [InlineData("关于做好村级证明服务的通知", "各村要及时为群众开具家庭收入证明。")]
    public void AnApplicationTheVillageIsToldToGrant_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedCertificate);

    // "A company writing to its own project departments speaks to its own sites: what it asks without naming the villages is
    // theirs."
    [Theory]
    [InlineData("××建筑公司关于工地人员考勤的规定", "各项目部：\n一、施工人员上下班在公司APP打卡，外勤人员须开启定位；\n二、每月对各项目部出勤率排名。", PrecheckRules.AppCheckIn)]
    [InlineData("××建筑公司关于工地人员考勤的规定", "各项目部：\n一、施工人员上下班在公司APP打卡，外勤人员须开启定位；\n二、每月对各项目部出勤率排名。", PrecheckRules.AssessmentBan)]
    public void APaperToACompanysProjectDepartments_SpeaksToThem(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The villages are named in the paper to the project departments, or addressed beside them.
    [InlineData("××建筑公司关于工地人员考勤的规定", "各项目部：\n请各村协理员每天在公司APP打卡，外勤时须开启定位。", PrecheckRules.AppCheckIn)]
    [InlineData("××建筑公司关于工地人员考勤的规定", "各村、各项目部：\n施工期间每天在APP打卡，外勤时须开启定位。", PrecheckRules.AppCheckIn)]
    public void APaperToProjectDepartmentsThatNamesTheVillages_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
}

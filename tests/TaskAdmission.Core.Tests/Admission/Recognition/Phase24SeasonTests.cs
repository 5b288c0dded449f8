using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 24 (helper s24-2): the two evasions phase 23's review left open, posts set up in the villages under new
/// names, and the village's own lawful decisions. Every sentence is written for these tests; beside each quieting rule
/// stands a wording in which a department uses the same shape to put the banned work on the villages anyway.
/// </summary>
public sealed class Phase24SeasonTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    // "有些乡把招商任务交给村里 tells of a practice; 各乡镇都要把招商任务交给村里 in a later clause makes it the rule."
    [Theory]
    [InlineData("各乡镇：\n有些乡把招商引资任务交给村里，效果明显，各乡镇都要把招商引资任务交给村里。")]
    [InlineData("各乡镇：\n有的镇将招商引资指标交给村委会，值得推广，今后各镇一律将招商引资指标交给村委会。")]
    [InlineData("各乡镇：\n个别乡镇把招商引资任务交给各村，经验可行，所有乡镇从今年起把招商引资任务交给各村。")]
    public void AHandOverToldOfThenMadeTheRule_Fires(string description) =>
        Fires("关于推广经验做法的通知", description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The practice told of and stopped; the later clause refuses it.
    [InlineData("各乡镇：\n有些乡把招商引资任务交给村里，加重了村级负担，各乡镇不得再把招商引资任务交给村里。")]
    [InlineData("各乡镇：\n有的镇将招商引资指标交给村委会，此类做法要立即纠正。")]
    public void AHandOverToldOfAndStopped_StaysQuiet(string description) =>
        Quiet("关于纠正摊派做法的通知", description, PrecheckRules.ProhibitedItem);

    // "…证明不再由派出所开具，改由村委会开具 refuses the paper to one issuer and gives it to the village in the next clause."
    [Theory]
    [InlineData("各村：\n自下月起，无犯罪记录证明不再由派出所开具，改由村委会开具。")]
    [InlineData("各村：\n婚姻状况证明、亲属关系证明等不再由派出所出具，改由各村委会出具，盖章后交申请人。")]
    [InlineData("各村：\n今后亲属关系证明不再由乡民政办开具，改由户籍所在村（社区）负责开具。")]
    public void ACertificateRefusedToAnotherIssuerAndGivenToTheVillage_Fires(string description) =>
        Fires("关于调整证明开具的通知", description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The other way round, or the village no longer issuing at all.
    [InlineData("各村：\n自下月起，无犯罪记录证明不再由村委会开具，改由派出所开具。")]
    [InlineData("各村：\n婚姻状况证明不再由村委会开具，改由申请人到民政局自行查询。")]
    public void ACertificateTakenFromTheVillage_StaysQuiet(string description) =>
        Quiet("关于调整证明开具的通知", description, PrecheckRules.ProhibitedCertificate);

    // "The village deciding its own public works by 一事一议 or 四议两公开 spends its own money: the sum is its decision."
    [Theory]
    [InlineData("桃溪村关于硬化三组便道“一事一议”方案的公示", "本村村民代表会上表决通过，三组便道硬化按“一事一议”办理，总投资5.2万元，受益户每户筹资100元。\n桃溪村村民委员会")]
    [InlineData("石门村关于村集体冷库项目实施“四议两公开”的公告", "村集体拟在村部后院建设冷库一座，投资约18万元，收益归村集体。该事项已由两委商议、党员大会审议，下周交由村民代表表决。\n石门村村民委员会")]
    public void AVillagesOwnProjectDecidedByItsOwnProcedure_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village's own paper that records a township's order to do banned work.
    [InlineData("桃溪村关于“一事一议”项目的公示", "本村代表会上研究，三组便道按“一事一议”办理。镇里要求本村今年完成招商引资投资500万元，由两委班子抓落实。\n桃溪村村民委员会")]
    // The same procedure named in a township's paper that hands the villages an investment target.
    [InlineData("白沙镇关于推进“一事一议”项目的通知", "各村：\n各村要按“一事一议”程序推进项目建设，每村引进社会投资不少于50万元。")]
    // The village's own paper under its own procedure: a tax it is made to collect is no spending of its own.
    [InlineData("桃溪村关于“四议两公开”事项的公告", "本村代表会上表决后，按“四议两公开”程序，由村委会向采石业主代收资源税，每月上缴镇财政所。\n桃溪村村民委员会")]
    public void AnOrderRecordedInTheVillagesOwnDecision_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A paper that stops a contest is no contest: …评比即日起一律停止 ends it."
    [Theory]
    [InlineData("各乡镇：\n全县“清洁村”评比即日起一律停止，已报名的村不再参加验收。")]
    [InlineData("各乡镇：\n原定对各村开展的季度卫生评比予以停止。")]
    public void AContestStoppedAfterItsName_StaysQuiet(string description) =>
        Quiet("关于停止评比的通知", description, PrecheckRules.AssessmentBan);

    [Theory]
    // Started, not stopped; stopped and replaced by a new ranking; a bare 停止 that is a sanction.
    [InlineData("各乡镇：\n全县“清洁村”评比即日起启动，每月对各村评比排名。")]
    [InlineData("各乡镇：\n原季度评比即日起停止，改为每月对各村考核排名。")]
    [InlineData("各乡镇：\n每月对各村卫生评比，排名末位的村停止拨付奖补资金。")]
    public void AContestStartedReplacedOrSanctioned_Fires(string description) =>
        Fires("关于卫生评比的通知", description, PrecheckRules.AssessmentBan);
}

using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26 (papers that repeal, cancel, explain or report demands): a demand a paper ends — the pledge signed
/// before that it repeals with the paper, the practice recounted and stopped in the next sentence, the task a village meets
/// and may refuse, the paper some people came to the village to ask for, a cited paper whose title cuts it down, the
/// paper's own opening of what it explains — is not made by that paper; what it newly demands still is. Each rule is
/// checked on the demo lists with sentences written for these tests, and beside it stand the wordings in which a body uses
/// the same shape to put the banned work on the villages anyway — those still fire.
/// </summary>
public sealed class Phase26RepealsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "What a body had the villages sign before, named as the subject that a repeal ends now or together with the paper
    // (…签下的…保证书一并终止), is ended, not demanded."
    [Theory]
    [InlineData("关于废止几件旧文件的通知", "各乡镇，县直各单位：\n经县政府同意，下列文件即日起不再执行。\n各乡镇过去同村里签下的防溺水安全保证书一并终止。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于调整村级防火职责的通知", "各村、镇直各站所：\n三、原同各村签下的护林防火责任状一并废止。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于调整村级防火职责的通知", "各村、镇直各站所：\n二、今年镇直站所与各村签订的护河保证书一律作废。", PrecheckRules.PledgeOrVeto)]
    public void APledgeMadeBeforeAndEndedNow_IsNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The repeal's next article has the same pledge signed again under another name.
    [InlineData("关于调整村级防火职责的通知", "各村、镇直各站所：\n三、原同各村签下的护林防火责任状一并废止。\n四、各村每年春节前须同镇里签一份护林防火承诺书。", PrecheckRules.PledgeOrVeto)]
    // The clause after the repeal has the villages sign anew.
    [InlineData("关于调整村级防火职责的通知", "各村、镇直各站所：\n三、原同各村签下的护林防火责任状一并废止，各村另签护林目标责任书。", PrecheckRules.PledgeOrVeto)]
    // A phrase closed by 的 alone names those a sanction falls on, and the pledge stays in force.
    [InlineData("关于春季防火工作的通知", "各村：\n各村要同镇里签护林防火责任状，未签的一律取消评优资格。", PrecheckRules.PledgeOrVeto)]
    // Not ended: the pledge is handed in, not repealed.
    [InlineData("关于春季防火工作的通知", "各村：\n今年同各村签下的护林防火责任状一律于三月底前交镇林业站。", PrecheckRules.PledgeOrVeto)]
    public void ARepealThatSignsThePledgeAgain_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A practice recounted in one sentence and stopped in the next — by pointing back to it (该做法…停止执行) or by
    // naming the one act again (现决定取消每天签到要求) — is not demanded."
    [Theory]
    [InlineData("关于调整护林巡查方式的通知", "各村（社区）：\n去年以来，镇农办要求各村每天上报护林巡查照片。经农办研究，该做法从今天起停止执行。今后发现火情打电话告知农办即可。", PrecheckRules.AppCheckIn)]
    [InlineData("关于取消护林员每天签到要求的通知", "各乡镇人民政府：\n去年以来，县林业局要求各村护林员每天在巡护APP签到。经听取乡镇意见，县林业局现决定取消每天签到要求，APP只用来发布火险预警。", PrecheckRules.AppCheckIn)]
    public void APracticeRecountedAndStoppedInTheNextSentence_IsNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // A stop followed by a replacement (取消签到，改为每周定位打卡): the replacement is a demand of its own.
    [InlineData("关于调整护林工作方式的通知", "各村（社区）：\n去年以来，县林业局要求各村护林员每天在巡护APP签到。现决定取消每天签到要求，改为各村护林员每周两次在APP定位打卡。", PrecheckRules.AppCheckIn)]
    // The recounted sentence asks two acts; the withdrawal names one of them again.
    [InlineData("关于调整护林工作方式的通知", "各村（社区）：\n去年以来，县林业局要求各村护林员每天在巡护APP签到并上传巡护照片。现决定取消每天签到要求。", PrecheckRules.AppCheckIn)]
    // The next sentence withdraws something else: the recounted demand stands.
    [InlineData("关于调整护林工作方式的通知", "各村（社区）：\n今年起，县林业局要求各村护林员每天在巡护APP签到。现决定取消纸质台账要求。", PrecheckRules.AppCheckIn)]
    // A sentence after the stop puts the photos on the villages again.
    [InlineData("关于调整护林巡查方式的通知", "各村（社区）：\n去年以来，镇农办要求各村每天上报护林巡查照片。经农办研究，该做法从今天起停止执行。各村今后每周在群里上传两次巡查照片。", PrecheckRules.AppCheckIn)]
    public void AStopThatKeepsOrReplacesThePractice_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A task the village meets and may refuse (如仍接到…要求…的任务，可以拒绝) is the one it turns away — also when the
    // sentence is a numbered article."
    [Theory]
    [InlineData("关于调整村里安全职责的通知", "各村（社区）：\n五、各村如仍接到站所要求其承担厂矿安全监管的任务，可以拒绝，并可向镇纪委反映。", PrecheckRules.ProhibitedItem)]
    public void ANumberedArticleLettingTheVillageRefuse_IsNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The answer tells the village to comply after all.
    [InlineData("关于调整村里安全职责的通知", "各村（社区）：\n五、各村如仍接到站所要求其承担厂矿安全监管的任务，要先行落实，再向镇纪委反映。", PrecheckRules.ProhibitedItem)]
    // The article puts the supervision on the villages itself.
    [InlineData("关于调整村里安全职责的通知", "各村（社区）：\n五、各村要承担辖区厂矿安全监管任务，可以向镇纪委反映困难。", PrecheckRules.ProhibitedItem)]
    public void AnArticleThatPutsTheTaskOnTheVillage_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A paper some people came to the village to ask for, told as what happened, is their request; what the paper says of
    // it — that another office provides it — asks nothing of the village."
    [Theory]
    [InlineData("关于析产公证的说明", "近来，部分村民到村委会求开遗产继承证明，现对析产公证怎么办说明如下。继承关系由公证处查实后发给公证书。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("沙湾村群消息", "各位乡亲：这两天有几户人家来村委开亲属证明，上级早就规定村里不再开这类证明了，请带户口本去派出所办。", PrecheckRules.ProhibitedCertificate)]
    public void APaperPeopleCameToAskFor_IsTheirRequest(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The paper sends the applicants to the village for the certificate.
    [InlineData("关于办理遗属待遇的告知", "申请人须到户口所在村开一份亲属证明，再到社保窗口办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于办理遗属待遇的告知", "所有村民都到村委会开具亲属证明后，方可到社保窗口办理。", PrecheckRules.ProhibitedCertificate)]
    // The village is told to grant what the visitors ask for.
    [InlineData("关于办理遗属待遇的通知", "各村：\n近来，部分村民到村委会求开亲属证明，村委会要当天出具。", PrecheckRules.ProhibitedCertificate)]
    public void APaperThatSendsPeopleToTheVillageForTheCertificate_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A paper the text cites by a title that ends or cuts down what it names (按照…关于精简…事项的要求) names what it ends."
    [Theory]
    [InlineData("关于护林减负的说明", "县林业局：\n按照县里关于精简村级评比事项的要求，我镇做了自查，现说明如下。", PrecheckRules.AssessmentBan)]
    [InlineData("关于防火减负的说明", "县应急局：\n按照区里关于压减村级防火责任状的意见，我镇作了梳理，现说明如下。", PrecheckRules.PledgeOrVeto)]
    public void APaperCitedByATitleThatEndsTheDemand_NamesWhatItEnds(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The sentence goes on, after the cited title, to rank the villages.
    [InlineData("关于护林工作的通知", "各村：\n按照县里关于精简村级评比事项的要求，镇里今后每月对各村护林工作考核排名。", PrecheckRules.AssessmentBan)]
    // After the cited title the villages are told to sign anyway.
    [InlineData("关于防火工作的通知", "各村：\n按照区里关于压减村级防火责任状的意见，今年各村仍须同镇里签防火责任状。", PrecheckRules.PledgeOrVeto)]
    // A cited paper that regulates the ranking may keep it.
    [InlineData("关于护林工作的通知", "各村：\n镇里按照县里关于规范各村护林考核排名的办法，每季度通报一次。", PrecheckRules.AssessmentBan)]
    public void ACitedTitleFollowedByTheDemand_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
}

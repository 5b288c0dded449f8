using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 30 (helper s30-2): papers that end, cancel or limit a demand, and the policy papers on certificates. A
/// repealed paper's provision named as the object of the verb that ends it; the numbered list a repeal introduces; what
/// the repealed rules asked under a pointer (该规程中要求…); a past practice stopped by name a sentence or two later; a
/// certificate the paper says the village need not issue, or whose demand names another body as its issuer. Beside each
/// quieting shape, the same shape putting the work on the villages fires. Every sentence is written for these tests.
/// </summary>
public sealed class Phase30EndedAndCertificatePapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private IReadOnlyList<string> CertificateRules(string title, string description, string certificate) =>
        [.. fixture.Check(Base(title, description, [], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: certificate))).Findings.Select(f => f.Rule).Distinct()];

    [Theory]
    // The provision repealed is the object of 废止, closed by 条款.
    [InlineData("关于废止《茶叶产业发展奖补办法》中村级排名条款的通知", "各镇农办：\n经研究，决定废止《茶叶产业发展奖补办法》第四章“各村茶园管护考核排名”全部条款，今年起不再对各村开展此项评比。")]
    public void TheProvisionARepealEnds_IsNotDemanded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The same repeal goes on to rank the villages in a later clause.
    [InlineData("关于废止《茶叶产业发展奖补办法》中村级排名条款的通知", "各村：\n经研究，决定废止《茶叶产业发展奖补办法》第四章全部条款，今后各村茶园管护每月考核排名。")]
    // A repeal whose body puts a new demand on the villages in the next sentence.
    [InlineData("关于废止《茶叶产业发展奖补办法》的通知", "各村：\n决定废止《茶叶产业发展奖补办法》全部条款。今后各村每月对茶园的管护打分排名，结果在镇网站通报。")]
    public void ARepealFollowedByANewRanking_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A numbered list introduced by a repeal names the ended provisions.
    [InlineData("关于废止几条找村委会盖章规定的通知", "各营业网点：\n经清理，本社下列规定中要求社员找村委会盖章的条款予以废止:\n1.《小额农贷发放细则》第八条“借款人经营状况须由村委会出证明”；\n2.《社员股金退还办法》第三条“退股须带村委会开的健在证明”。\n上述业务一律改为核验社员本人身份证件办理。")]
    public void TheListARepealIntroduces_IsNotDemanded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // After the list, a line without a number asks the village for the same certificate in other words.
    [InlineData("关于废止几条找村委会盖章规定的通知", "各营业网点：\n经清理，本社下列规定中要求社员找村委会盖章的条款予以废止:\n1.《小额农贷发放细则》第八条“借款人经营状况须由村委会出证明”。\n今后退股的社员仍须请村委会开健在证明。")]
    // Within an item, a replacement puts the certificate back on the village.
    [InlineData("关于废止几条找村委会盖章规定的通知", "各营业网点：\n经清理，下列条款予以废止:\n1.《社员股金退还办法》第三条，改为村委会每年开一次健在证明。")]
    // The colon follows a long tail after the repeal: what follows is what the repeal brings, read as it stands.
    [InlineData("关于废止《社员股金退还办法》的通知", "各营业网点：\n决定废止《社员股金退还办法》（农信〔2020〕8号），自下月一日起执行新规定，主要变化如下:\n1.退股的社员须请村委会开健在证明。")]
    public void ACertificateAskedAgainAroundTheList_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // What the repealed rules asked, under a pointer with 中 after its noun.
    [InlineData("关于废止《村级低保材料审核规程》的通知", "各村（社区）：\n决定废止《村级低保材料审核规程》。该规程中要求村委会开的死亡证明、健在证明等，自即日起村里都停止开具。")]
    public void WhatARepealedCodeAsked_IsNotDemanded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The pointer recounts, and a later clause asks the villages anew.
    [InlineData("关于废止《村级低保材料审核规程》的通知", "各村（社区）：\n决定废止《村级低保材料审核规程》。该规程中要求村委会开的死亡证明停止开具，今后各村委会每年为低保户开健在证明。")]
    // A pointer in a paper that ends nothing.
    [InlineData("关于修订《村级低保材料审核规程》的通知", "各村（社区）：\n该规程中要求村委会每年为低保户开健在证明。")]
    public void ARepealedCodeReplacedByTheSameDemand_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The practice asked before is stopped by name two sentences later.
    [InlineData("关于调整护林巡山登记办法的通知", "各村：\n前期，镇林业站曾经要求村里护林员巡山时每次拍照上传微信群。经征求各村意见，现调整如下：\n一、即日起停止巡山拍照上传微信群的做法。\n二、巡查情况记入纸质巡山日志。")]
    public void APastPracticeStoppedByName_IsNotDemanded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The stop names another practice; the photos go on.
    [InlineData("关于调整护林巡山登记办法的通知", "各村：\n前期，镇林业站曾经要求村里护林员巡山时每次拍照上传微信群。经征求各村意见，现调整如下：\n一、即日起停止填写纸质巡山日志的做法。")]
    // Stopped by name, and the same photos asked in other words.
    [InlineData("关于调整护林巡山登记办法的通知", "各村：\n前期，镇林业站曾经要求村里护林员巡山时每次拍照上传微信群。现调整如下：\n一、即日起停止巡山拍照上传微信群的做法，改为每次巡山在小程序打卡并上传定位照片。")]
    public void AStopOfAnotherPractice_OrAReplacement_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Another body issues it, and the village is told it no longer does.
    [InlineData("关于领取人“健在证明”怎么办的告知", "年审由社保中心人脸识别核验。哪个单位都不得叫群众去村委会开具“健在证明”，村委会以后也不再出具。", "健在证明")]
    // An answer to a village: it need not issue the certificate.
    [InlineData("关于村里是否要出具健在证明的复函", "桃源村民委员会：\n你村询问养老金年审时是否须由村里出具健在证明。经研究答复如下：年审用人脸识别办，村里不需要开健在证明。", "健在证明")]
    // The demand's own name says a department issues it.
    [InlineData("关于特困人员身份证明办理窗口的通知", "各镇民政办：\n特困人员需证明身份的，由镇民政办在服务大厅窗口打印证明。", "特困人员身份证明（镇民政办出具）")]
    public void ACertificateThePaperTakesFromTheVillage_IsNotBlocked(string title, string description, string certificate) =>
        Assert.DoesNotContain(PrecheckRules.ProhibitedCertificate, CertificateRules(title, description, certificate));

    [Theory]
    // The village must still issue it.
    [InlineData("关于“无犯罪记录证明”去哪里开的告知", "这种证明原本由派出所开，因系统升级暂停，这段时间由各村委会为群众开“无犯罪记录证明”。", "无犯罪记录证明")]
    // An answer that says the village must issue it.
    [InlineData("关于村里是否要出具健在证明的复函", "桃源村民委员会：\n你村询问养老金年审时是否须由村里出具健在证明。经研究答复如下：村里应当按年度为领取人出具健在证明。", "健在证明")]
    // One certificate ended, another demanded of the village.
    [InlineData("关于调整养老金年审材料的通知", "各村委会：\n养老金年审不再要求村委会开健在证明。今后领取人户籍变动的，由村委会开亲属关系证明。", "亲属关系证明")]
    // A negation inside what the certificate proves does not relieve the village.
    [InlineData("关于申报失踪人员材料的通知", "各村委会：\n申请人须交村委会开的下落不明证明。", "下落不明证明")]
    // A name saying the village issues it.
    [InlineData("关于特困人员证明身份的通知", "各村：\n特困人员需证明身份的，请各村出具证明。", "健在证明（村委会出具）")]
    public void ACertificateStillPutOnTheVillage_IsBlocked(string title, string description, string certificate) =>
        Assert.Contains(PrecheckRules.ProhibitedCertificate, CertificateRules(title, description, certificate));
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 29 (helper s29-2): papers that stop, repeal or cancel a practice, and answers about what may no longer
/// be asked. What a repealed paper asked, recounted under a pointer to it (该细则要求…); a practice told as past and stopped
/// bare in the next sentence; a dated start before the verb that ends; a question whether a body may still demand,
/// answered no; a body called by its name's tail after its full name; questions answered under the name 解答. Beside each
/// quieting shape, the same shape used to put the banned work on the villages anyway must fire. Every sentence is written
/// for these tests.
/// </summary>
public sealed class Phase29EndedPracticeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // The repealed rules' demand recounted under a pointer back to them.
    [InlineData("关于废止《村级河道保洁督查细则》的通知", "各村委会：\n县水利局决定废止去年印发的《村级河道保洁督查细则》。该细则要求村级河长每天巡河后在APP打卡并上传河面照片，耗费了村干部大量时间。")]
    // The paper ended is named in an earlier sentence, not in the title.
    [InlineData("关于减轻村级负担的几项决定", "各村委会：\n经研究，撤销《村级河道保洁督查细则》。上述细则规定村级河长每天在APP打卡上传河面照片。")]
    public void WhatARepealedPaperAsked_IsNotDemanded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The recounted demand is kept.
    [InlineData("关于废止《村级河道保洁督查细则》的通知", "各村委会：\n县水利局决定废止《村级河道保洁督查细则》。该细则要求村级河长每天在APP打卡上传河面照片，此项今后继续执行。")]
    // Repealed, and replaced by the same check-in at another rhythm.
    [InlineData("关于废止《村级河道保洁督查细则》的通知", "各村委会：\n县水利局决定废止《村级河道保洁督查细则》。该细则要求村级河长每天巡河拍照上传，现改为每周在APP打卡定位三次。")]
    // A pointer to a paper the notice does not end: the notice adjusts it.
    [InlineData("关于调整村级河道保洁督查细则的通知", "各村委会：\n该细则要求村级河长每天在APP打卡并上传河面照片。")]
    // The recount goes on to a new paper that asks the same.
    [InlineData("关于废止《村级河道保洁督查细则》的通知", "各村委会：\n县水利局决定废止《村级河道保洁督查细则》。原细则要求村级河长每天在APP打卡，新细则同样要求村级河长每天在APP打卡两次。")]
    public void ARepealThatKeepsOrReplacesTheCheckIn_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Asked before, then stopped bare with a dated start.
    [InlineData("关于取消村级防溺水巡查照片报送的通知", "各村：\n此前镇安办要求各村每天上报水塘巡查照片。按照减负规定，自6月1日起不再报送，巡查情况由镇安办随机抽查。")]
    public void APastDemandStoppedBare_IsNotDemanded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The stop names only a paper form; the photos go on.
    [InlineData("关于取消村级防溺水巡查照片报送的通知", "各村：\n此前镇安办要求各村每天上报水塘巡查照片。自6月1日起不再报送纸质登记表。")]
    // Stopped, and replaced by photos in the group.
    [InlineData("关于调整村级防溺水巡查方式的通知", "各村：\n此前镇安办要求各村每天上报水塘巡查照片。自6月1日起不再报送，改为每天在工作群里发巡查照片。")]
    // The title ends the photos, and the body replaces them with photos in the group: the title does not cover the replacement.
    [InlineData("关于取消村级防溺水巡查照片报送的通知", "各村：\n此前镇安办要求各村每天上报水塘巡查照片。自6月1日起不再报送，改为每天在工作群里发巡查照片。")]
    public void AStopOfSomethingElse_OrAReplacement_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // An assessment ended from a dated start.
    [InlineData("关于取消村级秸秆收储量考核的通知", "各村：\n镇里前年制定的村级秸秆收储量考核指标自2027年起取消，不再对各村进行排名。")]
    public void AnAssessmentEndedFromADatedStart_IsNoAssessment(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // 取消 as a sanction on villages ranked last, beside a monthly ranking.
    [InlineData("关于秸秆收储工作的通知", "各村：\n每月对各村秸秆收储量考核排名，排名末位的村自2027年起取消评优资格。")]
    public void ACancellationThatSanctionsTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The question holds a word of asking; the answer denies.
    [InlineData("禁毒工作减负问答", "问：镇禁毒办能否要求村委会签订禁毒目标责任书？\n答：不能。镇里已明确不与村级组织签订任何责任书。")]
    // The answer denies, and goes on telling who acts instead.
    [InlineData("禁毒工作减负问答", "问：镇禁毒办还能不能让村委会签订禁毒目标责任书？\n答：不可以，禁毒宣传由镇禁毒办组织开展。")]
    public void AQuestionAnsweredNo_AsksNothing(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The answer permits.
    [InlineData("禁毒工作减负问答", "问：镇禁毒办能否要求村委会签订禁毒目标责任书？\n答：可以。")]
    // The answer denies a manner only, and then asks.
    [InlineData("禁毒工作减负问答", "问：镇禁毒办能否要求村委会签订禁毒目标责任书？\n答：不能只口头承诺，还要签订书面责任书。")]
    public void AQuestionAnsweredYes_OrAnsweredThenAsked_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The enforcement team named in full, then by its tail as the one the villages tell.
    [InlineData("关于调整乱堆乱放巡查方式的通知", "各社区：\n违建查处由乡综合执法中队负责。社区工作人员遇到违法建设线索的，打电话告知执法中队即可。")]
    public void ABodyCalledByItsNamesTail_IsThatBody(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The villages set up their own team and do the enforcing.
    [InlineData("关于调整乱堆乱放巡查方式的通知", "各社区：\n违建查处由乡综合执法中队负责。各社区要成立执法中队，对辖区违法建设开展执法。")]
    public void VillagesEnforcingThemselves_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Questions answered under the name 解答: the grower's own pledge on the label.
    [InlineData("食用菌产地标签常见问题解答", "问：产地标签谁来开？答：由食用菌种植户自己开具，对所卖菌菇的来源作出承诺。")]
    public void AnAnswerSayingWhoIssuesNow_AsksNothingOfTheVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // The answer puts the pledge on the villages.
    [InlineData("食用菌产地标签常见问题解答", "问：产地标签谁来开？答：由村委会统一开具，并与镇里签订质量承诺书。")]
    public void AnAnswerPuttingThePledgeOnTheVillage_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);
}

using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 24 (rt7–rt38's last false blocks): a doer the reader does not know named after 由, and a village's
/// matter set aside by 与…无关. Each rule is one a county approver would state; every sentence is written for these tests,
/// and beside each rule stand the wordings in which a department uses the same shape to put the banned work on the
/// villages anyway — those still fire.
/// </summary>
public sealed class Phase24OlderTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "由 X 承担 gives the act to X, whether or not the reader knows X's name: 渔政执法队员, 市场监管所 are not the villages."
    [Theory]
    [InlineData("关于今冬江面禁捕的通知", "各沿江镇：\n禁渔期的江面巡逻执法由渔政执法队员承担，各村做好宣传。")]
    [InlineData("关于食品经营户管理的说明", "各村：\n食品经营户安全检查照旧由市场监管所按职责开展，村里只做宣传。")]
    public void AnUnnamedDoerAfterYou_DoesTheAct(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The words after 由 name the villages' people, or pass the act on to the villages.
    [InlineData("关于今冬江面禁捕的通知", "各沿江镇：\n禁渔期的江面巡逻执法由各村的网格员承担。")]
    [InlineData("关于今冬江面禁捕的通知", "各沿江镇：\n禁渔期的江面巡逻执法由镇里安排各村承担。")]
    [InlineData("关于食品经营户管理的说明", "各村：\n食品经营户安全检查照旧由村民小组按职责开展。")]
    // 由于 gives a cause, not a doer.
    [InlineData("关于食品经营户管理的说明", "各村：\n食品经营户安全检查由于人手不够要由各村开展。")]
    // The bureau is named, but a later clause gives the work to the villages.
    [InlineData("关于今冬江面禁捕的通知", "各沿江镇：\n禁渔期的执法由渔政执法队员负责，各村须每天组织人员开展禁渔执法巡查。")]
    public void AVillageAfterYouOrALaterDemand_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "跟村干部考核无关 keeps the matter out of the cadres' assessment; it demands no assessment."
    [Theory]
    [InlineData("各林业站：\n护林员的出勤由县林业局登记，补贴按月发放，跟村干部考核无关。")]
    [InlineData("各林业站：\n护林员的出勤由县林业局登记，这与村干部的考核无关。")]
    public void AMatterKeptOutOfTheVillagesAssessment_IsNoAssessment(string description) =>
        Quiet("关于护林员出勤管理的通知", description, PrecheckRules.AssessmentBan);

    [Theory]
    // Tied to the assessment, not kept out of it.
    [InlineData("各林业站：\n护林员的出勤由县林业局登记，跟村干部考核挂钩。")]
    // A later clause demands an assessment of the villages after all.
    [InlineData("各林业站：\n护林员的出勤跟村干部考核无关，但镇里每月按村对护林员出勤考核排名。")]
    public void AMatterTiedToTheAssessmentOrALaterRanking_StillFires(string description) =>
        Fires("关于护林员出勤管理的通知", description, PrecheckRules.AssessmentBan);
}

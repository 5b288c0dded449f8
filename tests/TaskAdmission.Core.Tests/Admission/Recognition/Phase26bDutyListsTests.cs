using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26b (duty lists and certificate clean-ups): a duty table says who does what — the column headed by the
/// village is its share of each row, whatever body another column names; a list of matters a higher level takes back
/// from the townships and villages names what is no longer asked of them; a demand the people meet in their business and
/// may report is described, not made. Sentences written for these tests; beside each
/// quieting reading stand the wordings in which a body uses the same shape to leave the banned work with the villages —
/// those still fire.
/// </summary>
public sealed class Phase26bDutyListsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A row of a duty table whose village column gives the village the demolition or the inspection puts it on the
    // village, even when the bureau's column names the bureau first."
    [Theory]
    [InlineData("柳河镇镇村职责分工表", "| 事项 | 县级部门 | 镇 | 村的职责 |\n| 违章建筑处置 | 县执法局立案 | 督导 | 对本村违章建筑逐户登记，组织人员拆除 |", PrecheckRules.ProhibitedItem)]
    [InlineData("柳河镇镇村职责分工表", "| 事项 | 牵头部门 | 村（社区）职责 |\n| 小作坊监管 | 县市场监管局 | 对辖区小作坊开展检查，发现问题予以罚款 |", PrecheckRules.ProhibitedItem)]
    [InlineData("柳河镇镇村职责分工表", "| 事项 | 县级部门 | 镇 | 村（社区） |\n| 修路征地 | 县征收中心负责 | 配合 | 负责同农户签约并腾地 |", PrecheckRules.ProhibitedItem)]
    public void ADutyTablesVillageColumn_IsTheVillagesDuty(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "What the village column only helps with (协助宣传) and what the bureau's own column does are not the village's."
    [Theory]
    [InlineData("柳河镇镇村职责分工表", "| 事项 | 县级部门 | 镇 | 村的职责 |\n| 违章建筑处置 | 县执法局立案，派队拆除 | 督导 | 协助宣传，及时报告 |", PrecheckRules.ProhibitedItem)]
    [InlineData("柳河镇镇村职责分工表", "| 事项 | 牵头部门 | 村（社区）职责 |\n| 小作坊监管 | 县市场监管局到各小作坊检查，发现问题予以罚款 | 协助宣传 |", PrecheckRules.ProhibitedItem)]
    public void WhatTheVillageColumnOnlyHelpsWith_IsNotItsDuty(string title, string description, string rule) =>
        Quiet(title, description, rule);

    // "A list a heading says the townships and villages no longer undertake (下列事项…交还县级部门办理，乡镇和村不再承担：)
    // names matters taken back — its table rows too."
    [Theory]
    [InlineData("县里收回镇村承担事项的清单", "经县编委同意，下列事项从明年一月起交还县级部门办理，乡镇和村（社区）不再承担：\n| 序号 | 事项 | 承接部门 |\n| 1 | 违章建筑拆除 | 县综合执法局 |\n| 2 | 小作坊安全检查 | 县市场监管局 |", PrecheckRules.ProhibitedItem)]
    public void ATableOfMattersTakenBack_IsNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The last row leaves the demolition with the villages after all.
    [InlineData("县里收回镇村承担事项的清单", "经县编委同意，下列事项从明年一月起交还县级部门办理，乡镇和村（社区）不再承担：\n| 序号 | 事项 | 承接部门 |\n| 1 | 小作坊安全检查 | 县市场监管局 |\n| 2 | 违章建筑拆除 | 仍由各村负责 |", PrecheckRules.ProhibitedItem)]
    // A row with a modal of its own asks the villages anew.
    [InlineData("县里收回镇村承担事项的清单", "经县编委同意，下列事项从明年一月起交还县级部门办理，乡镇和村（社区）不再承担：\n| 序号 | 事项 | 承接部门 |\n| 1 | 违章建筑拆除 | 县综合执法局 |\n| 2 | 小作坊安全检查 | 各村须每月开展 |", PrecheckRules.ProhibitedItem)]
    // A sentence after the table gives the matters back to the villages.
    [InlineData("县里收回镇村承担事项的清单", "经县编委同意，下列事项从明年一月起交还县级部门办理，乡镇和村（社区）不再承担：\n| 序号 | 事项 | 承接部门 |\n| 1 | 违章建筑拆除 | 县综合执法局 |\n交接期间，各村仍要按月完成上述事项。", PrecheckRules.ProhibitedItem)]
    // No refusal in the heading: a table handing matters over says nothing of who stops.
    [InlineData("县里收回镇村承担事项的清单", "经县编委同意，下列事项从明年一月起交还县级部门办理：\n| 序号 | 事项 | 承接部门 |\n| 1 | 违章建筑拆除 | 县综合执法局 |\n| 2 | 小作坊安全检查 | 各村 |", PrecheckRules.ProhibitedItem)]
    public void ATakenBackListThatLeavesTheWorkWithTheVillages_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "The people who meet a demand for a banned certificate and may report it (办事群众遇到要求…出具…证明的，可…反映) are
    // told what to do about it; nobody asks the village to issue it."
    [Theory]
    [InlineData("村级证明瘦身公告", "办事群众遇到要求村委会开具亲戚关系证明的，可向县司法局反映。", PrecheckRules.ProhibitedCertificate)]
    public void ADemandThePeopleMeetAndMayReport_IsNotMade(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The answer has the village issue it after all — with the people in the lead, and with the opener first.
    [InlineData("关于办理证明的通知", "办事群众遇到要求村委会开具亲戚关系证明的，村委会要当天出具，不得推诿。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于办理证明的通知", "遇到群众要求村委会开具亲戚关系证明的，村委会要当天出具，不得推诿。", PrecheckRules.ProhibitedCertificate)]
    // The village's own cadres meet the demand: the lead names the village.
    [InlineData("关于办理证明的通知", "各村干部遇到要求开具亲戚关系证明的，要当天出具。", PrecheckRules.ProhibitedCertificate)]
    // A later sentence keeps the certificate on the villages.
    [InlineData("关于办理证明的通知", "办事群众遇到要求村委会开具亲戚关系证明的，可向县司法局反映。各村仍要为群众开具亲戚关系证明。", PrecheckRules.ProhibitedCertificate)]
    public void AnAnswerThatHasTheVillageIssueIt_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
}

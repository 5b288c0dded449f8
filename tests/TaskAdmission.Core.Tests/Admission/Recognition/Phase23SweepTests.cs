using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23 (the sweep of rt7–rt38 continued): papers that forbid, papers that say who issues, acts of other
/// bodies. Each rule is one a county approver would state; every sentence is written for these tests, and beside each rule
/// stand the wordings in which a department uses the same shape to put the banned work on the villages anyway — those
/// still fire.
/// </summary>
public sealed class Phase23SweepTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "有的镇把拆违任务交给村里 tells of what some townships did, as 有的镇要求村里… does; 存在把…交给社区办理的情况 is a
    // practice found. Neither hands the work to the villages."
    [Theory]
    [InlineData("关于防止任务层层下压的通知", "各镇：\n督查发现，有的镇把违建拆除、企业安全检查等任务直接交给村里，要求村里签订安全承诺书。现明确：上述任务由镇政府承担。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于防止任务层层下压的通知", "各镇：\n督查发现，有的镇把违建拆除、企业安全检查等任务直接交给村里，要求村里签订安全承诺书。现明确：上述任务由镇政府承担。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于规范派发城管事项的通知", "各中队、各街道：\n经梳理，部分中队存在把占道经营查处、违建拆除等事项交给社区办理的情况。现明确：上述事项由中队自行办理。", PrecheckRules.ProhibitedItem)]
    public void AHandOverByBodiesReported_IsNotTheVillagesWork(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // A later clause that names the villages as its subject, or demands with a modal of its own, is the paper's demand.
    [InlineData("各镇：\n有的镇把招商引资任务交给村里，效果很好，今后各村要签订招商责任书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("各镇：\n有的镇把招商引资任务交给村里，各村每年须完成招商引资指标500万元。", PrecheckRules.ProhibitedItem)]
    // No reported requester: the paper itself hands the work down with 把.
    [InlineData("各镇：\n请各镇把违建拆除任务交给村里，由村里组织拆除。", PrecheckRules.ProhibitedItem)]
    public void AHandOverThePaperMakesItself_StillFires(string description, string rule) =>
        Fires("关于防止任务层层下压的通知", description, rule);

    // "对各站所要求村开具的证明进行了清理：亲属关系证明…等一律不再要求村开具 — what the list's own clause says is done with the
    // papers decides; the heading only names which papers were looked at."
    [Fact]
    public void APaperWhoseOwnClauseRefusesIt_IsNotIssuedByTheVillage() =>
        Quiet("关于清理证明事项的通知", "各站所：\n镇里对各站所要求村开具的证明进行了清理：亲属关系证明、无犯罪记录证明、健在证明等一律不再要求村开具。",
            PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The list's own clause, or the next, gives the papers to the village.
    [InlineData("镇里对各站所要求村开具的证明进行了梳理：亲属关系证明、无犯罪记录证明、健在证明等，一律由村委会开具。")]
    [InlineData("镇里对各站所要求村开具的证明进行了梳理：亲属关系证明、健在证明等今后统一由村委会开具。")]
    // One paper stands outside the refused list.
    [InlineData("镇里对各站所要求村开具的证明进行了清理：亲属关系证明、健在证明等一律不再要求村开具，无犯罪记录证明仍由村委会出具。")]
    public void APaperTheVillageIsStillToIssue_StillFires(string description) =>
        Fires("关于梳理证明事项的通知", "各站所：\n" + description, PrecheckRules.ProhibitedCertificate);

    // "招商任务不向街道所辖社区和镇所辖村分解 refuses the hand-down, however long the names of the villages are."
    [Fact]
    public void AHandDownRefusedBeforeALongListOfVillages_IsRefused() =>
        Quiet("区投资促进局工作要点", "一、招商引资任务不向街道所辖社区和镇所辖村分解，由区招商专班承担。", PrecheckRules.ProhibitedItem);

    [Theory]
    // The refusal is of another body; the villages get the task after all.
    [InlineData("一、招商引资任务不向区直部门分解，直接分解到各村，每村500万元。")]
    [InlineData("一、招商引资任务不向企业分解，由各村负责完成。")]
    [InlineData("一、招商引资任务不向企业分解，向各村分解，每村500万元。")]
    public void AHandDownRefusedToAnotherBody_StillFires(string description) =>
        Fires("区投资促进局工作要点", description, PrecheckRules.ProhibitedItem);

    // "发现镇街干预村级统计数据的，区统计局依法立案查处 — the bureau opens the sentence's main part; the village named in the
    // case is what the case is about."
    [Fact]
    public void ABodyAfterACondition_ActsThoughTheConditionNamesTheVillages() =>
        Quiet("关于严禁干预统计的通知", "各镇：\n发现镇街干预村级统计数据的，区统计局依法立案查处并移送纪检机关。", PrecheckRules.ProhibitedItem);

    [Theory]
    // The village after the condition acts; a body after it that tells the village to act hands the act on.
    [InlineData("各村：\n发现群众违法建房的，村委会要立即立案查处。")]
    [InlineData("各村：\n村里发现违法建房的，镇执法队要求村里立即立案查处。")]
    public void TheVillageAfterACondition_StillActs(string description) =>
        Fires("关于违法建房查处的通知", description, PrecheckRules.ProhibitedItem);

    // "不得要求村统计知晓率并上报照片 forbids the whole demand: 并 joins the acts the villages must not be asked to do."
    [Fact]
    public void ActsJoinedInsideAForbiddenDemand_AreForbidden() =>
        Quiet("关于规范测评工作的通知", "各镇：\n二、不得要求村（社区）干部入户宣传、组织群众背诵答案，不得要求村（社区）统计群众知晓率并上报照片。",
            PrecheckRules.AppCheckIn);

    [Theory]
    // A modal after 并, in its own clause or the same one, demands again.
    [InlineData("各镇：\n不得要求村（社区）统计群众知晓率，并须每天上报入户照片。")]
    [InlineData("各镇：\n二、不得要求村（社区）干部入户宣传，不得要求村（社区）重复统计知晓率并须每天上报入户照片。")]
    public void AModalAfterTheJoin_StillDemands(string description) =>
        Fires("关于规范测评工作的通知", description, PrecheckRules.AppCheckIn);
}

using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 7 (from rt10): demands a notice undoes or reports rather than makes — the object of a verb that undoes
/// a demand (清理各部门要求…开具的证明), a paper declared void (自动失效), a prohibition "on any ground" of a demand
/// (不得以任何理由要求), some bodies handing tasks down (个别单位向村摊派) — a list of prohibitions set out one item a
/// line, the body a "由 X指定的 Y" gives the act to, and a tax word inside a body's name (税务部门). Each rule with
/// sentences it must and must not silence.
/// </summary>
public sealed class UndoneAndReportedReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-20", TitleZh = "遗失证明", Recognisers = "遗失 ~10 证明" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-10", TitleZh = "生存证明", Recognisers = "在世 ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项", Recognisers = "(出具|开具) ~24 (证明|书面确认|书面意见)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "代收税费", Recognisers = "(征收|代收) ~10 (税|费)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政处罚", Recognisers = "(予以|处以) ~4 (罚款|处罚)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "等级评定", Category = LexiconFamilies.Assessment, Recognisers = "评定 ~8 等级;考核" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    [Theory]
    [InlineData("关于清理证明事项的方案", "本次整治全面清理各部门要求群众到村（社区）开具的遗失证明。")]
    [InlineData("关于调整安全生产职责的通知", "各村此前签订的安全生产责任书自动失效。")]
    [InlineData("关于证件补办的政策解读", "各部门不得以任何理由要求群众提交村（社区）出具的遗失证明。")]
    [InlineData("关于停止摊派的通知", "经查，仍有个别单位向村（社区）摊派政务APP打卡任务，现予叫停。")]
    [InlineData("关于残疾人证申领的公告", "残疾等级评定由区残联指定的医院负责。")]
    [InlineData("区税务局答记者问", "税务部门是征收主体，村（社区）只做政策宣传。")]
    [InlineData("工作事项负面清单", "以下事项列入负面清单，任何部门不得交由村（社区）承担：\n1.招商引资任务；\n2.要求村（社区）签订责任书；\n3.向村（社区）下达打卡任务。")]
    // A sentence consolidating assessments into one channel, forbidding departments to assess separately.
    [InlineData("关于年度考核的说明", "对社区的年度考核，统一由街道按方案组织，各部门不得另行组织考核。")]
    // A quoted word the notice defines is a term.
    [InlineData("关于年度工作的说明", "本文件中的“考核”仅指街道组织的年度工作总结。")]
    // A title regulating what it names (关于规范…): it fires only where the description demands it.
    [InlineData("关于规范对社区考核的通知", "年度考核由区委统一组织，区级部门不得另设名目。")]
    public void ADemandUndoneOrReported_OrAnotherBodysWork_PutsNothingOnTheVillage(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    // 纠正 without a demand verb in its object is work: correcting violations and fining them.
    [InlineData("关于违建整治的通知", "各村要纠正违法建设行为并予以处罚。", new[] { "FM-04" })]
    // 失效 said of something else, in another clause.
    [InlineData("关于签订责任书的通知", "各村要在月底前签订责任书，逾期未签的，补贴自动失效。", new[] { "PV-1" })]
    // "On any ground" before a refusal still demands.
    [InlineData("关于证明的通知", "村（社区）不得以任何理由拒绝出具遗失证明。", new[] { "BZ-20" })]
    // A named body handing the task down is not some bodies reported.
    [InlineData("关于打卡的通知", "县农业局向村（社区）下达打卡任务，各村每日打卡。", new[] { "CI-1" })]
    // A tax the village is asked to collect.
    [InlineData("关于代收税费的通知", "请各村代收本村个体户的税费。", new[] { "FM-02" })]
    // After a list of prohibitions, the next sentence speaks to the villages.
    [InlineData("工作事项负面清单", "以下事项列入负面清单，任何部门不得交由村（社区）承担：\n1.打卡任务；\n2.签订责任书。\n各村要按月报送招商引资进度。", new[] { "FM-01" })]
    // Forbidding departments to add *new* demands does not consolidate: the villages are still assessed monthly.
    [InlineData("关于月度考核的通知", "街道每月对各社区进行考核，各部门不得要求社区打卡。", new[] { "AS-1" })]
    // A stamped written confirmation the village issues, its sentence wrapped over a line after a comma, is a certificate
    // cited by the fact it states (the person is alive).
    [InlineData("关于待遇资格认证的通知", "对无法自行认证的老人，由村委会入户核实后，\n出具一份其仍然在世的书面确认并盖章。", new[] { "BZ-10" })]
    // Quoted for emphasis, not defined: still an assessment.
    [InlineData("关于考核的通知", "街道每月对各社区开展“考核”，结果通报。", new[] { "AS-1" })]
    // The same notice under a title that does not regulate: the assessment of the communities it names stands.
    [InlineData("关于对社区考核的通知", "年度考核由区委统一组织，区级部门不得另设名目。", new[] { "AS-1" })]
    public void AnAttributedOrUndoneLookalike_ThatDemands_StillFires(string title, string description, string[] codes)
    {
        Assert.Equal(codes, Fired(title, description));
    }
}

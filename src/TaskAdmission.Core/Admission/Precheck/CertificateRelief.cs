using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// (phase 30) A certificate named in the demands of a paper whose own words about it say it is not the village's to issue.
/// An approver reads the paper, not the form: a notice that says who issues a certificate instead of the village
/// (…证明由公安机关开具), that ends it (取消…亲属关系证明, 一律停止出具), or that answers the village need not issue it
/// (村里不需要出具) does not demand it of the village, though its form names the certificate the paper is about. The text
/// must name that very certificate, every mention of it must be quiet, and one must be quiet because it is denied, ended or
/// put on another body; a mention that puts it on the village (…各村仍须出具…) leaves the demand a demand.
/// </summary>
internal static partial class CertificateRelief
{
    /// <summary>Whether the paper's text relieves the village of every prohibited certificate the demand names.</summary>
    internal static bool Relieved(TextAnalysis analysis, IReadOnlyList<RecognitionHit> declared) =>
        declared.Count > 0 && declared.Select(h => h.Entry.Code).Distinct(StringComparer.OrdinalIgnoreCase).All(code => RelievedOf(analysis, code));

    /// <summary>
    /// 低保证明（民政部门出具）: the demand's own name says who issues it, and that is a body named by its tail
    /// (…部门, …机关, …局, …所, …中心 …, [certificate_relief.body_tails]) that is not the village: no village certificate is
    /// demanded. A name saying the village issues it (…（村委会出具）) or naming no issuer is read as before.
    /// </summary>
    internal static bool IssuedByBody(string name) =>
        IssuerInName().Match(name) is { Success: true } m && m.Groups["body"].Value is var body
        && BodyTails.Any(t => body.EndsWith(t, StringComparison.Ordinal))
        && !VillageWords.Any(v => body.Contains(v, StringComparison.Ordinal));

    [GeneratedRegex("(?:[（(]由?(?<body>[\u4e00-\u9fff]{2,16}?)(?:出具|开具|核发)[）)]|由(?<body>[\u4e00-\u9fff]{2,16}?)(?:出具|开具|核发))$")]
    private static partial Regex IssuerInName();

    private static readonly string[] VillageWords = ["村", "社区", "居委", "网格"];

    // A denial of the act or an ending (不再, 取消, 不需要 …), not a negation inside what the certificate proves (下落不明,
    // 不能胜任, 从未建立).
    private static readonly string[] Relieving = RecognitionCues.Instance.List("certificate_relief.relieving");

    private static readonly string[] BodyTails = RecognitionCues.Instance.List("certificate_relief.body_tails");

    private static bool RelievedOf(TextAnalysis analysis, string code)
    {
        var mentions = analysis.Hits.Where(h => h.Entry.Target == RecogniserTarget.ProhibitedCertificate && ListCodes.AreEqual(h.Entry.Code, code)).ToList();
        return mentions.Count > 0 && !mentions.Any(h => h.Verdict.Fires)
            && mentions.Any(h => h.Verdict is { Reason: VerdictReason.Negated, NamesVillage: true, Cue: { } cue }
                && Relieving.Any(r => cue.Contains(r, StringComparison.Ordinal)));
    }
}

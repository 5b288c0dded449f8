using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 9) Work the sentence itself gives to another body, where the clause reading did not find that body: 由 + a body
/// whose long name jieba cuts into pieces (由区生态环境保护综合行政执法大队负责, 由镇经发办负责) or a level said plainly
/// (由镇里督促公司整改); and a duty statement (招商引资是县投促局和各乡镇的职责, 没收、罚款这些是县综合执法局的法定职责).
/// Only in a clause that names no village, in a sentence that hands nothing down to them after it: 由镇里牵头，各村负责… and
/// …由镇征收工作组负责，任务分解到各村 still put the work on the villages; 村里发现…的，由镇里督促公司整改 does not.
/// </summary>
internal static class DutyAttribution
{
    private const int MaxName = 24;
    private static readonly string[] DutyVerbs = RecognitionCues.Instance.List("duty_attribution.duty_verbs");

    // 由公安机关出具的无犯罪记录证明: a certificate the sentence has a named body issue.
    private static readonly string[] IssuingVerbs = RecognitionCues.Instance.List("duty_attribution.issuing_verbs");
    private static readonly string[] Levels = RecognitionCues.Instance.List("duty_attribution.levels");
    private static readonly string[] DutyNouns = RecognitionCues.Instance.List("duty_attribution.duty_nouns");
    private static readonly string[] Copulas = RecognitionCues.Instance.List("duty_attribution.copulas");
    // …，任务分解到各村: a later clause handing the work down to the villages (村里只需报告 and 不得将…交给村 do not).
    private static readonly string[] HandDowns = RecognitionCues.Instance.List("duty_attribution.hand_downs");
    private static readonly char[] Joins = RecognitionCues.Instance.Chars("duty_attribution.joins");
    private static readonly string[] Manner = RecognitionCues.Instance.List("duty_attribution.manner");

    /// <summary>The other body the clause holding the source offset gives the work to, or null.</summary>
    /// <param name="received">(phase 13) The match is a check-in or photo proof: a body that only counts, collects or keeps it
    /// (由镇林业站统一保存) receives it and is not given the work.</param>
    internal static string? Body(FieldReading field, int sourceStart, RecognitionCues cues, bool certificate = false, bool received = false)
    {
        var verbs = certificate ? IssuingVerbs : DutyVerbs;
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || field.Reader.NamesVillage(k))
        {
            return null;
        }
        for (var c = k + 1; c < field.Clauses.Count && field.Clauses[c].Sentence == field.Clauses[k].Sentence; c++)
        {
            var later = field.Text.Text[field.Clauses[c].Start..field.Clauses[c].End];
            if (HandDowns.Any(h => later.Contains(h, StringComparison.Ordinal)) && !cues.NegationBefore.Any(n => later.Contains(n, StringComparison.Ordinal))
                && field.Reader.NamesVillage(c))
            {
                return null;
            }
        }
        // (phase 24) …不再由派出所开具，改由村委会开具: the paper given to the village in the old issuer's place.
        if (certificate && CertificateIssuance.GivenToVillageInstead(field.Reader, k, field.Clauses[k].End, cues) is not null)
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        for (var at = text.IndexOf('由', clause.Start, clause.End - clause.Start); at >= 0 && at < clause.End; at = text.IndexOf('由', at + 1, clause.End - at - 1))
        {
            var after = text[(at + 1)..Math.Min(clause.End, at + 1 + MaxName)];
            foreach (var verb in verbs)
            {
                var v = after.IndexOf(verb, StringComparison.Ordinal);
                // (phase 32) 由镇应急办、镇综合行政执法大队联合实施: a word of manner (联合, 共同 …) between the body and its verb.
                var name = v >= 2 && Manner.FirstOrDefault(m => after[..v].EndsWith(m, StringComparison.Ordinal)) is { } manner ? after[..(v - manner.Length)] : v >= 2 ? after[..v] : string.Empty;
                if (name.Length >= 2 && IsBody(name, cues)
                    && !(received && AddresseeTargeting.ReceivingVerb(text, at + 1 + v, clause.End) is not null))
                {
                    return name;
                }
            }
        }
        if (certificate)
        {
            return null;
        }
        // 招商引资是县投促局和各乡镇的职责 — the work before the copula, the duty of the bodies after it.
        foreach (var copula in Copulas)
        {
            var at = text.IndexOf(copula, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
            if (at < 0 || field.Text.ToSource(at, at + 1).Start <= sourceStart)
            {
                continue;
            }
            var after = text[(at + copula.Length)..clause.End].TrimEnd();
            foreach (var noun in DutyNouns)
            {
                if (!after.EndsWith(noun, StringComparison.Ordinal))
                {
                    continue;
                }
                var name = after[..^noun.Length];
                name = name.EndsWith('的') ? name[..^1] : name;
                var parts = name.Split(Joins, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 0 && parts.All(p => IsBody(p, cues)))
                {
                    return name;
                }
                break;
            }
        }
        return null;
    }

    private static bool IsBody(string name, RecognitionCues cues)
    {
        var bare = name.Trim();
        if (bare.Length < 2 || bare.Contains('村') || bare.Contains("社区", StringComparison.Ordinal) || DocumentAddressee.IsVillage(bare, cues))
        {
            return false;
        }
        return Levels.Contains(bare) || cues.BodySuffixes.Any(s => bare.EndsWith(s, StringComparison.Ordinal)) && !cues.NotBody.Any(n => bare.EndsWith(n, StringComparison.Ordinal));
    }
}

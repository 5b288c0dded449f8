namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Who issues a certificate is who the sentence says issues it. An approver reads "银行要求提供证实…系同一人的材料, 请各村为其出具并加盖公章"
/// as a demand on the village although the bank is the one asking: the body standing before the issuing verb (出具, 开具)
/// is the issuer. Private persons never issue a certificate (本人, 申请人 are who it is for), and a body named as the one
/// acted upon or followed (为村民, 根据村委会意见) is not the issuer either; a body the village assists (配合派出所出具) is.
/// A negated or reproached issuing verb (村(社区)不再出具, 擅自要求村委会出具) silences the certificate.
/// </summary>
internal static class CertificateIssuance
{
    /// <summary>How far around the hit, within its sentence, an issuing verb is looked for.</summary>
    private const int Reach = 80;

    /// <summary>At most this many characters between a body and the issuing verb (村委会为其出具, 社区核实后出具) make it the issuer outright.</summary>
    private const int AdjacentIssuer = 3;

    /// <summary>The issuer's verdict for a certificate matched at [hitStart, hitEnd), or null when the sentence has no issuing verb or names no issuer.</summary>
    public static HitVerdict? Judge(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, RecognitionCues cues)
    {
        var text = reader.Text;
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var from = Math.Max(reader.Clauses[first].Start, hitStart - Reach);
        var to = Math.Min(reader.Clauses[last].End, hitEnd + Reach);
        var verb = NearestVerb(text, from, to, hitStart, cues);
        if (verb is not { } v)
        {
            return null;
        }
        var verbClause = -1;
        for (var k = first; k <= last && verbClause < 0; k++)
        {
            verbClause = v.Start >= reader.Clauses[k].Start && v.Start < reader.Clauses[k].End ? k : -1;
        }
        if (verbClause < 0)
        {
            return null;
        }
        var clause = reader.Clauses[verbClause];
        if (Agency.Negation(text, clause.Start, clause.End, v.Start, v.End, cues) is { } negation
            || ClauseScope.Reproached(reader, verbClause, v.Start, cues) is { } reproached && (negation = reproached) is not null
            || AddressedProhibition.Covering(reader, verbClause, v.Start, cues) is { } addressed && (negation = addressed) is not null)
        {
            return new HitVerdict(false, VerdictReason.Negated, negation);
        }
        // 由乡镇卫生院或社区卫生服务中心负责开具: "由 X" before the verb in its clause names the issuer.
        if (Agency.Attributed(text, clause, [.. reader.Mentions(verbClause).Where(m => m.End <= v.Start)], v.Start, cues) is { } attributed)
        {
            return attributed.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, attributed.Text)
                : new HitVerdict(false, VerdictReason.OtherActor, attributed.Text);
        }
        for (var k = verbClause; k >= first; k--)
        {
            var mentions = reader.Mentions(k);
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if ((k == verbClause && m.End > v.Start) || m.Kind == ActorKind.Private)
                {
                    continue;
                }
                // 根据村委会出具的证明, 村委会为其出具: a body right before the verb issues, whatever stands before it.
                if (k == verbClause && v.Start - m.End <= AdjacentIssuer)
                {
                    return m.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, m.Text)
                        : new HitVerdict(false, VerdictReason.OtherActor, m.Text);
                }
                var before = text[Math.Max(reader.Clauses[k].Start, m.Start - 4)..m.Start].TrimEnd();
                if (cues.Assisting.Any(w => before.EndsWith(w, StringComparison.Ordinal)))
                {
                    return m.Kind == ActorKind.Village ? null : new HitVerdict(false, VerdictReason.OtherActor, m.Text);
                }
                // 为村民, 根据村委会意见: acted upon or followed; 户籍所在村委会 is the village one belongs to (所在 is not 在).
                if (!before.EndsWith("所在", StringComparison.Ordinal) && cues.Patient.Any(w => before.EndsWith(w, StringComparison.Ordinal)))
                {
                    continue;
                }
                return m.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, m.Text)
                    : new HitVerdict(false, VerdictReason.OtherActor, m.Text);
            }
        }
        return null;
    }

    /// <summary>Whether every literal of the phrase's term is an issuing verb or a document word (出具 … 证明): a demand to issue some certificate, naming no fact.</summary>
    public static bool IsDocumentTerm(string[] literals, RecognitionCues cues) =>
        literals.All(l => cues.CertificateIssuing.Contains(l) || cues.CertificateProducing.Contains(l) || cues.CertificateDocuments.Contains(l));

    /// <summary>
    /// Whether a demand matched as [start, end) produces a document (出一份…说明, 写出书面情况) that the sentence [from, to)
    /// does not have stamped: a written statement is the village's certificate when the village stamps it (盖章, 签章).
    /// </summary>
    public static bool ProducedUnstamped(string text, int start, int end, int from, int to, RecognitionCues cues)
    {
        var matched = text[start..end];
        if (cues.CertificateIssuing.Any(v => matched.Contains(v, StringComparison.Ordinal)) || !cues.CertificateProducing.Any(v => matched.Contains(v, StringComparison.Ordinal)))
        {
            return false;
        }
        var sentence = text[from..to];
        return !cues.CertificateStamps.Any(s => sentence.Contains(s, StringComparison.Ordinal));
    }

    private static (int Start, int End)? NearestVerb(string text, int from, int to, int hitStart, RecognitionCues cues)
    {
        (int Start, int End)? best = null;
        foreach (var word in cues.CertificateIssuing.Concat(cues.CertificateProducing))
        {
            for (var at = text.IndexOf(word, from, to - from, StringComparison.Ordinal); at >= 0 && at + word.Length <= to;
                 at = at + 1 < to ? text.IndexOf(word, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                // 提出具体要求: 出具 inside 出具体 is no issuing verb. 村民无法从单位开具的, 可请村委会出具…: a verb inside a
                // condition (…开具的,) describes the case, it does not say who issues.
                var after = text[(at + word.Length)..Math.Min(text.Length, at + word.Length + 2)];
                if (after.StartsWith('体') || after is "的," or "的，" || (word.EndsWith('个') && after.StartsWith('人')))
                {
                    continue;
                }
                if (best is null || Math.Abs(at - hitStart) < Math.Abs(best.Value.Start - hitStart))
                {
                    best = (at, at + word.Length);
                }
            }
        }
        return best;
    }
}

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
        // (phase 18) 到社区申请出具居住证明，需提供房产证明、身份证件: a paper named after a submitting verb (提交, 提供) is one the
        // applicant hands in. When the sentence has a paper issued before that verb, the papers listed after it are what the
        // applicant brings to get it: only an issuing verb standing between the submitting verb and the paper
        // (需提交村委会出具的身份证明) issues it.
        if (Submitted(text, reader.Clauses[first].Start, hitStart) is { } submitted)
        {
            if (SupportingPaper(reader, clauseIndex, hitStart, hitEnd, cues))
            {
                return null;
            }
            from = Math.Max(from, submitted);
        }
        var verb = NearestVerb(text, from, to, hitStart, hitEnd, cues);
        // (phase 23) 把各部门过去让村委会开具的证明梳理了一遍：A证明、B证明等今后不再要求村委会开具 — a verb the paper's own clause
        // holds after it says what is done with that paper; a nearer one in another clause issues another paper.
        var own = reader.Clauses[clauseIndex];
        if (verb is { } near && (near.Start < own.Start || near.Start >= own.End) && hitEnd < own.End
            && NearestVerb(text, hitEnd, own.End, hitStart, hitEnd, cues) is { } later)
        {
            verb = later;
        }
        if (verb is not { } v)
        {
            return PaperOwner(reader, clauseIndex, hitStart, hitEnd, cues);
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

    /// <summary>(phase 33) Whether the match opens with a verb attaching or handing in a paper ([certificate_attaching]: 须附, 提供).</summary>
    public static bool Attached(string text, int hitStart, int hitEnd, RecognitionCues cues) =>
        cues.CertificateAttaching.Any(a => a.Length <= hitEnd - hitStart && string.CompareOrdinal(text, hitStart, a, 0, a.Length) == 0);

    /// <summary>
    /// (phase 33) 结算资料须附项目所在村委会的书面意见 — in a sentence with no issuing verb, a paper attached or handed in
    /// (<see cref="Attached"/>) and owned by a body named right before its 的 and document word is that body's paper: the
    /// village's written opinion is issued by the village, 县林业局的书面意见 by the bureau, 申请人的书面说明 by the person. A
    /// negated or reproached attaching verb refuses the paper. Null when no owner is named.
    /// </summary>
    private static HitVerdict? PaperOwner(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, RecognitionCues cues)
    {
        var text = reader.Text;
        if (!Attached(text, hitStart, hitEnd, cues))
        {
            return null;
        }
        var clause = reader.Clauses[clauseIndex];
        var mentions = reader.Mentions(clauseIndex);
        for (var of = text.IndexOf('的', hitStart, hitEnd - hitStart); of > hitStart; of = of + 1 < hitEnd ? text.IndexOf('的', of + 1, hitEnd - of - 1) : -1)
        {
            if (!cues.CertificateDocuments.Any(d => of + 1 + d.Length <= hitEnd && string.CompareOrdinal(text, of + 1, d, 0, d.Length) == 0))
            {
                continue;
            }
            // The body named right before 的: a mention, or a village word the reader kept inside a longer one (须附村民委员会的…).
            var at = of;
            var owner = mentions.Where(m => m.End == at && m.Start >= hitStart).Select(m => (Mention?)m).FirstOrDefault()
                ?? cues.Village.Where(v => v.Length >= 2 && at - v.Length >= hitStart && string.CompareOrdinal(text, at - v.Length, v, 0, v.Length) == 0)
                    .OrderByDescending(v => v.Length).Select(v => (Mention?)new Mention(at - v.Length, at, ActorKind.Village, v)).FirstOrDefault();
            if (owner is not { } m)
            {
                continue;
            }
            if (Agency.Negation(text, clause.Start, clause.End, hitStart, hitEnd, cues) is { } negation
                || ClauseScope.Reproached(reader, clauseIndex, hitStart, cues) is { } reproached && (negation = reproached) is not null)
            {
                return new HitVerdict(false, VerdictReason.Negated, negation);
            }
            return m.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, m.Text)
                : new HitVerdict(false, VerdictReason.OtherActor, m.Text);
        }
        return null;
    }

    private static readonly string[] Replacing = RecognitionCues.Instance.List("agency.replacing");

    /// <summary>
    /// (phase 24) 某证明不再由派出所开具，改由村委会开具: a later clause of the sentence that opens with a word putting a new issuer
    /// in the old one's place ([agency.replacing]: 改由, 改为, 而是 …) and names the village as the first body after it, before an
    /// issuing verb of its own, gives the paper to the village — whatever the clause before says of the body that no longer
    /// issues it. The village's words, or null. Not when a person or another body comes first after the word (改由申请人到
    /// 派出所…, 改由镇民政办开具), nor when the village's clause refuses the act itself.
    /// </summary>
    public static string? GivenToVillageInstead(ClauseReader reader, int clauseIndex, int hitEnd, RecognitionCues cues)
    {
        var text = reader.Text;
        var (_, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        for (var k = clauseIndex + 1; k <= last; k++)
        {
            var clause = reader.Clauses[k];
            var start = clause.Start;
            while (start < clause.End && !Text.TextNormaliser.IsChinese(text[start]))
            {
                start++;
            }
            if (start < hitEnd || Replacing.FirstOrDefault(w => string.CompareOrdinal(text, start, w, 0, w.Length) == 0) is not { } word)
            {
                continue;
            }
            var mentions = reader.Mentions(k).Where(m => m.End > start + word.Length).OrderBy(m => m.Start).ToList();
            if (mentions.Count == 0 || mentions[0].Kind != ActorKind.Village
                || NearestVerb(text, mentions[0].End, clause.End, mentions[0].End, mentions[0].End, cues) is not { } verb
                || mentions.Any(m => m.Kind != ActorKind.Village && m.Start < verb.Start)
                || cues.NegationAdjacent.Any(n => text.IndexOf(n, start, verb.Start - start) >= 0))
            {
                continue;
            }
            return mentions[0].Text;
        }
        return null;
    }

    /// <summary>Whether every literal of the phrase's term is an issuing verb or a document word (出具 … 证明): a demand to issue
    /// some certificate, naming no fact. (phase 23) The verb qualifying the paper (村委会出具的、载明…的书面说明) issues it too.
    /// (phase 27) So does the paper word after the 的 that closes its description (出具该人…情况的书面材料): the head of the
    /// object, however long the description before it.</summary>
    public static bool IsDocumentTerm(string[] literals, RecognitionCues cues) =>
        literals.All(l => cues.CertificateIssuing.Contains(l) || cues.CertificateIssuing.Contains(l.TrimEnd('的'))
            || cues.CertificateProducing.Contains(l) || cues.CertificateDocuments.Contains(l) || cues.CertificateAttaching.Contains(l)
            || (l.Length > 1 && l[0] == '的' && cues.CertificateDocuments.Contains(l[1..])));

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

    /// <summary>
    /// (phase 18) Whether the paper at [hitStart, hitEnd) is one the applicant brings to get the sentence's own certificate:
    /// it follows a submitting verb (需提供房产证明), the sentence issues a paper before that verb (申请出具居住证明), and no
    /// issuing verb stands between the submitting verb and the paper's end (需提交村委会出具的身份证明 is issued by the village;
    /// 还需提供所在村委会出具的…情况证明 too, the verb being the demand's own first word).
    /// </summary>
    public static bool SupportingPaper(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, RecognitionCues cues)
    {
        var (first, _) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var start = reader.Clauses[first].Start;
        return Submitted(reader.Text, start, hitStart) is { } submitted
            && NearestVerb(reader.Text, submitted, hitEnd, hitStart, hitEnd, cues) is null
            && NearestVerb(reader.Text, start, submitted, hitStart, hitEnd, cues) is not null;
    }

    /// <summary>(phase 18) The end of the last submitting verb ([certificate_issuance.submitting]: 提交, 提供) between the
    /// sentence's start and the paper, or null.</summary>
    private static int? Submitted(string text, int sentenceStart, int hitStart)
    {
        int? end = null;
        var lead = text[sentenceStart..hitStart];
        foreach (var word in SubmittingVerbs)
        {
            var at = lead.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (end is null || sentenceStart + at + word.Length > end))
            {
                end = sentenceStart + at + word.Length;
            }
        }
        return end;
    }

    private static readonly string[] SubmittingVerbs = RecognitionCues.Instance.List("certificate_issuance.submitting");

    private static readonly string[] PaperWords = RecognitionCues.Instance.List("certificate_issuance.paper_words");

    /// <summary>
    /// (phase 23) Whether the sentence around the clause names no paper at all: no issuing or producing verb, no document word
    /// ([certificate_documents], [certificate_issuance.paper_words]: 确认单, 条子 …) and no stamp. A certificate's fact named there
    /// (对照花名册核对老人是否健在) is checked, not certified.
    /// </summary>
    public static bool FactChecked(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var sentence = reader.Text[reader.Clauses[first].Start..reader.Clauses[last].End];
        return !cues.CertificateIssuing.Concat(cues.CertificateProducing).Concat(cues.CertificateDocuments).Concat(cues.CertificateStamps).Concat(PaperWords)
            .Any(w => sentence.Contains(w, StringComparison.Ordinal));
    }

    private static readonly string[] FormNouns = RecognitionCues.Instance.List("certificate_issuance.form_nouns");
    private static readonly char[] BracketStops = ['(', ')', '。', '\n'];

    /// <summary>
    /// (phase 32) 填写《百岁老人基本情况统计表》（姓名、出生日期、健在与否、家庭联系人）: a certificate's fact named inside the
    /// brackets right after the name of a form ([certificate_issuance.form_nouns]: 表, 花名册, 台账 …), among fields listed with 、,
    /// is a column of that form — a datum the village reports, not a fact it certifies. Not when the brackets issue, produce
    /// or stamp a paper, name one or name the village (（姓名、婚姻状况、村委会意见）), nor when the form is itself named a paper
    /// (《健在证明表》).
    /// </summary>
    public static bool FormColumn(string text, int hitStart, int hitEnd, RecognitionCues cues)
    {
        var open = hitStart > 0 ? text.LastIndexOfAny(BracketStops, hitStart - 1) : -1;
        var close = text.IndexOfAny(BracketStops, hitEnd);
        if (open < 0 || text[open] != '(' || close < 0 || text[close] != ')')
        {
            return false;
        }
        var inside = text[(open + 1)..close];
        if (!inside.Contains('、') || cues.CertificateIssuing.Concat(cues.CertificateProducing).Concat(cues.CertificateDocuments).Concat(cues.CertificateStamps)
                .Concat(cues.Village).Any(w => inside.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }
        // The form's name, from its opening 《 or the last break before it: a form that is itself a paper (《健在证明表》) certifies.
        var name = text[..open].TrimEnd(' ', '》', '"');
        var nameStart = name.LastIndexOfAny(['《', ',', ':', ';', '。', '\n']) + 1;
        return FormNouns.Any(n => name.EndsWith(n, StringComparison.Ordinal))
            && !cues.CertificateDocuments.Any(d => name.AsSpan(nameStart).Contains(d, StringComparison.Ordinal));
    }

    /// <summary>(phase 18) The papers a person holds of his own ([certificate_issuance.holders_papers]: 身份证明, 房产证明).</summary>
    public static readonly string[] HoldersPapers = RecognitionCues.Instance.List("certificate_issuance.holders_papers");

    private static (int Start, int End)? NearestVerb(string text, int from, int to, int hitStart, int hitEnd, RecognitionCues cues)
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
                // (phase 18) 身份证明、户口簿、村委会出具的权属来源说明: a verb after the paper that qualifies the paper after it
                // ("<verb>的" + a noun) issues that paper, not the ones listed before it.
                if (at >= hitEnd && after.Length == 2 && after[0] == '的' && Text.TextNormaliser.IsChinese(after[1]))
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

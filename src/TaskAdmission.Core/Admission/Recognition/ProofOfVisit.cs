namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 19) A proof of work is the record of an act sent up as its proof, and it is the proof of whoever makes the
/// act: a photo with the householder, a photo of each household's door, is the visitor's proof, not the household's.
/// The check-in reader takes the first private person before the match as the one checking in (游客拍照打卡, 请各户派代表
/// 参加, 到会时签到); this reader says when that person is the one <em>visited or pictured</em> instead — each household of a
/// visit (每户走访时…, 每户都要拍…), the person posed with the visitor (与户主合影, 户主…与走访人合影) or photographed
/// (拍摄承包户…的合影) — and gives the proof to the visitor the sentence names: the village, or no one.
/// </summary>
/// <remarks>
/// The person is only set aside in a visit: a distributive household word must be followed by a visit or a photo
/// verb, and a pictured person must be posed <em>with the visitor</em> (a visitor word after 与) or be the object of a photo
/// verb in a sentence about a visit (入户, 实地, 逐户 …). A tourist posing with a statue (游客可与雕塑合影打卡) or households
/// uploading their own courtyards for a contest stay their own; a department's own staff who visit (县民政局工作人员入户
/// 走访时每户须合影) stay the department's — another body named before the match keeps the proof.
/// </remarks>
internal static class ProofOfVisit
{
    private static readonly string[] Distributive = RecognitionCues.Instance.List("proof_of_visit.distributive");
    private static readonly string[] VisitWords = RecognitionCues.Instance.List("proof_of_visit.visit_words");
    private static readonly string[] PictureVerbs = RecognitionCues.Instance.List("proof_of_visit.picture_verbs");
    private static readonly string[] PictureWords = RecognitionCues.Instance.List("proof_of_visit.picture_words");
    private static readonly string[] Partners = RecognitionCues.Instance.List("proof_of_visit.partners");
    private static readonly string[] Visitors = RecognitionCues.Instance.List("proof_of_visit.visitors");
    private static readonly string[] Shown = RecognitionCues.Instance.List("proof_of_visit.shown");

    // How far after a distributive household word its visit or photo verb may stand (每户走访时, 每户都要拍).
    private const int VerbReach = 4;

    /// <summary>
    /// The verdict for a check-in the clause reading gave to the private person <paramref name="person"/>, when that person
    /// is the one visited or pictured: the village the sentence names before the match acts (VillageActs), or no one is
    /// named (NoOtherActor); null when the person is not visited or pictured, or another body stands before the match.
    /// </summary>
    public static HitVerdict? Visitor(ClauseReader reader, int clauseIndex, int hitStart, string? person)
    {
        if (person is null)
        {
            return null;
        }
        var text = reader.Text;
        var (first, _) = ClauseScope.SentenceClauses(reader, clauseIndex);
        Mention? seen = null;
        var seenClause = -1;
        for (var k = first; k <= clauseIndex; k++)
        {
            foreach (var m in reader.Mentions(k))
            {
                if (m.Kind == ActorKind.Private && m.Text == person && (k < clauseIndex || m.Start <= hitStart))
                {
                    (seen, seenClause) = (m, k);
                }
            }
        }
        // (phase 20) 照片须含本人正面: the person the picture must show may stand after the match, in its clause.
        if (seen is null)
        {
            foreach (var m in reader.Mentions(clauseIndex))
            {
                if (m.Kind == ActorKind.Private && m.Text == person && m.Start > hitStart)
                {
                    (seen, seenClause) = (m, clauseIndex);
                    break;
                }
            }
        }
        if (seen is not { } p)
        {
            return null;
        }
        var sentenceStart = reader.Clauses[first].Start;
        var sentenceEnd = reader.Clauses[clauseIndex].End;
        if (!Visited(text, reader.Clauses[seenClause], p) && !Pictured(text, reader.Clauses[seenClause], p, text[sentenceStart..sentenceEnd]))
        {
            return null;
        }
        Mention? village = null;
        for (var k = first; k <= clauseIndex; k++)
        {
            foreach (var m in reader.Mentions(k))
            {
                if (k == clauseIndex && m.Start > hitStart)
                {
                    continue;
                }
                if (m.Kind == ActorKind.Village)
                {
                    village ??= m;
                }
                else if (m.Kind == ActorKind.Other && village is null && !Visitors.Contains(m.Text) && !AsksVillage(reader, k, m))
                {
                    // 县民政局工作人员入户走访时…: the department's own visitors keep their proof.
                    return null;
                }
            }
        }
        return village is { } v ? new HitVerdict(true, VerdictReason.VillageActs, v.Text) : new HitVerdict(true, VerdictReason.NoOtherActor, null);
    }

    /// <summary>
    /// (phase 20) 各镇要求各村网格员…上门: a body that asks the village right after it ([delegation]: 要求, 请, 安排 …) passes
    /// the visit on; it is not the one visiting.
    /// </summary>
    private static bool AsksVillage(ClauseReader reader, int clauseIndex, Mention body)
    {
        var text = reader.Text;
        return RecognitionCues.Instance.Delegation.FirstOrDefault(d => string.CompareOrdinal(text, body.End, d, 0, d.Length) == 0) is { } verb
            && reader.Mentions(clauseIndex).Any(v => v.Kind == ActorKind.Village && v.Start == body.End + verb.Length);
    }

    /// <summary>每户走访时, 每户都要拍…: each household of a visit is the unit visited.</summary>
    private static bool Visited(string text, Text.Clause clause, Mention person)
    {
        if (!Distributive.Contains(person.Text))
        {
            return false;
        }
        var after = text[person.End..Math.Min(clause.End, person.End + VerbReach + 2)];
        return VisitWords.Concat(PictureVerbs).Any(w => after.IndexOf(w, StringComparison.Ordinal) is var at && at >= 0 && at <= VerbReach);
    }

    /// <summary>
    /// 与户主合影, 拍摄承包户…的合影, 户主手持…与走访人合影: the person is photographed — after 与 or a photo verb in a
    /// sentence about a visit, or posed with a visitor word — in a clause that names the picture.
    /// </summary>
    private static bool Pictured(string text, Text.Clause clause, Mention person, string sentence)
    {
        var rest = text[person.End..clause.End];
        var lead = text[Math.Max(clause.Start, person.Start - 2)..person.Start];
        // (phase 20) 照片须含本人正面: the person the picture must show, in a sentence about a visit.
        if (Shown.Any(w => lead.EndsWith(w, StringComparison.Ordinal))
            && PictureWords.Any(w => text[clause.Start..person.Start].Contains(w, StringComparison.Ordinal)))
        {
            return VisitWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)) || Visitors.Any(w => sentence.Contains(w, StringComparison.Ordinal));
        }
        var picture = PictureWords.Select(w => rest.IndexOf(w, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        if (picture < 0)
        {
            return false;
        }
        if (Partners.Any(w => lead.EndsWith(w, StringComparison.Ordinal)) || PictureVerbs.Any(w => lead.EndsWith(w, StringComparison.Ordinal)))
        {
            return VisitWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)) || Visitors.Any(w => sentence.Contains(w, StringComparison.Ordinal));
        }
        var between = rest[..picture];
        foreach (var partner in Partners)
        {
            for (var at = between.IndexOf(partner, StringComparison.Ordinal); at >= 0; at = between.IndexOf(partner, at + 1, StringComparison.Ordinal))
            {
                var posed = between[(at + partner.Length)..];
                if (Visitors.Any(w => posed.StartsWith(w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }
}

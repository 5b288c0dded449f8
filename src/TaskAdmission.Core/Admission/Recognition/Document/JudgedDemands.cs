using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 24) A paper that reports, answers or records (a 通报, an upward 情况反映, an admission body's 审核意见, a meeting's
/// 纪要) often tells a demand only to pass its verdict on it in the same sentence: …要求村委会代收税费，不属于村委会的
/// 职责; …要求各村每天发照片，违反减负规定; 此项在负面清单上，不予准入. A county approver reads such a sentence as the
/// paper's judgement of someone else's demand, not as a demand of its own. The verdict ([judged_demands.verdicts]) must
/// stand in the match's clause or after it in the sentence, must judge the act rather than state a case (不符合要求的,
/// 对违反规定的村…), and nothing after it may turn the act back onto the villages ([paper_stance.turns]: 但各村仍须…);
/// a clause that speaks to the villages itself (请各村…, 各村要…) keeps the whole sentence a demand, and so does a failure
/// told before the match ([document_scope.failure_marks]: 某村未按要求…，不符合规定 judges the village for not doing it).
/// </summary>
internal static class JudgedDemands
{
    private static readonly string[] Verdicts = RecognitionCues.Instance.List("judged_demands.verdicts");
    private static readonly string[] Turns = RecognitionCues.Instance.List("paper_stance.turns");

    // 西岭村没有签订责任状，不符合镇里部署: a failure judged (未, 没有 … before the match) holds the village to the act.
    private static readonly string[] FailureMarks = RecognitionCues.Instance.List("document_scope.failure_marks");

    /// <summary>The verdict the sentence holding the source offset passes on what it tells, or null.</summary>
    internal static string? Verdict(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        var before = text[field.Clauses[first].Start..DocumentText.AtSource(field, k, sourceStart)].Replace("未经", "", StringComparison.Ordinal);
        if (FailureMarks.Any(f => before.Contains(f, StringComparison.Ordinal)))
        {
            return null;
        }
        string? verdict = null;
        for (var c = first; c <= last; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            // 会议要求各村…: a meeting's or the paper's own opener before the villages is its own voice too.
            if (PaperStance.Addresses(clause, cues) || PaperStance.Addresses(PaperStance.OpenerStripped(clause), cues))
            {
                return null;
            }
            if (verdict is not null)
            {
                // …不属于村里的事，但各村仍须按期完成: the act is handed back after the verdict.
                if (Turns.Any(t => clause.Contains(t, StringComparison.Ordinal)))
                {
                    return null;
                }
            }
            else if (c >= k && Judges(clause, cues) is { } word)
            {
                verdict = word;
            }
        }
        return verdict;
    }

    /// <summary>
    /// The verdict word the clause judges with, or null: not in a clause that ends with 的, has a 的 before a comma after the
    /// verdict or puts 对 before it (不符合要求的，予以通报; 对违反规定的…), which state a case, and not when a village word
    /// follows a 的 after it (违反规定的村…): the villages so qualified are the ones acted on.
    /// </summary>
    private static string? Judges(string clause, RecognitionCues cues)
    {
        var body = clause.TrimEnd(' ', ',', ':');
        if (body.EndsWith('的'))
        {
            return null;
        }
        foreach (var verdict in Verdicts)
        {
            var at = body.IndexOf(verdict, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && body[at - 1] == '对'))
            {
                continue;
            }
            for (var of = body.IndexOf('的', at); of >= 0; of = body.IndexOf('的', of + 1))
            {
                if ((of + 1 < body.Length && body[of + 1] == ',') || PaperDirection.VillageAt(body, of + 1, cues) is not null)
                {
                    return null;
                }
            }
            return verdict;
        }
        return null;
    }
}

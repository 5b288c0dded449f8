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

    /// <summary>The verdict the sentence holding the source offset passes on what it tells, or null. <paramref name="terms"/>
    /// are the words the match is made of (phase 27: the next sentence may judge the act by naming them again).</summary>
    internal static string? Verdict(FieldReading field, int sourceStart, RecognitionCues cues, IReadOnlyList<string>? terms = null)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        var at = DocumentText.AtSource(field, k, sourceStart);
        var before = text[field.Clauses[first].Start..at].Replace("未经", "", StringComparison.Ordinal);
        if (FailureMarks.Any(f => before.Contains(f, StringComparison.Ordinal)))
        {
            // (phase 25) 某局让各村做展板，没给经费，钱由村里出。…被批评教育: the body's own failure told in an
            // earlier clause is part of the case; only a failure in the match's clause (某村未签订责任状，被通报批评) holds the
            // village to the act.
            var own = text[field.Clauses[k].Start..at].Replace("未经", "", StringComparison.Ordinal);
            return FailureMarks.Any(f => own.Contains(f, StringComparison.Ordinal)) || !TellsDemand(text[field.Clauses[first].Start..at], cues)
                ? null : Sanctioned(field, first, k, cues);
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
        return verdict ?? (TellsDemand(text[field.Clauses[first].Start..at], cues)
            ? Sanctioned(field, first, k, cues) ?? UndoneInItsClause(field, first, k, at) ?? JudgedNext(field, last, terms, cues) : null);
    }

    // (phase 27) Words that take up, at the opening of a sentence, the demand the sentence before told (该要求, 上述做法).
    private static readonly string[] Anaphors = RecognitionCues.Instance.List("judged_demands.anaphors");

    /// <summary>
    /// (phase 27) 一、县水务局要求村委会对违章建筑发出限期拆除通知。该要求属执法事项，村委会没有执法权。 — …《函》要求各村
    /// 签订护线责任状。经我镇研究，…签订责任状也违背减负规定。 A paper that reports or answers often tells the demand in one
    /// sentence and passes its verdict in the next: the verdict judges the told demand when that sentence opens by taking it up
    /// ([judged_demands.anaphors]: 该要求, 上述做法) or when the clause that holds the verdict names the act again (every word of
    /// the match). Not when a clause of that sentence speaks to the villages (请各村…, 各村要…) or hands the act back after the
    /// verdict (但各村仍须…), and not a verdict that states a case (不符合要求的, 对违反规定的村…: <see cref="Judges"/>).
    /// </summary>
    private static string? JudgedNext(FieldReading field, int last, IReadOnlyList<string>? terms, RecognitionCues cues)
    {
        if (last + 1 >= field.Clauses.Count)
        {
            return null;
        }
        var text = field.Text.Text;
        var (first, end) = DocumentText.SentenceClauses(field, last + 1);
        var opening = text[field.Clauses[first].Start..field.Clauses[first].End];
        opening = opening[DocumentText.LeadLength(opening)..].TrimStart();
        var takenUp = Anaphors.Any(a => opening.StartsWith(a, StringComparison.Ordinal));
        string? verdict = null;
        for (var c = first; c <= end; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            if (PaperStance.Addresses(clause, cues) || PaperStance.Addresses(PaperStance.OpenerStripped(clause), cues)
                || (verdict is not null && Turns.Any(t => clause.Contains(t, StringComparison.Ordinal))))
            {
                return null;
            }
            if (verdict is null && Judges(clause, cues) is { } word
                && (takenUp || (terms is { Count: > 0 } && terms.All(t => t.Length > 0 && clause.Contains(t, StringComparison.Ordinal)))))
            {
                verdict = word;
            }
        }
        return verdict;
    }

    private static readonly string[] HandingDown = [.. RecognitionCues.Instance.Delegation.Where(v => v != "请")];

    // 向各村下达…任务, 给村里摊派…: the village after a preposition of the act, a hand-down verb after it.
    private static readonly string[] ActOn = ["向", "给", "对"];
    private static readonly string[] HandDownVerbs = [.. HandingDown, .. RecognitionCues.Instance.List("paper_stance.breach_acts").Except(["向", "对", "给", "将", "把"])];

    /// <summary>
    /// (phase 25) Whether the sentence up to the match tells a body's demand on the villages — a hand-down verb before a
    /// village (某镇要求各村…) or after the village a preposition names (向各村下达…, 给村里摊派…) or a requirer told of (<see cref="PaperStance.ToldOfOthers"/>: 部分乡镇…, 该局…) —
    /// so a sanction after it punishes that body. A rating of the villages themselves (…排在末位，予以通报批评) tells none.
    /// </summary>
    private static bool TellsDemand(string upToMatch, RecognitionCues cues)
    {
        var words = PaperDirection.Unquoted(upToMatch);
        return HandingDown.Any(v => PaperDirection.HandsTo(words, v, cues)) || PaperStance.ToldOfOthers(words)
            || ActOn.Any(p => PaperDirection.HandsTo(words, p, cues) && words.IndexOf(p, StringComparison.Ordinal) is var on
                && HandDownVerbs.Any(v => words.IndexOf(v, on + 1, StringComparison.Ordinal) > on));
    }

    // (phase 25) What a 通报 says was done to the requester or its demand after telling it (被诫勉谈话, 被批评教育, 已责令…撤销,
    // 责任书已废止): the case is told as a breach that was punished or undone.
    private static readonly string[] Sanctions = RecognitionCues.Instance.List("judged_demands.sanctions");

    /// <summary>
    /// (phase 25) The sanction a later clause of the match's line passes on the case it tells (一、某镇要求各村每天打卡。该镇
    /// 主任被诫勉谈话。), or null. The sanction's clause must name no village — 未打卡的村被通报批评 punishes the villages for not
    /// doing the act, which holds them to it — and no clause of the line may speak to the villages (…。各村要参照执行，每日
    /// 打卡) or turn the act back onto them after the sanction. An item under a heading that reports problems (发现以下问题：)
    /// may have its sanction in the line that closes the list (…已约谈有关负责人，这些任务均已收回), read the same way.
    /// </summary>
    private static string? Sanctioned(FieldReading field, int first, int k, RecognitionCues cues)
    {
        var text = field.Text.Text;
        var lineEnd = PaperDirection.LineEnd(text, field.Clauses[k].Start);
        var (found, sanction) = SanctionIn(field, first, k, lineEnd, cues);
        if (!found || sanction is not null || !PaperStance.UnderReportedList(text, field.Clauses[k].Start))
        {
            return sanction;
        }
        var next = lineEnd;
        while (next < text.Length && PaperDirection.IsItem(text[(next + 1)..PaperDirection.LineEnd(text, next + 1)]))
        {
            next = PaperDirection.LineEnd(text, next + 1);
        }
        if (next >= text.Length)
        {
            return null;
        }
        var closing = Enumerable.Range(0, field.Clauses.Count).FirstOrDefault(c => field.Clauses[c].Start > next, -1);
        return closing < 0 ? null : SanctionIn(field, closing, k, PaperDirection.LineEnd(text, next + 1), cues).Sanction;
    }

    /// <summary>
    /// The clauses from <paramref name="from"/> up to the offset <paramref name="until"/>: Found is false when one of them speaks
    /// to the villages, opens with them acting, or turns the act back after a sanction; Sanction is the first sanction word of
    /// a clause after the match's (<paramref name="k"/>) that names no village.
    /// </summary>
    private static (bool Found, string? Sanction) SanctionIn(FieldReading field, int from, int k, int until, RecognitionCues cues)
    {
        var text = field.Text.Text;
        string? sanction = null;
        for (var c = from; c < field.Clauses.Count && field.Clauses[c].Start < until; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            // 各村每天在群里打卡。…被诫勉谈话 tells no one's demand: the villages open the clause and act in the paper's words.
            var body = PaperStance.OpenerStripped(clause);
            if (PaperStance.Addresses(clause, cues) || PaperStance.Addresses(body, cues)
                || (PaperDirection.VillageAt(body, 0, cues) is { } subject && !PaperDirection.Told(body, subject, cues)
                    && !CarriedDemand(field, c, clause) && !IsCase(body))
                || (sanction is not null && Turns.Any(t => clause.Contains(t, StringComparison.Ordinal))))
            {
                return (false, null);
            }
            if (sanction is null && c > k && !field.Reader.NamesVillage(c))
            {
                sanction = Sanctions.FirstOrDefault(w => clause.Contains(w, StringComparison.Ordinal));
            }
        }
        return (true, sanction);
    }

    // (phase 27) The demand verbs a clause may open with when its subject stands in the clause before (区住建委在…中，要求村委会…).
    private static readonly string[] CarriedVerbs = RecognitionCues.Instance.List("judged_demands.carried_verbs");

    /// <summary>
    /// (phase 27) 一、县水务局在河道清淤工作中，要求村委会对违章建筑发出…: a clause opening with a demand verb in a sentence whose
    /// first clause opens with another body is that body's demand, told; the village after the verb is whom it was made on,
    /// not one acting in the paper's words. A sentence that opens with the verb itself (要求各村…) is the paper's own demand.
    /// </summary>
    private static bool CarriedDemand(FieldReading field, int c, string clause)
    {
        var body = clause[DocumentText.LeadLength(clause)..].TrimStart();
        if (!CarriedVerbs.Any(v => body.StartsWith(v, StringComparison.Ordinal)))
        {
            return false;
        }
        var (first, _) = DocumentText.SentenceClauses(field, c);
        if (first == c)
        {
            return false;
        }
        var opening = field.Clauses[first];
        var lead = field.Text.Text[opening.Start..opening.End];
        var from = opening.Start + DocumentText.LeadLength(lead);
        return field.Reader.Mentions(first) is var mentions && mentions.Count > 0
            && mentions[0].Kind == ActorKind.Other && mentions[0].Start <= from + 1
            && mentions.All(m => m.Kind != ActorKind.Village);
    }

    /// <summary>(phase 27) 村（社区）依法协助的，应当经准入审核: a clause closed by 的 before a comma states a case, who is
    /// concerned; the village in it is not told to act.</summary>
    private static bool IsCase(string body)
    {
        var comma = body.IndexOf(',');
        return (comma >= 0 ? body[..comma] : body).TrimEnd(' ', ':').EndsWith('的');
    }

    /// <summary>
    /// (phase 25) 一、某局让各村做展板…。该局一名副局长受到批评，已退还各村所出费用。 — in a sentence after the line's first,
    /// a word of undoing done (已退还, 已废止 …: the sanctions that open with 已) before the match in its own clause undoes the
    /// case the line told; the villages named there get back what was taken. Null otherwise.
    /// </summary>
    private static string? UndoneInItsClause(FieldReading field, int first, int k, int at)
    {
        var text = field.Text.Text;
        var lineStart = field.Clauses[k].Start == 0 ? 0 : text.LastIndexOf('\n', field.Clauses[k].Start - 1) + 1;
        if (lineStart >= field.Clauses[first].Start || text[lineStart..field.Clauses[first].Start].IndexOf('。') < 0)
        {
            return null;
        }
        var own = text[field.Clauses[k].Start..at];
        return Sanctions.FirstOrDefault(w => w.StartsWith('已') && own.Contains(w, StringComparison.Ordinal));
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

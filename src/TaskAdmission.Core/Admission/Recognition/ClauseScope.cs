using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// How far a clause's actor and negation reach beyond the clause (the parts of <see cref="Agency"/> that look at the
/// neighbouring clauses of a sentence): a list opened by 包括/如 shares the negation of the clause before it; a village
/// that an earlier clause names as its subject and then negates (村(社区)不参与检查) does not take on what follows; a
/// village named right after a negation (一律不以村为对象, 不在村(社区)之间排名) is exempted, not targeted; a topic clause
/// naming no one takes the body a later clause of the same sentence gives the act to (禁渔期间, 非法捕捞由执法大队查处);
/// and a sentence saying the village takes part by its own choice (自愿报名) demands nothing of it.
/// </summary>
internal static class ClauseScope
{
    // The head noun after 的 naming the demand as a rule or practice (的规定, 的有关要求).
    private const int UndoneHeadReach = 6;

    private const int SubjectNegationReach = 6;
    private const int MentionNegationReach = 4;
    private const int DisownReach = 3;
    private const int HeadingLength = 12;
    private const int HeadingSubjectReach = 2;
    private const int ReproachReach = 80;
    private static readonly string[] Breaches = RecognitionCues.Instance.List("clause_scope.breaches");
    private static readonly string[] BreachedRules = RecognitionCues.Instance.List("clause_scope.breached_rules");
    private static readonly string[] FailureMarks = RecognitionCues.Instance.List("document_scope.failure_marks");

    private static readonly string[] ScopeExclusions = RecognitionCues.Instance.List("clause_scope.scope_exclusions");
    private static readonly string[] TaskScopes = RecognitionCues.Instance.List("clause_scope.task_scopes");

    /// <summary>
    /// The negation of the clause before, when this clause lists what that clause spoke of (包括…, 如…). (phase 20) Also a
    /// heading closed by a colon that puts what it lists outside the village's task (三、不属于委托事项的：收取保费、考核排名;
    /// 以下不包括在协助职责内：… — [clause_scope.scope_exclusions] before a word of the task, [clause_scope.task_scopes]): the
    /// list right after it names what the village is not given. Not a list that names the village (…的：各村每天在APP打卡),
    /// nor a heading that leaves things outside another scope (以下事项不属于减负清理范围：…, which keeps them).
    /// </summary>
    public static string? EnumeratedUnderNegation(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var clause = reader.Clauses[clauseIndex];
        if (clauseIndex == 0 || reader.Clauses[clauseIndex - 1].Sentence != clause.Sentence)
        {
            return null;
        }
        if (OutsideTheTask(reader, clauseIndex) is { } outside)
        {
            return outside;
        }
        var opening = reader.Text[clause.Start..clause.End].TrimStart();
        if (!cues.Enumeration.Any(w => opening.StartsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var previous = reader.Clauses[clauseIndex - 1];
        var before = reader.Text[previous.Start..previous.End];
        return cues.NegationBefore.FirstOrDefault(cue => before.Contains(cue, StringComparison.Ordinal));
    }

    /// <summary>(phase 20) The heading before the clause, closed by a colon, that puts its list outside the village's task; or null.</summary>
    private static string? OutsideTheTask(ClauseReader reader, int clauseIndex)
    {
        var text = reader.Text;
        var heading = reader.Clauses[clauseIndex - 1];
        if (heading.End >= text.Length || text[heading.End] != ':' || reader.NamesVillage(clauseIndex))
        {
            return null;
        }
        var words = text[heading.Start..heading.End];
        foreach (var exclusion in ScopeExclusions)
        {
            var at = words.IndexOf(exclusion, StringComparison.Ordinal);
            if (at >= 0 && TaskScopes.FirstOrDefault(t => words.IndexOf(t, at + exclusion.Length, StringComparison.Ordinal) >= 0) is { } task)
            {
                return exclusion + "…" + task;
            }
        }
        return RefusedHeading(reader, clauseIndex - 1);
    }

    /// <summary>
    /// (phase 21) 下列事项不属于本协议委托范围，甲方不得以任何形式交由乙方承担：… — a heading of several clauses before the
    /// colon that points at its list and refuses it to the village (Document.NotOperativeParts.NegatedHeading, read over the
    /// whole heading), when its own last clause is negated too and no clause of it names a village or turns the negation
    /// around ([double_negation]: 不得拒绝承担). …不属于委托范围，乙方须承担： demands the list; so does …，但各村仍要承担：.
    /// </summary>
    private static string? RefusedHeading(ClauseReader reader, int heading)
    {
        var cues = RecognitionCues.Instance;
        var (first, _) = SentenceClauses(reader, heading);
        var words = reader.Text[reader.Clauses[first].Start..reader.Clauses[heading].End];
        var last = reader.Text[reader.Clauses[heading].Start..reader.Clauses[heading].End];
        if (first == heading || !cues.NegationBefore.Any(n => last.Contains(n, StringComparison.Ordinal))
            || cues.DoubleNegation.Any(d => words.Contains(d, StringComparison.Ordinal))
            || Enumerable.Range(first, heading - first).Any(k => reader.NamesVillage(k)) || !VillageRefusedIn(reader, heading, cues))
        {
            return null;
        }
        return Document.NotOperativeParts.NegatedHeading(words, cues);
    }

    /// <summary>
    /// (phase 22) Whether the villages the heading's last clause names stand after its negation, as those it may not be handed
    /// to (甲方不得以任何形式交由乙方承担, 乙方 the village its head lines name). A village before the negation is its subject
    /// or the one given the list (乙方承担，甲方不再承担 is read by the clause before already). True when the clause names none.
    /// </summary>
    private static bool VillageRefusedIn(ClauseReader reader, int heading, RecognitionCues cues)
    {
        var clause = reader.Clauses[heading];
        var last = reader.Text[clause.Start..clause.End];
        var negation = cues.NegationBefore.Select(n => last.IndexOf(n, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        return reader.Mentions(heading).Where(m => m.Kind == ActorKind.Village).All(m => negation >= 0 && m.Start >= clause.Start + negation);
    }

    /// <summary>
    /// (phase 22) The village an earlier clause of the sentence gives the act to with 由/交由 (下列事项由乙方承担，甲方不再承担：…,
    /// 乙方 the village the head lines name), or null.
    /// </summary>
    public static Mention? GivenEarlier(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        for (var c = clauseIndex - 1; c >= 0 && reader.Clauses[c].Sentence == reader.Clauses[clauseIndex].Sentence; c--)
        {
            var clause = reader.Clauses[c];
            if (Agency.Attributed(reader.Text, clause, reader.Mentions(c), clause.End, cues) is { Kind: ActorKind.Village } village)
            {
                return village;
            }
        }
        return null;
    }

    /// <summary>
    /// The negation right after the village that clause <paramref name="clauseIndex"/> names as its subject (村(社区)不参与检查), or
    /// null. (phase 22) With <paramref name="kind"/> Other, the same of another body (甲方不再承担).
    /// </summary>
    public static string? SubjectNegated(ClauseReader reader, int clauseIndex, RecognitionCues cues, ActorKind kind = ActorKind.Village)
    {
        var clause = reader.Clauses[clauseIndex];
        var subject = reader.Mentions(clauseIndex).LastOrDefault(m => m.Kind == kind);
        if (subject.Text is null)
        {
            return null;
        }
        var after = reader.Text[subject.End..Math.Min(clause.End, subject.End + SubjectNegationReach)];
        var cue = cues.NegationBefore.FirstOrDefault(c => after.Contains(c, StringComparison.Ordinal));
        return cue ?? (after.IndexOf('不') is var bu and >= 0 && !NotNegating(reader.Text, subject.End + bu, cues) ? "不" : null);
    }

    /// <summary>A negation right before the village word (一律不以村为对象, 不在村(社区)之间排名, 不对社区进行考核), or null.</summary>
    public static string? MentionNegated(string text, Clause clause, Mention village, RecognitionCues cues)
    {
        var from = Math.Max(clause.Start, village.Start - MentionNegationReach);
        var before = text[from..village.Start];
        var bu = before.LastIndexOf('不');
        // 完成率不高的村: 不 … 的 describes the village, it does not exempt it.
        if (bu >= 0 && !before[bu..].Contains('的') && !NotNegating(text, from + bu, cues))
        {
            return before[bu..];
        }
        return cues.NegationBefore.FirstOrDefault(c => before.Contains(c, StringComparison.Ordinal));
    }

    private static readonly string[] Unlinking = RecognitionCues.Instance.List("clause_scope.unlinked");

    /// <summary>
    /// (phase 26b) An assessment a clause names only to say a result is not tied to it (考核结果…，与所在村的考核不挂钩): the
    /// clause opens with 与, 同 or 和 and the match is followed right away by a word of unlinking ([clause_scope.unlinked]).
    /// The word, or null (与所在村的考核挂钩 ties it; 不挂钩 elsewhere in the clause is not this one's).
    /// </summary>
    public static string? Unlinked(string text, Clause clause, int hitEnd)
    {
        var opening = text[clause.Start..clause.End].TrimStart();
        if (opening.Length == 0 || opening[0] is not ('与' or '同' or '和'))
        {
            return null;
        }
        var after = text[hitEnd..clause.End].TrimStart();
        return Unlinking.FirstOrDefault(u => after.StartsWith(u, StringComparison.Ordinal));
    }

    /// <summary>The body a later clause of the sentence gives the act to with 由/交由 (…, 非法捕捞由执法大队查处), or null.</summary>
    private static readonly string[] FailureOpeners = RecognitionCues.Instance.List("clause_scope.failure_openers");

    private static readonly string[] OnBehalfWords = RecognitionCues.Instance.List("clause_scope.on_behalf_words");

    /// <summary>
    /// (phase 10) 请各村协助乡财政所…，并代为收取水资源费 — a village that assists a body and then does the act on its behalf
    /// (代为, 代替) does it itself: the village named before the assisting verb of clause <paramref name="k"/>, or null.
    /// </summary>
    public static Mention? OnBehalf(ClauseReader reader, int k, int clauseIndex, int hitStart)
    {
        var hitClause = reader.Clauses[clauseIndex];
        var window = reader.Text[hitClause.Start..Math.Min(reader.Text.Length, hitStart + 2)];
        if (!OnBehalfWords.Any(w => window.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var clause = reader.Clauses[k];
        var cues = RecognitionCues.Instance;
        foreach (var m in reader.Mentions(k).Where(m => m.Kind == ActorKind.Village))
        {
            var after = reader.Text[m.End..clause.End];
            if (cues.Assisting.Any(a => after.TrimStart().StartsWith(a, StringComparison.Ordinal)))
            {
                return m;
            }
        }
        return null;
    }

    public static Mention? LaterAttribution(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        for (var k = clauseIndex + 1; k < reader.Clauses.Count && reader.Clauses[k].Sentence == sentence; k++)
        {
            var clause = reader.Clauses[k];
            // (phase 10) …当天上传平台，未上传的视为未走访，由镇党委组织办每月通报 — after a failure condition the sentence
            // says who sanctions, not who does the work.
            if (FailureOpeners.Any(o => reader.Text[clause.Start..clause.End].TrimStart().StartsWith(o, StringComparison.Ordinal)))
            {
                return null;
            }
            if (Agency.Attributed(reader.Text, clause, reader.Mentions(k), clause.Start, cues) is { } actor)
            {
                return actor;
            }
            // (phase 27) 沿线征地的丈量复核，由市高速公路指挥部征地组负责: a name the reader does not know, between
            // 由 and a verb of doing, is the doer of the topic as it is of its own clause (Agency.UnnamedDoer: no village in it).
            if (Agency.UnnamedDoer(reader.Text, clause, reader.Mentions(k), cues) is { } unnamed)
            {
                return unnamed;
            }
        }
        return null;
    }

    /// <summary>
    /// The village a later clause of the sentence hands the act down to (…目标为新落地项目20个, 现按社区规模分解), or the
    /// first village listed after such a clause (分解如下: 东街社区2亿元、南门社区1.5亿元), or null.
    /// </summary>
    public static Mention? HandedDownLater(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        var handed = false;
        for (var k = clauseIndex + 1; k < reader.Clauses.Count && reader.Clauses[k].Sentence == sentence; k++)
        {
            var clause = reader.Clauses[k];
            handed |= Agency.HandedDown(reader.Text[clause.Start..clause.End], cues);
            if (handed && reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Village) is { Text: not null } village)
            {
                return village;
            }
        }
        return null;
    }

    /// <summary>
    /// A reproach word right before a demand verb earlier in the hit's sentence (你局擅自要求各村签订…): the sentence reports
    /// a demand as wrong. Returns the words (擅自要求), or null.
    /// </summary>
    public static string? Reproached(ClauseReader reader, int clauseIndex, int hitStart, RecognitionCues cues)
    {
        var (first, _) = SentenceClauses(reader, clauseIndex);
        var text = reader.Text;
        // (phase 6c) 群众反映被要求开具亲属关系…证明的: a demand someone suffered (被要求), in the demand's own clause, is
        // reported; 居民被要求证明…的, 网格员应…由社区出具… still puts the later clause's act on the village.
        var lead = text[reader.Clauses[clauseIndex].Start..hitStart];
        for (var at = lead.IndexOf('被'); at >= 0; at = lead.IndexOf('被', at + 1))
        {
            if (cues.Delegation.FirstOrDefault(v => string.CompareOrdinal(lead, at + 1, v, 0, v.Length) == 0) is { } suffered)
            {
                return "被" + suffered;
            }
        }
        var from = Math.Max(reader.Clauses[first].Start, hitStart - ReproachReach);
        foreach (var word in cues.Reproach)
        {
            for (var at = text.IndexOf(word, from, hitStart - from, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < hitStart ? text.IndexOf(word, at + 1, hitStart - at - 1, StringComparison.Ordinal) : -1)
            {
                var rest = text[(at + word.Length)..hitStart];
                if (cues.Delegation.Concat(cues.HandedTo).FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is { } verb)
                {
                    return word + verb;
                }
                // (phase 23) 个别中队存在将拆除违章搭建等事项交给居委会的现象: the reproached demand said with 把/将.
                if (ClauseStructure.HandedOverToVillage(text, at + word.Length, hitStart, cues) is { } handedOver)
                {
                    return word + handedOver;
                }
            }
        }
        // 近期收到反映, 个别部门要求村干部…: a requester quantified as some of the bodies is reported.
        if (ClauseStructure.ReportedRequester(text, from, hitStart, cues) is { } reported)
        {
            return reported;
        }
        // (phase 6c) 某镇…小程序要求村干部定位签到, 违反基层减负规定: the next clause judges the demand a breach of the rules.
        if (clauseIndex + 1 < reader.Clauses.Count && reader.Clauses[clauseIndex + 1].Sentence == reader.Clauses[clauseIndex].Sentence
            && text[reader.Clauses[clauseIndex + 1].Start..reader.Clauses[clauseIndex + 1].End].TrimStart() is var judged
            && Breaches.FirstOrDefault(w => judged.StartsWith(w, StringComparison.Ordinal)) is { } breach
            // 不符合要求的不得开席 is a condition on someone else, not a judgement of the rules.
            && BreachedRules.Any(w => judged.Contains(w, StringComparison.Ordinal))
            // (phase 24 review) 某村未按要求每天上传照片，违反…规定: a failure told before the act ([document_scope.failure_marks];
            // not 未经, which says the demand was made without leave) is what the breach judges — the act is held as required.
            && !FailureMarks.Any(f => lead.Replace("未经", "", StringComparison.Ordinal).Contains(f, StringComparison.Ordinal)))
        {
            return breach;
        }
        return null;
    }

    /// <summary>
    /// A demand named as a rule or practice (…出具遗失证明的规定, …签订责任书的做法) that the next clause of the sentence
    /// stops or undoes (一律停止执行, 予以废止, 作废): the notice withdraws the demand. The cue, or null.
    /// </summary>
    public static string? UndoneLater(ClauseReader reader, int clauseIndex, int hitEnd, RecognitionCues cues)
    {
        var clause = reader.Clauses[clauseIndex];
        var text = reader.Text;
        // (phase 23) 之前部分村收取的“护林保证金”: a closing quotation mark ends the noun phrase as well.
        var rest = text[hitEnd..clause.End].Trim();
        var tail = rest.TrimStart('"');
        // (phase 23) 通知第五条“村（居）委会可代为收取保费”: the match stands in a quotation that closes the clause — a clause cited.
        var cited = rest == "\"" && text[clause.Start..hitEnd].Count(c => c == '"') % 2 == 1;
        if (clauseIndex + 1 >= reader.Clauses.Count || reader.Clauses[clauseIndex + 1].Sentence != clause.Sentence
            || !(tail.Length >= 1 && tail.Length <= UndoneHeadReach && tail[0] == '的'
                // (phase 6c) 本通知印发前已部署的部门评比, 一律停止: the demand is itself the head of the clause's noun phrase.
                || tail.Length == 0 && text[clause.Start..hitEnd].Contains('的')
                || cited))
        {
            return null;
        }
        var next = reader.Clauses[clauseIndex + 1];
        var words = text[next.Start..next.End];
        var start = words.TrimStart();
        // (phase 6c) …出具清单外证明的, 由各部门自行清理: the body that undoes it may be named first.
        if (cues.NegationAfter.FirstOrDefault(c => start.StartsWith(c, StringComparison.Ordinal)
            || start.StartsWith('由') && start.Contains(c, StringComparison.Ordinal)) is { } undone)
        {
            return undone;
        }
        // (phase 23) “…可代为收取保费”，本乡不予执行: the next clause says the cited clause or practice is not carried out.
        // 之前部分村收取的保证金，统一在本季度退还: money the clause says was collected before is to be paid back.
        return NotCarriedOut.FirstOrDefault(c => Says(words, c))
            ?? (CollectedBefore.Any(b => text[clause.Start..hitEnd].Contains(b, StringComparison.Ordinal)) ? Refunds.FirstOrDefault(c => Says(words, c)) : null);
    }

    private static readonly string[] NotCarriedOut = RecognitionCues.Instance.List("clause_scope.not_carried_out");
    private static readonly string[] CollectedBefore = RecognitionCues.Instance.List("clause_scope.collected_before");
    private static readonly string[] Refunds = RecognitionCues.Instance.List("clause_scope.refunds");

    /// <summary>(phase 23) Whether the clause holds the word as its verb: not closed by 的 into a case (不执行的村要通报).</summary>
    private static bool Says(string clause, string word)
    {
        var at = clause.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && !clause.AsSpan(at + word.Length).StartsWith("的", StringComparison.Ordinal);
    }

    // (phase 7) Verbs that undo what they take as object: 清理各部门要求群众到村(社区)开具的各类证明.
    // (phase 10) 停用全部要求村干部打卡…的工作群, 取消要求各村…的做法, 收回向村下达的…: stopping a demand undoes it too.
    private static readonly string[] UndoVerbs = RecognitionCues.Instance.List("clause_scope.undo_verbs");
    private const int UndoReach = 30;
    // (phase 36) 整治任务中的排查、认定、下达…决定书: an undo verb before a noun of work names a campaign; it takes no object.
    private static readonly string[] UndoNouns = RecognitionCues.Instance.List("clause_scope.undo_nouns");

    /// <summary>
    /// (phase 7) A demand that is the object of a verb undoing it (全面清理各部门要求群众到村(社区)开具的各类证明, 纠正向村
    /// 摊派任务的做法): the undo verb stands before the match in its clause and a demand verb (要求, 摊派, 下达…) between them
    /// says that what is cleaned up is a demand made of someone — 清理河道垃圾 or 纠正违法行为 are work, not undoing. The
    /// words, or null.
    /// </summary>
    public static string? UndoneObject(ClauseReader reader, int clauseIndex, int hitStart, RecognitionCues cues)
    {
        var clause = reader.Clauses[clauseIndex];
        var from = Math.Max(clause.Start, ListStart(reader, clauseIndex, hitStart) - UndoReach);
        // (review of phase 21) 废止…的条款、各村每年完成招商引资指标 — the undoing verb does not reach into a demand joined to its list.
        var villages = reader.Mentions(clauseIndex).Where(m => m.Kind == ActorKind.Village).Select(m => m.Start).ToList();
        if (JoinedVillagesDemand(reader.Text, from, hitStart, villages) is { } joined)
        {
            from = joined;
        }
        var before = reader.Text[from..hitStart];
        foreach (var verb in UndoVerbs)
        {
            var at = before.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var rest = before[(at + verb.Length)..];
            if (Agency.TurnedAround(rest, cues) || UndoNouns.Any(n => rest.StartsWith(n, StringComparison.Ordinal)) || CaseNotUndoing(before, at, rest))
            {
                continue;
            }
            if ((cues.Delegation.Concat(cues.HandedTo).Concat(Commissions).FirstOrDefault(v => v.Length >= 2 && rest.Contains(v, StringComparison.Ordinal))
                ?? OnVillages.FirstOrDefault(v => rest.Contains(v, StringComparison.Ordinal))) is { } demand)
            {
                return verb + "…" + demand;
            }
        }
        return UndoneAfter(reader, clauseIndex, hitStart, cues);
    }

    /// <summary>
    /// (session 37) 逾期不清理的，由村委会组织人员强制清除; 拒不纠正的由村里…: an undo verb that is negated (不, 未, 没 before it) or
    /// closes a case (的 right after it) names who is sanctioned — those who do not clean up — and undoes nothing.
    /// </summary>
    private static bool CaseNotUndoing(string before, int at, string rest) =>
        rest.StartsWith('的') || at > 0 && before[at - 1] is '不' or '未' or '没';

    // (phase 21) The longest item of a list joined by 、 that the reach of an undoing verb runs over.
    private const int MaxListItem = 12;

    /// <summary>
    /// (phase 21) 废止…要求村(社区)承担违法建设查处、协税护税、食品安全检查、招商引资指标、签订责任书等内容的条款 — where the list
    /// of short items joined by 、 that holds the match begins: the undoing verb's reach is counted from there, since what it
    /// undoes is the whole list. An item naming the village ends the list (…的条款、各村每年签订责任书 is a demand of its own).
    /// </summary>
    private static int ListStart(ClauseReader reader, int clauseIndex, int hitStart)
    {
        var text = reader.Text;
        var clauseStart = reader.Clauses[clauseIndex].Start;
        var villages = reader.Mentions(clauseIndex).Where(m => m.Kind == ActorKind.Village).ToList();
        var start = hitStart;
        if (hitStart <= clauseStart)
        {
            return hitStart;
        }
        var join = text.LastIndexOf('、', hitStart - 1, hitStart - clauseStart);
        if (join < 0 || hitStart - join - 1 > MaxListItem)
        {
            return hitStart;
        }
        while (join > clauseStart)
        {
            var previous = text.LastIndexOf('、', join - 1, join - clauseStart);
            if (previous < 0 || join - previous - 1 > MaxListItem || villages.Any(v => v.Start > previous && v.Start < hitStart))
            {
                break;
            }
            start = previous + 1;
            join = previous;
        }
        return start;
    }

    // (review of phase 21) The most characters before a village mention that still open an item with it (各村, 全镇各村).
    private const int MaxItemLead = 2;

    // (review of phase 21) The most characters after an item's last 的 when the item names a practice (…台账的做法, …的要求).
    private const int MaxPracticeNoun = 4;

    /// <summary>
    /// (review of phase 21) 现决定废止要求村承担…的条款、各村每年完成招商引资指标 — an item of a 、 list between
    /// <paramref name="from"/> and <paramref name="to"/> that follows an object closed by the noun of a demand
    /// ([clause_scope.closed_objects]: …的条款, …指标) and opens with the villages (<paramref name="villages"/>: mention
    /// starts), not itself named as a practice (…台账的做法, …的要求), is a demand of its own joined to what is undone or
    /// refused: the verb before it does not reach it. Where the last such item starts, or null. 取消各村每日打卡、各村每周
    /// 拍照上传的要求 and 不再要求村干部打卡、各村拍照上传 stay one list.
    /// </summary>
    internal static int? JoinedVillagesDemand(string text, int from, int to, IReadOnlyList<int> villages)
    {
        int? found = null;
        for (var join = text.IndexOf('、', from, to - from); join >= 0; join = join + 1 < to ? text.IndexOf('、', join + 1, to - join - 1) : -1)
        {
            var itemStart = join + 1;
            if (!ClosedObjects.Any(n => join >= n.Length && string.CompareOrdinal(text, join - n.Length, n, 0, n.Length) == 0)
                || !villages.Any(v => v >= itemStart && v - itemStart <= MaxItemLead))
            {
                continue;
            }
            var itemEnd = text.IndexOfAny(['、', ',', ';', '。', '\n'], itemStart);
            var item = text[itemStart..(itemEnd < 0 ? text.Length : itemEnd)];
            if (!(item.LastIndexOf('的') is >= 0 and var of && item.Length - of - 1 <= MaxPracticeNoun))
            {
                found = itemStart;
            }
        }
        return found;
    }

    private static readonly string[] ClosedObjects = RecognitionCues.Instance.List("clause_scope.closed_objects");

    // (phase 23) 终止委托村委会代征…: a commission undone is a demand undone.
    private static readonly string[] Commissions = RecognitionCues.Instance.List("clause_scope.commissions");

    // (phase 11) 清理本部门涉村考核事项: what bears on the villages, named as a kind of demand, is a demand too.
    private static readonly string[] OnVillages = RecognitionCues.Instance.List("clause_scope.on_villages");

    // (phase 11) 对…进行了清理, 对…予以纠正: the undoing verb after the demand, in the 对…进行 construction.
    private static readonly string[] DoVerbs = RecognitionCues.Instance.List("clause_scope.do_verbs");
    private static readonly string[] UndoAfterVerbs = RecognitionCues.Instance.List("clause_scope.undo_after_verbs");
    private static readonly string[] VillageLevel = RecognitionCues.Instance.List("clause_scope.village_level");
    private const int UndoAfterReach = 60;
    private static readonly string[] CuttingVerbs = RecognitionCues.Instance.List("clause_scope.cutting_verbs");
    private static readonly string[] PracticeHeads = RecognitionCues.Instance.List("clause_scope.practice_heads");

    /// <summary>
    /// (phase 11) 我们对各部门要求社区开具证明的情况进行了清理 — a demand that 对 opens as the object of an undoing verb
    /// after it (进行清理, 予以纠正, 进行了全面梳理): the notice reports or orders it undone. The words between 对 and the
    /// match must name a demand (要求, 摊派, 下达 … or 涉村). The cue (对…要求…进行了清理), or null.
    /// </summary>
    private static string? UndoneAfter(ClauseReader reader, int clauseIndex, int hitStart, RecognitionCues cues)
    {
        var clause = reader.Clauses[clauseIndex];
        var text = reader.Text;
        var from = Math.Max(clause.Start, hitStart - UndoAfterReach);
        var dui = hitStart > from ? text.LastIndexOf('对', hitStart - 1, hitStart - from) : -1;
        if (dui < 0)
        {
            return null;
        }
        var tail = text[hitStart..clause.End];
        foreach (var doVerb in DoVerbs)
        {
            for (var at = tail.IndexOf(doVerb, StringComparison.Ordinal); at >= 0; at = tail.IndexOf(doVerb, at + doVerb.Length, StringComparison.Ordinal))
            {
                var rest = tail[(at + doVerb.Length)..].TrimStart();
                foreach (var adverb in (string[])["全面", "集中", "统一", "逐项", "彻底"])
                {
                    rest = rest.StartsWith(adverb, StringComparison.Ordinal) ? rest[adverb.Length..] : rest;
                }
                if (UndoAfterVerbs.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is not { } undo)
                {
                    continue;
                }
                var obj = text[(dui + 1)..(hitStart + at)];
                if ((cues.Delegation.Concat(cues.HandedTo).FirstOrDefault(v => v.Length >= 2 && obj.Contains(v, StringComparison.Ordinal))
                    ?? OnVillages.FirstOrDefault(v => obj.Contains(v, StringComparison.Ordinal))) is { } demand)
                {
                    return "对…" + demand + "…" + doVerb + undo;
                }
                // (phase 28) 对村（社区）出具…情况进行了清理 — a practice named as a state of affairs (…情况, …问题, …现象)
                // and cut back (清理, 纠正, 精简 …: [clause_scope.cutting_verbs]; not 梳理, 清查, 整治, which only look or
                // put in order) is undone, whoever kept it.
                if (CuttingVerbs.Contains(undo) && PracticeHeads.FirstOrDefault(h => obj.EndsWith(h, StringComparison.Ordinal)) is { } head)
                {
                    return "对…" + head + doVerb + undo;
                }
                // (phase 32) 对村级…台账、评比开展了集中清理 — what the villages bear, named by their level at the
                // object's opening, cut back.
                if (CuttingVerbs.Contains(undo) && VillageLevel.FirstOrDefault(l => obj.StartsWith(l, StringComparison.Ordinal)) is { } level)
                {
                    return "对" + level + "…" + doVerb + undo;
                }
            }
        }
        return null;
    }

    /// <summary>A village the sentence disowns from the matter (评价对象是物业服务企业, 跟社区无关): the cue after it, or null.</summary>
    public static string? VillageDisowned(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var (first, last) = SentenceClauses(reader, clauseIndex);
        for (var k = first; k <= last; k++)
        {
            var clause = reader.Clauses[k];
            foreach (var village in reader.Mentions(k).Where(m => m.Kind == ActorKind.Village))
            {
                var after = reader.Text[village.End..Math.Min(clause.End, village.End + DisownReach)];
                if (cues.Disowning.FirstOrDefault(c => after.StartsWith(c, StringComparison.Ordinal)) is { } cue)
                {
                    return village.Text + cue;
                }
                if (k >= clauseIndex && DisownedMatter(reader.Text, clause, village, cues) is { } matter)
                {
                    return matter;
                }
                // (phase 36) 出租房的消防监督管理不属于村委会职责: a denial of belonging right before the village and a noun of its
                // duties right after it say the matter is not the village's — in the match's clause or one after it.
                if (k >= clauseIndex && NotItsDuty(reader.Text, clause, village) is { } duty && !Conceded(reader, k, last))
                {
                    return duty;
                }
            }
        }
        return null;
    }

    private static readonly string[] Concessions = RecognitionCues.Instance.List("clause_scope.concessions");
    private static readonly string[] Contrasts = RecognitionCues.Instance.List("agency.contrast");

    /// <summary>
    /// (phase 36) 虽不属于村里职责，但各村仍须…收齐: the denial is conceded (虽, 尽管 in its clause) or a later clause of the sentence
    /// opens with a contrast (但, 却): the demand stands.
    /// </summary>
    private static bool Conceded(ClauseReader reader, int k, int last)
    {
        var words = reader.Text[reader.Clauses[k].Start..reader.Clauses[k].End];
        if (Concessions.Any(c => words.Contains(c, StringComparison.Ordinal)))
        {
            return true;
        }
        for (var j = k + 1; j <= last; j++)
        {
            var later = reader.Text[reader.Clauses[j].Start..reader.Clauses[j].End].TrimStart();
            if (Contrasts.Any(c => later.StartsWith(c, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] DenialsOfBelonging = [.. RecognitionCues.Instance.List("clause_scope.not_belonging").OrderByDescending(w => w.Length)];
    private static readonly string[] DutyNouns = RecognitionCues.Instance.List("clause_scope.duty_nouns");

    /// <summary>
    /// (phase 36) 不属于村委会职责, 并非社区的工作范围: the denial ([clause_scope.not_belonging]) closing the words before the village
    /// and a noun of its duties ([clause_scope.duty_nouns]) opening those after it (after a 的, if any). The words, or null.
    /// </summary>
    private static string? NotItsDuty(string text, Clause clause, Mention village)
    {
        var before = text.AsSpan(clause.Start, Math.Max(0, village.Start - clause.Start));
        string? denial = null;
        foreach (var d in DenialsOfBelonging)
        {
            if (before.EndsWith(d, StringComparison.Ordinal))
            {
                denial = d;
                break;
            }
        }
        if (denial is null)
        {
            return null;
        }
        var from = village.End < clause.End && text[village.End] == '的' ? village.End + 1 : village.End;
        return DutyNouns.FirstOrDefault(n => string.CompareOrdinal(text, from, n, 0, n.Length) == 0 && from + n.Length <= clause.End) is { } noun
            ? denial + village.Text + noun
            : null;
    }

    // (phase 24) The longest matter of the village (考核, 工作考评) that may stand between it and the disowning word.
    private const int DisownedMatterReach = 4;
    private static readonly string[] Comparing = RecognitionCues.Instance.List("clause_scope.comparing");

    /// <summary>
    /// (phase 24) 出勤由林业局登记，跟村干部考核无关: after 与/跟 a village and a short matter of its own closed by a disowning
    /// word say the matter is not the village's here — the assessment named is the one it is kept out of. Only in the
    /// match's clause or one after it (the matter named, then set aside): a clause after the disowning words (…无关，但各村每月
    /// 要排名) demands on its own.
    /// </summary>
    private static string? DisownedMatter(string text, Clause clause, Mention village, RecognitionCues cues)
    {
        if (village.Start <= clause.Start || !Comparing.Any(c => text.AsSpan(clause.Start, village.Start - clause.Start).EndsWith(c, StringComparison.Ordinal)))
        {
            return null;
        }
        var after = text[village.End..Math.Min(clause.End, village.End + DisownedMatterReach + DisownReach)];
        foreach (var cue in cues.Disowning)
        {
            var at = after.IndexOf(cue, StringComparison.Ordinal);
            if (at > 0 && at <= DisownedMatterReach && after[..at].IndexOfAny([',', '，', '、', '但']) < 0)
            {
                return village.Text + after[..(at + cue.Length)];
            }
        }
        return null;
    }

    private const int RefusalTail = 10;
    private static readonly string[] RefusalAdverbs = RecognitionCues.Instance.List("clause_scope.refusal_adverbs");
    private static readonly string[] RefusalNegations = RecognitionCues.Instance.List("clause_scope.refusal_negations");
    private static readonly string[] RefusedActs = RecognitionCues.Instance.List("clause_scope.refused_acts");
    private static readonly string[] RefusalConditions = RecognitionCues.Instance.List("clause_scope.refusal_conditions");
    private static readonly char[] RefusalCommas = ['，', ',', '、'];

    /// <summary>
    /// <paramref name="text"/> without the words of <paramref name="leading"/> it opens with, any number of them in any
    /// order (以后一律, 每晚统一: time and manner words before a verb).
    /// </summary>
    internal static string WithoutLeading(string text, IReadOnlyList<string> leading)
    {
        while (leading.FirstOrDefault(w => text.StartsWith(w, StringComparison.Ordinal)) is { Length: > 0 } word)
        {
            text = text[word.Length..];
        }
        return text;
    }

    /// <summary>(phase 36) <paramref name="text"/> without the words of <paramref name="trailing"/> it closes with, any number of them.</summary>
    internal static string WithoutTrailing(string text, IReadOnlyList<string> trailing)
    {
        while (trailing.FirstOrDefault(w => text.EndsWith(w, StringComparison.Ordinal)) is { Length: > 0 } word)
        {
            text = text[..^word.Length];
        }
        return text;
    }

    private static readonly string[] OtherPapers = RecognitionCues.Instance.List("clause_scope.other_papers");

    private static bool NamesOtherPapers(string text, int from, int to)
    {
        var words = text.AsSpan(from, to - from);
        foreach (var other in OtherPapers)
        {
            if (words.Contains(other, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 13) The village named after the match, in the same sentence, as the subject of a short clause-end that refuses
    /// the act (户口登记项目变更的证明村里不出; 这类证明，以后村里一律不开; …核实亲属关系，村里不需要出具): what was named
    /// before is the topic the village refuses, not a demand on it. Only a negation of an act of issuing or taking part
    /// (出具, 开, 参与, 管 …) that ends the clause within a few characters: 各村不得少于3次 limits, 村里不得拒绝出具 demands.
    /// </summary>
    public static string? RefusedByVillage(ClauseReader reader, int clauseIndex, int hitEnd, RecognitionCues cues)
    {
        var (_, last) = SentenceClauses(reader, clauseIndex);
        var text = reader.Text;
        for (var k = clauseIndex; k <= last; k++)
        {
            var clause = reader.Clauses[k];
            foreach (var village in reader.Mentions(k).Where(m => m.Kind == ActorKind.Village && m.Start >= hitEnd))
            {
                var rest = text[village.End..clause.End].TrimEnd('。', ';', '!', ' ');
                // (review) The refusal is the whole of what is left of its clause: one that runs past a comma names a
                // penalty (村里不参加的，扣分), and one the clause introduces as a case (如村委会不予出具, 若社区不出具)
                // is a case the notice foresees, not a refusal it states.
                // (phase 32) 请村委会出具婚姻状况证明，其他证明村委会不再出具: a refusal whose own topic is the other papers
                // ([clause_scope.other_papers]: 其他, 其余, 以外的 … between the match and the village) refuses those, not the match.
                var topicFrom = Math.Max(clause.Start, hitEnd);
                if (rest.Length > RefusalTail || rest.IndexOfAny(RefusalCommas) >= 0
                    || cues.DoubleNegation.Any(d => rest.Contains(d, StringComparison.Ordinal))
                    || RefusalConditions.Any(c => text.IndexOf(c, clause.Start, village.Start - clause.Start, StringComparison.Ordinal) >= 0)
                    || (village.Start > topicFrom && NamesOtherPapers(text, topicFrom, village.Start)))
                {
                    continue;
                }
                var lead = WithoutLeading(rest, RefusalAdverbs);
                if (RefusalNegations.Where(n => lead.StartsWith(n, StringComparison.Ordinal)).MaxBy(n => n.Length) is { } negation
                    && lead[negation.Length..] is var act
                    // A one-character act ends the clause or names the paper (村里不出, 不开此类证明): 不出现, 不开展 are other verbs.
                    && RefusedActs.Any(a => act.StartsWith(a, StringComparison.Ordinal) && (a.Length > 1 || act.Length == 1 || "证此这任".Contains(act[1]))
                        // (review) 村里不出具的 names those who refuse (…的，予以通报): a condition, not a refusal.
                        && !act[a.Length..].Contains('的')))
                {
                    return village.Text + rest;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A short heading naming no one ("3.运营主体引进。") takes its actor from the next sentence that gives the act to
    /// someone with 由 X (由区文旅委负责…引进…), as a title takes it from the description.
    /// </summary>
    public static Mention? HeadingAttribution(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var (first, last) = SentenceClauses(reader, clauseIndex);
        if (LabelSubject(reader, clauseIndex, first, last) is { } labelled)
        {
            return labelled;
        }
        if (first != last || reader.Clauses[first].End - reader.Clauses[first].Start > HeadingLength || reader.Mentions(first).Count > 0)
        {
            return null;
        }
        var next = last + 1;
        if (next >= reader.Clauses.Count)
        {
            return null;
        }
        var (nextFirst, nextLast) = SentenceClauses(reader, next);
        for (var k = nextFirst; k <= nextLast; k++)
        {
            var clause = reader.Clauses[k];
            if (Agency.Attributed(reader.Text, clause, reader.Mentions(k), clause.Start, cues) is { } actor)
            {
                return actor;
            }
        }
        // The next sentence opens with its subject (由区文旅委负责…, 各村要…).
        var opening = reader.Clauses[nextFirst];
        return reader.Mentions(nextFirst).FirstOrDefault() is { Text: not null } subject && subject.Start - opening.Start <= HeadingSubjectReach ? subject : null;
    }

    /// <summary>
    /// (phase 22) 二、考核办法：甲方每季度对乙方…考核评分 — a short label opening its sentence and closed by a colon names the
    /// topic of the line; the body the line opens with after the colon does what the label names. Only in a sentence that
    /// names no village: 考核办法：镇里对各村考核排名 keeps its reading (the villages are aimed at), and so does any line that
    /// opens with no one.
    /// </summary>
    private static Mention? LabelSubject(ClauseReader reader, int clauseIndex, int first, int last)
    {
        var label = reader.Clauses[clauseIndex];
        if (clauseIndex != first || clauseIndex == last || label.End >= reader.Text.Length || reader.Text[label.End] != ':'
            || label.End - label.Start > HeadingLength || reader.Mentions(clauseIndex).Count > 0
            || Enumerable.Range(first, last - first + 1).Any(reader.NamesVillage))
        {
            return null;
        }
        // Another body only, in a clause that states no case: 亲属关系：家属需要证明…的，一并出具 — the applicant a condition
        // (…的) is about is not who issues.
        var line = reader.Clauses[clauseIndex + 1];
        return reader.Mentions(clauseIndex + 1).FirstOrDefault() is { Kind: ActorKind.Other, Text: not null } subject && subject.Start - line.Start <= HeadingSubjectReach
            && !reader.Text[line.Start..line.End].TrimEnd().EndsWith('的') ? subject : null;
    }

    /// <summary>The first village any clause of the hit's sentence names, or null.</summary>
    /// <remarks>(phase 33) Given the cues, a village a negation right before it exempts (不向村委会推送, 也不用于对村的通报) is
    /// named only to be left out: it is skipped.</remarks>
    public static Mention? VillageInSentence(ClauseReader reader, int clauseIndex, RecognitionCues? exempting = null)
    {
        var (first, last) = SentenceClauses(reader, clauseIndex);
        for (var k = first; k <= last; k++)
        {
            var village = exempting is null ? reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Village)
                : reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Village && MentionNegated(reader.Text, reader.Clauses[k], m, exempting) is null);
            if (village is { Text: not null })
            {
                return village;
            }
        }
        return null;
    }

    /// <summary>
    /// The word saying the village takes part by choice, in the hit's sentence (自愿组队报名), or null. (phase 20) 巡河打卡由各村
    /// 自行决定，镇里按打卡次数对各村排名: a clause that opens with another body acting on the villages is that body's act; only
    /// a choice word of its own (镇里组织各村自愿报名) makes it the villages' choice, not one in another clause.
    /// </summary>
    public static string? Voluntary(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        // (phase 23) 村民自愿报名，但每村不少于20人: a floor set on each village takes the choice away — the villages must
        // deliver the number, whoever is said to volunteer.
        if (QuotaInSentence(reader, clauseIndex) is not null)
        {
            return null;
        }
        // (phase 25) 可根据需要使用，但使用时长计入各村年终考核: a use counted in an assessment is no longer chosen freely.
        if (CountedInSentence(reader, clauseIndex) is not null)
        {
            return null;
        }
        // (phase 28) 各村自愿参加评比，…未参评的村年终考核扣分: villages that do not take part are held to account.
        if (NotJoiningVillages(reader, clauseIndex, cues))
        {
            return null;
        }
        // (phase 23) 有意参赛的村请于…在本群接龙报名: the villages addressed are only those that wish to take part.
        if (WishingVillages(reader, clauseIndex) is { } wishing)
        {
            return wishing;
        }
        var (first, last) = OtherBodyOnVillages(reader, clauseIndex) ? (clauseIndex, clauseIndex) : SentenceClauses(reader, clauseIndex);
        // The villages addressed as a whole (各村干部, 每个村), as a department addresses them, not one village running its
        // own activity that the public joins (村委会倡议组建志愿服务队，村民自愿报名).
        var villageActs = reader.Mentions(clauseIndex).Any(m => m.Kind == ActorKind.Village
            && (m.Text is ['各' or '每', ..] || m.Start > 0 && reader.Text[m.Start - 1] is '各' or '每'));
        // (phase 28) 村民自愿参加…打卡活动，村干部要带头，每人每天打卡…: when another clause of the sentence opens with the
        // villages or their cadres and demands of them with a modal, the private persons' choice is theirs alone.
        villageActs |= Enumerable.Range(first, last - first + 1).Any(j => j != clauseIndex
            && reader.Mentions(j).FirstOrDefault() is { Kind: ActorKind.Village } opener
            && Agency.ModalBefore(reader.Text, opener.End, Math.Min(reader.Clauses[j].End, opener.End + 3)) is not null);
        foreach (var word in cues.Voluntary)
        {
            for (var k = first; k <= last; k++)
            {
                // (phase 20 review) 各村干部每天在APP打卡，群众自愿参加: a choice in another clause that opens with private
                // persons is theirs; it does not make the act the hit's clause gives the villages a choice.
                if (k != clauseIndex && villageActs && reader.Mentions(k).FirstOrDefault() is { Kind: ActorKind.Private })
                {
                    continue;
                }
                var text = reader.Text[reader.Clauses[k].Start..reader.Clauses[k].End];
                // (phase 10) 超过的自愿扣减当月绩效, 本人自愿接受组织处理: 自愿 before a penalty is what a pledge makes the signer
                // say, not a choice to take part — it is no cue there.
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    var after = at + word.Length;
                    if (!cues.SelfPenalty.Any(p => string.CompareOrdinal(text, after, p, 0, p.Length) == 0))
                    {
                        return word;
                    }
                }
            }
        }
        return null;
    }

    private static readonly string[] QuotaUnits = RecognitionCues.Instance.List("clause_scope.quota_units");
    private static readonly string[] QuotaFloors = RecognitionCues.Instance.List("paper_direction.minimums");
    private const int QuotaReach = 6;

    private static readonly string[] NotJoining = RecognitionCues.Instance.List("clause_scope.not_joining");
    private const int NotJoiningFreed = 4;

    /// <summary>
    /// (phase 28) Whether the clause's sentence, or the next, names the villages that do not take part: a word of
    /// [clause_scope.not_joining] (未, 没, 不), a joining verb, 的 and a village word (未参评的村, 没有报名的社区). A paper that
    /// says so holds the villages to taking part; the choice it names is none.
    /// </summary>
    private static bool NotJoiningVillages(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        var clauses = reader.Clauses.Where(c => c.Sentence == sentence || c.Sentence == sentence + 1).ToList();
        if (clauses.Count == 0)
        {
            return false;
        }
        var text = reader.Text[clauses[0].Start..clauses[^1].End];
        foreach (var verb in JoiningVerbs)
        {
            for (var at = text.IndexOf(verb + "的", StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb + "的", at + 1, StringComparison.Ordinal))
            {
                var before = text[Math.Max(0, at - 3)..at];
                // 不对未报名的村提要求, 对没有参评的村不作要求: a negation right before or after says the villages that stay
                // out are held to nothing.
                if (NotJoining.FirstOrDefault(n => before.EndsWith(n, StringComparison.Ordinal)) is { } not
                    && !text[Math.Max(0, at - not.Length - NotJoiningFreed)..(at - not.Length)].Any(c => c is '不' or '无' or '勿' or '免')
                    && Document.PaperDirection.VillageAt(text, at + verb.Length + 1, cues) is { } villageEnd
                    && !text[villageEnd..Math.Min(text.Length, villageEnd + NotJoiningFreed)].Any(c => c is '不' or '无' or '免'))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] Wishes = RecognitionCues.Instance.List("clause_scope.wishes");
    private static readonly string[] JoiningVerbs = RecognitionCues.Instance.List("clause_scope.joining_verbs");
    private const int WishReach = 6;

    /// <summary>
    /// (phase 23) The villages of the clause qualified as the ones that wish to take part: a wish ([clause_scope.wishes]: 有意,
    /// 愿意) and a verb of joining ([clause_scope.joining_verbs]: 参赛, 参加, 报名 …) closed by 的 right before the village
    /// (有意参赛的村, 愿意参加的社区). The words, or null. Not 有意拖延的村 (no joining): a wish to join is a choice, nothing else is.
    /// </summary>
    private static string? WishingVillages(ClauseReader reader, int clauseIndex)
    {
        var text = reader.Text;
        var start = reader.Clauses[clauseIndex].Start;
        foreach (var village in reader.Mentions(clauseIndex).Where(m => m.Kind == ActorKind.Village && m.Start > start && text[m.Start - 1] == '的'))
        {
            var before = text[Math.Max(start, village.Start - 1 - WishReach)..(village.Start - 1)];
            if (Wishes.FirstOrDefault(w => before.Contains(w, StringComparison.Ordinal)) is { } wish
                && before[(before.IndexOf(wish, StringComparison.Ordinal) + wish.Length)..] is var joined
                && JoiningVerbs.Any(v => joined.StartsWith(v, StringComparison.Ordinal)))
            {
                return wish + joined + "的" + village.Text;
            }
        }
        return null;
    }

    /// <summary>(phase 23) A floor set on each village in the hit's sentence (<see cref="QuotaPerVillage"/>), or null.</summary>
    public static string? QuotaInSentence(ClauseReader reader, int clauseIndex)
    {
        var (first, last) = SentenceClauses(reader, clauseIndex);
        return QuotaPerVillage(reader.Text, reader.Clauses[first].Start, reader.Clauses[last].End);
    }

    private static readonly string[] CountingLinks = RecognitionCues.Instance.List("clause_scope.counting_links");
    private static readonly string[] Scores = RecognitionCues.Instance.List("clause_scope.scores");
    private const int ScoreReach = 12;

    /// <summary>
    /// (phase 25) A choice's use counted in a score in the hit's sentence: a link of [clause_scope.counting_links] (计入,
    /// 纳入, 与…挂钩) not after a negation (不计入, 不纳入), with a score of [clause_scope.scores] (考核, 得分, 排名) within a
    /// few characters of it. The words around the link, or null.
    /// </summary>
    private static string? CountedInSentence(ClauseReader reader, int clauseIndex)
    {
        var (first, last) = SentenceClauses(reader, clauseIndex);
        var text = reader.Text[reader.Clauses[first].Start..reader.Clauses[last].End];
        foreach (var link in CountingLinks)
        {
            for (var at = text.IndexOf(link, StringComparison.Ordinal); at >= 0; at = text.IndexOf(link, at + link.Length, StringComparison.Ordinal))
            {
                if (at > 0 && text[at - 1] is '不' or '未' or '无')
                {
                    continue;
                }
                // The score follows the link (计入年终考核) or, with 挂钩, stands before it (与考核挂钩).
                var from = Math.Max(0, at - ScoreReach);
                var around = text[from..Math.Min(text.Length, at + link.Length + ScoreReach)];
                if (Scores.Any(w => around.Contains(w, StringComparison.Ordinal)))
                {
                    return around;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 23) A floor set on each village between <paramref name="from"/> and <paramref name="to"/>: a unit of
    /// [clause_scope.quota_units] (每村, 每个社区) followed within a few characters by a minimum of [paper_direction.minimums]
    /// (每村不少于20人, 每个村至少报名5人). The words, or null.
    /// </summary>
    public static string? QuotaPerVillage(string text, int from, int to)
    {
        foreach (var unit in QuotaUnits)
        {
            for (var at = text.IndexOf(unit, from, to - from, StringComparison.Ordinal); at >= 0;
                 at = at + unit.Length < to ? text.IndexOf(unit, at + unit.Length, to - at - unit.Length, StringComparison.Ordinal) : -1)
            {
                var reach = Math.Min(to, at + unit.Length + QuotaReach) - (at + unit.Length);
                var rest = text.Substring(at + unit.Length, Math.Max(0, reach));
                if (QuotaFloors.FirstOrDefault(f => rest.Contains(f, StringComparison.Ordinal)) is { } floor)
                {
                    return text[at..(at + unit.Length + rest.IndexOf(floor, StringComparison.Ordinal) + floor.Length)];
                }
            }
        }
        return null;
    }

    private static readonly string[] HigherLevels = RecognitionCues.Instance.List("duty_attribution.levels");

    private static readonly string[] Entries = RecognitionCues.Instance.List("clause_scope.entries");

    /// <summary>
    /// (phase 20) Whether the clause names villages and opens with another body (镇里按打卡次数对各村排名) that acts on more than
    /// what the villages chose to enter (镇文化站对各村参赛节目评分 judges the entries: [clause_scope.entries]).
    /// </summary>
    private static bool OtherBodyOnVillages(ClauseReader reader, int clauseIndex)
    {
        var mentions = reader.Mentions(clauseIndex);
        if (!mentions.Any(m => m.Kind == ActorKind.Village))
        {
            return false;
        }
        var opening = reader.Text[reader.Clauses[clauseIndex].Start..reader.Clauses[clauseIndex].End].TrimStart();
        return (mentions[0].Kind == ActorKind.Other || HigherLevels.Any(l => opening.StartsWith(l, StringComparison.Ordinal)))
            && !Entries.Any(e => opening.Contains(e, StringComparison.Ordinal));
    }

    internal static (int First, int Last) SentenceClauses(ClauseReader reader, int clauseIndex) => SentenceClauses(reader.Clauses, clauseIndex);

    /// <summary>The first and last clause of the sentence holding clause <paramref name="clauseIndex"/> (a sentence's clauses are contiguous).</summary>
    internal static (int First, int Last) SentenceClauses(IReadOnlyList<Clause> clauses, int clauseIndex)
    {
        var sentence = clauses[clauseIndex].Sentence;
        var first = clauseIndex;
        while (first > 0 && clauses[first - 1].Sentence == sentence)
        {
            first--;
        }
        var last = clauseIndex;
        while (last + 1 < clauses.Count && clauses[last + 1].Sentence == sentence)
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>Whether the 不 at <paramref name="at"/> stands inside a word that starts with 不 but negates nothing (不定期,
    /// 不少于, and 不折不扣 at either of its 不).</summary>
    internal static bool NotNegating(string text, int at, RecognitionCues cues)
    {
        foreach (var w in cues.NotNegating)
        {
            for (var i = w.IndexOf('不'); i >= 0; i = w.IndexOf('不', i + 1))
            {
                var start = at - i;
                if (start >= 0 && start + w.Length <= text.Length && string.CompareOrdinal(text, start, w, 0, w.Length) == 0)
                {
                    return true;
                }
            }
        }
        return false;
    }
}

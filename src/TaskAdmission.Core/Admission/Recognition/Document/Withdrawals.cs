using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 9) A demand made earlier and withdrawn or corrected now: a sentence that refers to what was said or issued
/// before — a quotation “…”, 原表中, 之前说的, 昨天会上说的, 5月6日会议布置的 — and withdraws it (撤回, 作废, 不再要求, 不允许,
/// 不符合…规定, 有误, 更正为, …的安排取消). What it quotes or recalls is not operative; what replaces it (…，现更正为：“…”,
/// 改由…) is, and so is a later clause that asks again (…，请各村…): a withdrawal cannot carry a new demand with it.
/// </summary>
internal static class Withdrawals
{
    // Words that recall what was said or issued before. A quotation alone does not (“一票否决”, “红黄牌”制度 are names); it
    // recalls a paper's words only when the sentence goes on about them as words: “…”的内容, “…”表述, “…”更正为.
    private static readonly string[] EarlierMarks = RecognitionCues.Instance.List("withdrawals.earlier_marks");

    private static readonly string[] QuotedAsWords = RecognitionCues.Instance.List("withdrawals.quoted_as_words");

    // A dated paper or meeting: 4月20日发出的, 11月20日印发的, 5月6日会议布置的.
    private static readonly string[] IssuedVerbs = RecognitionCues.Instance.List("withdrawals.issued_verbs");

    private static readonly string[] WithdrawingWords = RecognitionCues.Instance.List("withdrawals.withdrawing_words");

    // What 不符合 tests people or cases against (不符合条件的, 不符合标准的): then it sorts them, it withdraws nothing.
    private static readonly string[] QualifyingTests = RecognitionCues.Instance.List("withdrawals.qualifying_tests");

    // (phase 10) The notice withdrawing now, in a clause of its own after the demand it names: …共计23种，现全部停止执行;
    // …的表述…，现予收回; …月度评比排名，自本月起取消. The clause ends with the withdrawing verb (自次年起取消其评优资格 goes
    // on after it: a sanction, not a withdrawal) and says when (现, 自…起, 即日).
    private static readonly string[] NowMarks = RecognitionCues.Instance.List("withdrawals.now_marks");

    private static readonly string[] EndingWords = RecognitionCues.Instance.List("withdrawals.ending_words");

    // Where the replacement starts: it is operative.
    private static readonly string[] Replacements = RecognitionCues.Instance.List("withdrawals.replacements");

    private static readonly string[] Asking = RecognitionCues.Instance.List("withdrawals.asking");

    /// <summary>
    /// The part of the sentence (clauses first..last of the field) that recalls a demand it withdraws, as normalised
    /// offsets with the withdrawing word, or null.
    /// </summary>
    internal static (int Start, int End, string Cue)? Span(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        var sentence = text[clauses[first].Start..clauses[last].End];
        if (!EarlierMarks.Any(m => Recalls(sentence, m)) && !DatedIssue(sentence) && !QuotedWords(sentence))
        {
            return WithdrawnNow(text, clauses, first, last);
        }
        int? withdrawn = null;
        string? cue = null;
        for (var c = first; c <= last && withdrawn is null; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End].TrimEnd();
            cue = WithdrawingWords.FirstOrDefault(w => Withdraws(clause, w))
                ?? (clause.EndsWith("取消", StringComparison.Ordinal) ? "取消" : null);
            if (cue is not null)
            {
                withdrawn = c;
            }
        }
        if (withdrawn is not { } at || cue is null)
        {
            return WithdrawnNext(text, clauses, first, last);
        }
        var end = clauses[at].End;
        for (var c = at + 1; c <= last; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End];
            // (phase 23 review) …台账不用做了，明天各村书记到镇里签订责任书: a clause that turns to the villages asks anew.
            if (Asking.Any(a => clause.Contains(a, StringComparison.Ordinal)) || Replacements.Any(r => clause.Contains(r, StringComparison.Ordinal))
                || PaperDirection.Directs(PaperDirection.Unquoted(clause), addressedToVillages: false, RecognitionCues.Instance))
            {
                break;
            }
            end = clauses[c].End;
        }
        // …表述有误，现更正为：“…” — the recalled part ends where the replacement starts.
        var start = clauses[first].Start;
        foreach (var replacement in Replacements)
        {
            var r = text.IndexOf(replacement, start, end - start, StringComparison.Ordinal);
            if (r >= 0)
            {
                end = r;
            }
        }
        // (phase 34) 此前要求…的做法，除沿河5个村外，自即日起停止执行: kept for some, the recalled demand stands.
        return end > start && !KeepsForSome(text[start..end]) ? (start, end, cue) : null;
    }

    // A withdrawing word in the clause; 不符合 only where it does not test people or cases against conditions.
    private static bool Withdraws(string clause, string word)
    {
        for (var at = clause.IndexOf(word, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var after = at + word.Length;
            if (word != "不符合" || !QualifyingTests.Any(t => string.CompareOrdinal(clause, after, t, 0, t.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    // (review of phase 13) An earlier mark in the sentence, not as the tail of 提前 (提前发通知 sends early, it recalls nothing).
    private static bool Recalls(string sentence, string mark)
    {
        for (var at = sentence.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(mark, at + 1, StringComparison.Ordinal))
        {
            if (!(mark[0] == '前' && at >= 1 && sentence[at - 1] == '提'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 10) A later clause of the sentence that withdraws, now, what the clauses before it name (…，现全部停止执行;
    /// …，自本月起取消): those clauses are not operative. Null when none.
    /// </summary>
    private static (int Start, int End, string Cue)? WithdrawnNow(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        for (var c = first + 1; c <= last; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End].Trim().TrimEnd('。', ';', '；');
            if (clause.Length > 12 || EndingWords.FirstOrDefault(w => clause.EndsWith(w, StringComparison.Ordinal)) is not { } verb)
            {
                continue;
            }
            var lead = clause[..^verb.Length];
            // (phase 11) 发现隐患责令停用 — 现 inside 发现/出现 is no "now", and 责令 orders a third party to stop: enforcement,
            // not a withdrawal of the notice's own demand.
            if (Ending(lead))
            {
                // …自本月起取消，流动红旗不再颁发 — what the clauses after it withdraw with it goes too.
                var end = c;
                while (end + 1 <= last && EndingWords.Any(w => text[clauses[end + 1].Start..clauses[end + 1].End].Contains(w, StringComparison.Ordinal)))
                {
                    end++;
                }
                // (phase 36) …的规定，城关社区保留，其余自即日起停止执行: kept for some villages, it stands for them.
                var ended = text[clauses[first].Start..clauses[end].End];
                return KeptForVillagesAfter(text, clauses[first].Start, ended) ? null : (clauses[first].Start, clauses[end].End, verb);
            }
        }
        return null;
    }

    // (phase 23) Besides now, a practice over already (已于11月撤销) or named as the former one (原考核结果不再使用).
    private static readonly string[] EndedMarks = RecognitionCues.Instance.List("withdrawals.ended_marks");

    /// <summary>Whether the words before a withdrawing clause's verb say it ends the practice: now, already or the former
    /// one, and not by ordering someone else to stop (责令停用). Already or former only of the verb, not inside a phrase 的
    /// closes: 已评上的一律撤销 revokes what some were awarded, a sanction.</summary>
    private static bool Ending(string lead) =>
        (NowMarks.Any(m => Now(lead, m)) || (!lead.Contains('的') && EndedMarks.Any(m => lead.Contains(m, StringComparison.Ordinal))))
        && !Enforcing.Any(e => lead.Contains(e, StringComparison.Ordinal));

    private static readonly string[] BackReferences = RecognitionCues.Instance.List("withdrawals.back_references");
    private static readonly string[] FutureMarks = RecognitionCues.Instance.List("withdrawals.future_marks");

    /// <summary>
    /// (phase 23) 街道此前对各社区实行周排名通报。经研究，该通报即日起取消。 — a sentence that recalls an earlier practice
    /// (<see cref="EarlierMarks"/>) and the next sentence withdrawing it by pointing back (该…, 上述…: [withdrawals.back_references])
    /// in a short clause ending with a withdrawing verb that says when: the recalled sentence is not operative. What the next
    /// sentence goes on to ask (…，改为按月排名通报) is read where it stands. Null when the next sentence withdraws nothing.
    /// </summary>
    private static (int Start, int End, string Cue)? WithdrawnNext(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        // 此前…实行周排名通报，今后各村每天打卡。该通报即日起取消。 — a sentence that also asks or says what is to come carries a
        // demand of its own: the next sentence's back reference withdraws one practice, not the whole sentence.
        var recalled = text[clauses[first].Start..clauses[last].End];
        if (Asking.Concat(Replacements).Concat(FutureMarks).Any(w => recalled.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        for (var c = last + 1; c < clauses.Count && clauses[c].Sentence == clauses[last + 1].Sentence; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End].Trim().TrimEnd('。', ';', '；');
            if (clause.Length <= 12 && BackReferences.Any(b => clause.StartsWith(b, StringComparison.Ordinal))
                && EndingWords.FirstOrDefault(w => clause.EndsWith(w, StringComparison.Ordinal)) is { } verb && Ending(clause[..^verb.Length]))
            {
                return (clauses[first].Start, clauses[last].End, verb);
            }
        }
        return null;
    }

    // (phase 11) Words before a stopping verb that order someone else to stop (发现隐患责令停用): enforcement.
    private static readonly string[] Enforcing = RecognitionCues.Instance.List("withdrawals.enforcing");

    // (phase 11) Words that hold 现 without meaning "now": 发现, 出现, 实现, 体现, 表现, 呈现.
    private static readonly string[] NotNow = RecognitionCues.Instance.List("withdrawals.not_now");

    /// <summary>Whether <paramref name="mark"/> stands in <paramref name="lead"/> as a time word, not inside 发现 or 出现.</summary>
    private static bool Now(string lead, string mark)
    {
        for (var at = lead.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = lead.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
        {
            if (mark != "现" || at == 0 || !NotNow.Any(w => string.CompareOrdinal(lead, at - 1, w, 0, w.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    // (phase 10) | 各村签订生态环境保护责任书 | 取消 | — a table row whose later cell withdraws what its earlier cells name.
    // The cell says only that (取消 | 取消，由…负责 | 不再要求): 停止使用不合格灶具 is work.
    private static readonly string[] CellWithdrawals = RecognitionCues.Instance.List("withdrawals.cell_withdrawals");
    private static readonly string[] CellDoneWithdrawals = RecognitionCues.Instance.List("withdrawals.cell_done_withdrawals");
    private static readonly string[] CellAdverbs = [.. RecognitionCues.Instance.List("withdrawals.cell_adverbs").OrderByDescending(a => a.Length)];
    private static readonly string[] KeptMarks = RecognitionCues.Instance.List("withdrawals.kept_marks");

    /// <summary>
    /// (phase 18b) Whether a withdrawal keeps the demand for some (取消（沿江村保留）, 除沿江村外已停止, 仍按月报送): then it
    /// withdraws nothing for certain, and what it names keeps its reading.
    /// <para>(phase 36) A keep is read for what it keeps and for whom: not under a negation (不再保留, 可不再保留: nothing is
    /// kept), not a thing kept for another use or as a record (原工作群保留，仅用于发布通知; 原有牌子继续使用; 继续利用…场地;
    /// 保留备查), not a thing another body keeps or goes on doing (由县文化馆保留, 继续由税务部门征收): those keep no demand
    /// on the villages. 城关三个村保留, 仍按月报送, 继续执行, 继续由各村代收 still keep.</para>
    /// </summary>
    internal static bool KeepsForSome(string words)
    {
        foreach (var mark in KeptMarks)
        {
            for (var at = words.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = words.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
            {
                if (Keeps(words, at, mark))
                {
                    return true;
                }
            }
        }
        var except = words.IndexOf('除');
        return except >= 0 && words.IndexOf('外', except) is > 0 and var outside && outside - except <= 14;
    }

    private static readonly string[] NotKept = RecognitionCues.Instance.List("paper_direction.not_kept");
    private static readonly string[] KeptUses = RecognitionCues.Instance.List("withdrawals.kept_uses");

    // 保留，仅用于发布通知 / 继续使用: the characters after a keep in which its use may stand (a comma may come between).
    private const int UseReach = 5;
    // 由县文化馆统一保留, 继续由税务部门: the characters between a keeper's 由 and the keep.
    private const int KeeperReach = 10;

    /// <summary>(phase 36) Whether the keep mark at <paramref name="at"/> keeps the demand: see <see cref="KeepsForSome"/>.</summary>
    private static bool Keeps(string words, int at, string mark)
    {
        // 不再保留, 不予保留: a negated keep.
        if (NotKept.Any(n => n.EndsWith(mark, StringComparison.Ordinal) && at + mark.Length - n.Length >= 0
                && string.CompareOrdinal(words, at + mark.Length - n.Length, n, 0, n.Length) == 0))
        {
            return false;
        }
        // 保留，仅用于发布通知; 继续使用; 保留备查: kept for a use or as a record.
        var after = words[(at + mark.Length)..].TrimStart(',', '，', ' ');
        after = after[..Math.Min(after.Length, UseReach)];
        if (after.IndexOfAny([',', '，', ';', '。', ':']) is >= 0 and var stop)
        {
            after = after[..stop];
        }
        if (KeptUses.Any(u => after.Contains(u, StringComparison.Ordinal)))
        {
            return false;
        }
        // 由县文化馆保留, 继续由税务部门征收: another body keeps it or goes on with it; 继续由各村代收 keeps it on the villages.
        var clauseStart = words.LastIndexOfAny([',', '，', ';', '；', '。', ':', '\n'], Math.Max(0, at - 1)) + 1;
        var clauseEnd = words.IndexOfAny([',', '，', ';', '；', '。', ':', '\n'], at) is >= 0 and var e ? e : words.Length;
        var from = Math.Max(clauseStart, at - KeeperReach);
        var clause = words[from..clauseEnd];
        var by = clause.IndexOf('由');
        return by < 0 || RecognitionCues.Instance.Village.Any(v => string.CompareOrdinal(clause, by + 1, v, 0, v.Length) == 0);
    }

    private static readonly string[] BareKeeps = RecognitionCues.Instance.List("withdrawals.bare_keeps");
    private static readonly string[] Continuing = RecognitionCues.Instance.List("withdrawals.continuing");

    /// <summary>
    /// (phase 36) After a stop said right after the demand (…的做法自即日起停止执行), whether the rest of its sentence keeps
    /// that demand for some villages: a clause naming villages that closes with a bare keep ([withdrawals.bare_keeps]: 城关、
    /// 城西两个村继续执行; 沿江三个村保留), excepts them (除城关社区外) or goes on (仍, 继续: [withdrawals.continuing]) with the
    /// demand's own words (城关村仍按周上传). 各村继续做好日常巡查 goes on with other work and keeps nothing; a keep read by <see cref="Keeps"/> as another
    /// body's or for another use keeps nothing either.
    /// </summary>
    internal static bool KeptForVillagesAfter(string text, int from, string demand) =>
        MayKeepAfter(text, from) && KeptAfter(text, from, demand);

    /// <summary>(phase 36) Whether the rest of the sentence holds a keep mark or a 除 at all (no copy): most do not.</summary>
    internal static bool MayKeepAfter(string text, int from)
    {
        var end = text.IndexOfAny(['。', '\n'], from) is >= 0 and var stop ? stop : text.Length;
        var rest = text.AsSpan(from, end - from);
        if (rest.Contains('除'))
        {
            return true;
        }
        foreach (var mark in KeptMarks)
        {
            if (rest.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool KeptAfter(string text, int from, string demand)
    {
        var end = text.IndexOfAny(['。', '\n'], from) is >= 0 and var stop ? stop : text.Length;
        var rest = text[from..end];
        foreach (var part in rest.Split([',', ';', ':', '，', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = part.Trim().TrimEnd('。');
            if ((!clause.Contains('村') && !clause.Contains("社区", StringComparison.Ordinal)) || !KeepsForSome(clause))
            {
                continue;
            }
            if (BareKeeps.Any(k => clause.EndsWith(k, StringComparison.Ordinal))
                || Continuing.Any(c => clause.Contains(c, StringComparison.Ordinal)) && !demand.Contains(clause, StringComparison.Ordinal)
                    && WithdrawalPapers.SharesMatter(clause, demand)
                || clause.StartsWith('除') && clause.EndsWith('外'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 36) Whether the sentence from <paramref name="from"/> ends something ([withdrawals.ending_words]: 停止执行,
    /// 取消, 废止 …).</summary>
    internal static bool EndsInSentence(string text, int from)
    {
        var end = text.IndexOfAny(['。', '\n'], from) is >= 0 and var stop ? stop : text.Length;
        var sentence = text.AsSpan(from, end - from);
        foreach (var word in EndingWords)
        {
            if (sentence.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 10) A table row (cells between |) whose cell after the first opens with a withdrawing word (取消, 不再 …): the
    /// cells before it name a demand withdrawn (a 减负 list's 原要求 column). Normalised offsets of those cells, or null.
    /// </summary>
    internal static (int Start, int End, string Cue)? WithdrawnCell(string text, int start, int end)
    {
        var row = text[start..end];
        var bar = row.IndexOf('|');
        if (bar < 0)
        {
            return null;
        }
        var cells = 0;
        for (var at = row.IndexOf('|', bar + 1); at >= 0 && at + 1 < row.Length; at = row.IndexOf('|', at + 1))
        {
            cells++;
            var cell = row[(at + 1)..].TrimStart(' ', '\u3000');
            // (phase 18b) 已停止, 已取消, 全部摘除: a self-check's 整改情况 column says the practice is ended; a done-word
            // (摘除, 清理, 收回) withdraws only after such an adverb (| 违规牌子 | 清理 | is work to do).
            var adverb = CellAdverbs.FirstOrDefault(a => cell.StartsWith(a, StringComparison.Ordinal)) ?? string.Empty;
            var said = cell[adverb.Length..];
            if ((adverb.Length > 0 ? CellWithdrawals.Concat(CellDoneWithdrawals) : CellWithdrawals).FirstOrDefault(w => said.StartsWith(w, StringComparison.Ordinal)
                    && (said.Length == w.Length || said[w.Length] is '|' or ',' or ';' or ' ' or '(' or '。' or '、')) is { } cue
                && row[(bar + 1)..at].Trim().Length > 0
                && !KeepsForSome(cell.IndexOf('|') is >= 0 and var close ? cell[..close] : cell))
            {
                // (review of phase 19) | 对村排名通报 | 已停止 | 改为按季度排名通报 | — the row is one sentence, judged at the
                // first occurrence of a word: a replacement that names again what the row withdrew (two characters in
                // common) is read as it stands, and so is the row (| 村干部每天打卡 | 取消，改为有事报告 | still withdraws).
                if (Replacements.Select(r => row.IndexOf(r, at, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is var replaced
                    && replaced >= 0 && NamesAgain(row[(bar + 1)..at], row[replaced..]))
                {
                    return null;
                }
                return (start, start + at, adverb + cue);
            }
        }
        return null;
    }

    // Whether the replacement shares two consecutive CJK characters with what was withdrawn (排名 in 对村排名通报 and 按季度排名通报).
    internal static bool NamesAgain(string withdrawn, string replacement)
    {
        for (var i = 0; i + 1 < withdrawn.Length; i++)
        {
            if (withdrawn[i] >= '\u4e00' && withdrawn[i] <= '\u9fff' && withdrawn[i + 1] >= '\u4e00' && withdrawn[i + 1] <= '\u9fff'
                && replacement.Contains(withdrawn.AsSpan(i, 2), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool QuotedWords(string sentence)
    {
        for (var close = sentence.IndexOfAny(['”', '"']); close >= 0; close = sentence.IndexOfAny(['”', '"'], close + 1))
        {
            var after = sentence[(close + 1)..];
            if (QuotedAsWords.Any(w => after.StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool DatedIssue(string sentence)
    {
        var month = sentence.IndexOf('月');
        return month > 0 && char.IsDigit(sentence[month - 1]) && sentence.IndexOf('日', month) is > 0 and var day
            && IssuedVerbs.Any(v => sentence.IndexOf(v, day, StringComparison.Ordinal) is >= 0 and var at && at - day <= 12);
    }
}

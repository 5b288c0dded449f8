using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 31) Papers that relieve, correct or change a demand. An approver reads the relation of the old demand and the
/// new one from the grammar of the change, not from one verb: <b>what a paper ends, deletes or narrows is named only to end
/// it — the provision quoted and deleted (删除第十二条“…”, “…”一项予以删除), the practice named and stopped in its own
/// clause (原来…的做法从下周起取消了), the matter a sentence announces it will change (对…考核作如下调整:), the reform cited
/// as the paper's basis (根据规范…开具证明…的要求), the practice stated to be over (…已完成历史使命), the heading of what
/// the village may still issue (村(社区)可出具的证明), and what was done before the end and is now only settled or returned
/// (此前已代收…的费用…结清, 已收取的费用…全部退还, 已到村委会开具…的，不必再…) — while what the paper newly asks (改为…,
/// a later clause, the items the announced change lists) is read as it stands.</b>
/// </summary>
internal static partial class ChangedDemands
{
    private static readonly RecognitionCues Cues = RecognitionCues.Instance;
    private static readonly string[] ChangeVerbs = Cues.List("changed_demands.change_verbs");
    private static readonly string[] DeletingVerbs = [.. Cues.List("changed_demands.deleting_verbs").OrderByDescending(w => w.Length)];
    private static readonly string[] DeletedUnits = [.. Cues.List("changed_demands.deleted_units").OrderByDescending(w => w.Length)];
    private static readonly string[] DeletingAdverbs = [.. Cues.List("changed_demands.deleting_adverbs").OrderByDescending(w => w.Length)];
    private static readonly string[] PracticeHeads = [.. Cues.List("changed_demands.practice_heads").OrderByDescending(w => w.Length)];
    private static readonly string[] PracticeEnds = [.. Cues.List("changed_demands.practice_ends").OrderByDescending(w => w.Length)];
    private static readonly string[] BasisLeads = [.. Cues.List("changed_demands.basis_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] BasisRegulating = Cues.List("changed_demands.basis_regulating");
    private static readonly string[] BasisEnds = Cues.List("changed_demands.basis_ends");
    private static readonly string[] StatedEnds = [.. Cues.List("changed_demands.stated_ends").OrderByDescending(w => w.Length)];
    private static readonly string[] PastMarks = [.. Cues.List("changed_demands.past_marks").OrderByDescending(w => w.Length)];
    private static readonly string[] Returning = Cues.List("changed_demands.returning_verbs");
    private static readonly string[] Wholly = Cues.List("changed_demands.wholly");
    private static readonly string[] Askers = Cues.List("changed_demands.askers");
    private static readonly string[] Anew = Cues.List("changed_demands.anew");
    private static readonly string[] NowLeads = [.. Cues.List("not_operative_parts.now_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] Replacing = Cues.List("withdrawals.replacements");
    private static readonly string[] Relieving = Cues.List("certificate_relief.relieving");
    private static readonly string[] RecentLeads = [.. Cues.List("changed_demands.recent_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] SomeUnits = Cues.List("changed_demands.some_units");
    private static readonly string[] Failures = Cues.List("changed_demands.failures");
    private static readonly string[] Forbidding = Cues.List("changed_demands.forbidding");
    private static readonly string[] Denying = Cues.List("changed_demands.denying");
    private static readonly string[] FoundLeads = Cues.List("changed_demands.found_leads");
    private static readonly string[] RecountedDemands = Cues.List("changed_demands.recounted_demands");
    private static readonly string[] Shifting = Cues.List("changed_demands.shifting");

    [GeneratedRegex("(第[0-9一二三四五六七八九十百零〇]+(条|款|项|章|节|点|部分)(中|的)?)+$")]
    private static partial Regex ArticleAtEnd();

    [GeneratedRegex("^(从|自)[^,;:。]{1,12}?(起|开始)")]
    private static partial Regex StartAtHead();

    /// <summary>
    /// 全院对科室的考核指标由32项精简为9项: a clause whose predicate cuts the count of what it names (由 N 项 压减/精简/减少 至
    /// M 项) states the result of a clean-up; what it names is counted, not demanded. The later clauses are read as they stand.
    /// </summary>
    [GeneratedRegex("(由|从)[0-9一二三四五六七八九十百千两]+(项|个|类|件|种|块|张|份)(?<verb>压减|减少|精简|压缩|削减|缩减|减)(至|到|为)[0-9一二三四五六七八九十百千两]+(项|个|类|件|种|块|张|份)")]
    private static partial Regex CountCut();

    [GeneratedRegex("^[^,;:。!?]{0,16}可(以)?(出具|开具)的(各类)?证明(事项)?(清单|目录|范围)?:?$")]
    private static partial Regex MayIssueHeading();

    /// <summary>The parts of the description that name what the paper ends, deletes or announces it will change.</summary>
    private static readonly string[] RevisingVerbs = Cues.List("changed_demands.revising_verbs");
    private static readonly string[] RevisedNouns = Cues.List("changed_demands.revised_papers");
    private static readonly string[] RevisingToldDone = Cues.List("changed_demands.revising_told_done");
    // 已修订村级驿站建设相关文件: the most characters between the verb and the paper it revises.
    private const int RevisedReach = 20;

    /// <summary>
    /// (phase 32) 已修订村级驿站建设相关文件, 撤销了要求村里巡查执法的文件 — a verb that revises or withdraws papers
    /// ([changed_demands.revising_verbs]) and the papers it acts on ([changed_demands.revised_papers]: 有关文件, 的文件, 办法 …)
    /// closing its object within the clause: the words between name the papers by their matter, they ask nothing. A revision
    /// ([changed_demands.revising_told_done]: 修订, 修改, 清理) counts only told done (已修订, 修订了), never 修订后的… (the revised
    /// paper in force). What the clause goes on to do after the papers is read as it stands.
    /// </summary>
    private static (int From, int To, string Cue)? RevisedPapers(string words)
    {
        foreach (var verb in RevisingVerbs)
        {
            for (var at = words.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = words.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var from = at + verb.Length;
                // 执行修订后的村级考核办法 — the revised paper is in force; a revision counts only told done (已修订, 修订了).
                if (words.AsSpan(from).StartsWith("后", StringComparison.Ordinal)
                    || RevisingToldDone.Contains(verb) && !(words[Math.Max(0, at - 4)..at].Contains('已') || words.AsSpan(from).StartsWith("了", StringComparison.Ordinal)))
                {
                    continue;
                }
                var window = words[from..Math.Min(words.Length, from + RevisedReach + 4)];
                foreach (var noun in RevisedNouns)
                {
                    var end = window.IndexOf(noun, StringComparison.Ordinal);
                    if (end > 0 && end <= RevisedReach)
                    {
                        return (from, from + end + noun.Length, verb + "…" + noun);
                    }
                }
            }
        }
        return null;
    }

    internal static void Spans(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        for (var k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            var words = text[clause.Start..clause.End];
            if (AnnouncedChange(words) is { } announced)
            {
                reading.AddNotOperative(description, clause.Start + announced.At, clause.End, announced.Cue);
            }
            if ((PracticeEnded(text, clauses, k) ?? TopicEnded(text, clauses, k)) is { } ended)
            {
                reading.AddNotOperative(description, clause.Start + ended.From, clause.Start + ended.To, ended.Cue);
            }
            if (RegulatingBasis(words) is { } basis)
            {
                reading.AddNotOperative(description, clause.Start, clause.End, basis);
            }
            if (CountCut().Match(words) is { Success: true } cut)
            {
                reading.AddNotOperative(description, clause.Start, clause.Start + cut.Index + cut.Length, cut.Groups["verb"].Value + "至");
            }
            if (StatedEnd(words) is { } stated)
            {
                reading.AddNotOperative(description, clause.Start, clause.Start + stated.To, stated.Cue);
            }
            if (RevisedPapers(words) is { } revised)
            {
                reading.AddNotOperative(description, clause.Start + revised.From, clause.Start + revised.To, revised.Cue);
            }
        }
        QuotedDeletions(reading, description);
        MayIssueHeadings(reading, description);
    }

    /// <summary>
    /// 自7月起对抄表员的考核方式作出以下调整: — a clause announcing that the paper changes what it names (对 … 作(出)如下/以下
    /// 调整, 修改, 规范 …; 将 … 调整如下) names the matter changed; what the change is follows in the items, read as they stand.
    /// A clause whose words before 对 name a village or ask (各村要对…作如下调整) is not covered.
    /// </summary>
    private static (int At, string Cue)? AnnouncedChange(string words)
    {
        foreach (var ahead in new[] { "如下", "以下" })
        {
            for (var at = words.IndexOf(ahead, StringComparison.Ordinal); at > 0; at = words.IndexOf(ahead, at + 1, StringComparison.Ordinal))
            {
                var after = words[(at + ahead.Length)..];
                var before = words[..at];
                string? verb = null;
                int open;
                if (ChangeVerbs.FirstOrDefault(v => after.StartsWith(v, StringComparison.Ordinal)) is { } following
                    && (before.EndsWith('作') || before.EndsWith('做') || before.EndsWith("作出", StringComparison.Ordinal) || before.EndsWith("做出", StringComparison.Ordinal)))
                {
                    verb = following;
                    open = before.LastIndexOf('对');
                }
                else if (ChangeVerbs.FirstOrDefault(v => before.EndsWith(v, StringComparison.Ordinal)) is { } preceding)
                {
                    verb = preceding;
                    open = before.LastIndexOf('将');
                }
                else
                {
                    continue;
                }
                if (open < 0 || verb is null)
                {
                    continue;
                }
                var subject = words[..open];
                if (Cues.Village.Any(v => subject.Contains(v, StringComparison.Ordinal)) || Askers.Any(a => subject.Contains(a, StringComparison.Ordinal)))
                {
                    continue;
                }
                return (open, "作如下" + verb);
            }
        }
        return null;
    }

    /// <summary>
    /// 原先每晚在群里发定位截图的要求从下周起取消了: a practice named as such (…的做法, …的要求, 这一做法) and ended in the
    /// same clause or alone in the next one — after time words (从下周一起, 自即日起) and an adverb (一律), an ending verb with
    /// nothing after it — is the practice ended. A replacement before the head (…改为…的做法) and an ending verb with an object
    /// (取消…的做法，取消评优资格) are not covered. The span (from the clause's words to the head) and the cue, or null.
    /// </summary>
    private static (int From, int To, string Cue)? PracticeEnded(string text, IReadOnlyList<Clause> clauses, int k)
    {
        var clause = clauses[k];
        var words = text[clause.Start..clause.End];
        foreach (var head in PracticeHeads)
        {
            var at = words.LastIndexOf(head, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var rest = words[(at + head.Length)..].Trim();
            if (rest.Length == 0 && k + 1 < clauses.Count && clauses[k + 1].Sentence == clause.Sentence)
            {
                rest = text[clauses[k + 1].Start..clauses[k + 1].End].Trim();
            }
            if (EndedBare(rest) is not { } verb)
            {
                continue;
            }
            // …的要求，从下周起取消，改为每天报: a replacement later in the sentence is what the practice becomes.
            var sentenceEnd = k;
            while (sentenceEnd + 1 < clauses.Count && clauses[sentenceEnd + 1].Sentence == clause.Sentence)
            {
                sentenceEnd++;
            }
            var later = text[clause.Start..clauses[sentenceEnd].End];
            // …的要求即日停止，某村保留: kept for some, the practice is not ended for certain.
            if (Replacing.Any(r => later.Contains(r, StringComparison.Ordinal)) || Withdrawals.KeepsForSome(later))
            {
                continue;
            }
            var lead = DocumentText.LeadLength(words);
            var named = words[lead..at];
            if (Replacing.Any(r => named.Contains(r, StringComparison.Ordinal)))
            {
                continue;
            }
            return (lead, at + head.Length, head + "…" + verb);
        }
        return null;
    }

    /// <summary>
    /// (phase 33) 村庄保洁月度排名即日停止, 镇里3月起实行的各村保洁排名，自即日起一律停止, 医保参保红黑榜不再进行: the practice
    /// may be named by the banned act itself, not only by a noun of practice (的做法, 的要求: <see cref="PracticeEnded"/>) —
    /// a clause whose words end in time words, an adverb and an ending verb with nothing after it (<see cref="EndedBare"/>)
    /// has what comes before as the topic ended; so has a clause followed, in its sentence, by a clause that is only such an
    /// ending. Not when the topic asks (各村要每天打卡: a modal, [changed_demands.topic_modals]), orders the stop of another
    /// (当场责令停止, 勒令其停止: [changed_demands.ordering] — the stop is what the order demands), ends in 的 or in a village
    /// (排名末位的，一律取消 — the case a sanction is for), names a standing taken away (评优资格一律取消:
    /// [changed_demands.standings]) or follows a case in its sentence, nor with a replacement or a part kept later in the
    /// sentence. The span and the cue, or null.
    /// </summary>
    private static (int From, int To, string Cue)? TopicEnded(string text, IReadOnlyList<Clause> clauses, int k)
    {
        var clause = clauses[k];
        var endsHere = EndsInEnding(text.AsSpan(clause.Start, clause.End - clause.Start));
        if (!endsHere && !(k + 1 < clauses.Count && clauses[k + 1].Sentence == clause.Sentence
            && EndsInEnding(text.AsSpan(clauses[k + 1].Start, clauses[k + 1].End - clauses[k + 1].Start))))
        {
            return null;
        }
        var words = text[clause.Start..clause.End].TrimEnd();
        var lead = DocumentText.LeadLength(words);
        var to = words.Length;
        string? verb = null;
        if (endsHere)
        {
            // The earliest place from which the rest of the clause is a bare ending (排名 | 即日停止).
            for (to = lead + 1; to < words.Length && (verb = EndedBare(words[to..])) is null; to++)
            {
            }
            // 上门叫停, 贴封条停用, 责令当事人停止, 资格自动取消: a bare verb right after the words is their second act or
            // their complement; the end of a practice is told with its time, an adverb or a 不再 (即日停止, 一律取消, 不再进行),
            // or after a dash (…——取消).
            if (verb is not null && !TopicEndLead(words[to..], verb) && !words[lead..to].EndsWith('-'))
            {
                verb = null;
            }
        }
        if (verb is null)
        {
            to = words.Length;
            if (k + 1 >= clauses.Count || clauses[k + 1].Sentence != clause.Sentence
                || (verb = EndedBare(text[clauses[k + 1].Start..clauses[k + 1].End].Trim())) is null)
            {
                return null;
            }
        }
        var topic = words[lead..to];
        // 未签订承诺书的村，一律取消: a case closed by 的 or by the villages it names is what a sanction falls on; 该村当年评先
        // 评优资格一律取消: a standing the village holds, taken away, is the sanction itself.
        if (topic.Length < 2 || topic.EndsWith('的') || Cues.Village.Any(v => topic.EndsWith(v, StringComparison.Ordinal))
            || Standings.Any(t => topic.EndsWith(t, StringComparison.Ordinal)) || CaseBefore(text, clauses, k)
            || TopicModals.Any(m => topic.Contains(m, StringComparison.Ordinal))
            || Ordering.Any(o => topic.LastIndexOf(o, StringComparison.Ordinal) is >= 0 and var at && topic.Length - at - o.Length <= OrderedReach)
            || Replacing.Any(r => topic.Contains(r, StringComparison.Ordinal)))
        {
            return null;
        }
        // 除沿江村外，各村…已全部废止: kept for some, anywhere in the sentence; a replacement after the topic.
        var (first, last) = (k, k);
        while (first > 0 && clauses[first - 1].Sentence == clause.Sentence)
        {
            first--;
        }
        while (last + 1 < clauses.Count && clauses[last + 1].Sentence == clause.Sentence)
        {
            last++;
        }
        var later = text[clause.Start..clauses[last].End];
        if (Replacing.Any(r => later.Contains(r, StringComparison.Ordinal)) || Withdrawals.KeepsForSome(text[clauses[first].Start..clauses[last].End]))
        {
            return null;
        }
        // 各村每周拍照上传并将纸质台账一律取消: what the ending takes is what follows the last join (并, 将 …); the acts before stand.
        var from = lead;
        foreach (var join in TopicJoins)
        {
            if (topic.LastIndexOf(join, StringComparison.Ordinal) is >= 0 and var at && lead + at + join.Length > from)
            {
                from = lead + at + join.Length;
            }
        }
        return to - from < 2 ? null : (from, to, "…" + verb);
    }

    private static readonly string[] TopicJoins = Cues.List("changed_demands.topic_joins");

    private static readonly string[] TopicModals = Cues.List("changed_demands.topic_modals");

    /// <summary>The most characters between a verb of ordering and the stop it orders (责令违建户立即停止: 违建户).</summary>
    private const int OrderedReach = 6;

    /// <summary>(phase 33) Whether a clause's words end in an ending verb (…停止, …取消了), before any allocation.</summary>
    private static bool EndsInEnding(ReadOnlySpan<char> words)
    {
        words = words.TrimEnd("。!;, ");
        if (words.EndsWith("了", StringComparison.Ordinal))
        {
            words = words[..^1];
        }
        foreach (var verb in PracticeEnds)
        {
            if (words.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 33) Whether an ending told after a topic opens with time words, an adverb or 已, or is a 不再 form.</summary>
    private static bool TopicEndLead(string rest, string verb)
    {
        rest = rest.TrimStart(',', ' ');
        return verb.StartsWith("不再", StringComparison.Ordinal) || StartAtHead().IsMatch(rest)
            || NowLeads.Any(t => rest.StartsWith(t, StringComparison.Ordinal)) || DeletingAdverbs.Any(a => rest.StartsWith(a, StringComparison.Ordinal))
            || rest.StartsWith('已');
    }
    private static readonly string[] Standings = Cues.List("changed_demands.standings");
    private static readonly string[] Ordering = Cues.List("changed_demands.ordering");

    /// <summary>
    /// (phase 33) 凡…未达到90%的村，…资格取消; 因…造成伤亡的村，…一律取消: whether the sentence, before the topic's clause,
    /// names a case — a clause closed by 的, or by 的 and a village.
    /// </summary>
    private static bool CaseBefore(string text, IReadOnlyList<Clause> clauses, int k)
    {
        for (var c = k - 1; c >= 0 && clauses[c].Sentence == clauses[k].Sentence; c--)
        {
            var words = text[clauses[c].Start..clauses[c].End].TrimEnd();
            if (words.EndsWith('的') || Cues.Village.Any(v => words.EndsWith("的" + v, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    // The ending verb when the words are time words, an adverb and an ending verb with nothing after it (从下周起取消了).
    // (phase 34) A reader of withdrawal papers passes its own verbs (撤回, 收回, 暂停执行 …: WithdrawalPapers).
    internal static string? EndedBare(string rest, string[]? verbs = null)
    {
        rest = EndingLeadStripped(rest);
        if ((verbs ?? PracticeEnds).FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }
        var tail = rest[verb.Length..].Trim().TrimEnd('。', '!', ';', ',', ' ');
        return tail is "" or "了" ? verb : null;
    }

    /// <summary>The words after the time words (从下周起), words of now (即日起, 现予) and adverbs (一律, 予以) that open them.</summary>
    internal static string EndingLeadStripped(string rest)
    {
        rest = rest.TrimStart(',', ' ');
        for (var stripped = true; stripped;)
        {
            stripped = false;
            if (StartAtHead().Match(rest) is { Success: true } start)
            {
                rest = rest[start.Length..];
                stripped = true;
            }
            else if (NowLeads.FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal)) is { } now)
            {
                rest = rest[now.Length..];
                stripped = true;
            }
            else if (DeletingAdverbs.FirstOrDefault(a => rest.StartsWith(a, StringComparison.Ordinal)) is { } adverb)
            {
                rest = rest[adverb.Length..];
                stripped = true;
            }
        }
        return rest;
    }

    /// <summary>
    /// 根据规范…开具证明的要求，…: a clause citing as the paper's basis (根据, 按照, 为落实 …) a reform that regulates,
    /// cleans up or cuts a practice (规范, 清理, 精简 …), closed by 要求, 精神, 规定 …, names the practice regulated, not a
    /// demand. The next clause is read as it stands. The cue, or null.
    /// </summary>
    private static string? RegulatingBasis(string words)
    {
        var body = words[DocumentText.LeadLength(words)..].Trim();
        if (BasisLeads.FirstOrDefault(l => body.StartsWith(l, StringComparison.Ordinal)) is not { } lead)
        {
            return null;
        }
        var rest = body[lead.Length..];
        if (rest.StartsWith("进一步", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }
        if (BasisRegulating.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }
        var end = body.TrimEnd('。', ',', ';', ':', ' ');
        // 按照规范要求村委会出具…的规定: 规范 as the norm that asks, not the reform — no word of asking inside the basis.
        return BasisEnds.FirstOrDefault(e => end.EndsWith(e, StringComparison.Ordinal)) is { } close
            && !Askers.Any(a => end[(lead.Length)..^close.Length].Contains(a, StringComparison.Ordinal))
            ? lead + verb + "…" + close : null;
    }

    /// <summary>
    /// 各村水费代收点…已完成使命: a clause stating that what it names has ended (完成历史使命, 退出历史舞台) names it to end
    /// it, up to the statement. The later clauses are read as they stand. The end of the span and the cue, or null.
    /// </summary>
    private static (int To, string Cue)? StatedEnd(string words)
    {
        foreach (var end in StatedEnds)
        {
            if (words.IndexOf(end, StringComparison.Ordinal) is >= 0 and var at && !Askers.Any(a => words[..at].Contains(a, StringComparison.Ordinal)))
            {
                return (at + end.Length, end);
            }
        }
        return null;
    }

    /// <summary>
    /// 删去第五条“…由村委会…”; 选任公告中“…村委会出具的…证明”一项予以删除: a quotation of a paper's words that is
    /// the object of a verb that deletes or ends — right after it, behind an article number (第十二条), or right before it,
    /// behind the unit of the paper deleted (一项, 这一条, 的表述) and an adverb (予以, 一并) — is the provision removed. A quotation
    /// that follows a replacement (…，改为“…”) is the new text, read as it stands.
    /// </summary>
    private static void QuotedDeletions(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }
            if (open < 0)
            {
                open = i;
                continue;
            }
            var close = i;
            var from = text.LastIndexOfAny(['。', '\n'], open) + 1;
            var to = text.IndexOfAny(['。', '\n'], close) is >= 0 and var stop ? stop : text.Length;
            if ((DeletedBefore(text[..open]) ?? DeletedAfter(text[(close + 1)..])) is { } verb && !Withdrawals.KeepsForSome(text[from..open] + text[(close + 1)..to]))
            {
                reading.AddNotOperative(description, open + 1, close, verb + "“…”");
            }
            open = -1;
        }
    }

    // 删除第十二条“, 删去《…》第五条“: the deleting verb right before the quotation, the paper's name and an article number
    // between; not after 不.
    private static string? DeletedBefore(string before)
    {
        var trimmed = before;
        if (ArticleAtEnd().Match(trimmed) is { Success: true } article)
        {
            trimmed = trimmed[..article.Index];
        }
        // 删去《…办法》第五条“…”: the paper's name between the verb and the article.
        if (trimmed.EndsWith('》') && trimmed.LastIndexOf('《') is >= 0 and var book)
        {
            trimmed = trimmed[..book];
        }
        trimmed = trimmed.TrimEnd(':', ' ');
        if (DeletingVerbs.FirstOrDefault(v => trimmed.EndsWith(v, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }
        var head = trimmed[..^verb.Length];
        return head.EndsWith('不') || head.EndsWith("不得", StringComparison.Ordinal) || head.EndsWith("不予", StringComparison.Ordinal) ? null : verb;
    }

    // ”一项予以删除: the unit deleted, an adverb, then the deleting verb right after the quotation.
    private static string? DeletedAfter(string after)
    {
        // “…”，予以取消 — a comma only before an adverb: 增加“…”，删除“…” deletes the second quotation, not the first.
        var rest = after;
        var comma = rest.StartsWith(',');
        if (comma)
        {
            rest = rest[1..].TrimStart(' ');
        }
        else if (DeletedUnits.FirstOrDefault(u => rest.StartsWith(u, StringComparison.Ordinal)) is { } unit)
        {
            rest = rest[unit.Length..];
        }
        var adverbs = 0;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            if (DeletingAdverbs.FirstOrDefault(a => rest.StartsWith(a, StringComparison.Ordinal)) is { } adverb)
            {
                rest = rest[adverb.Length..];
                stripped = true;
                adverbs++;
            }
        }
        return comma && adverbs == 0 ? null : DeletingVerbs.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal));
    }

    /// <summary>
    /// 三、村(社区)可出具的证明 — a heading line naming what the village may issue (…可出具的证明, …可开具的证明事项) heads the
    /// list of the allowed papers; the lines under it are read as they stand.
    /// </summary>
    private static void MayIssueHeadings(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is >= 0 and var eol ? eol : text.Length;
            var line = text[start..end];
            var lead = DocumentText.LeadLength(line);
            if (lead > 0 && MayIssueHeading().IsMatch(line[lead..].Trim()))
            {
                reading.AddNotOperative(description, start + lead, end, "可出具的证明");
            }
            start = end + 1;
        }
    }

    /// <summary>The clause of the description that <paramref name="hit"/>'s first span stands in, or -1 (a title hit, no span).</summary>
    private static int DescriptionClause(FieldReading reading, RecognitionHit hit) =>
        hit.Field != TitleContext.Description || hit.Spans.Count == 0 ? -1 : DocumentText.ClauseAtSource(reading, hit.Spans[0].Start);

    /// <summary>
    /// (phase 35) Whether a clause of the sentence from <paramref name="start"/> (in clause <paramref name="k"/>) to clause
    /// <paramref name="last"/> asks anew with no other body as its doer: …退还缴费人，由县人防办重新核定办理 — what a later clause
    /// gives to a body by 由 (由县人防办, 改由税务所) that is not a village is that body's new act, not the returned act asked
    /// again; 由各村重新签订 still asks it of the villages, and a clause with no such doer keeps asking it anew.
    /// </summary>
    private static bool AsksVillageAnew(FieldReading reading, int k, int last, int start)
    {
        var text = reading.Text.Text;
        for (var c = k; c <= last; c++)
        {
            var clause = reading.Clauses[c];
            var from = c == k ? start : clause.Start;
            if (from >= clause.End || !AsksAnew(text[from..clause.End]))
            {
                continue;
            }
            if (c == k || !GivenToOther(reading, c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A clause that opens with 由 (交由, 改由 …: [attribution]) and a body right after it that is not a village, and names no village.</summary>
    private static bool GivenToOther(FieldReading reading, int c)
    {
        var clause = reading.Clauses[c];
        var text = reading.Text.Text;
        var at = clause.Start;
        while (at < clause.End && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        var lead = Cues.Attribution.Where(a => string.CompareOrdinal(text, at, a, 0, a.Length) == 0).MaxBy(a => a.Length);
        if (lead is null)
        {
            return false;
        }
        var mentions = reading.Reader.Mentions(c);
        return mentions.All(m => m.Kind != ActorKind.Village)
            && mentions.Any(m => m.Kind == ActorKind.Other && m.Start >= at + lead.Length && m.Start <= at + lead.Length + 1);
    }

    /// <summary>The rest of a sentence asks the act anew ([changed_demands.anew]: 今后, 重新 …) or names what replaces it.</summary>
    /// <remarks>
    /// (phase 36) A clause of the rest that hands the work to a body by name (…注销，巡河情况改由镇河长办按季度抽查; 相关信息
    /// 改由镇农业站统一发布) asks nothing anew of anyone the thing was undone for, whatever its frequency words; 改为…, 改由各村…,
    /// 由网格员… still ask anew.
    /// </remarks>
    private static bool AsksAnew(string rest)
    {
        foreach (var clause in rest.Split([',', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!HandedToBody(clause) && (Anew.Any(a => clause.Contains(a, StringComparison.Ordinal)) || Replacing.Any(r => clause.Contains(r, StringComparison.Ordinal))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 36) The clause gives its act by 由 (改由, 交由) to a body named by its suffix, not a village.</summary>
    private static bool HandedToBody(string clause)
    {
        var by = clause.IndexOf('由');
        if (by < 0)
        {
            return false;
        }
        var after = by + 1;
        return !Cues.Village.Any(v => string.CompareOrdinal(clause, after, v, 0, v.Length) == 0)
            && Cues.BodySuffixes.Any(b => clause.AsSpan(after, Math.Min(clause.Length - after, HandedBodyReach)).Contains(b, StringComparison.Ordinal));
    }

    /// <summary>(phase 36) The most characters of a thing's name after the match when its clause ends there (打卡|工作群).</summary>
    private const int MaxThingTail = 6;

    /// <summary>(phase 36) The most characters of the body a replacement hands the work to (镇河长办, 县农业农村局).</summary>
    private const int HandedBodyReach = 10;

    /// <summary>
    /// 此前已代收尚未缴库的费用，于月底前…结清; 已到村委会开具…证明的，村委会不必再出具; 已收取的费用要全部退还:
    /// an act told as done before (已, 此前, 原来 … before it in its clause) inside a phrase closed by 的 — what it collected,
    /// issued or made, or the people it was done for — is named to settle, return or no longer repeat it, when the paper ends
    /// the same act (another match of the same item in the description is negated by an ending or a relief:
    /// [certificate_relief.relieving] — 不再, 无需, 取消 …; not 被要求, which tells of a demand) or the sentence returns
    /// what it names (退还, 清退). A sentence that asks it again (今后继续…, 仍按月…) keeps its reading. The cue, or null.
    /// </summary>
    /// <remarks>
    /// (phase 36) The paper ends the same act also when another match of the same entry stands in a part the paper withdraws
    /// (<paramref name="withdrawn"/>: 该要求…现予停止执行): 已制作展板的费用，由县文化馆据实结算给有关村 settles what was done
    /// under it.
    /// </remarks>
    internal static string? WoundDown(FieldReading reading, RecognitionHit hit, IReadOnlyList<RecognitionHit> hits, Func<RecognitionHit, string?>? withdrawn = null)
    {
        if (DescriptionClause(reading, hit) is not (>= 0 and var k))
        {
            return null;
        }
        var text = reading.Text.Text;
        var clause = reading.Clauses[k];
        var start = DocumentText.AtSource(reading, k, hit.Spans[0].Start);
        var before = text[clause.Start..start];
        // (phase 32) 将已收款项全部解缴: the past act before the match, after 将 or 把, needs no 的.
        var disposed = text.IndexOf('的', start, clause.End - start) < 0 ? Disposed(before) : null;
        if ((disposed ?? PastMarks.FirstOrDefault(p => before.Contains(p, StringComparison.Ordinal))) is not { } past
            || text.IndexOf('的', start, clause.End - start) < 0 && disposed is null
            || Askers.Any(a => before[(disposed is null ? before.IndexOf(past, StringComparison.Ordinal) : before.LastIndexOf(past, StringComparison.Ordinal))..].Contains(a, StringComparison.Ordinal)))
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(reading, k);
        var sentenceRest = text[start..reading.Clauses[last].End];
        if (AsksAnew(sentenceRest) && AsksVillageAnew(reading, k, last, start))
        {
            return null;
        }
        // 已收取的款项…全部退还: the whole returned (全部, 如数 …), not an overcharge refunded from a collection that goes on.
        if (Returning.FirstOrDefault(r => Wholly.Any(w => sentenceRest.Contains(w + r, StringComparison.Ordinal))) is { } returned)
        {
            return past + "…的…" + returned;
        }
        var ended = hits.FirstOrDefault(h => h.Field == TitleContext.Description && h.Entry == hit.Entry && h.Spans.Count > 0
            && h.Spans[0].Start != hit.Spans[0].Start && !h.Verdict.Fires && h.Verdict.Reason is VerdictReason.Negated
            && h.Verdict.Cue is { } cue && Relieving.Any(r => cue.Contains(r, StringComparison.Ordinal)));
        if (ended is null && withdrawn is not null
            && hits.Where(h => h.Field == TitleContext.Description && h.Entry == hit.Entry && h.Spans.Count > 0 && h.Spans[0].Start < hit.Spans[0].Start)
                .Select(withdrawn).FirstOrDefault(c => c is not null) is { } paperCue)
        {
            return past + "…的（" + paperCue + "）";
        }
        return ended is null ? null : past + "…的（" + ended.Verdict.Cue + "）";
    }

    private static readonly string[] KindPointers = Cues.List("changed_demands.kind_pointers");

    /// <summary>
    /// (phase 37) 不再要求…提交村委会出具的…证明。…对前来开具此类证明的群众做好解释: a match whose words point back at a kind
    /// named before ([changed_demands.kind_pointers]: 此类, 该类, 上述 …) names the demand the paper has ended, when another match of
    /// the same item in the description stands negated or withdrawn — unless the sentence asks it anew of the villages (仍,
    /// 继续, 照常: the kept demand is read as it stands). The cue, or null.
    /// </summary>
    internal static string? PointedBack(FieldReading reading, RecognitionHit hit, IReadOnlyList<RecognitionHit> hits)
    {
        if (DescriptionClause(reading, hit) is not (>= 0 and var k) || KindPointers.FirstOrDefault(p => hit.MatchedText.Contains(p, StringComparison.Ordinal)) is not { } pointer)
        {
            return null;
        }
        var ended = hits.FirstOrDefault(h => h.Field == TitleContext.Description && h.Entry.Code == hit.Entry.Code && h.Spans.Count > 0
            && h.Spans[0].Start < hit.Spans[0].Start && !h.Verdict.Fires && h.Verdict.Reason is VerdictReason.Negated or VerdictReason.NotOperative);
        if (ended is null)
        {
            return null;
        }
        var text = reading.Text.Text;
        var start = DocumentText.AtSource(reading, k, hit.Spans[0].Start);
        var (first, last) = DocumentText.SentenceClauses(reading, k);
        if (Withdrawals.KeepsForSome(text[reading.Clauses[first].Start..reading.Clauses[last].End])
            || AsksAnew(text[start..reading.Clauses[last].End]) && AsksVillageAnew(reading, k, last, start))
        {
            return null;
        }
        return pointer + "（" + ended.Verdict.Cue + "）";
    }

    private static readonly string[] UndoingVerbs = [.. Cues.List("changed_demands.undoing_verbs").OrderByDescending(w => w.Length)];
    private static readonly string[] RecipientTails = Cues.List("changed_demands.recipient_tails");
    private static readonly string[] RecipientLeads = ["给", "至", "到"];

    /// <summary>The most characters between the 的 closing the undone phrase and the verb that undoes it (的排位信息从电子屏和工作群撤下).</summary>
    private const int UndoneReach = 20;

    /// <summary>The most characters of the one who gets back what is returned (退回各村, 退还缴款农户).</summary>
    private const int RecipientReach = 8;

    /// <summary>
    /// (phase 33) 已收存的保证书退回各村, 已公开的排位信息从电子屏撤下, 已分配给村干部的账号本月底前注销: a thing named by what
    /// was done with it before — a phrase opened by a past mark ([changed_demands.past_marks]: 已, 此前, 原先 …) and closed by
    /// 的 — whose clause then returns, withdraws, cancels or takes it down ([changed_demands.undoing_verbs]) with nothing
    /// after the verb but the one who gets it back ([changed_demands.recipient_tails]) is wound down: what the phrase tells
    /// (收存, 公开, 分配给村干部) is its past, and the clause asks no one to do it again. <paramref name="at"/> and
    /// <paramref name="end"/> bound the words read (a match, a hand-down word) inside <paramref name="words"/>, one clause.
    /// A clause that goes on after the verb (…退回各村修改后再报) is read as it stands; what the rest of the sentence asks anew
    /// is for the caller (<see cref="Undone"/>). The cue, or null.
    /// </summary>
    internal static string? UndoneThing(string words, int at, int end)
    {
        var past = -1;
        string? mark = null;
        foreach (var candidate in PastMarks)
        {
            // The last mark that ends before the words read (已经 and 已 at the same place: the longer, listed first).
            var found = at == 0 ? -1 : words.LastIndexOf(candidate, at - 1, StringComparison.Ordinal);
            if (found > past)
            {
                (past, mark) = (found, candidate);
            }
        }
        if (mark is null || words.IndexOf('的', past + mark.Length) is not (> 0 and var closing) || closing > end + UndoneReach)
        {
            return null;
        }
        // 擅自加层的，村里直接贴封条停用: a 的 closing a case before a comma names no thing; the thing follows the 的 at once.
        if (closing + 1 >= words.Length || words[closing + 1] is ',' or ';' or ':' or ' ')
        {
            return null;
        }
        // 验收不合格的村已授予的称号一律撤销: what is taken from the villages a case names is a sanction, not wound down.
        var before = words[..past].TrimEnd(',', ' ');
        if (Cues.Village.Any(v => before.EndsWith("的" + v, StringComparison.Ordinal)))
        {
            return null;
        }
        var from = Math.Max(closing + 1, end);
        foreach (var verb in UndoingVerbs)
        {
            var u = words.IndexOf(verb, from, StringComparison.Ordinal);
            if (u < 0 || u - (closing + 1) > UndoneReach || words.IndexOf(',', closing, u - closing) >= 0)
            {
                continue;
            }
            var tail = words[(u + verb.Length)..].Trim().TrimEnd('。', '!', ';', ',', ' ');
            if (tail.EndsWith('了'))
            {
                tail = tail[..^1];
            }
            if (RecipientLeads.FirstOrDefault(l => tail.StartsWith(l, StringComparison.Ordinal)) is { } lead)
            {
                tail = tail[lead.Length..];
            }
            if (tail.Length == 0
                || tail.Length <= RecipientReach && !tail.Contains('后') && (Cues.Village.Contains(tail) || RecipientTails.Any(r => tail.EndsWith(r, StringComparison.Ordinal))))
            {
                return mark + "…的…" + verb;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 33) A match in a wound-down phrase (<see cref="UndoneThing"/>) of the description, when the rest of its sentence
    /// neither asks the act anew ([changed_demands.anew]: 今后, 重新, 另签 …) nor replaces it. The cue, or null.
    /// </summary>
    internal static string? Undone(FieldReading reading, RecognitionHit hit)
    {
        if (DescriptionClause(reading, hit) is not (>= 0 and var k))
        {
            return null;
        }
        var text = reading.Text.Text;
        var clause = reading.Clauses[k];
        var start = DocumentText.AtSource(reading, k, hit.Spans[0].Start);
        var end = Math.Max(start, DocumentText.AtSource(reading, k, hit.Spans[^1].Start + hit.Spans[^1].Length));
        var (_, last) = DocumentText.SentenceClauses(reading, k);
        var restFrom = end;
        if (UndoneThing(text[clause.Start..clause.End], start - clause.Start, Math.Min(end, clause.End) - clause.Start) is not { } cue)
        {
            // (phase 36) 各镇已建立的村医每日健康打卡群，请于6月底前解散: the thing closes its clause and the next clause of the
            // sentence undoes it — read as one.
            if (k + 1 > last || text[end..clause.End].Trim().Length > MaxThingTail
                || UndoneThing(text[clause.Start..clause.End] + text[reading.Clauses[k + 1].Start..reading.Clauses[k + 1].End],
                    start - clause.Start, Math.Min(end, clause.End) - clause.Start) is not { } joined)
            {
                return null;
            }
            (cue, restFrom) = (joined, reading.Clauses[k + 1].End);
        }
        var rest = text[restFrom..reading.Clauses[last].End];
        return AsksAnew(rest) || CaseBefore(text, reading.Clauses, k) ? null : cue;
    }

    /// <summary>
    /// (phase 32) 将已收款项全部解缴, 把已收的钱交回: 将 or 把 right before a past mark, at most <see cref="DisposedReach"/>
    /// characters before the match — the act done before names, without a 的, the thing the sentence disposes of (the money
    /// already collected), not a clause of its own. The past mark, or null.
    /// </summary>
    private static string? Disposed(string before)
    {
        foreach (var past in PastMarks)
        {
            foreach (var marker in DisposalMarkers)
            {
                var at = before.LastIndexOf(marker + past, StringComparison.Ordinal);
                if (at >= 0 && before.Length - (at + marker.Length + past.Length) <= DisposedReach)
                {
                    return past;
                }
            }
        }
        return null;
    }

    private static readonly string[] DisposalMarkers = ["将", "把"];

    /// <summary>At most this many characters between 将已 and the match (将已收款项全部上缴: 收款项全部).</summary>
    private const int DisposedReach = 6;

    /// <summary>
    /// 前段时间有的病区对家属收取罚款…。今后一律不得对家属罚款: a sentence telling what some units did
    /// (its words open, after time words, with 个别, 有的, 少数, 部分 …) recounts a practice when a later sentence of the paper
    /// forbids or ends the same act (a later match of the same item is negated by 不得, 严禁, 不再 …). A failure told (个别村未
    /// 按要求…), a sentence that asks, and a paper in which the same act still fires elsewhere keep their reading. The cue, or null.
    /// <para>(phase 32) The recount may be told as what someone found or reported (近期发现个别乡镇…, 区减负办向我公司反馈，个别
    /// 服务站…, 区里在督查中发现，个别镇…: a short lead closed by a verb of <see cref="FoundLeads"/>); what the units demanded of
    /// others (个别镇要求村委会…, 安排村干部…) is the practice recounted — only the words before that demand are read for a
    /// modal or a failure of their own. And the paper may forbid the practice by forbidding that work be pushed onto the
    /// villages (各乡镇不得将…转嫁给村（社区）, 不得向村…摊派: <see cref="ShiftForbidden"/>) rather than by naming the same act again.</para>
    /// </summary>
    internal static string? RecountedThenForbidden(FieldReading reading, RecognitionHit hit, IReadOnlyList<RecognitionHit> hits)
    {
        if (DescriptionClause(reading, hit) is not (>= 0 and var k))
        {
            return null;
        }
        var text = reading.Text.Text;
        var (first, last) = DocumentText.SentenceClauses(reading, k);
        var opening = text[reading.Clauses[first].Start..DocumentText.AtSource(reading, k, hit.Spans[0].Start)];
        opening = opening[DocumentText.LeadLength(opening)..].TrimStart();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            if (RecentLeads.FirstOrDefault(t => opening.StartsWith(t, StringComparison.Ordinal)) is { } recent)
            {
                opening = opening[recent.Length..].TrimStart(',', ' ');
                stripped = true;
            }
            else if (FoundLead(opening) is > 0 and var found)
            {
                opening = opening[found..].TrimStart(',', ' ');
                stripped = true;
            }
        }
        // The units' own words, up to the first verb by which they demand something of others (要求村委会…).
        var own = RecountedDemands.Select(d => opening.IndexOf(d, StringComparison.Ordinal)).Where(x => x > 0).DefaultIfEmpty(opening.Length).Min();
        var ownWords = opening[..own];
        // (phase 32) 个别村民私搭乱建，要求各村委会…: some private persons did something, and the demand after is the paper's.
        if (SomeUnits.FirstOrDefault(q => opening.StartsWith(q, StringComparison.Ordinal)) is not { } some
            || Cues.Private.Any(p => string.CompareOrdinal(opening, some.Length, p, 0, p.Length) == 0)
            || Failures.Any(f => ownWords.Contains(f, StringComparison.Ordinal)) || Askers.Any(a => ownWords.Contains(a, StringComparison.Ordinal)))
        {
            return null;
        }
        var sentenceEnd = reading.Text.ToSource(reading.Clauses[last].Start, reading.Clauses[last].End).End;
        if (hits.Any(h => h.Field == hit.Field && h.Entry == hit.Entry && h.Verdict.Fires && h.Spans.Count > 0 && h.Spans[0].Start >= sentenceEnd))
        {
            return null;
        }
        var forbidden = hits.FirstOrDefault(h => h.Field == hit.Field && h.Entry == hit.Entry && h.Spans.Count > 0 && h.Spans[0].Start >= sentenceEnd
            && h.Verdict is { Fires: false, Reason: VerdictReason.Negated, Cue: { } cue }
            && (Forbidding.Any(f => cue.Contains(f, StringComparison.Ordinal)) || Denying.Any(d => cue.Contains(d, StringComparison.Ordinal))));
        if (forbidden is not null)
        {
            return some + "…（" + forbidden.Verdict.Cue + "）";
        }
        return ShiftForbidden(reading, last + 1) is { } shift ? some + "…（" + shift + "）" : null;
    }

    /// <summary>
    /// (phase 32) 近期发现, 区里在督查中发现, 区减负办向我公司反馈: the length of a lead that tells who found or reported what follows
    /// — at most <see cref="MaxFoundLead"/> characters with no clause break, closed by a verb of [changed_demands.found_leads]
    /// (发现, 反馈, 反映 …) — or 0.
    /// </summary>
    private static int FoundLead(string opening)
    {
        foreach (var verb in FoundLeads)
        {
            var at = opening.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at <= MaxFoundLead && opening.IndexOfAny([',', ';', ':', '。']) is var stop && (stop < 0 || stop >= at))
            {
                return at + verb.Length;
            }
        }
        return 0;
    }

    private const int MaxFoundLead = 16;

    /// <summary>
    /// (phase 32) 各乡镇不得将环境监管执法责任转嫁给村（社区）, 不得向村（社区）摊派…任务: a clause, from the sentence index given on,
    /// that forbids ([changed_demands.forbidding]) pushing work onto the villages ([changed_demands.shifting] after the
    /// forbidding word, and a village named after it — the village the work is pushed onto, not the clause's subject:
    /// 各村不得将…推给村民小组 forbids nothing of this kind) — the words from the forbidding word, or null.
    /// </summary>
    private static string? ShiftForbidden(FieldReading reading, int fromClause)
    {
        var text = reading.Text.Text;
        for (var c = fromClause; c < reading.Clauses.Count; c++)
        {
            var clause = reading.Clauses[c];
            var words = text[clause.Start..clause.End];
            foreach (var forbid in Forbidding)
            {
                var at = words.IndexOf(forbid, StringComparison.Ordinal);
                // The villages are whom the work is pushed onto, after the forbidding word — not its subject (各村不得将…推给村民小组).
                if (at >= 0 && Shifting.Any(s => words.IndexOf(s, at + forbid.Length, StringComparison.Ordinal) >= 0)
                    && reading.Reader.Mentions(c).Any(m => m.Kind == ActorKind.Village && m.Start >= clause.Start + at + forbid.Length))
                {
                    return words[at..];
                }
            }
        }
        return null;
    }
}

using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 14) Papers that are not tasks for the village: a reply (答复, 复函, 批复) to whoever asked, a report or summary sent
/// upward (自查报告, 情况汇报, 工作总结), the minutes of a meeting (纪要). Such a paper describes work, reports the burden,
/// refuses a request or quotes someone else's demand; a county approver reads what it says of the villages as that — unless
/// a sentence of it turns to the villages and tells them to do something (请各村…, 各村要…, 各村于…前…, 由各村负责…), which
/// is a demand in any genre.
/// <para>Read from the title's 公文 form (its last word) and, sentence by sentence, from the text's own framing: a sentence
/// that tells of the past (曾, 已, 此前), of a request or complaint received (反映, 请示, 收悉, 来电), of a refusal or a
/// withdrawal (不同意, 不再, 取消, 撤销, 摘除) or asks whether (是否) is description, not demand. A sentence with no such
/// framing keeps its reading whatever the genre, and a report or summary addressed to the villages (各村：…报告) is read as
/// the directive it is: a department cannot get banned work through by titling a directive 报告 or 纪要.</para>
/// </summary>
internal static class PaperDirection
{
    // Title endings: a reply to whoever asked, a report or summary sent upward, the minutes of a meeting.
    private static readonly string[] Replies = RecognitionCues.Instance.List("paper_direction.replies");
    private static readonly string[] Reports = RecognitionCues.Instance.List("paper_direction.reports");
    private static readonly string[] Minutes = RecognitionCues.Instance.List("paper_direction.minutes");

    // Words that frame a sentence as description: the past, a request or complaint received, a refusal or withdrawal, a question.
    private static readonly string[] Framing = RecognitionCues.Instance.List("paper_direction.framing");

    // Words that, right after a village subject, say it is told of rather than told to (不, 曾, 反映 …).
    private static readonly string[] SubjectStops = RecognitionCues.Instance.List("paper_direction.subject_stops");

    // Words that open a clause before its subject without changing who acts (会议要求, 会议议定, 现要求 …).
    private static readonly string[] SubjectOpeners = RecognitionCues.Instance.List("paper_direction.subject_openers");

    // Words before a village word that address it (你村, 每个村, 各有关村).
    private static readonly string[] Addressing = RecognitionCues.Instance.List("paper_direction.addressing");

    /// <summary>(review of phase 14) A decision after the framing word (同意…, 经研究, 仍按…执行) turns the sentence back into a demand.</summary>
    private static readonly string[] Decisions = RecognitionCues.Instance.List("paper_direction.decisions");

    /// <summary>(review of phase 14) Time words before a village subject (今年起各村…, 下一步各村要…).</summary>
    private static readonly string[] TimeLeads = RecognitionCues.Instance.List("paper_direction.time_leads");

    // Prohibitions that a double-negation word right after turns into a demand (不得拖延).
    private static readonly string[] Prohibitions = RecognitionCues.Instance.List("not_operative_parts.prohibition_openers");
    private const int DoubleNegationReach = 4;
    private const int SubjectStopReach = 4;
    private const int DelegationNegationReach = 5;

    /// <summary>
    /// The title's genre word when the paper is not a task for the village: a reply or minutes (whoever they are sent to), or
    /// a report or summary not addressed to the villages. Null for a directive (通知, 方案 …) and for a report sent to villages.
    /// </summary>
    internal static string? KindOf(string title, DocumentReading.Addressee addressed)
    {
        var text = DocumentGenre.WithoutAsides(title.Trim());
        if (Replies.Concat(Minutes).Where(g => text.EndsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length) is { } kind)
        {
            return kind;
        }
        return addressed != DocumentReading.Addressee.Villages
            ? Reports.Where(g => text.EndsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length)
            : null;
    }

    /// <summary>
    /// The framing word of the sentence holding the source offset — in the match's clause or a clause before it — when
    /// that sentence describes, reports, refuses or withdraws and tells the villages to do nothing; null when it has no
    /// such framing, holds a double negation (不得拖延) or turns to the villages.
    /// </summary>
    internal static string? Described(FieldReading field, int sourceStart, bool addressedToVillages, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        // The framing must stand in the match's clause or before it: a later clause (年底前完成招商引资任务，已完成的不再
        // 下达) frames something else, and a double negation (…，不得拖延) turns a prohibition into a demand.
        var framed = Unquoted(text[field.Clauses[first].Start..field.Clauses[k].End]);
        // (phase 15) 是否按时完成计入各村年度考核 sets a criterion: its 是否 asks nothing.
        if (NotOperativeParts.SetsCriterion(framed))
        {
            framed = framed.Replace("是否", "**", StringComparison.Ordinal);
        }
        // (review of phase 15) A topic line frames only when the answer under it does not keep the demand (经研究，该任务维持不变;
        // 今年暂按原渠道执行; 不予减免): then the question answered is the demand still.
        var topic = TopicLine(text[field.Clauses[first].Start..field.Clauses[last].End]);
        if (topic is not null && AnswerKeeps(text, field.Clauses[last].End))
        {
            topic = null;
        }
        if ((Framing.FirstOrDefault(f => framed.Contains(f, StringComparison.Ordinal)) ?? topic) is not { } framing
            || DoublyNegated(text[field.Clauses[first].Start..field.Clauses[last].End], cues)
            || DecidedAfterFraming(framed)
            || OwnDemandMade(framed, cues)
            || KeptForSome(text, field.Clauses, first, k, framing))
        {
            return null;
        }
        for (var c = first; c <= last; c++)
        {
            if (Directs(Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]), addressedToVillages, cues))
            {
                return null;
            }
        }
        return framing;
    }

    /// <summary>
    /// (phase 19) 已取消的事项（沿江村保留）：…, 除沿江村外已停止: a clause that frames what it names as withdrawn but keeps it
    /// for some ([withdrawals.kept_marks], 除…外; not 不再保留) frames nothing — for those villages the demand stands.
    /// </summary>
    private static bool KeptForSome(string text, IReadOnlyList<Clause> clauses, int first, int k, string framing)
    {
        for (var c = first; c <= k; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End];
            if (clause.Contains(framing, StringComparison.Ordinal))
            {
                return Withdrawals.KeepsForSome(NotKept.Aggregate(clause, (words, negated) => words.Replace(negated, "", StringComparison.Ordinal)));
            }
        }
        return false;
    }

    private static readonly string[] NotKept = RecognitionCues.Instance.List("paper_direction.not_kept");

    /// <summary>
    /// (phase 15) 一、关于社区承担招商引资、协税护税的问题。 — in a reply or report, a sentence that opens with 关于 and ends with
    /// the question, proposal or opinion it takes up ([paper_direction.topic_heads]) names what is answered: its cue, or null.
    /// </summary>
    private static string? TopicLine(string sentence)
    {
        var body = sentence[DocumentText.LeadLength(sentence)..].TrimEnd(' ', '。', ':');
        return body.StartsWith("关于", StringComparison.Ordinal) && TopicHeads.FirstOrDefault(h => body.EndsWith("的" + h, StringComparison.Ordinal)) is { } head
            ? "关于…的" + head
            : null;
    }

    private static readonly string[] TopicHeads = RecognitionCues.Instance.List("paper_direction.topic_heads");

    // (review of phase 15) The answer keeps the demand ([paper_direction.kept_decisions]: 维持, 仍按, 暂按 …), or refuses the
    // relief asked for ([paper_direction.refusals] right before [paper_direction.reliefs]: 不予减免, 不同意调整).
    private static readonly string[] KeptDecisions = RecognitionCues.Instance.List("paper_direction.kept_decisions");
    private static readonly string[] Refusals = RecognitionCues.Instance.List("paper_direction.refusals");
    private static readonly string[] Reliefs = RecognitionCues.Instance.List("paper_direction.reliefs");
    private const int ReliefReach = 2;

    /// <summary>
    /// (review of phase 15) Whether the answer under a topic line — from the line's end up to the next heading line — keeps the
    /// demand it takes up: a decision that keeps it (该任务维持不变, 仍按原定任务, 暂按原渠道执行; not under 不) or a refusal of the
    /// relief asked for (不予减免, 不同意调整). An answer that withdraws or moves the work (不再下达, 由街道负责) keeps nothing.
    /// </summary>
    internal static bool AnswerKeeps(string text, int from)
    {
        var answer = text[from..NotOperativeParts.SectionEnd(text, from)];
        foreach (var kept in KeptDecisions)
        {
            for (var at = answer.IndexOf(kept, StringComparison.Ordinal); at >= 0; at = answer.IndexOf(kept, at + kept.Length, StringComparison.Ordinal))
            {
                if (at == 0 || answer[at - 1] != '不')
                {
                    return true;
                }
            }
        }
        foreach (var refusal in Refusals)
        {
            for (var at = answer.IndexOf(refusal, StringComparison.Ordinal); at >= 0; at = answer.IndexOf(refusal, at + refusal.Length, StringComparison.Ordinal))
            {
                var after = answer[(at + refusal.Length)..Math.Min(answer.Length, at + refusal.Length + ReliefReach + 2)];
                if (Reliefs.Any(r => after.IndexOf(r, StringComparison.Ordinal) is >= 0 and <= ReliefReach))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>(review of phase 15) Whether a relief word ([paper_direction.reliefs]: 减免, 取消 …) stands just before the source offset
    /// (申请减免招商引资任务): the match is what relief was asked from.</summary>
    internal static bool ReliefBefore(FieldReading field, int sourceStart)
    {
        var before = field.Text.Source[Math.Max(0, sourceStart - ReliefReach - 2)..sourceStart];
        return Reliefs.Any(r => before.Contains(r, StringComparison.Ordinal));
    }

    /// <summary>
    /// (review of phase 15) 一、关于你社区申请减免招商引资任务的问题。经研究，不予减免，请仍按原定任务于年底前完成。 — whether the
    /// offset stands in a topic line whose answer keeps the demand: the relief it names (减免) was asked for and refused, so
    /// it negates nothing.
    /// </summary>
    internal static bool ReliefRefused(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        return TopicLine(text[field.Clauses[first].Start..field.Clauses[last].End]) is not null && AnswerKeeps(text, field.Clauses[last].End);
    }

    /// <summary>
    /// (phase 15) Whether the sentence holding the source offset follows, on the same line, a sentence that tells the villages
    /// to act (请各社区对辖区老人每周上门探访一次。探访时须…合影上传): a sentence naming no one goes on with that performer.
    /// </summary>
    internal static bool ContinuesDirected(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var text = field.Text.Text;
        // (review of phase 16) 请各村（社区）落实以下要求：⏎一、每日…打卡 — the numbered items under a line that hands a list to
        // the villages are theirs, whether the ask follows the addressee on its line or stands on its own.
        if (UnderListAsk(text, field.Clauses[k].Start, cues))
        {
            return true;
        }
        var (first, _) = DocumentText.SentenceClauses(field, k);
        if (first == 0)
        {
            return false;
        }
        var previous = field.Clauses[first - 1].Sentence;
        var opening = text[field.Clauses[first].Start..field.Clauses[first].End];
        opening = opening[DocumentText.LeadLength(opening)..];
        // (review of phase 15) 接种点每日工作结束后须…, 普查员入户登记时须…: a sentence opening with a performer of its own that
        // is no village names someone.
        if (OpensWithPerformer(opening, cues))
        {
            return false;
        }
        var before = field.Clauses.Where(c => c.Sentence == previous).Min(c => c.Start);
        // Only within a paragraph: a new line is a new item, which may speak to someone else — unless (review of phase 15) it
        // opens by resuming the act the sentence before told the villages to do (…每周上门探访一次。⏎探访时须…).
        if (text.AsSpan(field.Clauses[first - 1].End, field.Clauses[first].Start - field.Clauses[first - 1].End).Contains('\n')
            && !Resumes(opening, text[before..field.Clauses[first - 1].End]))
        {
            return false;
        }
        var opener = first - 1;
        for (var c = first - 1; c >= 0 && field.Clauses[c].Sentence == previous; c--)
        {
            if (Tells(Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]), cues))
            {
                return true;
            }
            opener = c;
        }
        // (phase 16) 一、各村"两委"干部按包户分工，每月至少入户走访一次监测户。⏎二、走访时须…定位签到: a village subject opening the
        // sentence before, given a minimum to do ([paper_direction.minimums]: 至少, 不少于), is told to act as by a modal.
        var opening1 = Unquoted(text[field.Clauses[opener].Start..field.Clauses[opener].End]);
        var body1 = opening1[DocumentText.LeadLength(opening1)..];
        // (review of phase 16) The minimum must govern the villages' own act: not one they receive (各村每月至少接受一次镇包村干部
        // 走访, [paper_direction.received_acts]), and not in a sentence that says they arrange nothing (村里不另作安排,
        // [paper_direction.nothing_arranged]).
        var given = text[field.Clauses[opener].Start..field.Clauses[first - 1].End];
        return VillageAt(body1, 0, cues) is { } subject && !Told(body1, subject, cues)
            && Minimums.Any(m => OwnMinimum(given, m)) && !NothingArranged.Any(n => given.Contains(n, StringComparison.Ordinal));
    }

    private static readonly string[] Minimums = RecognitionCues.Instance.List("paper_direction.minimums");
    private static readonly string[] ReceivedActs = RecognitionCues.Instance.List("paper_direction.received_acts");
    private static readonly string[] NothingArranged = RecognitionCues.Instance.List("paper_direction.nothing_arranged");
    private static readonly string[] ListPointers = RecognitionCues.Instance.List("paper_direction.list_pointers");
    private const int MaxListItems = 20;

    /// <summary>(review of phase 16) Whether a minimum word stands in the sentence in a clause with no receiving verb
    /// ([paper_direction.received_acts]: 至少接受一次…走访 is the township's act on the village, not the village's own).</summary>
    private static bool OwnMinimum(string sentence, string minimum)
    {
        for (var at = sentence.IndexOf(minimum, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(minimum, at + minimum.Length, StringComparison.Ordinal))
        {
            var start = sentence.LastIndexOfAny([',', '，', ';', '；', '。'], Math.Max(0, at - 1)) + 1;
            var end = sentence.IndexOfAny([',', '，', ';', '；', '。'], at);
            var clause = sentence[start..(end < 0 ? sentence.Length : end)];
            if (!ReceivedActs.Any(r => clause.Contains(r, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (review of phase 16) Whether the offset stands in a numbered item (一、, (1), 2.) of a list whose opening line — the
    /// first line above the items that is no item itself — ends with a colon, points to the list ([paper_direction.list_pointers]:
    /// 以下, 下列, 如下) and hands it to the villages (请各村（社区）落实以下要求：). On an addressee line (各镇人民政府：请各村…：)
    /// only the words after its first colon are the ask.
    /// </summary>
    private static bool UnderListAsk(string text, int at, RecognitionCues cues)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        if (!IsItem(text[lineStart..LineEnd(text, lineStart)]))
        {
            return false;
        }
        for (var items = 0; lineStart > 0 && items < MaxListItems; items++)
        {
            var previousStart = lineStart - 1 == 0 ? 0 : text.LastIndexOf('\n', lineStart - 2) + 1;
            var line = text[previousStart..(lineStart - 1)];
            if (!IsItem(line))
            {
                var ask = line.TrimEnd(' ', '\r', '\t', '\u3000');
                if (!ask.EndsWith(':') && !ask.EndsWith('：'))
                {
                    return false;
                }
                ask = ask[..^1];
                var colon = ask.LastIndexOfAny([':', '：']);
                ask = colon >= 0 ? ask[(colon + 1)..] : ask;
                // (phase 32) 近来有网点出现由村干部代收材料的情况。特提示如下： — a sentence of the paragraph that reports
                // what has happened (出现…的情况) tells no one to act: the list is handed on by the others.
                ask = string.Concat(ask.Split('。').Where(s => !ReportedState(s)));
                return ListPointers.Any(p => ask.Contains(p, StringComparison.Ordinal)) && Tells(Unquoted(ask), cues);
            }
            lineStart = previousStart;
        }
        return false;
    }

    private static readonly string[] ReportingVerbs = RecognitionCues.Instance.List("paper_direction.reporting_verbs");
    private static readonly string[] StateHeads = RecognitionCues.Instance.List("clause_scope.practice_heads");

    /// <summary>(phase 32) 出现由村干部代收材料的情况: a sentence reporting a state of affairs (a reporting verb, then …的 + a
    /// practice head: 情况, 问题, 现象, 行为).</summary>
    private static bool ReportedState(string sentence)
    {
        foreach (var verb in ReportingVerbs)
        {
            var at = sentence.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && StateHeads.Any(h => sentence.IndexOf("的" + h, at + verb.Length, StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }
        return false;
    }

    internal static int LineEnd(string text, int lineStart) => text.IndexOf('\n', lineStart) is >= 0 and var end ? end : text.Length;

    /// <summary>Whether a line opens with a list item's numbering (一、, （二）, 3.).</summary>
    internal static bool IsItem(string line) =>
        DocumentText.LeadLength(line) > line.Length - line.TrimStart(' ', '\r', '\t', '\u3000').Length;

    private static readonly string[] PerformerHeads = RecognitionCues.Instance.List("paper_direction.performer_heads");
    private const int PerformerReach = 6;

    /// <summary>
    /// (review of phase 15) Whether the clause opens with a word naming a performer that is no village: its first two to six
    /// characters end with a performer's head ([paper_direction.performer_heads]: 接种点, 普查员, 服务机构, 第三方) and hold no
    /// village marker (村网格员, 社区工作人员 are the village). (phase 16) Not when they end with a word that only looks like a
    /// body ([not_body]: 代办, 承办, 办理): an act is no performer.
    /// </summary>
    private static bool OpensWithPerformer(string clause, RecognitionCues cues)
    {
        for (var length = 2; length <= Math.Min(PerformerReach, clause.Length); length++)
        {
            var word = clause[..length];
            if (word.IndexOfAny([',', ':', ';', '。']) >= 0)
            {
                return false;
            }
            // (phase 16) A word ending like a body but naming an act ([not_body]: 代办, 承办, 督办, 办理) is no performer:
            // 代办时须拍照上传 goes on with the villages told to act before it.
            if (PerformerHeads.Any(h => word.EndsWith(h, StringComparison.Ordinal))
                && !cues.NotBody.Any(n => word.EndsWith(n, StringComparison.Ordinal)))
            {
                return !cues.VillageMarkers.Any(m => word.Contains(m, StringComparison.Ordinal));
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 15) Whether a clause hands work to the villages in so many words: 请/由 or a delegation verb before a village,
    /// or a village subject followed by a modal (各社区要…, 各村须…). A village word opening a description (村（社区）退役军人
    /// 服务站依托…开展服务) tells no one.
    /// </summary>
    private static bool Tells(string clause, RecognitionCues cues)
    {
        var body = clause[DocumentText.LeadLength(clause)..];
        if (HandsTo(body, "请", cues) || HandsTo(body, "由", cues) || cues.Delegation.Any(verb => HandsTo(body, verb, cues)))
        {
            return true;
        }
        return VillageAt(body, 0, cues) is { } subject && !Told(body, subject, cues)
            && Modals.Any(m => body.AsSpan(subject).TrimStart(' ').StartsWith(m, StringComparison.Ordinal));
    }

    private static readonly string[] Modals = RecognitionCues.Instance.List("paper_direction.modals");

    private static readonly string[] OwnIssuers = RecognitionCues.Instance.List("paper_direction.own_issuers");
    private static readonly string[] Completed = RecognitionCues.Instance.List("paper_direction.completed");

    /// <summary>
    /// (phase 23) 本局已要求各村每天在APP打卡: the issuer reporting a demand it has made on the villages — itself
    /// ([paper_direction.own_issuers]), done ([paper_direction.completed]), a hand-down verb ([delegation]), the villages — tells
    /// of a demand still in force, not of a past one.
    /// </summary>
    private static bool OwnDemandMade(string framed, RecognitionCues cues)
    {
        foreach (var issuer in OwnIssuers)
        {
            for (var at = framed.IndexOf(issuer, StringComparison.Ordinal); at >= 0; at = framed.IndexOf(issuer, at + issuer.Length, StringComparison.Ordinal))
            {
                var after = framed[(at + issuer.Length)..];
                if (Completed.FirstOrDefault(c => after.StartsWith(c, StringComparison.Ordinal)) is { } done
                    && cues.Delegation.FirstOrDefault(d => after.AsSpan(done.Length).StartsWith(d, StringComparison.Ordinal)) is { } verb
                    && VillageAt(after, done.Length + verb.Length, cues) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// (review of phase 14) Whether a decision word not under 不 stands after the last framing word: 你村请示收悉，同意你村代收…
    /// and 反映的问题收悉，经研究，今年仍按…执行 decide; 经研究，不同意由村代征 frames again after the decision.
    /// </summary>
    private static bool DecidedAfterFraming(string framed)
    {
        var lastFraming = Framing.Select(f => (At: framed.LastIndexOf(f, StringComparison.Ordinal), f.Length)).Where(x => x.At >= 0)
            .Select(x => x.At + x.Length).DefaultIfEmpty(-1).Max();
        if (lastFraming < 0)
        {
            return false;
        }
        foreach (var decision in Decisions)
        {
            for (var at = framed.IndexOf(decision, lastFraming, StringComparison.Ordinal); at >= 0;
                 at = framed.IndexOf(decision, at + decision.Length, StringComparison.Ordinal))
            {
                if ((at == 0 || framed[at - 1] != '不') && !GrantsRelief(framed, decision, at + decision.Length))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] ActTakingDecisions = RecognitionCues.Instance.List("paper_direction.act_taking_decisions");

    /// <summary>
    /// (phase 16) Whether a decision that takes the act after it ([paper_direction.act_taking_decisions]: 继续, 同意) takes a
    /// relief ([paper_direction.reliefs]: 继续减轻社区负担, 同意减免): the answer relieves, it keeps no demand.
    /// </summary>
    private static bool GrantsRelief(string framed, string decision, int after) =>
        ActTakingDecisions.Contains(decision)
        && Reliefs.Any(r => framed.AsSpan(after, Math.Min(framed.Length - after, ReliefReach + r.Length)).IndexOf(r, StringComparison.Ordinal) is >= 0 and <= ReliefReach);

    /// <summary>
    /// Whether a title's own words frame it (关于柳林镇请求由村协助代征…的复函: the request answered), so that its match is the
    /// subject of the reply or report rather than a demand.
    /// </summary>
    internal static string? TitleFraming(string title) =>
        Framing.FirstOrDefault(f => title.Contains(f, StringComparison.Ordinal));

    /// <summary>
    /// Whether a clause tells the villages to do something: 请 + a village (请各村, 请你村), a village as the clause's subject
    /// not told of (各村要…, 各村于…前…, 会议要求，各村…; not 各社区不再…, 村里问的…), 由 + a village not under a negation
    /// (由各有关村负责督促, 由村里安排; not 不得交由村(社区)承担, 不同意由村代征), or, in a paper addressed to the villages, a clause opening with 请.
    /// </summary>
    internal static bool Directs(string clause, bool addressedToVillages, RecognitionCues cues)
    {
        var body = clause[DocumentText.LeadLength(clause)..];
        if (SubjectOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } opener)
        {
            body = body[opener.Length..].TrimStart(',', ':', ' ');
        }
        if (addressedToVillages && body.StartsWith('请'))
        {
            return true;
        }
        // (review of phase 14) 今年起各村改为…, 下一步各村要…: time words before the subject do not change who acts.
        body = ClauseScope.WithoutLeading(body, TimeLeads).TrimStart(',', '，', ' ');
        // 各村要…, 每村于5月底前…, 你村须… — the village opens the clause and what follows is not a negation or a report of it.
        if (VillageAt(body, 0, cues) is { } subject && !Told(body, subject, cues))
        {
            return true;
        }
        if (Replaces(body, cues))
        {
            return true;
        }
        // 请各村…, 由各有关村负责… (not under a negation), and (review of phase 14) 督促各村…, 组织各村… — the delegation
        // verbs: the act passes to the villages.
        return HandsTo(body, "请", cues) || HandsTo(body, "由", cues) || cues.Delegation.Any(verb => HandsTo(body, verb, cues));
    }

    private static readonly string[] Replacing = RecognitionCues.Instance.List("paper_direction.replacing");

    /// <summary>
    /// (phase 23 review) …已于3月撤销，改为每季度对各村排名通报; 原…不再使用，改为各村每天在群里打卡: a clause that opens with a
    /// word putting a new practice in the old one's place ([paper_direction.replacing]) and names a village after it, not
    /// under a negation, is the paper's own new demand — the withdrawal before it frames only what it withdraws. A village
    /// word that only qualifies its residents (社区居民) names no village.
    /// </summary>
    private static bool Replaces(string body, RecognitionCues cues)
    {
        if (Replacing.FirstOrDefault(r => body.StartsWith(r, StringComparison.Ordinal)) is not { } word)
        {
            return false;
        }
        for (var at = word.Length; at < body.Length; at++)
        {
            // 改为社区居民满意度测评: a village that only says whose residents are meant names the residents, not the village.
            if (VillageAt(body, at, cues) is { } end && !cues.Private.Any(p => body.AsSpan(end).StartsWith(p, StringComparison.Ordinal)))
            {
                return !NegatedBefore(body, at, cues);
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="cue"/> stands right before a village somewhere in the clause, not under a negation.</summary>
    internal static bool HandsTo(string body, string cue, RecognitionCues cues)
    {
        for (var at = body.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = body.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
        {
            if (VillageAt(body, at + cue.Length, cues) is not null && !NegatedBefore(body, at, cues))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a prohibition stands right before a double-negation word (不得拖延, 不能推诿, 不得以任何理由拒绝): a
    /// demand. The word alone (影响正常工作) is no negation.</summary>
    private static bool DoublyNegated(string sentence, RecognitionCues cues)
    {
        foreach (var word in cues.DoubleNegation)
        {
            for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var before = sentence[Math.Max(0, at - DoubleNegationReach)..at];
                if (Prohibitions.Any(p => before.Contains(p, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The end of a village word starting at <paramref name="at"/> (after 你, 每, 各 …), or null.</summary>
    internal static int? VillageAt(string body, int at, RecognitionCues cues)
    {
        var from = at;
        while (Addressing.FirstOrDefault(a => body.AsSpan(from).StartsWith(a, StringComparison.Ordinal)) is { } lead)
        {
            from += lead.Length;
        }
        var word = cues.Village.Where(v => body.AsSpan(from).StartsWith(v, StringComparison.Ordinal)).MaxBy(v => v.Length);
        if (word is null || cues.NotVillage.Any(n => body.AsSpan(from).StartsWith(n, StringComparison.Ordinal)))
        {
            return null;
        }
        return from + word.Length;
    }

    /// <summary>Whether what follows the village subject tells of it (不再出具, 曾要求, 反映…): a negation, the past, a report.</summary>
    internal static bool Told(string body, int subjectEnd, RecognitionCues cues)
    {
        if (cues.DoubleNegation.Any(d => body.AsSpan(subjectEnd).Contains(d, StringComparison.Ordinal)))
        {
            return false;
        }
        var after = body[subjectEnd..Math.Min(body.Length, subjectEnd + SubjectStopReach)];
        // (review of phase 14) 各村每月不少于4次…, 各村不定期…, 各村不折不扣…: a 不 inside a word that negates nothing
        // ([not_negating], ClauseScope.NotNegating) is no stop.
        return after.Length == 0 || SubjectStops.Any(s => StopsAt(after, s, i => !s.StartsWith('不') || !ClauseScope.NotNegating(body, subjectEnd + i, cues)));
    }

    private static bool StopsAt(string after, string stop, Func<int, bool> counts)
    {
        for (var i = after.IndexOf(stop, StringComparison.Ordinal); i >= 0; i = after.IndexOf(stop, i + 1, StringComparison.Ordinal))
        {
            if (counts(i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NegatedBefore(string body, int at, RecognitionCues cues)
    {
        var before = body[Math.Max(0, at - DelegationNegationReach)..at];
        return SubjectStops.Any(s => before.Contains(s, StringComparison.Ordinal)) || cues.NegationBefore.Any(n => before.Contains(n, StringComparison.Ordinal));
    }

    private static readonly string[] ResumingMarks = RecognitionCues.Instance.List("paper_direction.resuming_marks");

    /// <summary>
    /// (review of phase 15) Whether a line opens by resuming an act of the sentence before it: a word of two or three
    /// characters from that sentence, then 时 or 后 ([paper_direction.resuming_marks]: 探访时, 入户后).
    /// </summary>
    private static bool Resumes(string opening, string previous)
    {
        for (var length = 2; length <= 3 && length < opening.Length; length++)
        {
            if (ResumingMarks.Any(m => opening.AsSpan(length).StartsWith(m, StringComparison.Ordinal))
                && previous.Contains(opening[..length], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text with what stands inside quotation marks blanked (normalised “…” is "…"): a demand quoted is
    /// someone else's words.</summary>
    internal static string Unquoted(string text)
    {
        if (!text.Contains('"'))
        {
            return text;
        }
        var chars = text.ToCharArray();
        var inside = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '"')
            {
                inside = !inside;
            }
            else if (inside)
            {
                chars[i] = '*';
            }
        }
        return new string(chars);
    }
}

using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// The parts of a notice that are not operative — questions, findings reported, practices of some bodies reported,
/// sentences or items opening with a prohibition, bullets under a negated heading — and the sections that are
/// (【工作安排】, 三、下步要求), each with the cue that decided it.
/// </summary>
internal static class NotOperativeParts
{
    internal const int MaxReportedLead = 4;

    internal static readonly string[] PastMarks = RecognitionCues.Instance.List("not_operative_parts.past_marks");
    internal static readonly string[] ReportedBodies = RecognitionCues.Instance.List("not_operative_parts.reported_bodies");
    internal static readonly string[] Requests = RecognitionCues.Instance.List("not_operative_parts.requests");
    private static readonly string[] NotRequests = RecognitionCues.Instance.List("not_operative_parts.not_requests");

    /// <summary>
    /// Whether the request word stands in the sentence as a request: (phase 22) 请 inside 申请, 邀请 … ([not_operative_parts.
    /// not_requests]) is another word — 问：申请两项补贴，村里需要开证明吗？ asks, it requests nothing.
    /// </summary>
    private static bool Asks(string words, string request)
    {
        for (var at = words.IndexOf(request, StringComparison.Ordinal); at >= 0; at = words.IndexOf(request, at + request.Length, StringComparison.Ordinal))
        {
            if (!NotRequests.Any(n => n.EndsWith(request, StringComparison.Ordinal) && at >= n.Length - request.Length
                && string.CompareOrdinal(words, at - (n.Length - request.Length), n, 0, n.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }
    internal static readonly string[] AskedWords = RecognitionCues.Instance.List("not_operative_parts.asked_words");

    // 【工作安排】, 三、下步要求: a report's section that tells what is to be done is operative, whoever issues it.
    internal static readonly string[] OperativeHeadings = RecognitionCues.Instance.List("not_operative_parts.operative_headings");

    internal const int MaxHeadingLead = 4;
    internal static readonly string[] ProhibitionOpeners = RecognitionCues.Instance.List("not_operative_parts.prohibition_openers");
    internal static readonly string[] AskingAgain = RecognitionCues.Instance.List("not_operative_parts.asking_again");
    private static readonly string[] ChecklistQuestions = RecognitionCues.Instance.List("not_operative_parts.checklist_questions");
    private static readonly string[] CriterionConsequences = RecognitionCues.Instance.List("not_operative_parts.criterion_consequences");
    private static readonly string[] CriterionObjectMarks = RecognitionCues.Instance.List("not_operative_parts.criterion_object_marks");
    private static readonly string[] HeadingPointers = RecognitionCues.Instance.List("not_operative_parts.heading_pointers");

    /// <summary>
    /// (phase 9) A clause after the sentence's first that opens with a prohibition after a colon (现重申：严禁…, 我明确讲：不得…)
    /// or with a practice of some bodies told as persisting (…反映，个别部门仍在…要求…): from that clause up to a clause that
    /// asks again (请, 要, 须, 应, 但). Null when none.
    /// </summary>
    private static (int Start, int End, string Cue)? InnerClause(string text, IReadOnlyList<Clause> clauses, int first, int last, RecognitionCues cues)
    {
        for (var c = first + 1; c <= last; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End];
            var body = clause.TrimStart();
            var before = clauses[c].Start - 1;
            while (before >= 0 && text[before] is ' ' or '\n' or '\r' or '\u3000')
            {
                before--;
            }
            string? cue = null;
            if (before >= 0 && text[before] == ':' && ProhibitionOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } opener
                && !cues.DoubleNegation.Any(d => clause.Contains(d, StringComparison.Ordinal)))
            {
                cue = opener;
            }
            else if (cues.Reported.FirstOrDefault(q => body.StartsWith(q, StringComparison.Ordinal)) is { } quantifier
                && ReportedBodies.FirstOrDefault(b => string.CompareOrdinal(body, quantifier.Length, b, 0, b.Length) == 0) is { } named
                && PastMarks.Any(p => clause.Contains(p, StringComparison.Ordinal)))
            {
                cue = quantifier + named;
            }
            if (cue is null)
            {
                continue;
            }
            var stop = last;
            for (var d = c + 1; d <= last; d++)
            {
                if (AskingAgain.Any(a => text[clauses[d].Start..clauses[d].End].Contains(a, StringComparison.Ordinal)))
                {
                    stop = d - 1;
                    break;
                }
            }
            return (clauses[c].Start, clauses[stop].End, cue);
        }
        return null;
    }

    internal static readonly char[] Bullets = RecognitionCues.Instance.Chars("not_operative_parts.bullets");

    private static readonly string[] TitleWithdrawals = RecognitionCues.Instance.List("not_operative_parts.title_withdrawals");
    private static readonly string[] CancelledDemands = RecognitionCues.Instance.List("not_operative_parts.cancelled_demands");

    /// <summary>
    /// (phase 9) A title that withdraws what it names (关于撤回要求村委会出具出生情况证明的通知, 关于取消与村签订…责任书的通知):
    /// from the withdrawing verb on, the title recalls the demand, it does not make it. 取消 counts only before a demand
    /// (取消要求…, 取消与村签订…): 取消…评优资格 is a sanction.
    /// </summary>
    internal static void TitleWithdrawal(DocumentReading reading, FieldReading title)
    {
        var text = title.Text.Text;
        var about = text.IndexOf("关于", StringComparison.Ordinal);
        if (about < 0)
        {
            return;
        }
        var verbAt = about + 2;
        var rest = text[verbAt..];
        if ((TitleWithdrawals.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal))
            ?? CancelledDemands.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal))) is { } verb)
        {
            reading.AddNotOperative(title, verbAt, text.Length, verb);
        }
    }

    private static readonly string[] ProblemPapers = RecognitionCues.Instance.List("not_operative_parts.problem_papers");
    private static readonly string[] AnswerPapers = RecognitionCues.Instance.List("not_operative_parts.answer_papers");

    /// <summary>
    /// (phase 32) 关于某站违规收费问题的通报, 关于各村反映考核过多问题的答复 — a title whose paper reports or answers
    /// ([not_operative_parts.problem_papers]: 通报, 报告, 反馈, 答复 …) and whose matter, after 关于, ends in 问题 names the problem
    /// reported or raised: from 关于 to 问题 nothing is asked. A 通报 or 报告 sent to the villages may name their failings to press
    /// them, so there only an answer ([not_operative_parts.answer_papers]: 答复, 复函 …) reads so; what the text asks is read
    /// as it stands.
    /// </summary>
    internal static void TitleReportedProblem(DocumentReading reading, FieldReading title, DocumentReading.Addressee addressed)
    {
        var text = DocumentGenre.WithoutAsides(title.Text.Text.Trim());
        var about = text.IndexOf("关于", StringComparison.Ordinal);
        if (about < 0)
        {
            return;
        }
        var papers = addressed == DocumentReading.Addressee.Villages ? AnswerPapers : ProblemPapers;
        if (papers.Where(p => text.EndsWith("问题的" + p, StringComparison.Ordinal)).MaxBy(p => p.Length) is not { } paper)
        {
            return;
        }
        var problemEnd = text.Length - paper.Length - 1;
        var start = title.Text.Text.IndexOf("关于", StringComparison.Ordinal) + 2;
        reading.AddNotOperative(title, start, start + (problemEnd - about - 2), "…问题的" + paper);
    }

    private static readonly string[] MatterNouns = RecognitionCues.Instance.List("not_operative_parts.matter_nouns");
    private static readonly string[] ReplyRefusals = RecognitionCues.Instance.List("not_operative_parts.reply_refusals");
    private static readonly string[] ReplyAdoptions = RecognitionCues.Instance.List("not_operative_parts.reply_adoptions");

    /// <summary>
    /// (phase 19) Whether the words of a reply after the matter raised refuse it: a refusal ([not_operative_parts.reply_refusals]:
    /// 不宜, 不属于, 不得再要求, 取消), and no word that adopts it ([not_operative_parts.reply_adoptions]: 采纳, 同意, 照此办理)
    /// nor keeps it for some ([withdrawals.kept_marks]: 继续, 仍).
    /// </summary>
    internal static bool Refuses(string after) =>
        ReplyRefusals.Any(r => after.Contains(r, StringComparison.Ordinal))
        && !ReplyAdoptions.Any(a => after.Contains(a, StringComparison.Ordinal))
        && !Withdrawals.KeepsForSome(after);

    /// <summary>
    /// (phase 19) A quotation followed by the noun of a matter raised (“由村委会监管农村宴席”代表建议, “…仍需村里开证明”的问题,
    /// [not_operative_parts.matter_nouns]) names the proposal or complaint a reply answers. When the words after it refuse it
    /// (<see cref="Refuses"/>), the quotation is reported, not demanded. Normalised offsets of each such quotation in
    /// <paramref name="text"/>, the words after it being <paramref name="text"/>'s rest and <paramref name="more"/>.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> QuotedMatters(string text, Func<string> more)
    {
        // The normalised text writes every quotation mark as '"': they pair in order.
        for (var open = text.IndexOf('"'); open >= 0 && text.IndexOf('"', open + 1) is var close && close > open; open = text.IndexOf('"', close + 1))
        {
            if (MatterNouns.FirstOrDefault(n => string.CompareOrdinal(text, close + 1, n, 0, n.Length) == 0) is not { } noun
                || !Refuses(text[(close + 1 + noun.Length)..] + "\n" + more()))
            {
                continue;
            }
            yield return (open, close + 1);
        }
    }

    /// <summary>(phase 19) The title's quoted matter a reply refuses: 关于“由村委会监管农村宴席”代表建议的答复.</summary>
    internal static void TitleQuotedMatter(DocumentReading reading, FieldReading title, string description)
    {
        foreach (var (start, end) in QuotedMatters(title.Text.Text, () => description))
        {
            reading.AddNotOperative(title, start, end, "所提事项");
        }
    }

    /// <summary>A title asking whether (关于是否需要村委会出具亲属关系证明的答复函): from 是否 on, the title asks.</summary>
    internal static void TitleQuestion(DocumentReading reading, FieldReading title)
    {
        var text = title.Text.Text;
        // (phase 10) 政策解读：村级考评为什么不再搞… — 为什么 asks about the whole title after its genre's colon.
        foreach (var why in (string[])["为什么", "为何"])
        {
            if (text.IndexOf(why, StringComparison.Ordinal) >= 0)
            {
                reading.AddNotOperative(title, text.LastIndexOf(':') + 1, text.Length, why);
                return;
            }
        }
        foreach (var ask in (string[])["是否", "能否", "可否"])
        {
            var at = text.IndexOf(ask, StringComparison.Ordinal);
            if (at >= 0)
            {
                reading.AddNotOperative(title, at, text.Length, ask);
                return;
            }
        }
        // (phase 10) 政策解读：村(社区)工作还考核吗 — a title that is a question (…吗, …？) asks, after its genre's colon.
        var end = text.TrimEnd();
        if (end.EndsWith('吗') || end.EndsWith("吗?", StringComparison.Ordinal) || end.EndsWith('?'))
        {
            var colon = end.LastIndexOf(':');
            reading.AddNotOperative(title, colon + 1, text.Length, "问句");
        }
    }

    // (phase 10) 问题一：…, 问题3：… — a findings list numbered under 问题, like 存在问题：.
    private static bool NumberedProblem(string body)
    {
        if (!body.StartsWith("问题", StringComparison.Ordinal))
        {
            return false;
        }
        var i = 2;
        while (i < body.Length && i < 5 && (char.IsDigit(body[i]) || "一二三四五六七八九十".Contains(body[i])))
        {
            i++;
        }
        return i > 2 && i < body.Length && body[i] == ':';
    }

    // (phase 10) 如有人以村委会名义收取税款，请拨打12366举报 — conduct the notice asks people to report.
    private static readonly string[] ConductOpeners = RecognitionCues.Instance.List("not_operative_parts.conduct_openers");

    // (phase 10) 附件：示范市村(社区)可出具证明事项清单 — an attachment line names a paper, as 《…》 does.
    private static readonly string[] AttachmentLeads = RecognitionCues.Instance.List("not_operative_parts.attachment_leads");

    /// <summary>
    /// (phase 20) Whether an attachment's name opens, after its number, with each village (各村, 每个村 …) — 附件：各村签订防火
    /// 责任书（模板）, 附表：各村每日APP打卡登记表: a template or table for the villages' own doing, not a paper cited.
    /// </summary>
    private static bool ForEachVillage(string name, RecognitionCues cues)
    {
        var at = 0;
        while (at < name.Length && (char.IsAsciiDigit(name[at]) || name[at] is ':' or '：' or '.' or '、' or ' '))
        {
            at++;
        }
        if (at >= name.Length || name[at] is not ('各' or '每'))
        {
            return false;
        }
        var village = name.AsSpan(at + 1).TrimStart('个');
        foreach (var v in cues.Village)
        {
            if (village.StartsWith(v, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] DescribedOpeners = RecognitionCues.Instance.List("not_operative_parts.described_openers");

    /// <summary>
    /// (phase 10) A clause that describes whose demand the notice deals with, not a demand it makes: 遇群众要求开具此类证明的,
    /// 对要求村开具清单外证明的单位, 凡有部门要求村里签订责任书的 — an opener (遇, 对, 凡), then 要求 with at most a requester
    /// before it (no village), and the clause ends as a noun phrase (…的, …的单位). 对未按要求完成的村 is a sanction (按要求).
    /// </summary>
    internal static (string Cue, int Length)? DescribedDemand(string clause, RecognitionCues cues)
    {
        var body = clause.Trim();
        if (ConductOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } conduct)
        {
            return (conduct, clause.Length);
        }
        if (DescribedOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } opener)
        {
            return DescribedTail(clause, body, opener, cues);
        }
        // (phase 26b) 来办事的人遇到有人要村里开…证明的 — the people who meet the demand may stand before the opener: a short
        // lead naming no village and asking nothing, then a two-character opener (遇到, 如遇), read from there.
        for (var at = 1; at <= MaxDescribedLead && at < body.Length; at++)
        {
            var lead = body[..at];
            if (DescribedOpeners.FirstOrDefault(o => o.Length >= 2 && string.CompareOrdinal(body, at, o, 0, o.Length) == 0) is { } later
                && !cues.Village.Any(v => lead.Contains(v, StringComparison.Ordinal)) && Agency.ModalBefore(lead, 0, lead.Length) is null)
            {
                return DescribedTail(clause, body[at..], later, cues);
            }
        }
        return null;
    }

    private const int MaxDescribedLead = 6;

    // The rest of a described demand after its opener: 要求 with at most a requester before it (no village), ending as a noun
    // phrase. The cue and the length of the clause up to the description's end, or null.
    private static (string Cue, int Length)? DescribedTail(string clause, string body, string opener, RecognitionCues cues)
    {
        var ask = body.IndexOf("要求", opener.Length, StringComparison.Ordinal);
        if (ask < 0 || ask - opener.Length > 8)
        {
            return null;
        }
        var requester = body[opener.Length..ask];
        if (requester.EndsWith('按') || requester.EndsWith('照') || requester.Contains('未') || cues.Village.Any(v => v.Length >= 2 && requester.Contains(v, StringComparison.Ordinal)))
        {
            return null;
        }
        // The description ends as a noun phrase: …的 (a comma after 的 does not split the clause, so look for it), …的单位.
        for (var of = body.IndexOf('的', ask); of > ask; of = body.IndexOf('的', of + 1))
        {
            var comma = body.IndexOf(',', of);
            var head = (comma < 0 ? body.Length : comma) - of - 1;
            if (head <= 3)
            {
                return (opener + "…要求…的", clause.IndexOf(body, StringComparison.Ordinal) + (comma < 0 ? body.Length : comma));
            }
        }
        return null;
    }

    private static readonly string[] MetOpeners = RecognitionCues.Instance.List("not_operative_parts.met_openers");
    private static readonly string[] MetPermissions = [.. RecognitionCues.Instance.List("not_operative_parts.met_permissions").OrderByDescending(w => w.Length)];
    private static readonly string[] MetRefusals = RecognitionCues.Instance.List("not_operative_parts.met_refusals");
    private static readonly string[] MetReports = RecognitionCues.Instance.List("not_operative_parts.met_reports");
    private const int MaxMetSubject = 8;

    /// <summary>
    /// (phase 20) The village told what it may do when it meets a demand — 各社区如遇群众持其他部门要求开具此类证明的，可告知群众…;
    /// 各村遇到要求开具清单外证明的，可拒绝并向镇减负办反映; 村（社区）干部遇到此类要求的，可直接向区统计局反映. The clause opens with
    /// the village ([village]) and, within a few characters, a word of meeting ([not_operative_parts.met_openers]: 如遇, 遇到,
    /// 接到), then describes the demand as <see cref="DescribedDemand"/> does; the answer — the rest of the clause after its
    /// comma, or <paramref name="next"/> — only permits ([not_operative_parts.met_permissions]: 可, 可以, 有权) a refusal
    /// ([not_operative_parts.met_refusals]: 拒绝, 告知) or a report to someone (向…反映, [not_operative_parts.met_reports]).
    /// The demand is then the one the village may turn away; an answer that tells it to comply (…的，要及时开具; 可先开具再反映)
    /// leaves the clause as it stands.
    /// </summary>
    internal static (string Cue, int Length)? MetDemand(string clause, string? next, RecognitionCues cues)
    {
        // (phase 26) 六、各村如仍接到…的任务，可以拒绝 — an item's number before the village is no subject of its own.
        var body = clause.Trim();
        body = body[DocumentText.LeadLength(body)..];
        foreach (var opener in MetOpeners)
        {
            var at = body.IndexOf(opener, StringComparison.Ordinal);
            // 各社区 is read as the village though [village] lists 社区 alone.
            if (at <= 0 || at > MaxMetSubject || !cues.Village.Any(v => body.TrimStart('各').StartsWith(v, StringComparison.Ordinal)) || body[..at].Contains(','))
            {
                continue;
            }
            if (DescribedTail(clause, body[at..], opener, cues) is not { } described)
            {
                return null;
            }
            // The description's length is counted in the clause; what follows its comma is the answer.
            var answer = described.Length < clause.TrimEnd().Length ? clause[described.Length..].TrimStart(',', ' ') : next;
            return TurnsAway(answer) ? described : null;
        }
        return null;
    }

    private static readonly string[] ComplyTurns = RecognitionCues.Instance.List("not_operative_parts.comply_turns");
    private static readonly string[] AnswerModals = [.. RecognitionCues.Instance.List("agency.renewed_modals").OrderByDescending(m => m.Length)];

    /// <summary>
    /// (phase 20 review) The answer to a demand the notice describes or the village meets that turns, after whatever it
    /// permits, to telling the village to meet it after all — 对要求出具…证明的，村委会可以拒绝，但须先予出具; …可向镇里反映，
    /// 反映期间仍须照常办理: a turn ([not_operative_parts.comply_turns]: 但, 仍, 还) then a modal ([agency.renewed_modals])
    /// whose act is no refusal and no report to someone (…，但须向镇减负办报告 stays an answer that turns the demand away).
    /// The demand is then the notice's own.
    /// </summary>
    private static bool ToldToComply(string answer)
    {
        foreach (var turn in ComplyTurns)
        {
            for (var at = answer.IndexOf(turn, StringComparison.Ordinal); at >= 0; at = answer.IndexOf(turn, at + turn.Length, StringComparison.Ordinal))
            {
                // The modal after the turn, or one that holds it (仍需, 但需).
                var rest = answer[(at + turn.Length)..].TrimStart(',', ' ');
                var held = answer[at..];
                if (AnswerModals.FirstOrDefault(m => rest.StartsWith(m, StringComparison.Ordinal)) is { } modal)
                {
                    rest = rest[modal.Length..];
                }
                else if (AnswerModals.FirstOrDefault(m => held.StartsWith(m, StringComparison.Ordinal)) is { } holding)
                {
                    rest = held[holding.Length..];
                }
                else
                {
                    continue;
                }
                if (!MetRefusals.Any(r => rest.StartsWith(r, StringComparison.Ordinal)) && !rest.StartsWith('向') && !rest.StartsWith("不", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool TurnsAway(string? answer)
    {
        var rest = answer?.Trim(' ', '。', ';', '\n') ?? string.Empty;
        var permitted = false;
        for (var lead = MetPermissions.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal)); lead is not null;
             lead = MetPermissions.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal)))
        {
            rest = rest[lead.Length..];
            permitted = true;
        }
        return permitted
            && (MetRefusals.Any(r => rest.StartsWith(r, StringComparison.Ordinal))
                || (rest.StartsWith('向') && MetReports.Any(r => rest.EndsWith(r, StringComparison.Ordinal))));
    }

    /// <summary>The parts of the description that are not operative: questions, findings, practices reported.</summary>
    /// <summary>(phase 34) 现就…事项通知如下, 特就…工作明确如下: a clause (the last of its sentence) opening with 就 that names the
    /// matter the paper then rules on, closed by a verb of announcing and 如下.</summary>
    private static readonly System.Text.RegularExpressions.Regex TopicOpening = new(
        @"(?:^|[,;])\s*(?:现|特|兹|今)?就[^,;。:]{2,60}?(?:通知|明确|规定|说明|提出|要求|部署|安排|答复|调整|规范)如下(?=:|\s*$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static void Spans(DocumentReading reading, FieldReading description, RecognitionCues cues)
    {
        var text = description.Text.Text;
        foreach (var heading in OperativeHeadings)
        {
            for (var at = text.IndexOf(heading, StringComparison.Ordinal); at >= 0; at = text.IndexOf(heading, at + heading.Length, StringComparison.Ordinal))
            {
                var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
                if (at - lineStart > MaxHeadingLead)
                {
                    continue;
                }
                var next = SectionEnd(text, at + heading.Length);
                var (s, e) = description.Text.ToSource(at, next);
                reading.AddOperative(description.Field, s, e);
            }
        }
        // (phase 26) 按照县里关于精简村级评比事项的要求 — a paper cited by a title that ends or cleans up what it names.
        foreach (var (s, e, cue) in CitedWithdrawals(text))
        {
            reading.AddNotOperative(description, s, e, cue);
        }
        var clauses = description.Clauses;
        for (var k = 0; k < clauses.Count;)
        {
            var sentence = clauses[k].Sentence;
            var last = k;
            while (last + 1 < clauses.Count && clauses[last + 1].Sentence == sentence)
            {
                last++;
            }
            var (start, end) = (clauses[k].Start, clauses[last].End);
            var words = text[start..end];
            var lead = DocumentText.LeadLength(words);
            var body = words[lead..];
            // 问：村(社区)还需要代收…吗？ — a question asks; its answer, not the question, says what is to be done.
            // A question that asks for something (明天能把照片发群里吗？, 请…好吗？) is a request, and stays operative.
            // (phase 29) 问：镇里能否要求村里…？答：不能。 — a question answered no asks nothing, whatever word of asking it holds.
            // (phase 34) 现就村级公共文化工作考核事项通知如下： — the clause naming what the paper rules on names its topic; what it
            // rules follows, item by item, and keeps its own reading.
            if (TopicOpening.Match(words) is { Success: true } topic)
            {
                reading.AddNotOperative(description, start + topic.Index, start + topic.Index + topic.Length, "通知事项");
            }
            else if (end < text.Length && text[end] == '?' && (!Requests.Any(r => Asks(words, r)) || EndedPractices.AnswerDenies(text, end + 1, words)))
            {
                reading.AddNotOperative(description, start, end, "问句");
            }
            // 你村来函询问, …村里是否应当出具: a question the notice reports.
            else if (ReportedQuestion(text, clauses, k, last, cues) is { } asked)
            {
                reading.AddNotOperative(description, start, asked.End, asked.Cue);
            }
            // 督查发现, …; 一、存在问题：… — a finding reported, up to the end of its sentence (the list it opens runs on
            // over ； and line breaks up to the full stop).
            // (phase 19) 近期调研发现，…; 日前督查发现… — a time word before the finding's cue.
            // (phase 26 review) 检查发现问题的，由各村负责… — a finding cue in a clause that ends in 的 opens a condition of what
            // the sentence then demands, not a finding reported.
            else if (!OpensCondition(text, clauses[k])
                && (cues.Finding.FirstOrDefault(f => body.StartsWith(f, StringComparison.Ordinal)) ?? TimedFinding(body, cues) ?? (NumberedProblem(body) ? "问题" : null)) is { } finding)
            {
                // (phase 10) 经查，…档案缺失，请你村为其出具…证明 — the finding ends where the sentence asks.
                var findingEnd = FindingEnd(text, end);
                // (phase 28) 日前发现，个别村…走过场，各村书记每天要带队…检查 — nor past a clause whose subject is the villages and
                // which demands with a modal of its own (the paper's answer to the finding).
                for (var c = k + 1; c <= last; c++)
                {
                    var later = text[clauses[c].Start..clauses[c].End];
                    if (later.Contains('请') || (VillagesActAnew(later.TrimStart(' '), cues) && Agency.ModalBefore(text, clauses[c].Start, clauses[c].End) is not null))
                    {
                        findingEnd = clauses[c].Start;
                        break;
                    }
                }
                // (phase 27) 巡察发现的…主要问题：……三是…不到位。镇里将…下压给村…。 — an inspection's findings heading (its cue,
                // 的, then 问题 and a colon) opening its line heads the whole paragraph, not only its first sentence; the
                // findings end where a clause asks (请) or demands with a modal of its own.
                if (findingEnd < text.Length && text[findingEnd] == '。' && FindingsHeading(body, finding, end < text.Length ? text[end] : '。'))
                {
                    var lineEnd = text.IndexOf('\n', findingEnd);
                    lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                    var paragraphEnd = lineEnd;
                    foreach (var later in clauses.Where(c => c.Start > findingEnd && c.Start < lineEnd))
                    {
                        if (text[later.Start..later.End].Contains('请') || Agency.ModalBefore(text, later.Start, later.End) is not null)
                        {
                            paragraphEnd = later.Start;
                            break;
                        }
                    }
                    findingEnd = Math.Max(findingEnd, paragraphEnd);
                }
                reading.AddNotOperative(description, start, findingEnd, finding);
            }
            // 区委督查室对…进行了抽查，发现问题文件14份，其中：… — an inspection done, then what it found.
            else if (InspectionThenFound(text, clauses, k, last) is { } found)
            {
                reading.AddNotOperative(description, clauses[found].Start, FindingEnd(text, end), "检查发现");
            }
            // (phase 18) 近期有村反映坐班登记要每天拍照发群，负担较重; 近期，部分村（社区）反映仍有县级部门单独组织考核 — a complaint
            // the issuer received tells what the villages complained of and asks nothing. Only a sentence no later clause of
            // which asks again (…，但镇里仍要求各村… is read as it stands; …反映，个别部门仍在…要求… is left to the reported
            // practice below).
            // (phase 19) 代表提出由村委会对农村宴席进行食品安全监管。经研究，…不宜由村委会承担 — a proposal a reply refuses.
            else if (Proposal(body) is { } proposal && ProposalContent(text, clauses, k, last) is var raised && Refuses(text[clauses[raised].End..]))
            {
                reading.AddNotOperative(description, start, clauses[raised].End, proposal);
            }
            else if (Complaint(body) is { } complaint
                && ComplaintContent(text, clauses, ComplaintClause(text, clauses, k, last), last) is var content
                && !Enumerable.Range(content + 1, last - content).Any(c => AskingAgain.Any(a => text[clauses[c].Start..clauses[c].End].Contains(a, StringComparison.Ordinal))))
            {
                // (review of phase 18) Only the complaint is quiet: a later clause is the issuer's answer and is read as it
                // stands (…，经镇党委研究，各村继续每天在APP打卡; …，镇里决定从下月起对各村每季度考核一次).
                reading.AddNotOperative(description, start, Math.Min(end, clauses[content].End), complaint);
            }
            // 有的部门还是老习惯, 一抓工作就让村里签…; 去年有的乡镇把…派给了村里 — a practice of some bodies, told as past or
            // persisting: reported, not demanded.
            else if (ReportedPractice(body, words, cues) is { } practice)
            {
                reading.AddNotOperative(description, start, end, practice);
            }
            // (phase 9) 原表中由各村委会开展检查的安排取消; “…负总责”的内容不符合规定，现予撤回 — an earlier demand withdrawn.
            else if (Withdrawals.Span(text, clauses, k, last) is { } withdrawn)
            {
                reading.AddNotOperative(description, withdrawn.Start, UpToJoinedDemand(description, k, last, withdrawn), withdrawn.Cue);
            }
            // (phase 9) 现重申：严禁…; 近期有群众反映，个别部门仍在…要求… — a prohibition or a reported practice that opens a
            // clause inside the sentence (after a colon, or after who reported it), up to a clause that asks again.
            else if (InnerClause(text, clauses, k, last, cues) is { } inner)
            {
                reading.AddNotOperative(description, inner.Start, inner.End, inner.Cue);
            }
            // 一、不得要求村(社区)干部…打卡签到; 不得将…任务交由村级组织承担 — a sentence (a list item) that opens with a
            // prohibition forbids what it names, up to a clause that asks something again (…，各村要…) — unless a refusal
            // turns it around (不得以任何理由拒绝).
            else if (ProhibitionOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } opener
                && !cues.DoubleNegation.Any(d => words.Contains(d, StringComparison.Ordinal)))
            {
                var stop = last;
                for (var c = k + 1; c <= last; c++)
                {
                    var clause = text[clauses[c].Start..clauses[c].End];
                    // (phase 23) 不得要求村（社区）重复填报台账，各村每天在APP打卡: a clause whose subject is the villages, neither
                    // negated nor told of (PaperDirection.Told), says what they do from here: a demand of its own.
                    if (AskingAgain.Any(a => clause.Contains(a, StringComparison.Ordinal)) || VillagesActAnew(clause.TrimStart(' '), cues))
                    {
                        stop = c - 1;
                        break;
                    }
                }
                // (phase 19) …、各村村干部每天必须在APP上签到: a demand with its own modal after a join ends it too.
                var renewed = Agency.RenewedDemand(text, start + lead + opener.Length, clauses[stop].End);
                reading.AddNotOperative(description, start, renewed >= 0 ? renewed : clauses[stop].End, opener);
            }
            // (phase 14) 四、是否要求村(社区)签订责任状、拍照打卡留痕…； — an item of a checklist asks whether a practice
            // exists (a self-check, an inspection's questions), up to a clause that asks again (…，请各村…).
            // (phase 15) Not when the sentence goes on to say what follows from it (是否按时完成纳入年度考核): a criterion.
            else if (ChecklistQuestions.FirstOrDefault(q => body.StartsWith(q, StringComparison.Ordinal)) is { } question && !SetsCriterion(body))
            {
                var stop = last;
                for (var c = k + 1; c <= last; c++)
                {
                    if (AskingAgain.Any(a => text[clauses[c].Start..clauses[c].End].Contains(a, StringComparison.Ordinal)))
                    {
                        stop = c - 1;
                        break;
                    }
                }
                reading.AddNotOperative(description, start, clauses[stop].End, question);
            }
            // (phase 10) 附件：…证明事项清单 — a line that names an attachment (no request in it) cites a paper.
            // (phase 20) Not one named for what each village does (附件：各村签订防火责任书（模板）): that is the work attached.
            if (AttachmentLeads.FirstOrDefault(a => body.StartsWith(a, StringComparison.Ordinal)) is { } attachment && !words.Contains('请') && !words.Contains('须')
                && !ForEachVillage(body[attachment.Length..], cues))
            {
                reading.AddNotOperative(description, start, end, attachment);
            }
            // (phase 10) | 各村签订…责任书 | 取消 | — a row withdrawn by a later cell.
            if (Withdrawals.WithdrawnCell(text, start, end) is { } cell)
            {
                reading.AddNotOperative(description, cell.Start, cell.End, cell.Cue);
                // (phase 18b) | 序号 | 原要求 | 来源 | 整改情况 | — the header of a table whose rows are withdrawn names its columns.
                if (TableHeader(text, start) is { } header)
                {
                    reading.AddNotOperative(description, header.Start, header.End, "表头");
                }
            }
            // (phase 19) 关于“群众办理就业补贴仍需村里开证明”的问题：我局已于…取消… — a matter raised, quoted, and refused.
            if (words.Contains('"'))
            {
                foreach (var (s, e) in QuotedMatters(words, () => text[end..]))
                {
                    reading.AddNotOperative(description, start + s, start + e, "所提事项");
                }
            }
            // (phase 19) 二、存在问题。（一）…；（二）… — a findings heading closed by a full stop heads the findings up to the
            // next heading line, as one closed by a colon heads them up to the full stop; they end where a clause asks (请).
            if (body.TrimEnd('。', ' ') is var bare && bare.Length > 0 && cues.Finding.Any(f => f.EndsWith(':') && f.Length > 1 && f[..^1] == bare)
                && InlineSectionEnd(text, end, SectionEnd(text, end)) is var sectionEnd && sectionEnd > end + 1)
            {
                var findingsEnd = sectionEnd;
                foreach (var clause in clauses.Where(c => c.Start > end && c.Start < sectionEnd))
                {
                    if (text[clause.Start..clause.End].Contains('请'))
                    {
                        findingsEnd = clause.Start;
                        break;
                    }
                }
                reading.AddNotOperative(description, end, findingsEnd, bare);
            }
            // (phase 19) | 要求村统计员在群内打卡 | 曾存在 | 已于11月停止 | — a row of a self-check table that asks whether a
            // practice exists, answered no or ended.
            if (ChecklistRow(text, start, end) is { } checkedRow)
            {
                reading.AddNotOperative(description, checkedRow.Start, checkedRow.End, checkedRow.Cue);
            }
            // (phase 18b) 今年与沿江村签订的禁渔责任书已全部废止; 沿江村“护渔工作站”牌子已摘除 — a demand reported as already ended.
            if (Ended(text, clauses, k, last) is { } ended)
            {
                reading.AddNotOperative(description, ended.Start, ended.End, ended.Cue);
            }
            // (phase 19) 经镇党委研究，取消村级…轨迹打卡和照片上传要求; 此前要求村委会出具病史证明的做法即日停止 — the notice
            // withdrawing a demand now.
            if (WithdrawnNow(text, clauses, k, last) is { } withdrawnNow)
            {
                reading.AddNotOperative(description, withdrawnNow.Start, UpToJoinedDemand(description, k, last, withdrawnNow), withdrawnNow.Cue);
            }
            // (phase 20) 今年3月镇里要求各村…录像上传。…自即日起取消该要求 — the demand recounted before its withdrawal by reference.
            if (WithdrawnByReference(text, clauses, k, last) is { } reference)
            {
                reading.AddNotOperative(description, start, end, reference);
            }
            // (phase 18b) 一、已取消的事项：1. …；2. … — the items under a heading that names them as ended.
            foreach (var (s, e, cue) in EndedList(text, clauses, k, last))
            {
                reading.AddNotOperative(description, s, e, cue);
            }
            // (phase 10) 遇群众要求开具此类证明的, 对要求村开具…证明的单位 — a demand described as someone's, in a clause that
            // names whom the notice deals with.
            for (var c = k; c <= last; c++)
            {
                var clause = text[clauses[c].Start..clauses[c].End];
                var next = c < last ? text[clauses[c + 1].Start..clauses[c + 1].End] : null;
                // (phase 26b) …要村委会开…证明的，村委会要当天出具 — a later clause of the sentence in which the villages act
                // meets the demand described: it is the answer, and the description keeps its reading.
                if ((DescribedDemand(clause, cues) ?? MetDemand(clause, next, cues)) is { } described
                    && !ToldToComply(text[(clauses[c].Start + described.Length)..clauses[last].End])
                    && !VillagesAnswer(text[(clauses[c].Start + described.Length)..clauses[last].End], cues))
                {
                    reading.AddNotOperative(description, clauses[c].Start, clauses[c].Start + described.Length, described.Cue);
                }
            }
            // 以下事项不再由村级组织承担：\n✘ 招商引资任务\n✘ 协税护税 — a negated heading's bullet lines share its negation.
            // (phase 21) So do numbered lines (甲方不得将下列事项委托乙方承担：\n(一)招商引资任务；\n(二)…), up to a line that
            // names the villages or demands (ListLine).
            // (phase 25) 二、负面事项（村里不负责）：, 下列事项不得分派给村里，由执法队办理： — the heading's bracketed note, or
            // its pointing clause before a clause that gives the items to another body, refuses them too (ColonHeadingNegation).
            if (end < text.Length && text[end] == ':' && ColonHeadingNegation(description, k, last, cues) is { } negation)
            {
                var to = end + 1;
                while (to < text.Length && text[to] == '\n' && to + 1 < text.Length && ListLine(description, to + 1, numbered: true) is { } next)
                {
                    to = next;
                }
                if (!GivenBack(description, to))
                {
                    reading.AddNotOperative(description, end, to, negation);
                }
            }
            // (phase 32) 不需要提供：遗失证明、村（社区）证明等任何证明材料。 — a negated heading closed by a colon inside its
            // sentence refuses the list that follows it on the same line, up to the sentence's end, as it refuses bullet lines:
            // unless the list asks anew (须, 要) or keeps the demand for some, or a later clause gives it back.
            else if (InlineNegatedHeading(description, k, last, cues) is { } inline && !GivenBack(description, end))
            {
                reading.AddNotOperative(description, inline.From, end, inline.Negation);
            }
            // (phase 21) 三、负面清单（村级组织不承担）\n招商引资，协税护税 — a heading line whose note in brackets says the village
            // does not undertake what follows heads the list on the next line, when that line names no village and demands nothing.
            else if (end < text.Length && text[end] == '\n' && BracketNegation(body, cues) is { } noted
                && ListLine(description, end + 1, numbered: false) is { } listEnd && !GivenBack(description, listEnd))
            {
                reading.AddNotOperative(description, end, listEnd, noted);
            }
            // (phase 25) 三、村里不承担的事\n招商引资任务；代收税款… — a heading line naming the matters the village does not take
            // on heads the list sentence on the next line, when that sentence names no village and demands nothing.
            else if (end < text.Length && text[end] == '\n' && MattersRefused(body, cues) is { } refused
                && ListSentences(description, end + 1) is { } sentenceEnd && !GivenBack(description, sentenceEnd))
            {
                reading.AddNotOperative(description, end, sentenceEnd, refused);
            }
            k = last + 1;
        }
    }

    private static readonly string[] CitedWithdrawingVerbs = [.. TitleWithdrawals, .. RecognitionCues.Instance.List("not_operative_parts.cited_cleanups")];
    private static readonly string[] CitedPapers = RecognitionCues.Instance.List("not_operative_parts.cited_papers");
    private const int MaxCitedTitle = 40;

    /// <summary>
    /// (phase 26) A paper the text cites by its title, when the title ends or cleans up what it names (关于取消…的通知,
    /// 关于清理…事项的要求: [not_operative_parts.title_withdrawals], [not_operative_parts.cited_cleanups]) — as
    /// <see cref="TitleWithdrawal"/> reads the notice's own title: from the verb to the paper's noun after 的
    /// ([not_operative_parts.cited_papers]) within the sentence, the words name what is ended. What the sentence goes on to
    /// ask after the cited title is read as it stands. Normalised offsets and the cue.
    /// </summary>
    internal static IEnumerable<(int Start, int End, string Cue)> CitedWithdrawals(string text)
    {
        for (var at = text.IndexOf("关于", StringComparison.Ordinal); at >= 0; at = text.IndexOf("关于", at + 2, StringComparison.Ordinal))
        {
            var verbAt = at + 2;
            if (CitedWithdrawingVerbs.FirstOrDefault(v => string.CompareOrdinal(text, verbAt, v, 0, v.Length) == 0) is not { } verb)
            {
                continue;
            }
            var stop = text.IndexOfAny(['。', '\n', ';', '?', '!'], verbAt);
            var limit = Math.Min(stop < 0 ? text.Length : stop, verbAt + MaxCitedTitle);
            for (var of = text.IndexOf('的', verbAt); of >= 0 && of < limit; of = text.IndexOf('的', of + 1))
            {
                if (CitedPapers.FirstOrDefault(p => string.CompareOrdinal(text, of + 1, p, 0, p.Length) == 0) is { } paper)
                {
                    yield return (verbAt, of + 1 + paper.Length, "关于" + verb);
                    break;
                }
            }
        }
    }

    /// <summary>(phase 26b) Whether a part of the answer after a described demand (split at its commas; the comma after 的
    /// does not split the clause) opens with the villages acting: 村委会要当天出具 meets the demand; 村委会可以拒绝 turns it away
    /// ([not_operative_parts.met_refusals]).</summary>
    private static bool VillagesAnswer(string answer, RecognitionCues cues) =>
        answer.Split([',', ';', '。'], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => VillagesActAnew(part.TrimStart(' '), cues) && !MetRefusals.Any(r => part.Contains(r, StringComparison.Ordinal)));

    /// <summary>(phase 23) Whether the clause opens with the villages as its subject and goes on with an act not negated nor told of.</summary>
    /// (phase 28) Also a clause that gives the act to the villages with 由 (…，由各村出具…说明代替).
    private static bool VillagesActAnew(string clause, RecognitionCues cues) =>
        (PaperDirection.VillageAt(clause, 0, cues) ?? (clause.StartsWith('由') ? PaperDirection.VillageAt(clause, 1, cues) : null)) is { } subject
        && !PaperDirection.Told(clause, subject, cues);

    /// <summary>
    /// (review of phase 21) Where a withdrawal in clauses first..last ends: before a demand on the villages joined to the list
    /// it withdraws (现决定废止要求村承担…的条款、各村每年完成招商引资指标 — <see cref="ClauseScope.JoinedVillagesDemand"/>),
    /// else at its own end.
    /// </summary>
    private static int UpToJoinedDemand(FieldReading description, int first, int last, (int Start, int End, string Cue) withdrawal)
    {
        var villages = Enumerable.Range(first, last - first + 1)
            .SelectMany(c => description.Reader.Mentions(c)).Where(m => m.Kind == ActorKind.Village).Select(m => m.Start).ToList();
        return ClauseScope.JoinedVillagesDemand(description.Text.Text, withdrawal.Start, withdrawal.End, villages) is { } joined
            ? joined : withdrawal.End;
    }

    private static readonly string[] EndedVerbs = RecognitionCues.Instance.List("not_operative_parts.ended_verbs");
    private static readonly string[] NowLeads = [.. RecognitionCues.Instance.List("not_operative_parts.now_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] ReplacingWords = RecognitionCues.Instance.List("withdrawals.replacements");
    private static readonly string[] OpeningWithdrawals = RecognitionCues.Instance.List("not_operative_parts.opening_withdrawals");
    private const int MaxOpeningLead = 12;
    private static readonly string[] DeletionLeads = [.. RecognitionCues.Instance.List("not_operative_parts.deletion_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] DeletingVerbs = RecognitionCues.Instance.List("not_operative_parts.deleting_verbs");
    private static readonly string[] DeletedWords = RecognitionCues.Instance.List("not_operative_parts.deleted_words");
    private static readonly string[] OpeningOrDeleting = [.. OpeningWithdrawals, .. DeletingVerbs];

    /// <summary>
    /// (phase 19) A clause in which the notice withdraws a demand now: it opens (after a time word: 现, 自即日起, 决定;
    /// [not_operative_parts.now_leads]) with a verb of ending and names what it ends as a demand ([not_operative_parts.ended_heading_nouns]:
    /// 取消村级…照片上传要求, 停止向村下达…任务), or it names that demand as its subject and ends with the time word and the verb
    /// (…出具病史证明的做法即日停止). What it ends must be named as such a noun: 取消其评优资格 is a sanction. A clause that
    /// replaces ([withdrawals.replacements]: 取消纸质台账改为…) is read from the replacing word, and a sentence that keeps the
    /// demand for some withdraws nothing. A reply ordering the words of a demand out of a paper withdraws it too: a clause
    /// opening (after 请, 并请: [not_operative_parts.deletion_leads]) with a verb of deleting ([not_operative_parts.deleting_verbs]:
    /// 删除, 删去) and ending on the paper's words ([not_operative_parts.deleted_words]: 的内容, 的表述, 的条款) — 同时，请删除与村
    /// 签订目标责任书及一票否决的内容. Normalised offsets, or null.
    /// </summary>
    internal static (int Start, int End, string Cue)? WithdrawnNow(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        for (var c = first; c <= last; c++)
        {
            var span = text.AsSpan(clauses[c].Start, clauses[c].End - clauses[c].Start);
            // Only a clause that ends with a verb of ending, or holds an opening one near its start, is cut into words.
            var trimmed = span.TrimEnd(" 。;,\n");
            var candidate = false;
            foreach (var ended in EndedVerbs)
            {
                candidate |= trimmed.EndsWith(ended, StringComparison.Ordinal);
            }
            foreach (var opening in OpeningOrDeleting)
            {
                candidate |= span.IndexOf(opening, StringComparison.Ordinal) is >= 0 and <= MaxOpeningLead;
            }
            if (!candidate)
            {
                continue;
            }
            var clause = span.ToString();
            var lead = DocumentText.LeadLength(clause);
            var body = clause[lead..].TrimStart();
            var offset = clauses[c].Start + clause.Length - body.Length;
            var cut = body.Length;
            foreach (var replacement in ReplacingWords)
            {
                var r = body.IndexOf(replacement, StringComparison.Ordinal);
                cut = r >= 0 ? Math.Min(cut, r) : cut;
            }
            var named = body[..cut].TrimEnd(' ', '。', ';', ',');
            var opened = named[IssuerAndTime(named, RecognitionCues.Instance)..];
            if (OpeningWithdrawals.FirstOrDefault(v => opened.StartsWith(v, StringComparison.Ordinal)) is { } verb
                && EndedHeadingNouns.Any(n => opened.Length > verb.Length + n.Length && opened.EndsWith(n, StringComparison.Ordinal)))
            {
                return KeptInSentence(text, clauses, first, last) ? null : (offset, offset + cut, verb);
            }
            // 同时，请删除与村签订目标责任书及一票否决的内容 — a reply ordering the words of a demand out of a paper.
            if (DeletionLeads.FirstOrDefault(t => named.StartsWith(t, StringComparison.Ordinal)) is var asked
                && named[(asked?.Length ?? 0)..] is var deleting
                && DeletingVerbs.FirstOrDefault(v => deleting.StartsWith(v, StringComparison.Ordinal)) is { } delete
                && DeletedWords.Any(n => deleting.Length > delete.Length + n.Length && deleting.EndsWith(n, StringComparison.Ordinal)))
            {
                return KeptInSentence(text, clauses, first, last) ? null : (offset, offset + cut, delete);
            }
            if (EndedVerbs.FirstOrDefault(v => named.EndsWith(v, StringComparison.Ordinal)) is { } ending
                && named[..^ending.Length] is var before
                // (phase 29) …考核指标自2026年起取消: a dated start is a time of the withdrawal as 自今年起 is.
                && (NowLeads.FirstOrDefault(t => before.EndsWith(t, StringComparison.Ordinal)) ?? EndedPractices.DatedStart(before)) is { } now
                && before[..^now.Length] is var subject
                && (EndedHeadingNouns.Any(n => subject.EndsWith("的" + n, StringComparison.Ordinal)) || NamedAsMade(subject)))
            {
                return KeptInSentence(text, clauses, first, last) ? null : (offset, offset + cut, now + ending);
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 26) Where the words of a withdrawal made now begin after its time words (现, 自即日起, 决定 …:
    /// [not_operative_parts.now_leads], one or more) — and, before them, the body that withdraws (县林业局现决定取消…要求):
    /// a few characters naming no village and holding no negation. 0 when the clause opens with neither.
    /// </summary>
    private static int IssuerAndTime(string named, RecognitionCues cues)
    {
        for (var i = 0; i <= Math.Min(MaxWithdrawingIssuer, named.Length - 1); i++)
        {
            if (!NowLeads.Any(t => string.CompareOrdinal(named, i, t, 0, t.Length) == 0))
            {
                continue;
            }
            var issuer = named[..i];
            if (DocumentAddressee.NamesVillageWord(issuer, cues) || issuer.Contains('不') || issuer.IndexOfAny([',', ':', ';']) >= 0)
            {
                return 0;
            }
            var at = i;
            while (NowLeads.FirstOrDefault(t => string.CompareOrdinal(named, at, t, 0, t.Length) == 0) is { } time)
            {
                at += time.Length;
            }
            return at;
        }
        return 0;
    }

    private const int MaxWithdrawingIssuer = 8;

    private static readonly string[] MadeNouns = RecognitionCues.Instance.List("not_operative_parts.made_nouns");
    private const int MadeModifierReach = 16;

    /// <summary>
    /// (phase 26) The subject of a clause that ends now what it names: the thing a body made or had made before, named by a
    /// phrase closed by 的 and a noun of a demand (过去同村里签下的…保证书, 原同各村签下的…责任状 — the noun
    /// [not_operative_parts.ended_heading_nouns] or a pledge's paper [not_operative_parts.made_nouns], at most a few
    /// characters after the 的), or pointed back to (该做法, 上述要求: [not_operative_parts.referring_marks]). A phrase closed
    /// by 的 alone (评上的一律撤销) names people a sanction falls on, not a demand.
    /// </summary>
    private static bool NamedAsMade(string subject)
    {
        if (ReferringMarks.FirstOrDefault(m => subject.StartsWith(m, StringComparison.Ordinal)) is { } mark
            && EndedHeadingNouns.Contains(subject[mark.Length..]))
        {
            return true;
        }
        return EndedHeadingNouns.Concat(MadeNouns).FirstOrDefault(n => subject.EndsWith(n, StringComparison.Ordinal)) is { } noun
            && subject.LastIndexOf('的') is > 0 and var of
            && subject.Length - noun.Length - of - 1 is >= 0 and <= MadeModifierReach;
    }

    private static readonly string[] ReferringMarks = RecognitionCues.Instance.List("not_operative_parts.referring_marks");

    /// <summary>
    /// (phase 20) A sentence recounting a demand (…要求各村调解时录像上传) followed by a sentence that withdraws it now by
    /// reference — <see cref="WithdrawnNow"/> naming it with a referring word ([not_operative_parts.referring_marks]: 该, 上述,
    /// 这一) and the noun of a demand alone (取消该要求, 停止上述做法) — recounts what is withdrawn. The withdrawal's own rules
    /// hold: a withdrawal kept for some withdraws nothing, and a replacement after it is read as it stands. The cue, or null.
    /// </summary>
    private static string? WithdrawnByReference(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        if (last + 1 >= clauses.Count || !text.AsSpan(clauses[first].Start, clauses[last].End - clauses[first].Start).Contains("要求", StringComparison.Ordinal))
        {
            return null;
        }
        var next = last + 1;
        var nextLast = next;
        while (nextLast + 1 < clauses.Count && clauses[nextLast + 1].Sentence == clauses[next].Sentence)
        {
            nextLast++;
        }
        // (phase 28) 经研究，现予以纠正： — a sentence that only undoes, naming nothing, undoes what the sentence before recounts.
        for (var c = next; c <= nextLast; c++)
        {
            if (BareUndoing(text[clauses[c].Start..clauses[c].End]) is { } bare)
            {
                return bare;
            }
        }
        if (WithdrawnNow(text, clauses, next, nextLast) is not { } withdrawal)
        {
            return null;
        }
        var named = text[withdrawal.Start..withdrawal.End];
        var cueAt = named.IndexOf(withdrawal.Cue, StringComparison.Ordinal);
        var rest = named[(cueAt + withdrawal.Cue.Length)..];
        if (ReferringMarks.FirstOrDefault(m => rest.StartsWith(m, StringComparison.Ordinal)) is { } mark
            && EndedHeadingNouns.Contains(rest[mark.Length..]))
        {
            return withdrawal.Cue + rest;
        }
        // (phase 26) 该做法从今天起停止执行 — the reference stands as the subject before the time and the verb.
        if (cueAt > 0 && ReferringMarks.FirstOrDefault(m => named.StartsWith(m, StringComparison.Ordinal)) is { } subjectMark
            && EndedHeadingNouns.Contains(named[subjectMark.Length..cueAt]))
        {
            return named;
        }
        // (phase 26) 县林业局要求各村护林员每天在APP签到。…现决定取消每天签到要求 — the withdrawal names the one act recounted
        // again (two characters in common before its noun). Only a sentence that recounts one act: 要求各村每日签到并上传照片
        // followed by 取消每天签到要求 keeps the photos.
        var recounted = text[clauses[first].Start..clauses[last].End];
        var asked = recounted[(recounted.LastIndexOf("要求", StringComparison.Ordinal) + 2)..];
        return EndedHeadingNouns.FirstOrDefault(n => rest.EndsWith(n, StringComparison.Ordinal)) is { } noun
            && Withdrawals.NamesAgain(rest[..^noun.Length], asked)
            && !JoinedActs.Any(j => asked.Contains(j, StringComparison.Ordinal)) && asked.IndexOfAny([',', ';']) < 0
            ? withdrawal.Cue + rest : null;
    }

    private static readonly string[] BareUndoings = RecognitionCues.Instance.List("not_operative_parts.bare_undoings");

    /// <summary>
    /// (phase 28) A clause that only undoes (现予以纠正, 现决定予以取消, 决定停止): time words ([not_operative_parts.now_leads]),
    /// 予以 or 以, and a verb of [not_operative_parts.bare_undoings] with nothing after it. 予以纠正各村… or 取消后改为… name
    /// an object or go on, and are read as they stand.
    /// </summary>
    private static string? BareUndoing(string clause)
    {
        var body = clause[DocumentText.LeadLength(clause)..].Trim().TrimEnd(' ', '。', ';', ',', ':');
        var rest = body;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            if (NowLeads.OrderByDescending(t => t.Length).FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal)) is { } now)
            {
                rest = rest[now.Length..];
                stripped = true;
            }
        }
        rest = rest.StartsWith("予以", StringComparison.Ordinal) ? rest[2..] : rest.StartsWith('以') && body.Length > rest.Length ? rest[1..] : rest;
        return rest.Length < body.Length && BareUndoings.Contains(rest) ? body : null;
    }

    // (phase 26) Words joining a second act to the one a recounted demand names (…签到并上传照片, …签到、拍照).
    private static readonly string[] JoinedActs = RecognitionCues.Instance.List("not_operative_parts.joined_acts");

    // A withdrawal that keeps the demand for some (…，沿江村保留; 除沿江村外…; 沿江村以外各村…) withdraws nothing for certain.
    private static bool KeptInSentence(string text, IReadOnlyList<Clause> clauses, int first, int last) =>
        text[clauses[first].Start..clauses[last].End] is var sentence
        && (Withdrawals.KeepsForSome(sentence) || sentence.Contains("以外", StringComparison.Ordinal));

    private static readonly string[] QuestionWords = RecognitionCues.Instance.List("not_operative_parts.question_words");

    /// <summary>
    /// A question the notice reports (你村来函询问，…村里是否应当出具; phase 19: 来电内容：…问村里能不能开): an asked word
    /// ([not_operative_parts.asked_words]) before a question word ([not_operative_parts.question_words]), no 请 up to the
    /// question. (phase 19) A later clause that asks someone other than the villages (…，请镇民政办本周报送自查情况) ends the
    /// question; one that asks the villages, or keeps the practice ([withdrawals.kept_marks]: 请各村继续出具), leaves the
    /// sentence as it stands. The end of the question (normalised) and the cue, or null.
    /// </summary>
    internal static (int End, string Cue)? ReportedQuestion(string text, IReadOnlyList<Clause> clauses, int first, int last, RecognitionCues cues)
    {
        var start = clauses[first].Start;
        for (var q = first; q <= last; q++)
        {
            var clause = text.AsSpan(clauses[q].Start, clauses[q].End - clauses[q].Start);
            string? question = null;
            foreach (var w in QuestionWords)
            {
                if (clause.IndexOf(w, StringComparison.Ordinal) >= 0)
                {
                    question = w;
                    break;
                }
            }
            if (question is null)
            {
                continue;
            }
            var upTo = text.AsSpan(start, clauses[q].Start + clause.IndexOf(question, StringComparison.Ordinal) - start);
            if (text.AsSpan(start, clauses[q].End - start).Contains('请'))
            {
                return null;
            }
            string? asked = null;
            foreach (var a in AskedWords)
            {
                if (upTo.IndexOf(a, StringComparison.Ordinal) >= 0)
                {
                    asked = a;
                    break;
                }
            }
            // (phase 27) 你村关于“…是否要由村委会出证明”的询问收悉: a quoted question the asked word names after it, with 的 —
            // the question ends at its closing mark, and what the notice answers comes after.
            if (asked is null && QuotedQuestion(text, clauses[q].Start + clause.IndexOf(question, StringComparison.Ordinal), clauses[last].End) is { } quoted)
            {
                return (quoted.End, quoted.Asked + "…" + question);
            }
            if (asked is null)
            {
                return null;
            }
            var stop = last;
            for (var c = q + 1; c <= last; c++)
            {
                var later = text[clauses[c].Start..clauses[c].End];
                if (AskingAgain.Any(a => later.Contains(a, StringComparison.Ordinal)))
                {
                    if (cues.Village.Any(v => v.Length >= 2 && later.Contains(v, StringComparison.Ordinal)) || Withdrawals.KeepsForSome(later))
                    {
                        return null;
                    }
                    stop = c - 1;
                    break;
                }
            }
            return (clauses[stop].End, asked + "…" + question);
        }
        return null;
    }

    /// <summary>(phase 27) The closing quotation mark after the question word at <paramref name="at"/> when 的 and an asked word
    /// ([not_operative_parts.asked_words]: 询问, 咨询, 来函 …) follow it (“…是否需要…”的询问): the question is quoted as what
    /// was asked. The end of the question and the asked word, or null. An open quotation mark is needed before the question
    /// in the same sentence (the text is normalised: every mark is ").</summary>
    private static (int End, string Asked)? QuotedQuestion(string text, int at, int sentenceEnd)
    {
        var close = text.IndexOf('"', at, sentenceEnd - at);
        if (close < 0 || close + 2 >= text.Length || text[close + 1] != '的' || text.LastIndexOf('"', at) < 0)
        {
            return null;
        }
        var open = text.LastIndexOf('"', at);
        var sentenceStart = Math.Max(text.LastIndexOfAny(['。', '\n', '!', '?'], open) + 1, 0);
        if (text.AsSpan(sentenceStart, open - sentenceStart).Count('"') % 2 != 0)
        {
            return null;
        }
        return AskedWords.FirstOrDefault(a => string.CompareOrdinal(text, close + 2, a, 0, a.Length) == 0) is { } asked ? (close + 1, asked) : null;
    }

    private static readonly string[] ChecklistColumns = RecognitionCues.Instance.List("not_operative_parts.checklist_columns");
    private static readonly string[] AbsentAnswers = RecognitionCues.Instance.List("not_operative_parts.absent_answers");
    private static readonly string[] ChecklistVillageMarks = RecognitionCues.Instance.List("not_operative_parts.checklist_village_marks");
    private const int EndedCellReach = 8;

    /// <summary>
    /// (phase 19) A row of a self-check table whose header asks whether a practice exists (| 自查事项 | 是否存在 | 整改情况 |,
    /// [not_operative_parts.checklist_columns]) names the practice looked for: it is reported, not demanded, when a later cell
    /// answers that it is absent ([not_operative_parts.absent_answers]: 否, 无, 不存在) or says it is ended (已于11月停止, 已废止，
    /// 承诺书退回). A row a cell of which asks again or replaces ([not_operative_parts.ended_asks]: …，改为每周上传照片;
    /// 下一步各村要…) or keeps the practice for some keeps its reading, and so does a row answered yes and not ended, and a
    /// table whose question is whether a task was done (| 是否完成 |: its rows are tasks). Normalised offsets, or null.
    /// </summary>
    internal static (int Start, int End, string Cue)? ChecklistRow(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            return null;
        }
        if (FirstRow(text, start) is not var (first, headerEnd))
        {
            return null;
        }
        if (!ChecklistColumns.Any(c => text.AsSpan(first, headerEnd - first).IndexOf(c, StringComparison.Ordinal) >= 0))
        {
            return null;
        }
        var row = text[start..end];
        var header = text[first..headerEnd].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!header.Any(h => ChecklistColumns.Any(c => h.StartsWith(c, StringComparison.Ordinal))))
        {
            return null;
        }
        var cells = row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The first cell names the practice looked for (要求各村…打卡): only a later cell can ask again.
        if (cells.Length < 2 || cells.Skip(1).Any(AsksAgain) || Withdrawals.KeepsForSome(row))
        {
            return null;
        }
        // (review of phase 19) The answer reports the practice its row names, up to the answering cell and the answers after
        // it (| 否 | — |, | 曾存在 | 已于11月停止 |); a later cell that says something else (| 否 | 各村于月底前签订责任书 |)
        // is read as it stands.
        string? cue = null;
        var reported = start;
        var bar = row.IndexOf('|');
        for (var i = 0; bar >= 0 && bar + 1 < row.Length; i++)
        {
            var next = row.IndexOf('|', bar + 1);
            var cellEnd = next < 0 ? row.Length : next;
            var cell = row[(bar + 1)..cellEnd].Trim();
            bar = next;
            if (cell.Length == 0)
            {
                continue;
            }
            if (i == 0)
            {
                reported = start + cellEnd;
                continue;
            }
            var answer = AbsentAnswers.Contains(cell.TrimEnd('。')) ? cell : EndedCell(cell);
            if (answer is not null || cue is not null && cell.Trim('—', '-', '/', '无', ' ').Length == 0)
            {
                cue ??= "自查:" + answer;
                reported = start + cellEnd;
            }
            else if (cue is not null)
            {
                // The row is one sentence, judged at its first occurrence: a later cell that names the villages
                // (| 否 | 各村于月底前签订责任书 |) may demand again what the row names, so the row is read as it stands.
                if (ChecklistVillageMarks.Any(m => cell.Contains(m, StringComparison.Ordinal)))
                {
                    return null;
                }
                break;
            }
        }
        return cue is null ? null : (start, Math.Max(reported, start), cue);
    }

    // 已于11月停止, 已废止, 均已清理: an adverb of the done, then within a few characters a verb of ending, not negated.
    private static string? EndedCell(string cell)
    {
        if (EndedHeadingAdverbs.FirstOrDefault(a => cell.StartsWith(a, StringComparison.Ordinal)) is not { } adverb)
        {
            return null;
        }
        var reach = cell[adverb.Length..Math.Min(cell.Length, adverb.Length + EndedCellReach)];
        foreach (var verb in EndedVerbs)
        {
            var at = reach.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && reach[..at].IndexOfAny(['未', '没', '不', '将', '的', ',']) < 0)
            {
                return adverb + verb;
            }
        }
        return null;
    }
    private static readonly string[] EndedAsks = RecognitionCues.Instance.List("not_operative_parts.ended_asks");

    /// <summary>
    /// Whether the words ask again or replace ([not_operative_parts.ended_asks]) — (phase 32) a word of asking as a word of
    /// asking: 请 inside 申请人, 申请表 ([not_operative_parts.not_requests]) asks nothing, so 取消以下材料：…、申请人婚姻状况证明
    /// stays a list of what is ended.
    /// </summary>
    private static bool AsksAgain(string words) => EndedAsks.Any(a => Asks(words, a));
    private static readonly string[] EndedHeadingAdverbs = [.. RecognitionCues.Instance.List("not_operative_parts.ended_heading_adverbs").OrderByDescending(a => a.Length)];
    private static readonly string[] EndedHeadingNouns = RecognitionCues.Instance.List("not_operative_parts.ended_heading_nouns");
    private static readonly string[] KindWords = RecognitionCues.Instance.List("not_operative_parts.kind_words");
    private const int EndedReach = 12;
    private const int MaxHeaderCell = 8;

    /// <summary>
    /// (phase 18b) The first row of the table the row at <paramref name="rowStart"/> belongs to, when it is a header — every
    /// cell short (序号, 原要求, 整改情况) — and not the row itself. Normalised offsets, or null.
    /// </summary>
    internal static (int Start, int End)? TableHeader(string text, int rowStart)
    {
        if (FirstRow(text, rowStart) is not var (first, end))
        {
            return null;
        }
        var cells = text[first..end].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return cells.Length > 1 && cells.All(c => c.Length <= MaxHeaderCell) ? (first, end) : null;
    }

    /// <summary>
    /// The first line of the table (lines opening with |) the line at <paramref name="rowStart"/> belongs to, when it is
    /// another line above it; null for the first line itself or outside a table. Normalised offsets.
    /// </summary>
    private static (int Start, int End)? FirstRow(string text, int rowStart)
    {
        var lineStart = rowStart == 0 ? 0 : text.LastIndexOf('\n', rowStart - 1) + 1;
        var first = lineStart;
        while (first > 0)
        {
            var previous = first - 1 == 0 ? 0 : text.LastIndexOf('\n', first - 2) + 1;
            if (!text[previous..(first - 1)].TrimStart().StartsWith('|'))
            {
                break;
            }
            first = previous;
        }
        if (first == lineStart)
        {
            return null;
        }
        return (first, text.IndexOf('\n', first) is >= 0 and var e ? e : text.Length);
    }

    /// <summary>
    /// (phase 18b) A clause of the sentence that ends with 已 and a verb of ending ([not_operative_parts.ended_verbs]: 已全部废止,
    /// 已摘除, 已于2月底前全部摘除, 已取消) reports the demand it names as ended — or, when it opens with 已, the demand the
    /// clause before names, unless that clause asks ([not_operative_parts.ended_asks]) — and on over clauses that end with a
    /// verb of ending too (…，牌子统一回收). Not when the sentence keeps the demand for some ([withdrawals.kept_marks], 除…外)
    /// or the verb is negated (未清理); a later clause that asks again is read as it stands.
    /// </summary>
    internal static (int Start, int End, string Cue)? Ended(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        if (Withdrawals.KeepsForSome(text[clauses[first].Start..clauses[last].End]))
        {
            return null;
        }
        var from = first;
        for (var c = first; c <= last; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End].Trim().TrimEnd('。', ';', '；');
            if (AsksAgain(clause))
            {
                from = c + 1;
                continue;
            }
            if (EndedVerbs.FirstOrDefault(v => clause.EndsWith(v, StringComparison.Ordinal)) is not { } verb)
            {
                continue;
            }
            var lead = clause[..^verb.Length];
            var already = lead.LastIndexOf('已');
            // 已 must say the ending is done (已全部废止, 已于2月底前摘除): not 已 of a thing done before, in a 的-phrase whose
            // own verb then follows (已评上的一律撤销 revokes an award as a sanction).
            if (already < 0 || lead.Length - already > EndedReach || lead[already..].IndexOfAny(['未', '没', '不', '将', '的']) >= 0)
            {
                continue;
            }
            var end = c;
            while (end + 1 <= last && text[clauses[end + 1].Start..clauses[end + 1].End].Trim().TrimEnd('。', ';', '；') is var next
                && EndedVerbs.Any(v => next.EndsWith(v, StringComparison.Ordinal)) && !AsksAgain(next))
            {
                end++;
            }
            // The ended clause names what ended (…责任书已全部废止); when it opens with 已 (…挂牌，已于2月底前全部摘除) the
            // clause before names it. Never further back: 各村负责代收医保费，已清理 keeps its first clause's reading.
            var subject = lead[..already].Trim();
            // (phase 31) …“一票否决”、村级“责任书”等做法，我区已于2023年全面取消: the issuer naming itself (我区, 本局) as the
            // one who ended it ends what the clause before names.
            var issuerItself = subject.Length is >= 2 and <= 3 && (subject[0] == '我' || subject[0] == '本');
            var start = (subject.Length - DocumentText.LeadLength(subject) >= 2 && !issuerItself) || c - 1 < from ? c : c - 1;
            return (clauses[start].Start, clauses[end].End, "已" + verb);
        }
        return null;
    }

    /// <summary>
    /// (phase 18b) A heading before a colon that names what follows as ended — 已取消的事项：, 已停止的做法：, 以下事项已取消：
    /// ([not_operative_parts.ended_heading_adverbs], [withdrawals.cell_withdrawals], [not_operative_parts.ended_heading_nouns]) —
    /// reports the items after it, up to the full stop or the next heading line (as a finding's list runs). An item that
    /// replaces or asks ([not_operative_parts.ended_asks]: …，改为各村每周上传照片) is read as it stands from that clause to
    /// the item's end; a heading that keeps the demand for some withdraws nothing.
    /// </summary>
    internal static IEnumerable<(int Start, int End, string Cue)> EndedList(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        for (var c = first; c <= last; c++)
        {
            var lined = LineHeading(text, clauses[c].Start, clauses[c].End);
            if (!lined && (clauses[c].End >= text.Length || text[clauses[c].End] != ':'))
            {
                continue;
            }
            var heading = text[clauses[c].Start..clauses[c].End];
            heading = heading[DocumentText.LeadLength(heading)..].Trim();
            if (EndedHeading(heading) is not { } cue || Withdrawals.KeepsForSome(heading))
            {
                continue;
            }
            var listEnd = lined ? SectionEnd(text, clauses[c].End) : FindingEnd(text, clauses[c].End);
            var sentence = -1;
            var skipping = false;
            var runStart = -1;
            var runEnd = -1;
            for (var d = c + 1; d < clauses.Count && clauses[d].Start < listEnd; d++)
            {
                if (clauses[d].Sentence != sentence)
                {
                    sentence = clauses[d].Sentence;
                    skipping = false;
                }
                var clause = text[clauses[d].Start..Math.Min(clauses[d].End, listEnd)];
                // (phase 20 review) 取消以下涉村事项：1.纸质台账；2.各村APP打卡照常执行 — an item the list keeps (照常, 继续,
                // 仍: [withdrawals.kept_marks]) is not ended by the heading above it.
                skipping |= AsksAgain(clause) || Withdrawals.KeepsForSome(clause);
                if (skipping)
                {
                    if (runStart >= 0)
                    {
                        yield return (runStart, runEnd, cue);
                        runStart = -1;
                    }
                    continue;
                }
                runStart = runStart < 0 ? clauses[d].Start : runStart;
                runEnd = Math.Min(clauses[d].End, listEnd);
            }
            if (runStart >= 0)
            {
                yield return (runStart, runEnd, cue);
            }
            yield break;
        }
    }

    /// <summary>
    /// (phase 25) 二、取消的报表类型 on a line of its own, numbered items under it: a numbered heading line with no mark after
    /// it, followed by an item line (（一）…), heads the items up to the next heading line as a heading closed by a colon heads
    /// its list.
    /// </summary>
    private static bool LineHeading(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        return end < text.Length && text[end] == '\n' && text[lineStart..start].Trim().Length == 0
            && DocumentText.LeadLength(text[start..end]) > 0 && PaperDirection.IsItem(text[(end + 1)..PaperDirection.LineEnd(text, end + 1)]);
    }

    private static string? EndedHeading(string heading)
    {
        var pointed = HeadingPointers.Any(p => heading.StartsWith(p, StringComparison.Ordinal));
        var adverb = EndedHeadingAdverbs.FirstOrDefault(a => heading.StartsWith(a, StringComparison.Ordinal)) ?? string.Empty;
        foreach (var verb in EndedVerbs)
        {
            // 已取消的事项, 已停止做法, 取消的要求
            if (heading.AsSpan(adverb.Length).StartsWith(verb, StringComparison.Ordinal))
            {
                var noun = heading[(adverb.Length + verb.Length)..].TrimStart('的');
                // (phase 25) 取消的报表类型: the kinds of a list noun name it too.
                if (EndedHeadingNouns.Contains(noun) || KindWords.FirstOrDefault(w => noun.EndsWith(w, StringComparison.Ordinal)) is { } kind
                    && EndedHeadingNouns.Contains(noun[..^kind.Length]))
                {
                    return heading;
                }
            }
            // 以下事项已取消, 下列做法已全部停止
            if (pointed && heading.EndsWith(verb, StringComparison.Ordinal) && heading.LastIndexOf('已') is >= 0 and var already
                && heading.Length - verb.Length - already <= 4)
            {
                return heading;
            }
        }
        return SubjectEndedHeading(heading);
    }

    private static readonly string[] EndedHeadingSubjects = RecognitionCues.Instance.List("not_operative_parts.ended_heading_subjects");
    private static readonly string[] CountUnits = RecognitionCues.Instance.List("not_operative_parts.count_units");
    private const int MaxEndedHeadingSubject = 6;

    // The adverbs of an ended-list heading, and the time words of a withdrawal made now (现取消以下事项：), longest first.
    private static readonly string[] SubjectHeadingAdverbs = [.. EndedHeadingAdverbs.Concat(NowLeads).Distinct().OrderByDescending(a => a.Length)];

    /// <summary>
    /// (phase 19) A heading that says who ended what follows, or how many: 我镇已停止以下做法：, 经自查我局已清理下列事项：,
    /// 其中取消3项：, 现取消以下要求：. A short subject of the issuer's side ([not_operative_parts.ended_heading_subjects]: 我镇,
    /// 我局, 本单位, 其中) or none, an adverb (已, 均已, 现) or none, a verb of ending, then a pointer (以下, 下列) with at most a
    /// noun of the list, or a count (3项, 三类). A heading that names a village, or asks (请各村停止以下做法：), is not one.
    /// </summary>
    private static string? SubjectEndedHeading(string heading)
    {
        foreach (var verb in EndedVerbs)
        {
            for (var at = heading.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = heading.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var lead = heading[..at];
                var adverb = SubjectHeadingAdverbs.FirstOrDefault(a => lead.EndsWith(a, StringComparison.Ordinal)) ?? string.Empty;
                var subject = lead[..^adverb.Length];
                if (subject.Length > 0 && !(subject.Length <= MaxEndedHeadingSubject && EndedHeadingSubjects.Any(w => subject.StartsWith(w, StringComparison.Ordinal)))
                    && !MatterSubject(subject))
                {
                    continue;
                }
                var rest = heading[(at + verb.Length)..];
                if (HeadingPointers.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal)) is { } pointer)
                {
                    var noun = rest[pointer.Length..].TrimStart('的');
                    if (noun.Length == 0 || ListNoun(noun) || PointedPapers.Contains(noun))
                    {
                        return heading;
                    }
                    continue;
                }
                var digits = 0;
                while (digits < rest.Length && (char.IsDigit(rest[digits]) || "一二两三四五六七八九十百".Contains(rest[digits])))
                {
                    digits++;
                }
                if (digits > 0 && CountUnits.FirstOrDefault(u => string.CompareOrdinal(rest, digits, u, 0, u.Length) == 0) is { } unit
                    && rest[(digits + unit.Length)..] is var after && (after.Length == 0 || EndedHeadingNouns.Contains(after.TrimStart('的'))))
                {
                    return heading;
                }
            }
        }
        return null;
    }

    private static readonly string[] PointedPapers = RecognitionCues.Instance.List("not_operative_parts.pointed_papers");

    // (phase 28) The longest matter that may stand before the verb of an ended-list heading.
    private const int MaxMatterSubject = 12;
    private static readonly string[] AskingMarks = ["请", "须", "要", "应", "必须", "务必", "需"];

    /// <summary>
    /// (phase 28) 犬只登记…取消以下材料： — the matter whose requirements are ended (a procedure, a service) may stand
    /// as the subject before the verb, as the issuer may: a short phrase naming no village and neither asking nor handing
    /// the act to anyone (各村取消以下…, 请…取消以下…, 要求…取消以下… are not).
    /// </summary>
    private static bool MatterSubject(string subject) =>
        subject.Length <= MaxMatterSubject && !subject.Contains('村') && !subject.Contains("社区", StringComparison.Ordinal)
        && !subject.Contains("居委", StringComparison.Ordinal)
        && !AskingMarks.Any(m => subject.Contains(m, StringComparison.Ordinal))
        && !RecognitionCues.Instance.Delegation.Concat(RecognitionCues.Instance.HandedTo).Concat(RecognitionCues.Instance.Organising)
            .Any(d => d.Length >= 2 && subject.Contains(d, StringComparison.Ordinal));

    // (phase 20) A list noun may carry a short qualifier of its field or its reach (取消以下涉村事项：, 清理下列村级证明：): it still
    // names the list, and a qualifier that names the village says what the items were about, not who ends them.
    private const int MaxListNounQualifier = 2;

    private static bool ListNoun(string noun) =>
        EndedHeadingNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal) && noun.Length - n.Length <= MaxListNounQualifier);

    /// <summary>
    /// The negation of a heading closed by a colon that refuses the list after it, or null: the heading's last clause (不得要求
    /// 村（社区）：, 下列工作村里不再承担：, <see cref="NegatedHeading"/>); (phase 25) its note in brackets (负面事项（村里
    /// 不负责）：, <see cref="BracketNegation"/>); or an earlier clause of its sentence that points at the list and refuses it,
    /// when the clauses after it up to the colon name no village (下列事项不得分派给村里，由执法队办理： — the
    /// last clause says who does the items instead).
    /// </summary>
    private static string? ColonHeadingNegation(FieldReading description, int first, int last, RecognitionCues cues)
    {
        var text = description.Text.Text;
        var heading = text[description.Clauses[last].Start..description.Clauses[last].End];
        if ((NegatedHeading(heading, cues) ?? BracketNegation(heading, cues)) is { } negation)
        {
            return negation;
        }
        for (var c = last - 1; c >= first && !description.Reader.NamesVillage(c + 1); c--)
        {
            var clause = text[description.Clauses[c].Start..description.Clauses[c].End];
            if (HeadingPointers.Any(p => clause.Contains(p, StringComparison.Ordinal)))
            {
                return NegatedHeading(clause, cues);
            }
        }
        // (phase 26b) 以下事项由区级部门收回，镇和村不再承担： — the villages refusing in the last clause what an earlier clause
        // of the heading points at: the two read together refuse the list, as 以下事项村里不再承担： does in one clause.
        for (var c = last - 1; c >= first; c--)
        {
            var from = description.Clauses[c].Start;
            if (HeadingPointers.Any(p => text.AsSpan(from, description.Clauses[c].End - from).Contains(p, StringComparison.Ordinal)))
            {
                return NegatedHeading(text[from..description.Clauses[last].End], cues) is { } joined && heading.Contains(joined, StringComparison.Ordinal)
                    ? joined : null;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 21) The end of the list line starting at <paramref name="from"/> under a negated heading, or null: a line opening
    /// with a bullet — or with a number (一、, (二), 3.) when <paramref name="numbered"/>, or any line when it is not — that
    /// names no village and holds no modal of its own ([agency.renewed_modals]: …(三)各村须每月考核排名 is a demand).
    /// (phase 25) A numbered or bulleted item may name the villages as what the refused demand falls on (4.要求村干部打卡、
    /// 上传照片；5.对各村排名通报): only an item whose subject is the villages acting (2.各村每天在APP打卡) ends the list, and so
    /// does an item with a modal of its own (Agency.ModalBefore: the 要 of 要求 is none) or one that keeps the demand for some
    /// (…（镇里统一安排的除外）: <see cref="Withdrawals.KeepsForSome"/>).
    /// </summary>
    private static int? ListLine(FieldReading description, int from, bool numbered)
    {
        var text = description.Text.Text;
        var next = text.IndexOf('\n', from);
        var to = next < 0 ? text.Length : next;
        var line = text[from..to];
        // (phase 26b) 以下事项由区级部门收回，村里不再承担：\n| 序号 | 事项 | 收回部门 |\n| 1 | … | — a table's rows are the
        // heading's items as numbered lines are, read by the same tests (a row with a modal or 仍/继续 ends the list).
        var itemised = Bullets.Contains(line[0]) || DocumentText.LeadLength(line) > 0 || line[0] == '|';
        if (line.Trim().Length == 0 || !(itemised || !numbered)
            || (itemised ? Agency.ModalBefore(text, from, to) is not null || Withdrawals.KeepsForSome(line) : AnswerModals.Any(m => line.Contains(m, StringComparison.Ordinal))))
        {
            return null;
        }
        for (var c = 0; c < description.Clauses.Count; c++)
        {
            var clause = description.Clauses[c];
            if (clause.Start < to && clause.End > from && description.Reader.NamesVillage(c)
                && (!itemised || VillagesActAnew(ItemBody(text[Math.Max(from, clause.Start)..clause.End]), RecognitionCues.Instance)))
            {
                return null;
            }
        }
        return to;
    }

    /// <summary>An item's words without its bullet or number (✘ 各村…, 2.各村…).</summary>
    private static string ItemBody(string words)
    {
        var body = words[DocumentText.LeadLength(words)..].TrimStart(' ');
        return body.Length > 0 && Bullets.Contains(body[0]) ? body[1..].TrimStart(' ') : body;
    }

    private static readonly string[] ListBackReferences = RecognitionCues.Instance.List("not_operative_parts.list_back_references");

    /// <summary>
    /// (review of phase 21, session 21) Whether, after a refused list ending at <paramref name="listEnd"/>, a clause names the
    /// villages, demands (a modal of [agency.renewed_modals], not negated nor inside 要求 or the like: Agency.ModalBefore) and points back at the list ([not_operative_parts.list_back_references]):
    /// 以下事项村级组织不再承担：\n（一）招商引资；\n（二）协税护税。\n村级组织仍要按月完成以上任务 — the heading's refusal is
    /// taken back, so its list is read as it stands.
    /// </summary>
    private static bool GivenBack(FieldReading description, int listEnd)
    {
        var text = description.Text.Text;
        for (var c = 0; c < description.Clauses.Count; c++)
        {
            var clause = description.Clauses[c];
            if (clause.End <= listEnd)
            {
                continue;
            }
            var from = Math.Max(clause.Start, listEnd);
            if (ListBackReferences.Any(r => text.AsSpan(from, clause.End - from).Contains(r, StringComparison.Ordinal))
                && Agency.ModalBefore(text, from, clause.End) is not null
                && description.Reader.NamesVillage(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 32) The first clause of the sentence [first, last] that closes with a colon after which the sentence goes on, when
    /// the words up to that colon are a heading that refuses its list (<see cref="ColonHeadingNegation"/>) and the list after
    /// it does not ask (a modal: <see cref="Agency.ModalBefore"/>), nor does the sentence keep the demand for some (（沿江村
    /// 保留）): the list's start and the negation, or null.
    /// </summary>
    // Whether [from, to) holds a word of [negation_before] — a cheap test before a heading is read (no allocation).
    private static bool HoldsNegation(string text, int from, int to, RecognitionCues cues)
    {
        var words = text.AsSpan(from, to - from);
        foreach (var negation in cues.NegationBefore)
        {
            if (words.Contains(negation, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static (int From, string Negation)? InlineNegatedHeading(FieldReading description, int first, int last, RecognitionCues cues)
    {
        var text = description.Text.Text;
        for (var c = first; c < last; c++)
        {
            var colon = description.Clauses[c].End;
            if (colon >= text.Length || text[colon] != ':')
            {
                continue;
            }
            var end = description.Clauses[last].End;
            if (!HoldsNegation(text, description.Clauses[first].Start, colon, cues) || ColonHeadingNegation(description, first, c, cues) is not { } negation
                || Agency.ModalBefore(text, colon + 1, end) is not null || Withdrawals.KeepsForSome(text[description.Clauses[first].Start..end]))
            {
                return null;
            }
            return (colon + 1, negation);
        }
        return null;
    }

    /// <summary>
    /// (phase 21) The negation of a heading line's closing note in brackets when it refuses the village the list after it
    /// (负面清单（村级组织不承担）: the note read as a heading, <see cref="NegatedHeading"/>), or null.
    /// </summary>
    private static string? BracketNegation(string heading, RecognitionCues cues)
    {
        var line = heading.TrimEnd();
        if (line.Length < 2 || line[^1] is not (')' or '）') || line.LastIndexOfAny(['(', '（']) is not (>= 0 and var open))
        {
            return null;
        }
        return NegatedHeading(line[(open + 1)..^1], cues);
    }

    internal static string? NegatedHeading(string clause, RecognitionCues cues)
    {
        foreach (var negation in cues.NegationBefore.Where(n => n.Length >= 2).OrderByDescending(n => n.Length))
        {
            var at = clause.IndexOf(negation, StringComparison.Ordinal);
            if (at >= 0 && ReachesBullets(clause, at + negation.Length, cues) && !Agency.OnlyAlone(clause[(at + negation.Length)..]))
            {
                return negation;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 15) Whether a heading's negation reaches the bullets after its colon: the heading points at them (以下事项不再由
    /// 村级组织承担：, 不再要求村级组织承担下列事项：) or the negated phrase ends with the village it is asked of (不得要求村（社区）：),
    /// so the bullets are what is refused. A negation that takes its own object before the colon (不给予年度奖补：, 不予评优：)
    /// is a sanction: the bullets are what the villages must do to escape it, and keep their reading.
    /// </summary>
    private static bool ReachesBullets(string clause, int negationEnd, RecognitionCues cues)
    {
        var rest = clause[negationEnd..].TrimEnd(' ', ':');
        // (phase 22) 下列事项甲方不必另行审批即可交由乙方承担： — a permission after the negation hands the list on; what was
        // negated is another step (the approval), not the handing.
        if (HeadingPermissions.Any(p => rest.Contains(p, StringComparison.Ordinal)))
        {
            return false;
        }
        // (phase 25) 本村不承担的事项： — the negated verb names the class of matters the bullets list, refused by the village
        // (镇政府不承担的事项： leaves them to whoever else, perhaps the villages).
        if (rest.Length == 0 || cues.Village.Any(v => rest.EndsWith(v, StringComparison.Ordinal))
            || NamesRefusedMatters(rest) && MattersRefused(clause, cues) is not null)
        {
            return true;
        }
        // (phase 32) 不需要提供：, 无需提交：, 不得要求村（社区）出具： — a negated verb of handing in or issuing papers
        // ([not_operative_parts.taken_papers_verbs]) closing the heading takes the list as its object: the papers are refused.
        if (TakenPapersVerbs.FirstOrDefault(v => rest.EndsWith(v, StringComparison.Ordinal)) is { } taking && rest.Length - taking.Length <= MaxTakenPapersLead
            && !cues.DoubleNegation.Any(d => rest.Contains(d, StringComparison.Ordinal)))
        {
            return true;
        }
        // (review of phase 15) With a pointer, only a negated verb that takes the bullets as its object (不再由村级组织承担,
        // 不再要求…承担下列事项, 不再列入考核: [not_operative_parts.heading_verbs]) negates them; 未完成以下任务的村不予评优：,
        // 以下任务不得拖延：, 以下工作严禁敷衍应付： sanction or insist, and the bullets keep their reading.
        return HeadingPointers.Any(p => clause.Contains(p, StringComparison.Ordinal))
            && HeadingVerbs.Any(v => rest.Contains(v, StringComparison.Ordinal));
    }

    private static readonly string[] RefusedMatters = RecognitionCues.Instance.List("not_operative_parts.refused_matters");
    private static readonly string[] TakenPapersVerbs = RecognitionCues.Instance.List("not_operative_parts.taken_papers_verbs");

    // (phase 32) The words a negated verb of handing in may have before it in a heading (再要求申请人提供：, 要求村（社区）出具：).
    private const int MaxTakenPapersLead = 8;

    /// <summary>
    /// (phase 25) Whether the words after a negated verb only name the class of matters it refuses (村里不承担的事, 本村不办理的
    /// 事项：): what is listed under it is that class. Not a sanction or an insistence with an object of
    /// its own (不予评优的事项, 不得拖延的工作: more than 的 + the matter stands after the negation).
    /// </summary>
    private static bool NamesRefusedMatters(string rest) =>
        RefusedMatters.Any(m => rest.Equals("的" + m, StringComparison.Ordinal));

    /// <summary>
    /// (phase 25) A heading line whose village refuses a class of matters (三、村里不承担的事, （三）本社区不负责的事项): a village
    /// word before the negation, and the negated verb followed only by 的 + a matter word. The negation, or null.
    /// </summary>
    private static string? MattersRefused(string heading, RecognitionCues cues)
    {
        var line = heading.Trim().TrimEnd(':');
        foreach (var negation in cues.NegationBefore.Where(n => n.Length >= 2).OrderByDescending(n => n.Length))
        {
            var at = line.IndexOf(negation, StringComparison.Ordinal);
            if (at > 0 && NamesRefusedMatters(line[(at + negation.Length)..])
                && cues.Village.Any(v => line.IndexOf(v, StringComparison.Ordinal) is >= 0 and var i && i < at))
            {
                return negation;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 25) The end of the list that opens the line at <paramref name="from"/> under a heading that refuses it: its
    /// sentences (招商引资任务；代收税款；…) up to the first that names a village or holds a modal that demands, which is read
    /// as written (有人要村里办以上事项的，…); null when the first one does.
    /// </summary>
    private static int? ListSentences(FieldReading description, int from)
    {
        var text = description.Text.Text;
        var lineEnd = text.IndexOf('\n', from) is >= 0 and var n ? n : text.Length;
        int? end = null;
        for (var c = 0; c < description.Clauses.Count; c++)
        {
            var clause = description.Clauses[c];
            if (clause.Start < from)
            {
                continue;
            }
            if (clause.Start >= lineEnd)
            {
                break;
            }
            var (first, last) = ClauseScope.SentenceClauses(description.Clauses, c);
            for (var k = first; k <= last; k++)
            {
                var words = text[description.Clauses[k].Start..description.Clauses[k].End];
                if (description.Reader.NamesVillage(k) || AnswerModals.Any(m => words.Contains(m, StringComparison.Ordinal)))
                {
                    return end;
                }
            }
            end = description.Clauses[last].End;
            c = last;
        }
        return end;
    }

    private static readonly string[] HeadingVerbs = RecognitionCues.Instance.List("not_operative_parts.heading_verbs");
    private static readonly string[] HeadingPermissions = RecognitionCues.Instance.List("not_operative_parts.heading_permissions");

    /// <summary>
    /// (phase 15) Whether a sentence opening with 是否 says what follows from the answer (是否按时完成纳入年度考核, 是否参加作为评优
    /// 依据, 是否签订与考核挂钩): it sets a criterion for whoever is told, it asks nothing. A question about that practice itself
    /// names its object first (是否将村（社区）纳入考核, 是否把…作为评优依据, 是否要求…): a checklist question still.
    /// </summary>
    internal static bool SetsCriterion(string sentence)
    {
        var from = sentence.IndexOf("是否", StringComparison.Ordinal);
        if (from < 0 || AsksWhetherItExists(sentence, from + 2))
        {
            return false;
        }
        foreach (var consequence in CriterionConsequences)
        {
            var at = sentence.IndexOf(consequence, from + 2, StringComparison.Ordinal);
            if (at >= 0 && !CriterionObjectMarks.Any(m => MarksObject(sentence, from + 2, at, m)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] MarkWords = RecognitionCues.Instance.List("not_operative_parts.mark_words");

    /// <summary>
    /// (review of phase 15) Whether an object mark stands between 是否 and the consequence as a word of its own: not inside a
    /// longer word ([not_operative_parts.mark_words]: 按要求, 对接, 对照), and not right before the consequence (将作为, 将纳入:
    /// 将 says "will", it marks no object).
    /// </summary>
    private static bool MarksObject(string sentence, int from, int consequence, string mark)
    {
        for (var at = sentence.IndexOf(mark, from, StringComparison.Ordinal); at >= 0 && at + mark.Length <= consequence;
             at = sentence.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
        {
            if (at + mark.Length == consequence)
            {
                continue;
            }
            var inWord = MarkWords.Any(w => w.Contains(mark, StringComparison.Ordinal) && w.IndexOf(mark, StringComparison.Ordinal) is var offset
                && at - offset >= 0 && at - offset + w.Length <= sentence.Length && string.CompareOrdinal(sentence, at - offset, w, 0, w.Length) == 0);
            if (!inWord)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (review of phase 19) Where a section run together on one line ends: a full stop followed by the next heading
    /// (…台账不全。三、下步工作。各村每天…) before <paramref name="sectionEnd"/>, else <paramref name="sectionEnd"/>.
    /// </summary>
    private static int InlineSectionEnd(string text, int from, int sectionEnd)
    {
        for (var i = text.IndexOf('。', from); i >= 0 && i + 2 < sectionEnd; i = text.IndexOf('。', i + 1))
        {
            var j = i + 1;
            while (j < sectionEnd && text[j] == ' ')
            {
                j++;
            }
            if (j + 1 < sectionEnd && DocumentText.HeadingMarks.Contains(text[j].ToString()) && text[j + 1] == '、')
            {
                return i + 1;
            }
        }
        return sectionEnd;
    }

    /// <summary>The end of a section: the next line opening with a heading (【…】, 一、, (二)), or the end.</summary>
    internal static int SectionEnd(string text, int from)
    {
        for (var i = text.IndexOf('\n', from); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var rest = text[(i + 1)..Math.Min(text.Length, i + 6)];
            if (rest.StartsWith('【') || rest.Length > 1 && DocumentText.HeadingMarks.Contains(rest[0].ToString()) && rest[1] == '、')
            {
                return i;
            }
        }
        return text.Length;
    }

    private static readonly string[] ExistenceAsks = RecognitionCues.Instance.List("not_operative_parts.existence_asks");
    private static readonly string[] PracticeNouns = RecognitionCues.Instance.List("not_operative_parts.practice_nouns");

    /// <summary>
    /// (review of phase 15) Whether the question after 是否 asks whether a practice exists: it opens with 存在 (是否存在…作为评优
    /// 依据的情况) or its item ends with 的 + a practice noun (是否有…挂钩的现象, …的问题, …的做法). Such a question names the
    /// practice looked for, it sets no criterion.
    /// </summary>
    private static bool AsksWhetherItExists(string sentence, int after)
    {
        if (ExistenceAsks.Any(e => sentence.AsSpan(after).StartsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }
        var end = sentence.IndexOfAny([';', '；', '。', '?', '？'], after);
        var item = (end < 0 ? sentence[after..] : sentence[after..end]).TrimEnd(' ', '\n');
        return PracticeNouns.Any(n => item.EndsWith("的" + n, StringComparison.Ordinal));
    }

    /// <summary>The end of a finding: its full stop, crossing ； and line breaks — but not a new heading line.</summary>
    // 督导发现的…主要问题： — the characters a heading may take between 的 and 问题.
    private const int HeadingReach = 4;

    /// <summary>(phase 27) Whether the body opens with an inspection's findings heading: its cue ending in 发现, 的, a few
    /// characters, 问题 and a colon (督导发现的…主要问题：, 督查发现的问题：).</summary>
    /// <param name="closing">The mark that closes the body's sentence: the heading's colon when the splitter ended the
    /// sentence there.</param>
    private static bool FindingsHeading(string body, string finding, char closing)
    {
        if (!finding.EndsWith("发现", StringComparison.Ordinal) || !body.StartsWith(finding + "的", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = body[(finding.Length + 1)..].TrimEnd();
        var problem = rest.IndexOf("问题", StringComparison.Ordinal);
        // (phase 32) 审计发现的突出问题之二：, …问题（三）： — the heading of one of the problems, numbered after 问题.
        var after = problem < 0 ? 0 : problem + 2 + Ordinal(rest, problem + 2);
        var colon = rest.Length > after ? rest[after] : closing;
        return problem is >= 0 and <= HeadingReach && colon is ':' or '：';
    }

    /// <summary>(phase 32) The length of an ordinal at the offset (之三, 三, (二), （二）, 2), or 0.</summary>
    private static int Ordinal(string text, int at)
    {
        var i = at;
        if (i < text.Length && text[i] == '之')
        {
            i++;
        }
        var open = i < text.Length && text[i] is '(' or '（';
        if (open)
        {
            i++;
        }
        var digits = i;
        while (i < text.Length && (char.IsDigit(text[i]) || "一二三四五六七八九十".Contains(text[i])))
        {
            i++;
        }
        if (i == digits)
        {
            return 0;
        }
        if (open)
        {
            if (i >= text.Length || text[i] is not (')' or '）'))
            {
                return 0;
            }
            i++;
        }
        return i - at;
    }

    internal static int FindingEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '。')
            {
                return i;
            }
            if (text[i] == '\n' && i + 1 < text.Length && DocumentText.LeadLength(text[(i + 1)..Math.Min(text.Length, i + 6)]) > 0)
            {
                return i;
            }
        }
        return text.Length;
    }

    internal static int? InspectionThenFound(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        var inspections = RecognitionCues.Instance.Finding.Where(f => f.EndsWith("发现", StringComparison.Ordinal)).Select(f => f[..^2]).ToArray();
        for (var k = first + 1; k <= last; k++)
        {
            var clause = text[clauses[k].Start..clauses[k].End].TrimStart();
            var before = text[clauses[k - 1].Start..clauses[k - 1].End];
            if (clause.StartsWith("发现", StringComparison.Ordinal) && !OpensCondition(text, clauses[k]) && before.Contains('了') && inspections.Any(w => w.Length > 0 && before.Contains(w, StringComparison.Ordinal)))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 26 review) A finding's words closed by 的 and a comma — 检查发现问题的，由各村…; 发现隐患的，要… — are the condition of
    /// what the sentence goes on to ask ("where the inspection finds a problem, the village shall…"), not what was found.
    /// (<see cref="ClauseSplitter"/> keeps a condition ending in 的 and its consequence in one clause.) What follows telling
    /// a handling already done (…的，已责令整改) is a finding reported with its outcome, and stays one.
    /// </summary>
    private static bool OpensCondition(string text, Clause clause)
    {
        var words = text.AsSpan(clause.Start, clause.Length);
        var comma = words.IndexOfAny(ConditionCommas);
        if (comma <= 0 || words[comma - 1] != '的')
        {
            return false;
        }
        var rest = words[(comma + 1)..].TrimStart().ToString();
        return !HandledAlready.Any(h => rest.StartsWith(h, StringComparison.Ordinal));
    }

    private const string ConditionCommas = ",，";

    private static readonly string[] HandledAlready = RecognitionCues.Instance.List("not_operative_parts.handled_already");

    private static readonly string[] ComplaintTimes = RecognitionCues.Instance.List("not_operative_parts.complaint_times");
    private static readonly string[] ComplaintQuantifiers = [.. RecognitionCues.Instance.List("not_operative_parts.complaint_quantifiers").OrderByDescending(w => w.Length)];
    private static readonly string[] Complainants = [.. RecognitionCues.Instance.List("not_operative_parts.complainants").OrderByDescending(w => w.Length)];
    private static readonly string[] ComplaintVerbs = RecognitionCues.Instance.List("not_operative_parts.complaint_verbs");
    private const int ComplainantTail = 4;

    /// <summary>
    /// (phase 18) A sentence opening (after a time word) with some villages or villagers who complained — 近期有村反映…,
    /// 部分村（社区）反映…, 有村干部提出… — reports the complaint: quantifier ([not_operative_parts.complaint_quantifiers]), a
    /// complainant ([not_operative_parts.complainants]) and, within a few characters, a complaint verb. The cue, or null.
    /// </summary>
    internal static string? Complaint(string body)
    {
        var i = Received(body, AfterTimeWord(body));
        if (ComplaintQuantifiers.FirstOrDefault(q => string.CompareOrdinal(body, i, q, 0, q.Length) == 0) is not { } quantifier)
        {
            return null;
        }
        i += quantifier.Length;
        if (Complainants.FirstOrDefault(c => string.CompareOrdinal(body, i, c, 0, c.Length) == 0) is not { } complainant)
        {
            return null;
        }
        return VerbAfter(body, i + complainant.Length, ComplaintVerbs) is { } verb ? quantifier + complainant + "…" + verb : null;
    }

    /// <summary>
    /// (phase 19) A finding's cue after a time word ([not_operative_parts.complaint_times]: 近期调研发现，…), or null. (phase 24)
    /// A bare 发现 closed by a comma or colon after the time word (近期发现，…) reports as well: it governs what follows, where
    /// 近期发现问题的… or 发现隐患要… is a case or an instruction.
    /// </summary>
    private static string? TimedFinding(string body, RecognitionCues cues) =>
        AfterTimeWord(body) is > 0 and var i
            ? cues.Finding.FirstOrDefault(f => f.EndsWith("发现", StringComparison.Ordinal) && string.CompareOrdinal(body, i, f, 0, f.Length) == 0)
                ?? (string.CompareOrdinal(body, i, "发现", 0, 2) == 0 && i + 2 < body.Length && body[i + 2] is ',' or ':' ? "发现" : null)
            : null;

    /// <summary>
    /// Where the words after an opening time word ([not_operative_parts.complaint_times]: 近期, 日前) and its separators
    /// begin; 0 when the body opens with none. Shared by the complaint, the timed finding and the proposal.
    /// </summary>
    private static int AfterTimeWord(string body)
    {
        if (ComplaintTimes.FirstOrDefault(t => body.StartsWith(t, StringComparison.Ordinal)) is not { } time)
        {
            return 0;
        }
        var i = time.Length;
        while (i < body.Length && body[i] is ',' or ' ' or '\u3000')
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// The first of <paramref name="verbs"/> within <see cref="ComplainantTail"/> characters after <paramref name="from"/>,
    /// before any clause mark: the verb of whoever the body opened with (有村干部反映, 代表提出). Null when none.
    /// </summary>
    private static string? VerbAfter(string body, int from, IEnumerable<string> verbs)
    {
        var tail = body[from..Math.Min(body.Length, from + ComplainantTail + 2)];
        var cut = tail.IndexOfAny([',', ':', ';', '。', '!', '?']);
        tail = cut >= 0 ? tail[..cut] : tail;
        return verbs.FirstOrDefault(v => tail.IndexOf(v, StringComparison.Ordinal) is >= 0 and <= ComplainantTail);
    }

    private static readonly string[] Proposers = [.. RecognitionCues.Instance.List("not_operative_parts.proposers").OrderByDescending(w => w.Length)];
    private static readonly string[] ProposalVerbs = RecognitionCues.Instance.List("not_operative_parts.proposal_verbs");

    /// <summary>
    /// (phase 19) A sentence opening (after a time word) with who raised a matter to the issuer — a deputy, a member, the
    /// township or village written to ([not_operative_parts.proposers]: 代表, 政协委员, 你镇, 你村) — and a verb of raising
    /// ([not_operative_parts.complaint_verbs], [not_operative_parts.proposal_verbs]: 提出, 建议, 反映) reports the proposal
    /// when the words after it refuse it (<see cref="Refuses"/>, read by the caller): a reply that adopts it (经研究，予以采纳)
    /// leaves it as it stands. The cue, or null.
    /// </summary>
    internal static string? Proposal(string body)
    {
        var i = AfterTimeWord(body);
        if (Proposers.FirstOrDefault(p => string.CompareOrdinal(body, i, p, 0, p.Length) == 0) is not { } proposer)
        {
            return null;
        }
        return VerbAfter(body, i + proposer.Length, ComplaintVerbs.Concat(ProposalVerbs)) is { } verb ? proposer + "…" + verb : null;
    }

    /// <summary>
    /// (phase 19) The last clause of the matter raised: up to the clause that names it as a matter (…的问题, …的建议), or the
    /// complaint's content (<see cref="ComplaintContent"/>); the clauses after it (经研究，答复如下：…) are the answer and keep
    /// their reading.
    /// </summary>
    private static int ProposalContent(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        for (var c = first; c <= last; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End].TrimEnd();
            if (MatterNouns.Any(n => clause.EndsWith(n, StringComparison.Ordinal)))
            {
                return c;
            }
        }
        return ComplaintContent(text, clauses, first, last);
    }

    private static readonly string[] OwnIssuers = RecognitionCues.Instance.List("paper_direction.own_issuers");
    private static readonly string[] Receipts = RecognitionCues.Instance.List("not_operative_parts.complaint_receipts");
    private static readonly string[] Persisting = RecognitionCues.Instance.List("clause_structure.still_doing");

    /// <summary>
    /// (phase 25) Where the complainants begin after the issuer says it received the complaint (日前本局收到一些村
    /// 反映…, 日前收到部分村反映…: an own issuer of [paper_direction.own_issuers] or none, then a verb of receiving,
    /// [not_operative_parts.complaint_receipts]); <paramref name="i"/> when there is no such lead.
    /// </summary>
    private static int Received(string body, int i)
    {
        var by = OwnIssuers.FirstOrDefault(o => string.CompareOrdinal(body, i, o, 0, o.Length) == 0) is { } issuer ? i + issuer.Length : i;
        return Receipts.FirstOrDefault(r => string.CompareOrdinal(body, by, r, 0, r.Length) == 0) is { } receipt ? by + receipt.Length : i;
    }

    /// <summary>(review of phase 18) The last clause of what was complained of: the complaint's clause, or the next one when
    /// the complaint's clause ends on its verb (有村干部反映，坐班登记要每天拍照发群). (phase 25) A clause after it that opens
    /// with a persisting mark ([clause_structure.still_doing]: 有村反映，某信用社放贷时，仍让借款人去村里开…)
    /// goes on with the practice complained of: its 要求 is that body's, not a demand asked again.</summary>
    private static int ComplaintContent(string text, IReadOnlyList<Clause> clauses, int said, int last)
    {
        var content = said < last && ComplaintVerbs.Any(v => text[clauses[said].Start..clauses[said].End].TrimEnd().EndsWith(v, StringComparison.Ordinal)) ? said + 1 : said;
        while (content < last && GoesOn(text[clauses[content + 1].Start..clauses[content + 1].End].TrimStart()))
        {
            content++;
        }
        return content;
    }

    /// <summary>仍要求…, 依然让…: a persisting mark not followed by a modal of its own (仍须, 仍要按月…: asked again).</summary>
    private static bool GoesOn(string clause) =>
        Persisting.FirstOrDefault(p => clause.StartsWith(p, StringComparison.Ordinal)) is { } mark
        && clause[mark.Length..] is var rest && (rest.StartsWith("要求", StringComparison.Ordinal) || !AskingAgain.Any(a => rest.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>The clause that says the complaint: the first, or the second when the first is only its time word (近期，…).</summary>
    private static int ComplaintClause(string text, IReadOnlyList<Clause> clauses, int k, int last) =>
        k < last && ComplaintTimes.Contains(text[clauses[k].Start..clauses[k].End].Trim()) ? k + 1 : k;

    internal static string? ReportedPractice(string body, string words, RecognitionCues cues)
    {
        var from = 0;
        foreach (var time in (string[])["去年", "过去", "以往", "此前", "以前", "前期", "近期", "近年来", "目前"])
        {
            if (body.StartsWith(time, StringComparison.Ordinal))
            {
                from = time.Length;
                break;
            }
        }
        // (phase 9) 近期有部门口头要求村里…: after a time word, 有 + a body reports what someone did.
        if (from > 0 && body.Length > from + 1 && body[from] == '有'
            && ReportedBodies.FirstOrDefault(b => string.CompareOrdinal(body, from + 1, b, 0, b.Length) == 0) is { } some)
        {
            return "有" + some;
        }
        for (var lead = from; lead <= from + MaxReportedLead && lead < body.Length; lead++)
        {
            foreach (var quantifier in cues.Reported)
            {
                if (string.CompareOrdinal(body, lead, quantifier, 0, quantifier.Length) == 0
                    && ReportedBodies.FirstOrDefault(b => string.CompareOrdinal(body, lead + quantifier.Length, b, 0, b.Length) == 0) is { } named
                    && PastMarks.Any(p => words.Contains(p, StringComparison.Ordinal)))
                {
                    return quantifier + named;
                }
            }
        }
        return null;
    }
}

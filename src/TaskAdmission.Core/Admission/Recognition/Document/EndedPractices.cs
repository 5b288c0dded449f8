using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 29) Papers that end a practice, and answers saying what may no longer be asked. An approver reads a paper whose
/// act is to end a practice (关于废止…办法的通知, 关于取消…报送的通知, 关于停止执行…制度的通知) as relief: what it recounts of the
/// practice it ends — what the repealed paper asked, what was asked before and is now stopped — is named only to end it.
/// A question asking whether a body may still demand something, answered no, asks nothing of the village either. What the
/// paper newly asks (a replacement, a practice kept, a later sentence asking again) is read as it stands.
/// </summary>
internal static partial class EndedPractices
{
    private static readonly RecognitionCues Cues = RecognitionCues.Instance;
    private static readonly string[] Denials = [.. Cues.List("ended_practices.denials").OrderByDescending(w => w.Length)];
    private static readonly string[] AnswerLeads = Cues.List("ended_practices.answer_leads");
    private static readonly string[] DeniedRefusals = Cues.List("ended_practices.denied_refusals");
    private const int MaxRestatedSubject = 8;
    private static readonly string[] PaperNouns = Cues.List("ended_practices.paper_nouns");
    private static readonly string[] RecountingVerbs = Cues.List("ended_practices.recounting_verbs");
    private static readonly string[] EndingVerbs = Cues.List("ended_practices.ending_verbs");
    private static readonly string[] PastLeads = Cues.List("ended_practices.past_leads");
    private static readonly string[] Stops = Cues.List("ended_practices.stops");
    private static readonly string[] ReferringMarks = [.. Cues.List("ended_practices.referring_marks").OrderByDescending(w => w.Length)];
    private static readonly string[] NowLeads = [.. Cues.List("not_operative_parts.now_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] Replacing = Cues.List("withdrawals.replacements");
    private static readonly string[] AskingAgain = Cues.List("not_operative_parts.asking_again");
    private static readonly string[] AnewLeads = Cues.List("ended_practices.anew_leads");
    private static readonly string[] PracticeNouns = Cues.List("ended_practices.practice_nouns");
    private static readonly string[] ObjectEnds = Cues.List("ended_practices.object_ends");
    private const int MaxStoppedVerb = 4;
    private static readonly string[] HandedElsewhere = Cues.List("ended_practices.handed_elsewhere");
    private static readonly string[] VillageWords = Cues.List("ended_practices.village_marks");
    // How much of the body a replacement names is shown as the cue.
    private const int MaxShownBody = 12;
    // A village word in the replacement, not one inside a word that only ends like it (县农业农村局: [not_village]).
    private static bool NamesVillage(string words)
    {
        foreach (var not in Cues.NotVillage)
        {
            words = words.Replace(not, string.Empty, StringComparison.Ordinal);
        }
        return VillageWords.Any(v => words.Contains(v, StringComparison.Ordinal));
    }

    // The longest topic before the replacement in its clause (患者病情改由…, 种植面积改由…).
    private const int MaxTopic = 8;

    [GeneratedRegex("(自|从)[0-9一二三四五六七八九十〇零]+(年|月|日|号)[0-9一二三四五六七八九十〇零年月日号份]*(起|开始)$")]
    private static partial Regex DatedStartAtEnd();

    [GeneratedRegex("^(自|从)[0-9一二三四五六七八九十〇零]+(年|月|日|号)[0-9一二三四五六七八九十〇零年月日号份]*(起|开始)")]
    private static partial Regex DatedStartAtHead();

    /// <summary>
    /// A dated start right before the verb that ends (…考核指标自2026年起取消, …自4月1日起停止): the time of a withdrawal as
    /// 自今年起 is, written as a date. The words, or null.
    /// </summary>
    internal static string? DatedStart(string before) => DatedStartAtEnd().Match(before) is { Success: true } m ? m.Value : null;

    /// <summary>
    /// 问：镇里能否要求村里签…责任书？答：不能。 — a question that holds a word of asking (能否, 可否) asks whether the demand
    /// is allowed; when its answer opens by denying it (不能, 不可以, 不需要 …) and goes on asking nothing in that sentence, the
    /// question is not a request. An answer that permits (可以, 能) or denies only a manner and then asks (不能只打电话，
    /// 还要…) leaves the question operative. <paramref name="after"/> is the normalised text after the question mark.
    /// </summary>
    /// <remarks>
    /// (phase 30 review) 问：居委会可不可以向住户收取卫生费？答：居委会不能擅自设立收费项目。 — the answer may restate the question's
    /// own subject (a run of <paramref name="question"/>, up to <see cref="MaxRestatedSubject"/> characters) before the
    /// denial, and the denial may govern the act itself to the sentence's end, as long as that act is no refusal (不能拒绝,
    /// 不能不管 demand: [ended_practices.denied_refusals]) and the sentence asks nothing again. Phase 30's reading of 能不能
    /// as an alternative question (it negates nothing) left such a question of a 解答 to this check alone.
    /// </remarks>
    internal static bool AnswerDenies(string text, int after, string question = "")
    {
        var at = after;
        while (at < text.Length && text[at] is ' ' or '\n' or '\r' or '\u3000')
        {
            at++;
        }
        if (AnswerLeads.FirstOrDefault(l => string.CompareOrdinal(text, at, l, 0, l.Length) == 0) is not { } lead)
        {
            return false;
        }
        at += lead.Length;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        if (DenialAt(text, at) is not { } denial)
        {
            at = RestatedSubjectEnd(text, at, question);
            if (at < 0 || DenialAt(text, at) is not { } restatedDenial)
            {
                return false;
            }
            denial = restatedDenial;
        }
        at += denial.Length;
        if (at >= text.Length || text[at] is '。' or '\n' or '!')
        {
            return true;
        }
        if (text[at] is not (',' or ';') && DeniedRefusals.Any(r => string.CompareOrdinal(text, at, r, 0, r.Length) == 0))
        {
            return false;
        }
        var stop = text.IndexOfAny(['。', '\n', '!', '?'], at);
        var rest = text[at..(stop < 0 ? text.Length : stop)];
        return !AskingAgain.Any(a => rest.Contains(a, StringComparison.Ordinal)) && !Replacing.Any(r => rest.Contains(r, StringComparison.Ordinal));
    }

    private static string? DenialAt(string text, int at) =>
        Denials.FirstOrDefault(d => string.CompareOrdinal(text, at, d, 0, d.Length) == 0);

    /// <summary>
    /// Where a denial may stand after the answer restates the question's subject (答：村委会不能…): the end of the longest run
    /// from <paramref name="at"/>, up to <see cref="MaxRestatedSubject"/> characters with no clause mark, that occurs in the
    /// question and is followed by a denial; -1 when there is none.
    /// </summary>
    private static int RestatedSubjectEnd(string text, int at, string question)
    {
        if (question.Length == 0)
        {
            return -1;
        }
        for (var length = Math.Min(MaxRestatedSubject, text.Length - at - 1); length >= 2; length--)
        {
            var run = text.AsSpan(at, length);
            if (run.IndexOfAny("，。；：！？,;:!?\n") < 0 && question.AsSpan().IndexOf(run, StringComparison.Ordinal) >= 0
                && DenialAt(text, at + length) is not null)
            {
                return at + length;
            }
        }
        return -1;
    }

    /// <summary>The parts of the description that recount a practice the paper ends.</summary>
    internal static void Spans(DocumentReading reading, FieldReading? title, FieldReading description)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        var sentences = new List<(int First, int Last)>();
        for (var k = 0; k < clauses.Count;)
        {
            var last = k;
            while (last + 1 < clauses.Count && clauses[last + 1].Sentence == clauses[k].Sentence)
            {
                last++;
            }
            sentences.Add((k, last));
            k = last + 1;
        }
        for (var s = 0; s < sentences.Count; s++)
        {
            var (first, last) = sentences[s];
            var start = clauses[first].Start;
            var end = clauses[last].End;
            var sentence = text[start..end];
            var lead = DocumentText.LeadLength(sentence);
            var body = sentence[lead..];
            if (Withdrawals.KeepsForSome(body))
            {
                continue;
            }
            var cut = Replacing.Select(r => body.IndexOf(r, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(body.Length).Min();
            // …，新办法同样对各村每月考核排名; …，今后各村… — a later clause that speaks of now or of a new paper asks anew.
            for (var c = first + 1; c <= last; c++)
            {
                var clauseAt = clauses[c].Start - start - lead;
                var later = text[clauses[c].Start..clauses[c].End].TrimStart(' ', ',', ';');
                if (clauseAt > 0 && clauseAt < cut && AnewLeads.Any(a => later.StartsWith(a, StringComparison.Ordinal)))
                {
                    cut = clauseAt;
                    break;
                }
            }
            if (RepealedPaperRecounted(body, title?.Text.Text, text[..start]) is { } paper)
            {
                reading.AddNotOperative(description, start + lead, start + lead + cut, paper);
            }
            else if (s + 1 < sentences.Count && PastRecount(body) is { } past
                && Enumerable.Range(s + 1, Math.Min(MaxStopDistance, sentences.Count - s - 1))
                    .Select(n => StoppedNext(text, clauses, sentences[n], body)).FirstOrDefault(t => t is not null) is { } stop)
            {
                reading.AddNotOperative(description, start + lead, start + lead + cut, past + "…" + stop);
            }
        }
        EndedObjects(reading, description);
        EndedLists(reading, description);
    }

    private const int MaxStopDistance = 3;
    private const int MaxAfterEnding = 12;
    private const int MinSharedRun = 4;

    /// <summary>
    /// 决定废止《…办法》第三章“村(社区)…考核”全部条款: the object of a verb that ends ([ended_practices.ending_verbs], not
    /// after 不 in its clause), up to the paper's noun that closes it in the same clause ([ended_practices.paper_nouns]:
    /// 办法, 条款, 规程 …; the last one before a word that joins another act, [ended_practices.object_ends]: 并, 印发, 新 …),
    /// is the provision named to end it. What the clause says after the noun, and the later clauses
    /// (…，今后各村每月考核排名), are read as they stand; an object that is no paper (取消评优资格) is not covered.
    /// </summary>
    private static void EndedObjects(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        foreach (var clause in description.Clauses)
        {
            var words = text[clause.Start..clause.End];
            foreach (var verb in EndingVerbs)
            {
                if (words.IndexOf(verb, StringComparison.Ordinal) is not (>= 0 and var at) || words[..at].Contains('不'))
                {
                    continue;
                }
                var from = at + verb.Length;
                var limit = ObjectEnds.Select(w => ObjectEnd(words, w, from)).Where(i => i >= 0).DefaultIfEmpty(words.Length).Min();
                var close = PaperNouns.Select(n => (At: words.LastIndexOf(n, limit - 1, limit - from, StringComparison.Ordinal), n.Length))
                    .Where(n => n.At >= from && n.At + n.Length <= limit).OrderByDescending(n => n.At).FirstOrDefault();
                if (close.Length > 0 && !Replacing.Any(r => words.IndexOf(r, from, close.At - from, StringComparison.Ordinal) >= 0))
                {
                    reading.AddNotOperative(description, clause.Start + from, clause.Start + close.At + close.Length, verb + "…" + words.Substring(close.At, close.Length));
                }
            }
        }
    }

    // The first place the word joins another act after from; a word qualifying the paper (2024年印发的《…》) does not.
    private static int ObjectEnd(string words, string word, int from)
    {
        for (var i = words.IndexOf(word, from, StringComparison.Ordinal); i >= 0; i = words.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            if (i + word.Length >= words.Length || words[i + word.Length] != '的')
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// 以下规定中…的条款予以废止: 1.《…》第十二条“…由村委会出具”; 2.…: a sentence that ends ([ended_practices.ending_verbs]
    /// at most a few characters before its colon, not after 不) introduces the list of what it ends — the numbered lines that
    /// follow name the ended items. The list ends at the first line without a number (上述业务改为…: read); within an item a
    /// replacement or a word of now (…，改为…, …，今后各村…) is read from there. A colon after a long tail (决定废止《…》，自即日起:)
    /// introduces what follows from the repeal, not the list of what is ended, and is not read so. The colon must close its line
    /// (一、取消事项: 村级台账检查 names its items on its own line), and a numbered line with a colon of its own (二、保留事项:)
    /// is a sibling heading, which ends the list.
    /// </summary>
    private static void EndedLists(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var lineAfter = text.IndexOf('\n', colon) is >= 0 and var eol ? eol : text.Length;
            if (colon == 0 || !string.IsNullOrWhiteSpace(text[(colon + 1)..lineAfter]))
            {
                continue;
            }
            var sentenceAt = text.LastIndexOfAny(['。', '\n', ':', ';', '!', '?'], colon - 1) + 1;
            var sentence = text[sentenceAt..colon];
            var ending = EndingVerbs.Select(v => (Verb: v, At: sentence.LastIndexOf(v, StringComparison.Ordinal)))
                .Where(v => v.At >= 0 && (sentence.Length - v.At - v.Verb.Length <= MaxAfterEnding || NamesEndedList(sentence[(v.At + v.Verb.Length)..]))
                    && !sentence[..v.At].Contains('不'))
                .FirstOrDefault();
            if (ending.Verb is null)
            {
                continue;
            }
            var line = lineAfter < text.Length ? lineAfter : -1;
            while (line >= 0 && line + 1 < text.Length)
            {
                var lineStart = line + 1;
                var lineEnd = text.IndexOf('\n', lineStart) is >= 0 and var next ? next : text.Length;
                var item = text[lineStart..lineEnd];
                var lead = DocumentText.LeadLength(item);
                if (lead <= item.Length - item.TrimStart().Length || lead >= item.Length || item.Contains(':'))
                {
                    break;
                }
                var cut = Replacing.Concat(AnewLeads.Where(a => a.Length > 1)).Select(r => item.IndexOf(r, lead, StringComparison.Ordinal))
                    .Where(i => i > lead).DefaultIfEmpty(item.Length).Min();
                reading.AddNotOperative(description, lineStart + lead, lineStart + cut, ending.Verb + ":");
                line = lineEnd < text.Length ? lineEnd : -1;
            }
        }
    }

    private static readonly string[] EndedListNouns = Cues.List("not_operative_parts.ended_heading_nouns");

    // (phase 32) After 取消的证明事项: the clause saying when the list takes effect or that it is made public (，自3月1日起执行).
    [GeneratedRegex("^(清单|目录|名单)?(如下)?(,(自|从)[^,]{1,16}?(起)?(执行|施行|实施|生效)|,(现予|予以|现)公布(如下)?)?$")]
    private static partial Regex EndedListTail();

    // (phase 32) The longest qualifier before the list noun (取消的村级证明事项: 村级证明).
    private const int MaxListQualifier = 4;

    /// <summary>
    /// (phase 32) 现公布第二批取消的证明事项，自3月1日起执行： — the ending verb qualifying the noun of the list (…取消的证明事项,
    /// 停止的做法: [not_operative_parts.ended_heading_nouns]) names the list itself as ended, whatever clause of when it takes
    /// effect or of its publication follows before the colon. Not a noun with an object of its own after it (取消的事项要…).
    /// </summary>
    private static bool NamesEndedList(string tail)
    {
        if (!tail.StartsWith('的'))
        {
            return false;
        }
        var rest = tail[1..];
        for (var length = 1; length <= Math.Min(rest.Length, MaxListQualifier + EndedListNouns.Max(n => n.Length)); length++)
        {
            var noun = rest[..length];
            if (EndedListNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal) && noun.Length - n.Length <= MaxListQualifier)
                && EndedListTail().IsMatch(rest[length..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 该办法要求村干部每天…上传照片 in a paper that repeals 《…办法》: a sentence whose subject points back (该, 上述, 原)
    /// to a paper ([ended_practices.paper_nouns]) and tells what it asked (要求, 规定) recounts the paper the notice ends —
    /// when the title ends a paper of that noun (关于废止…办法的通知) or an earlier sentence does (决定废止…办法). The cue, or null.
    /// </summary>
    private static string? RepealedPaperRecounted(string body, string? title, string before)
    {
        if (ReferringMarks.FirstOrDefault(m => body.StartsWith(m, StringComparison.Ordinal)) is not { } mark
            || PaperNouns.FirstOrDefault(n => string.CompareOrdinal(body, mark.Length, n, 0, n.Length) == 0) is not { } noun)
        {
            return null;
        }
        // (phase 30) 该规程中要求…: 中 between the paper and what it asked.
        var within = string.CompareOrdinal(body, mark.Length + noun.Length, "中", 0, 1) == 0 ? 1 : 0;
        if (RecountingVerbs.FirstOrDefault(v => string.CompareOrdinal(body, mark.Length + noun.Length + within, v, 0, v.Length) == 0) is not { } verb)
        {
            return null;
        }
        return EndsPaper(TitleAct(title), noun) || before.Split('。', '\n').Any(b => EndsPaper(b, noun)) ? mark + noun + verb : null;
    }

    // The title's act after 关于 (关于废止《…办法》的通知 → 废止《…办法》的通知), or "".
    private static string TitleAct(string? title) =>
        title is not null && title.IndexOf("关于", StringComparison.Ordinal) is >= 0 and var about ? title[(about + 2)..] : string.Empty;

    // Whether the words end a paper of that noun: a verb of ending, then the noun later in the same words (废止…办法).
    private static bool EndsPaper(string words, string noun) =>
        EndingVerbs.Any(v => words.IndexOf(v, StringComparison.Ordinal) is >= 0 and var at
            && words.IndexOf(noun, at + v.Length, StringComparison.Ordinal) >= 0
            && !words[..at].Contains('不'));

    /// <summary>
    /// 此前镇里要求村里每天上报…照片: a sentence opening with a past mark ([ended_practices.past_leads]) that recounts a demand
    /// (要求 in it). The mark, or null.
    /// </summary>
    private static string? PastRecount(string body) =>
        PastLeads.FirstOrDefault(p => body.StartsWith(p, StringComparison.Ordinal)) is { } past && body.Contains("要求", StringComparison.Ordinal)
            ? past : null;

    /// <summary>
    /// 即日起停止…拍照上传到群的做法: a stop whose object is the practice named as such ([ended_practices.practice_nouns]:
    /// …的做法, …的要求) and repeats at least four characters running of what the recounted sentence asked — the very practice
    /// recounted. The object, or null.
    /// </summary>
    private static string? PracticeNamed(string after, string asked)
    {
        if (PracticeNouns.Select(n => (Noun: n, At: after.IndexOf(n, StringComparison.Ordinal))).FirstOrDefault(n => n.At > 0) is not { Noun: { } noun } named)
        {
            return null;
        }
        var practice = after[..named.At];
        for (var i = 0; i + MinSharedRun <= practice.Length; i++)
        {
            if (asked.Contains(practice.Substring(i, MinSharedRun), StringComparison.Ordinal))
            {
                return practice + noun;
            }
        }
        return null;
    }

    /// <summary>
    /// The next sentence stops the recounted practice with a bare stop: a clause that, after time words (自4月1日起, 即日起),
    /// is 不再 or 停止 and a verb of at most four characters with nothing after it (自4月1日起不再报送), the verb sharing a
    /// character with what the recounted sentence asked after 要求 (报 in 上报…照片). A stop that names an object (不再报送纸质
    /// 台账) stops only that, and is read by the other readers. The stop, or null.
    /// </summary>
    private static string? StoppedNext(string text, IReadOnlyList<Clause> clauses, (int First, int Last) next, string recounted)
    {
        var asked = recounted[(recounted.LastIndexOf("要求", StringComparison.Ordinal) + 2)..];
        for (var c = next.First; c <= next.Last; c++)
        {
            var clause = text[clauses[c].Start..clauses[c].End];
            var rest = clause[DocumentText.LeadLength(clause)..].Trim().TrimEnd('。', ';', ',', ' ');
            for (var stripped = true; stripped;)
            {
                stripped = false;
                if (NowLeads.FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal)) is { } now)
                {
                    rest = rest[now.Length..];
                    stripped = true;
                }
                else if (DatedStartAtHead().Match(rest) is { Success: true } dated)
                {
                    rest = rest[dated.Length..];
                    stripped = true;
                }
            }
            if (Stops.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal)) is { } stop
                && PracticeNamed(rest[stop.Length..], asked) is { } practice)
            {
                return stop + practice;
            }
            if (Stops.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal)) is { } bare
                && rest[bare.Length..] is { Length: > 0 and <= MaxStoppedVerb } verb
                && verb.All(ch => ch is >= '\u4e00' and <= '\u9fff')
                && verb.Any(ch => asked.Contains(ch)))
            {
                return rest;
            }
            // (phase 34) 往年…要求所在村开证明。自下半年起，（患者病情）改由县医保中心比对核验 — a clause that gives the work
            // to another body in the practice's place ([ended_practices.handed_elsewhere]: 改由), after at most a short topic, and
            // names no village from there: the practice recounted is replaced. One that hands it to a village (改由村委会出具) keeps
            // the recount a demand.
            foreach (var elsewhere in HandedElsewhere)
            {
                var at = rest.IndexOf(elsewhere, StringComparison.Ordinal);
                if (at >= 0 && at <= MaxTopic && !rest[..at].Contains('不') && !NamesVillage(rest[at..]))
                {
                    return rest[at..Math.Min(rest.Length, at + elsewhere.Length + MaxShownBody)];
                }
            }
        }
        return null;
    }
}

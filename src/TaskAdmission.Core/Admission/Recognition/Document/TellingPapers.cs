using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 29) Papers that tell rather than task: a report or summary of a period, a review, an experience paper, a media
/// piece, the minutes of a meeting. An approver does not block such a paper for the banned practice it tells of — what a
/// county used to demand, what a community's secretary says it was once made to do, what one department asked of a village
/// — because it asks the village nothing from now on. It does block the one that, in its own voice, still hands the act to
/// the villages: 会议要求各村…, 下一步各村要…, 请各村学习借鉴…, 我镇将对各村排名.
/// <para>The kind is read from the paper's form, not from the line of work: the title's last word, or the last word inside
/// its trailing bracket (（经验交流材料）, （镇融媒体稿件）), a title opening with a media label (媒体调查：…), or a byline
/// closing the text (记者 …, 《…日报》 2026年…). Never a paper addressed to the villages. A sentence of it is told when it
/// holds no word of what is in force from now on ([telling_papers.in_force]: 今后, 下一步, 继续, 将对 …), stands under no
/// plans heading (下半年工作打算), and none of its clauses speaks to the villages in the paper's own voice: 请 or a
/// village subject with a modal (各村要…), a meeting's decision (会议要求各村…), or a hand-down verb (要求, 让, 组织 …) before
/// a village whose requirer is the paper itself (nothing, 我镇, 本局, or the issuer's own level) — unless that own demand is
/// told in the past (曾, 此前, 往年, 起初 …). A requirer named as another body (当地要求…, 起初街道让社区…, 某部门要求…) is
/// reported. A paper that anywhere urges the villages to copy a practice (请各村学习借鉴, 值得各村推广) tells nothing.</para>
/// </summary>
internal static class TellingPapers
{
    private static readonly string[] Townships = RecognitionCues.Instance.List("paper_stance.townships");
    private static readonly string[] Kinds = RecognitionCues.Instance.List("telling_papers.kinds");
    private static readonly string[] Openers = RecognitionCues.Instance.List("telling_papers.openers");
    private static readonly string[] Bylines = RecognitionCues.Instance.List("telling_papers.bylines");
    private static readonly string[] Press = RecognitionCues.Instance.List("telling_papers.press");
    private static readonly string[] InForce = RecognitionCues.Instance.List("telling_papers.in_force");
    private static readonly string[] PlanHeads = RecognitionCues.Instance.List("telling_papers.plan_heads");
    private static readonly string[] Spreading = RecognitionCues.Instance.List("telling_papers.spreading");
    private static readonly string[] Urging = RecognitionCues.Instance.List("telling_papers.urging");
    private static readonly string[] OwnVoice = RecognitionCues.Instance.List("telling_papers.own_voice");
    private static readonly string[] Past = RecognitionCues.Instance.List("telling_papers.past");
    private static readonly string[] Levels = RecognitionCues.Instance.List("telling_papers.levels");
    private static readonly string[] OwnIssuers = RecognitionCues.Instance.List("paper_direction.own_issuers");
    private static readonly string[] TimeLeads = RecognitionCues.Instance.List("paper_direction.time_leads");
    private const int BylineLines = 2;

    /// <summary>
    /// The paper's telling kind (回顾, 纪要, 稿件, 媒体调查, 记者 …) when it is not addressed to the villages and tells rather
    /// than tasks; null otherwise.
    /// </summary>
    internal static string? KindOf(string title, string description, DocumentReading.Addressee addressed, string? addresseeLine)
    {
        if (addressed == DocumentReading.Addressee.Villages)
        {
            return null;
        }
        // 各镇（街道）：… — sent to the townships, it passes work down to their villages.
        if (addresseeLine is not null && Townships.Any(t => addresseeLine.Contains(t, StringComparison.Ordinal)))
        {
            return null;
        }
        var text = title.Trim();
        // The last word of the title, then of each trailing aside (（经验交流材料）, （镇融媒体稿件）, （节选）).
        while (true)
        {
            var bare = text.TrimEnd(')', '）', ' ');
            if (Kinds.Where(k => bare.EndsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length) is { } kind)
            {
                return kind;
            }
            if (text.Length == 0 || text[^1] is not (')' or '）'))
            {
                break;
            }
            var open = text.LastIndexOfAny(['(', '（']);
            if (open <= 0)
            {
                break;
            }
            // Inside the aside: （镇融媒体稿件） ends with 稿件.
            var inside = text[(open + 1)..^1];
            if (Kinds.Where(k => inside.EndsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length) is { } asideKind)
            {
                return asideKind;
            }
            text = text[..open].TrimEnd();
        }
        var colon = text.IndexOfAny([':', '：']);
        if (colon > 0 && Openers.FirstOrDefault(o => text[..colon].EndsWith(o, StringComparison.Ordinal)) is { } opener)
        {
            return opener;
        }
        return Byline(description);
    }

    /// <summary>The byline among the text's last lines (记者 李某 …, 《示范日报》 2026年…), or null.</summary>
    private static string? Byline(string description)
    {
        var lines = description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Skip(Math.Max(0, lines.Length - BylineLines)))
        {
            if (Bylines.FirstOrDefault(b => line.StartsWith(b, StringComparison.Ordinal)) is { } byline)
            {
                return byline;
            }
            // 《示范日报》: a paper's name in title marks that ends with a press word.
            if (line.StartsWith('《') && line.IndexOf('》') is > 1 and var close && Press.Any(p => line[..close].EndsWith(p, StringComparison.Ordinal)))
            {
                return line[..(close + 1)];
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the sentence holding the offset names a village, by a general word or by its name (东岭村95分，第一名): in a
    /// 公示, a ranking whose sentence names villages publishes their ranking.
    /// </summary>
    internal static bool SentenceNamesAnyVillage(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var sentence = field.Clauses[k].Sentence;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            if (field.Clauses[i].Sentence == sentence && field.Reader.Mentions(i).Any(m => m.Kind == ActorKind.Village))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether some clause of the paper urges the villages to copy a practice (请各村学习借鉴, 值得各村推广).</summary>
    internal static bool UrgesCopying(FieldReading field, RecognitionCues cues)
    {
        var text = field.Text.Text;
        foreach (var clause in field.Clauses)
        {
            var words = PaperDirection.Unquoted(text[clause.Start..clause.End]);
            if (!Spreading.Any(s => words.Contains(s, StringComparison.Ordinal)))
            {
                continue;
            }
            for (var at = 0; at < words.Length; at++)
            {
                if (PaperDirection.VillageAt(words, at, cues) is not null
                    && (Urging.Any(u => words[..at].Contains(u, StringComparison.Ordinal)) || AddressingBefore(words, at)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // 各村, 全镇各村, 其他村: a village word led by a word addressing all of them.
    private static bool AddressingBefore(string words, int at) =>
        at > 0 && (words[at] == '各' || words[at] == '每' || words[..at].EndsWith("其他", StringComparison.Ordinal) || words[..at].EndsWith("其它", StringComparison.Ordinal));

    /// <summary>
    /// The reason the sentence holding the offset is told, not asked: the paper's kind, or null when the sentence holds a
    /// word of what is in force, stands under a plans heading, or speaks to the villages in the paper's own voice.
    /// </summary>
    /// <remarks>(phase 33) In a report or summary of a period that is over (<see cref="ReportedPeriod"/>), a sentence that opens
    /// with that period, or stands in the numbered list a sentence opening with it leads, accounts for what was done.</remarks>
    internal static string? Told(FieldReading field, int sourceStart, string kind, string? issuer, RecognitionCues cues, ReportedPeriod? period = null)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        var sentence = PaperDirection.Unquoted(text[field.Clauses[first].Start..field.Clauses[last].End]);
        if (InForce.Any(f => sentence.Contains(f, StringComparison.Ordinal)))
        {
            return null;
        }
        // The match's line up to the sentence, and the line before it: 四、下半年工作打算。配合…
        var lineStart = field.Clauses[first].Start == 0 ? 0 : text.LastIndexOf('\n', field.Clauses[first].Start - 1) + 1;
        var previousStart = lineStart <= 1 ? 0 : text.LastIndexOf('\n', lineStart - 2) + 1;
        if (PlanHeads.Any(h => text[previousStart..field.Clauses[first].Start].Contains(h, StringComparison.Ordinal)))
        {
            return null;
        }
        // 一、传达云台街道…通知：…街道要求各社区… — a demand relayed to the meeting is passed on, not told.
        if (Relaying.Any(r => text[lineStart..field.Clauses[last].End].Contains(r, StringComparison.Ordinal)))
        {
            return null;
        }
        // …要求本村代收…，会议决定照此执行; …签订责任状。会议同意由村主任代表本村签订 — the told demand is complied with, in the
        // sentence or the next one.
        var next = last + 1 < field.Clauses.Count ? DocumentText.SentenceClauses(field, last + 1).Last : last;
        var around = text[field.Clauses[first].Start..field.Clauses[next].End];
        if (Complied.Any(c => around.Replace("不同意", "", StringComparison.Ordinal).Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        string? told = null;
        for (var c = first; c <= last; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            var body = clause[DocumentText.LeadLength(clause)..];
            body = ClauseScope.WithoutLeading(body, TimeLeads).TrimStart(',', '，', ' ');
            if (PaperStance.Addresses(body, cues) || PaperDirection.HandsTo(body, "由", cues))
            {
                return null;
            }
            if (OwnVoice.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } voice)
            {
                var rest = body[voice.Length..].TrimStart(',', ':', '：', ' ');
                if (PaperDirection.VillageAt(rest, 0, cues) is not null || cues.Delegation.Any(d => PaperDirection.HandsTo(rest, d, cues)))
                {
                    return null;
                }
            }
            switch (HandDown(body, issuer, cues))
            {
                case true when !Past.Any(p => sentence.Contains(p, StringComparison.Ordinal)):
                    return null;
                case false when c <= k:
                    told ??= "他方要求";
                    break;
            }
        }
        // The sentence, up to the match's clause, tells of the past (往年…, 此前…), reports what a party said (社区书记介绍，…,
        // 锦绣社区反映：…), or counts the act as never done (“零出具”).
        var upTo = PaperDirection.Unquoted(text[field.Clauses[first].Start..field.Clauses[k].End]);
        return Past.FirstOrDefault(p => upTo.Contains(p, StringComparison.Ordinal)) ?? Speech(upTo) ?? told
            ?? SpokenQuotation(text, DocumentText.AtSource(field, k, sourceStart))
            ?? ZeroActs.Select(a => "零" + a).FirstOrDefault(z => text[field.Clauses[k].Start..field.Clauses[k].End].Replace("\"", "", StringComparison.Ordinal).Contains(z, StringComparison.Ordinal))
            ?? period?.Narrates(field, first, last);
    }

    // 本季度, 本月: a time word, not the issuer naming itself.
    private static readonly string[] SelfTimes = RecognitionCues.Instance.List("telling_papers.self_times");
    private static readonly string[] Complied = RecognitionCues.Instance.List("telling_papers.complied");
    private static readonly string[] Relaying = RecognitionCues.Instance.List("telling_papers.relaying");
    private static readonly string[] Speaking = RecognitionCues.Instance.List("telling_papers.speaking");
    private static readonly string[] ZeroActs = RecognitionCues.Instance.List("telling_papers.zero_acts");

    /// <summary>A verb of saying followed by a colon, comma or quotation (坦言，…, 反映：…), whose speaker is no meeting.</summary>
    private static readonly string[] Persisting = RecognitionCues.Instance.List("reported_findings.persisting");

    // “…”家住东岭镇的李奶奶说。: the most characters between the quotation's close and the speaking verb.
    private const int SpeakerReach = 30;

    /// <summary>
    /// (phase 32) “往年回村开过证明…”某某说。 — the offset stands inside a quotation that the words right
    /// after it, to the full stop, give to a speaker (a speaking verb, [telling_papers.speaking], closing them): a party's words.
    /// The speaking verb, or null.
    /// </summary>
    private static string? SpokenQuotation(string text, int at)
    {
        // The normalised text writes every quotation mark as '"': they pair in order along the line.
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var open = -1;
        for (var i = text.IndexOf('"', lineStart); i >= 0 && i < at; i = text.IndexOf('"', i + 1))
        {
            open = open < 0 ? i : -1;
        }
        var close = open < 0 ? -1 : text.IndexOf('"', at);
        if (close < 0 || text.IndexOf('\n', open, close - open) >= 0)
        {
            return null;
        }
        // “今后各村每月都要…。”某某说 — a quotation that says what holds from now on is a demand relayed, and keeps its reading;
        // a word of persistence (照常, 继续 …) tells how things stand.
        var quoted = text[(open + 1)..close];
        if (InForce.Any(f => !Persisting.Contains(f) && quoted.Contains(f, StringComparison.Ordinal)) || quoted.Contains('请'))
        {
            return null;
        }
        var stop = text.IndexOfAny(['。', '\n'], close + 1);
        stop = stop < 0 ? text.Length : stop;
        var after = text[(close + 1)..stop].TrimEnd();
        return after.Length <= SpeakerReach && after.IndexOfAny([',', '，', '"']) < 0
            && Speaking.FirstOrDefault(v => after.EndsWith(v, StringComparison.Ordinal)) is { } verb ? "“…”" + verb : null;
    }

    private static string? Speech(string words)
    {
        foreach (var verb in Speaking)
        {
            for (var at = words.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = words.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var after = at + verb.Length;
                if (after < words.Length && words[after] is ':' or '：' or ',' or '，' or '"'
                    && !words[Math.Max(0, at - 2)..at].EndsWith("会议", StringComparison.Ordinal))
                {
                    return verb;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a hand-down verb before a village (要求各村…, 让社区…) has the paper itself as its requirer (true) or another body named before it (false); null when no such verb: nothing before it
    /// in the clause but a time word, the issuer naming itself (我镇, 本局), or the issuer's own level (镇里 in a township's paper).
    /// </summary>
    private static bool? HandDown(string body, string? issuer, RecognitionCues cues)
    {
        bool? found = null;
        foreach (var verb in cues.Delegation)
        {
            for (var at = body.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = body.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                if (PaperDirection.VillageAt(body, at + verb.Length, cues) is null)
                {
                    continue;
                }
                var requirer = Past.Aggregate(body[..at], (words, past) => words.Replace(past, "", StringComparison.Ordinal)).Trim(',', '，', ' ', '、');
                // 请各镇（街道）督促各村…: a requirer the paper itself asks to pass the act on is the paper's voice.
                if (requirer.Length == 0 || cues.Delegation.Any(d => requirer.Contains(d, StringComparison.Ordinal)) || OwnIssuers.Any(o => requirer.Contains(o, StringComparison.Ordinal))
                    || requirer.StartsWith('我') || (requirer.StartsWith('本') && !SelfTimes.Any(t => requirer.StartsWith(t, StringComparison.Ordinal)))
                    || (issuer is not null && Levels.FirstOrDefault(l => requirer.StartsWith(l, StringComparison.Ordinal)) is { } level
                        && issuer.Contains(level[..1], StringComparison.Ordinal)))
                {
                    return true;
                }
                // 当地要求每个村…, 起初街道…让社区…, 某部门要求…: another body named as the requirer.
                if (!requirer.Contains("会议", StringComparison.Ordinal))
                {
                    found = false;
                }
            }
        }
        return found;
    }

    private static readonly string[] Records = RecognitionCues.Instance.List("telling_papers.records");
    private static readonly string[] InstitutionHeads = RecognitionCues.Instance.List("telling_papers.institution_heads");
    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");
    private static readonly string[] NotOwnNames = RecognitionCues.Instance.List("telling_papers.not_institution");

    /// <summary>
    /// (phase 30) The body whose own meeting a record of a meeting (纪要, 会议记录) records, when the title opens with it and
    /// it is an institution, not a government or a village: the title's opening name up to an institution's head
    /// ([telling_papers.institution_heads]: 小学, 医院, 中心, 公司 …, heads that follow each other read as one: 中心小学).
    /// No 关于 before it, no governing word in it (政府, 局, 党委 …), no village word (社区, 村). Null otherwise.
    /// </summary>
    internal static string? MeetingBody(string title, string? kind)
    {
        if (kind is null || !Records.Contains(kind))
        {
            return null;
        }
        var bare = DocumentText.StripBrackets(title);
        for (var at = 0; at < bare.Length; at++)
        {
            if (HeadAt(bare, at) is not { } head)
            {
                continue;
            }
            var end = at + head.Length;
            while (HeadAt(bare, end) is { } next)
            {
                end += next.Length;
            }
            var name = bare[..end];
            return end >= 4 && !name.Contains("关于", StringComparison.Ordinal)
                && !Governing.Any(g => name.Contains(g, StringComparison.Ordinal)) && !NotOwnNames.Any(n => name.Contains(n, StringComparison.Ordinal))
                ? name : null;
        }
        return null;
    }

    private static readonly string[] MembersMeetings = RecognitionCues.Instance.List("telling_papers.members_meetings");
    private static readonly string[] MeetingRecords = RecognitionCues.Instance.List("telling_papers.meeting_records");

    /// <summary>
    /// (phase 32) 某村果蔬专业合作社社员大会决议, 某某协会会员大会纪要: the record of a body's own members' meeting
    /// ([telling_papers.members_meetings]: 社员大会, 会员大会, 股东大会 …), the title opening with the body's name up to an
    /// institution's head (合作社, 协会, 公司 …) and ending with the record ([telling_papers.meeting_records]: 决议, 纪要 …).
    /// The body decides its own affairs for its members; a village's name in it only names a co-operative or a firm after its
    /// place (a village's own collective deciding at its members' meeting is the village's own affair all the same). Not a
    /// government's (no [internal_paper.governing] word), nor a paper 关于 the meeting. The body's name, or null.
    /// </summary>
    internal static string? MembersMeeting(string title)
    {
        var bare = DocumentText.StripBrackets(title);
        if (bare.Contains("关于", StringComparison.Ordinal) || !MeetingRecords.Any(r => bare.EndsWith(r, StringComparison.Ordinal)))
        {
            return null;
        }
        foreach (var meeting in MembersMeetings)
        {
            var at = bare.IndexOf(meeting, StringComparison.Ordinal);
            if (at < 2)
            {
                continue;
            }
            var name = bare[..at];
            return InstitutionHeads.Any(h => name.EndsWith(h, StringComparison.Ordinal)) && !Governing.Any(g => name.Contains(g, StringComparison.Ordinal))
                ? name : null;
        }
        return null;
    }

    private static string? HeadAt(string text, int at) =>
        InstitutionHeads.Where(h => string.CompareOrdinal(text, at, h, 0, h.Length) == 0).MaxBy(h => h.Length);

    /// <summary>
    /// (phase 30) In the record of an institution's own meeting, a sentence that names no village (but where it is told not to
    /// act: 不再请村干部代拍) and hands nothing to one is the meeting's decision on the body's own work — its staff's rating, its
    /// own check-in app. The cue, or null. 会议决定：对各村…排名, 由各村签订… keep their reading.
    /// </summary>
    internal static string? OwnDecision(FieldReading field, int sourceStart, string body, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || DocumentText.SentenceNamesVillages(field, sourceStart))
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        for (var c = first; c <= last; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            if (field.Reader.Mentions(c).Any(m => m.Kind == ActorKind.Village)
                && (PaperStance.Addresses(clause, cues) || cues.Delegation.Any(d => PaperDirection.HandsTo(clause, d, cues)) || PaperDirection.HandsTo(clause, "由", cues))
                && !clause.Contains('不', StringComparison.Ordinal))
            {
                return null;
            }
        }
        return $"{body}会议纪要";
    }
}

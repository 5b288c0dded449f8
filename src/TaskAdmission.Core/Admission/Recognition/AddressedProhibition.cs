namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 6c) A prohibition addressed to departments or cadres reports the rule; it demands nothing of the village:
/// 各部门不得要求村(社区)在工作群打卡接龙、上传工作照片作为考核依据, 区级部门不得单独对社区开展考核、评比、排名,
/// 机关干部不得有下列行为: 一、…; 二、要求村(社区)…签订…责任书. The subject is a body other than the village (a name
/// the clause reader takes for another body: 各部门, 县直部门, 任何单位), a cadre (机关干部) or the list it opens
/// (下列事项不得进入村(社区): 招商引资、协税护税…); the predicate is a prohibition. Its scope is the rest of its sentence —
/// the objects joined by 、/和/或 and later clauses carrying the same subject — and, when it opens a list with
/// 下列/以下 and a colon, every item of the list up to the full stop. A later clause whose own subject is the village
/// (…, 各村要按月上报…) ends the scope, and so does a full stop: the next sentence is read for itself. A clause
/// 除…外 before the prohibition names its exception and is part of the rule statement.
/// </summary>
internal static class AddressedProhibition
{
    private static readonly string[] Prohibitions = RecognitionCues.Instance.List("addressed_prohibition.prohibitions");
    private static readonly string[] ListOpeners = RecognitionCues.Instance.List("addressed_prohibition.list_openers");
    private static readonly string[] Cadres = RecognitionCues.Instance.List("addressed_prohibition.cadres");
    // How far before the prohibition the addressee's name may end (区级部门今后一律不得…).
    private const int SubjectGap = 4;
    // A village word this close to a clause's start is that clause's own subject (各村要按月上报…).
    private const int OwnSubjectReach = 2;

    /// <summary>The addressee and prohibition covering the hit (各部门不得), or null.</summary>
    public static string? Covering(ClauseReader reader, int clauseIndex, int hitStart, RecognitionCues cues)
    {
        var text = reader.Text;
        var clauses = reader.Clauses;
        // 除区委统一组织的年度综合考核外, 区级部门不得…: the exception belongs to the rule the next clause states.
        var opening = text[clauses[clauseIndex].Start..clauses[clauseIndex].End].Trim();
        if (opening.StartsWith('除') && opening.EndsWith('外') && clauseIndex + 1 < clauses.Count
            && clauses[clauseIndex + 1].Sentence == clauses[clauseIndex].Sentence
            && Stated(reader, clauseIndex + 1, clauses[clauseIndex + 1].End, crossedList: false, cues) is { } exception)
        {
            return exception;
        }
        var crossedList = false;
        for (var k = clauseIndex; k >= 0; k--)
        {
            var clause = clauses[k];
            if (k < clauseIndex && clause.Sentence != clauses[k + 1].Sentence)
            {
                // Across a sentence break only inside a list (一、…; 二、…): never across a full stop or a line break.
                var gap = text[clause.End..clauses[k + 1].Start];
                if (gap.Contains('。') || gap.Contains('!') || gap.Contains('?')
                    // (phase 7) a list set out one item a line (：\n1.招商引资…；\n2.征地拆迁…) goes on over the line break.
                    || (gap.Contains('\n') || gap.Contains('\r')) && !ItemFollows(text, clauses[k + 1].Start))
                {
                    return null;
                }
                crossedList = true;
            }
            var end = k == clauseIndex ? hitStart : clause.End;
            if (Stated(reader, k, end, crossedList, cues) is { } rule)
            {
                // (phase 19) 以下事项不得交由村（社区）承担：代收税费；按村排名通报除外。 — an item the list excepts or keeps
                // ([withdrawals.kept_marks]: 除外, 保留, 照常 …) is not under its prohibition.
                if (crossedList && KeptItem(reader, clauseIndex))
                {
                    return null;
                }
                return Agency.TurnedAround(text[Math.Min(end, clause.End)..hitStart], cues) && k < clauseIndex ? null : rule;
            }
            // …, 各村要按月上报…: a clause with the village as its own subject is not under an earlier prohibition.
            // (phase 7) 向村(社区)下达…, 要求村(社区)挂牌: a village after 向/对/要求 is the object of the listed demand.
            if (reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Village) is { Text: not null } village
                && village.Start - clause.Start <= OwnSubjectReach && village.Start < end
                && !ObjectLeads.Any(w => text[clause.Start..village.Start].TrimStart().StartsWith(w, StringComparison.Ordinal) && village.Start > clause.Start))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>(phase 19) Whether the list item holding the clause (its sentence) excepts or keeps what it names.</summary>
    private static bool KeptItem(ClauseReader reader, int clauseIndex)
    {
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        return Document.Withdrawals.KeepsForSome(reader.Text[reader.Clauses[first].Start..reader.Clauses[last].End]);
    }

    private static readonly string[] ObjectLeads = RecognitionCues.Instance.List("addressed_prohibition.object_leads");
    // (phase 7) 不得另行组织考核: forbidding departments to do it *separately* names what came before as the one channel.
    // (phase 10) 一年一次，不搞多头考核: one channel, against many.
    private static readonly string[] Separately = RecognitionCues.Instance.List("addressed_prohibition.separately");

    /// <summary>
    /// (phase 7) A later clause of the sentence forbids departments to do the same thing separately (对村(社区)的年度综合考核,
    /// 统一由镇(街道)组织实施, 各部门不得另行组织考核): the sentence consolidates an existing practice into one channel
    /// and adds none. The words, or null.
    /// </summary>
    public static string? Consolidating(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var clauses = reader.Clauses;
        for (var k = clauseIndex + 1; k < clauses.Count && clauses[k].Sentence == clauses[clauseIndex].Sentence; k++)
        {
            if (Stated(reader, k, clauses[k].End, crossedList: false, cues) is not { } rule)
            {
                continue;
            }
            var span = reader.Text[clauses[k].Start..clauses[k].End];
            foreach (var cue in Prohibitions)
            {
                var at = span.IndexOf(cue, StringComparison.Ordinal);
                var rest = at < 0 ? string.Empty : span[(at + cue.Length)..].TrimStart('再');
                if (Separately.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal)) is { } separately)
                {
                    return rule + separately;
                }
            }
        }
        return null;
    }

    /// <summary>Whether a list item's number starts at <paramref name="at"/> (1. / 1、 / (1) / 一、 / ①).</summary>
    private static bool ItemFollows(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        if (i >= text.Length)
        {
            return false;
        }
        if (text[i] is >= '①' and <= '⑳')
        {
            return true;
        }
        var open = text[i] is '(' or '（';
        var j = open ? i + 1 : i;
        var digits = j;
        while (j < text.Length && (char.IsDigit(text[j]) || "一二三四五六七八九十".Contains(text[j])))
        {
            j++;
        }
        return j > digits && j < text.Length && (open ? text[j] is ')' or '）' : text[j] is '.' or '、' or '．');
    }

    /// <summary>The prohibition a clause states of a department or cadre before <paramref name="end"/>, or null.</summary>
    private static string? Stated(ClauseReader reader, int k, int end, bool crossedList, RecognitionCues cues)
    {
        var text = reader.Text;
        var clause = reader.Clauses[k];
        var span = text[clause.Start..Math.Min(end, clause.End)];
        foreach (var cue in Prohibitions)
        {
            var at = span.IndexOf(cue, StringComparison.Ordinal);
            // (phase 22) 以下事项不再由村级组织单独承担： refuses the village only sole charge of the list.
            if (at < 0 || Agency.TurnedAround(span[(at + cue.Length)..], cues) || Agency.OnlyAlone(span[(at + cue.Length)..]))
            {
                continue;
            }
            var lead = span[..at];
            // (phase 7) the list's opener may stand in an earlier clause of the sentence (以下事项列入负面清单, 任何部门不得…：).
            var sentenceStart = reader.Clauses.First(c => c.Sentence == clause.Sentence).Start;
            var opensList = ListOpeners.Any(w => text.IndexOf(w, sentenceStart, clause.End - sentenceStart, StringComparison.Ordinal) >= 0)
                && clause.End < text.Length && text[clause.End] is ':' or '：';
            if (crossedList && !opensList)
            {
                continue;
            }
            // (phase 22) 下列事项由乙方承担，甲方不再承担： — an earlier clause of the sentence has given the list to the village
            // (由 + the village, 乙方 the village the head lines name); what the other party no longer does is not refused to it.
            if (opensList && ClauseScope.GivenEarlier(reader, k, cues) is not null)
            {
                continue;
            }
            var mentions = reader.Mentions(k).Where(m => m.End <= clause.Start + at).ToList();
            if (mentions.Any(m => m.Kind == ActorKind.Village))
            {
                continue;
            }
            var addressee = mentions.LastOrDefault(m => m.Kind == ActorKind.Other && clause.Start + at - m.End <= SubjectGap);
            if (addressee.Text is not null)
            {
                return addressee.Text + cue;
            }
            if (Cadres.FirstOrDefault(w => lead.Contains(w, StringComparison.Ordinal) && !lead.Contains("村" + w, StringComparison.Ordinal)) is { } cadre)
            {
                return cadre + cue;
            }
            if (opensList && ListOpeners.FirstOrDefault(w => lead.Contains(w, StringComparison.Ordinal)) is { } list)
            {
                return list + "…" + cue;
            }
        }
        return null;
    }
}

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 28) Who performs the routine a check-in records. An approver: "a paper sent to the townships or to their offices
/// may still say who walks the rounds — 由村（社区）组织村干部、网格员上门, 各村确定…村干部为巡查员, 村级林长…巡林. The
/// photo, the sign-in and the track that record the round burden those who walk it, whichever body the paper is sent to."
/// A check-in match naming no one, in a paper addressed to other bodies, is read with the performer the paper last named:
/// walking back from the match sentence by sentence, the first sentence whose opening names a performer decides — the
/// subject of its first clause that names one (after its numbering and a heading such as 排查方式：, or right after 由 or 请),
/// passed down a hand-down verb ([delegation]: 请各镇督促…村（社区）…成员 — the village's members act). A village (or
/// its cadres) there keeps the match firing; another body (区民政局决定…, 乡镇审核汇总) or a private person leaves it quiet.
/// <para>What it never does: read a village that is only an object or a place (对各村进行抽查, 在村部), reach past a
/// sentence whose performer is another body, or touch a match of another family or one that names its own actor.</para>
/// </summary>
internal static class VillagePerformers
{
    // 请各镇（街道）督促所辖村（社区）…: the few characters between a hand-down verb and the body it hands to.
    private const int HandReach = 3;

    // 三、排查方式：村干部…: a heading before the clause's subject is at most this long.
    private const int HeadingReach = 10;

    /// <summary>The village performer the paper last named before the offset, or null.</summary>
    internal static string? Before(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        var i = k - 1;
        while (i >= 0)
        {
            var sentence = field.Clauses[i].Sentence;
            var first = i;
            while (first > 0 && field.Clauses[first - 1].Sentence == sentence)
            {
                first--;
            }
            for (var c = first; c <= i; c++)
            {
                if (Subject(field, c, cues) is { } performer)
                {
                    return performer.Kind == ActorKind.Village ? performer.Text : null;
                }
            }
            i = first - 1;
        }
        return null;
    }

    /// <summary>The mention standing as the clause's subject (passed down a hand-down verb), or null.</summary>
    private static Mention? Subject(FieldReading field, int c, RecognitionCues cues)
    {
        var text = field.Text.Text;
        var clause = field.Clauses[c];
        var mentions = field.Reader.Mentions(c).OrderBy(m => m.Start).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }
        var words = text[clause.Start..clause.End];
        var start = clause.Start + DocumentText.LeadLength(words);
        var colon = text.IndexOfAny(['：', ':'], start, Math.Min(HeadingReach + 1, clause.End - start));
        if (colon >= 0 && colon < mentions[0].Start)
        {
            start = colon + 1;
        }
        var subject = mentions[0];
        var prefix = text[Math.Min(start, subject.Start)..subject.Start].Trim(' ', '\u3000');
        if (prefix.Length > 0 && prefix is not ("由" or "请"))
        {
            return null;
        }
        for (var m = 1; m < mentions.Count; m++)
        {
            if (mentions[m].Start < subject.End)
            {
                continue;
            }
            // 各镇（街道）督促…: a bracketed second name is the same body; the hand-down verb follows the bracket.
            var between = text[subject.End..mentions[m].Start].TrimStart('）', ')', '”', '"', '」');
            if (between.Length == 0 || between.All(ch => ch is '（' or '(' or '）' or ')' or '、' or '/'))
            {
                if (subject.Kind == mentions[m].Kind)
                {
                    subject = subject with { End = mentions[m].End };
                    continue;
                }
                break;
            }
            if (cues.Delegation.Any(d => between.StartsWith(d, StringComparison.Ordinal) && between.Length <= d.Length + HandReach))
            {
                subject = mentions[m];
                continue;
            }
            break;
        }
        return subject;
    }
}

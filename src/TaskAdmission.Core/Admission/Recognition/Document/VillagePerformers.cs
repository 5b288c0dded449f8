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

    private static readonly string[] PerformerHeads = RecognitionCues.Instance.List("paper_direction.performer_heads");
    private static readonly string[] ReceivedActs = RecognitionCues.Instance.List("paper_direction.received_acts");
    private const int PerformerReach = 6;

    /// <summary>The village performer the paper last named before the offset, or null.</summary>
    internal static string? Before(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        // 普查员入户登记时须…: a sentence opening with a performer of its own goes on from the villages only when the
        // sentence deciding names that performer or its act (各村确定…为巡查员 before 巡查员每月…; 探访 before 探访人员…).
        var (opening, _) = DocumentText.SentenceClauses(field, k);
        var own = OwnPerformer(field.Text.Text[field.Clauses[opening].Start..field.Clauses[opening].End], cues);
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
                    var sentenceText = field.Text.Text[field.Clauses[first].Start..field.Clauses[i].End];
                    var clauseText = field.Text.Text[performer.End..field.Clauses[c].End];
                    // 各村协助做好…, 各村每月至少接受一次…走访: a village that assists or receives is not the one doing the round.
                    if (performer.Kind != ActorKind.Village || FacilityName(performer.Text) || FacilityName(clauseText[..Math.Min(3, clauseText.Length)])
                        || clauseText[..Math.Min(4, clauseText.Length)].Contains("中心", StringComparison.Ordinal)
                        || cues.Assisting.Any(a => clauseText.StartsWith(a, StringComparison.Ordinal))
                        || ReceivedActs.Any(r => clauseText.Contains(r, StringComparison.Ordinal))
                        || own is not null && !sentenceText.Contains(own, StringComparison.Ordinal))
                    {
                        return null;
                    }
                    return performer.Text;
                }
            }
            i = first - 1;
        }
        return null;
    }

    private static readonly string[] HoldingVerbs = RecognitionCues.Instance.List("village_performers.holding_verbs");
    private static readonly string[] HoldingAdverbs = [.. RecognitionCues.Instance.List("village_performers.holding_adverbs").OrderByDescending(a => a.Length)];
    private const int RoleReach = 6;

    /// <summary>
    /// (phase 31) The village performer an earlier sentence says holds the role the match's sentence names (各泵站的值守员一般
    /// 由所在村的村干部兼任 … 值守员每天…打卡): the paper says who the role's people are, so what it asks of the role it asks of
    /// the village's cadres. The role is the longest tail (two to six characters, an adverb such as 多, 一般 left off) of the
    /// words before 由 that the match's sentence repeats; the holder is a village mention after 由 with a verb of holding
    /// ([village_performers.holding_verbs]: 兼任, 担任 …) after it. A role held by another body's staff (由泵站职工担任) is not.
    /// </summary>
    internal static string? HeldByVillage(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var (opening, _) = DocumentText.SentenceClauses(field, k);
        var sentence = text[field.Clauses[opening].Start..field.Clauses[k].End];
        for (var c = opening - 1; c >= 0; c--)
        {
            var clause = field.Clauses[c];
            var words = text[clause.Start..clause.End];
            var by = words.IndexOf('由');
            if (by < 2)
            {
                continue;
            }
            var holder = field.Reader.Mentions(c).FirstOrDefault(m => m.Kind == ActorKind.Village && m.Start > clause.Start + by);
            if (holder.Text is null || !HoldingVerbs.Any(v => text.IndexOf(v, holder.End, clause.End - holder.End, StringComparison.Ordinal) >= 0))
            {
                continue;
            }
            var role = words[..by];
            if (HoldingAdverbs.FirstOrDefault(a => role.EndsWith(a, StringComparison.Ordinal)) is { } adverb)
            {
                role = role[..^adverb.Length];
            }
            for (var length = Math.Min(RoleReach, role.Length); length >= 2; length--)
            {
                if (sentence.Contains(role[^length..], StringComparison.Ordinal))
                {
                    return holder.Text;
                }
            }
        }
        return null;
    }

    /// <summary>村（社区）服务站依托…开展服务: a village's facility described, no performer.</summary>
    private static bool FacilityName(string mention) =>
        mention.IndexOfAny(['站', '室', '馆']) >= 0 && mention.Length <= 3 || mention.EndsWith('站') || mention.EndsWith('室') || mention.EndsWith('点') || mention.EndsWith('馆') || mention.EndsWith("中心", StringComparison.Ordinal);

    /// <summary>The performer word opening the sentence (普查员, 探访人员), as its act's stem when it has one (探访), or null.</summary>
    private static string? OwnPerformer(string clause, RecognitionCues cues)
    {
        var body = clause[DocumentText.LeadLength(clause)..];
        var colon = body.IndexOfAny(['：', ':']);
        if (colon is >= 0 and <= 10)
        {
            body = body[(colon + 1)..];
        }
        for (var length = 2; length <= Math.Min(PerformerReach, body.Length); length++)
        {
            var word = body[..length];
            if (word.IndexOfAny([',', '，', ':', ';', '。']) >= 0)
            {
                return null;
            }
            if (PerformerHeads.FirstOrDefault(h => word.EndsWith(h, StringComparison.Ordinal)) is { } head
                && !cues.NotBody.Any(n => word.EndsWith(n, StringComparison.Ordinal))
                && !cues.VillageMarkers.Any(m => word.Contains(m, StringComparison.Ordinal)))
            {
                var stem = word.EndsWith("人员", StringComparison.Ordinal) ? word[..^2] : word.EndsWith('员') ? word[..^1] : word;
                return stem.Length >= 2 ? stem : word;
            }
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

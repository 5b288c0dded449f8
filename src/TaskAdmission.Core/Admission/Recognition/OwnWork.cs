namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// A notice that names its issuing body and never names the village (县教委公布…排名, 区征收中心答复如下, a signature line
/// 县发展改革委) is that body's account of its own work: a match that fires only because its clause names no one is read
/// as the issuer's act, not the village's. The issuer is a body standing at the very start of the title or the
/// description (县政务服务中心"减证便民"工作情况专报, 县教委公布…), or a line that is nothing but a body's name (a header
/// （白水县市场监督管理局） or a signature). A notice that names the village anywhere — as addressee (各村：), actor or
/// target — keeps the default: what it does not give to anyone else falls on the village.
/// (phase 7, from rt10) A village named only **in passing** — as a place (位于柳林镇茶园村, 涉及滨江社区…, 占用…社区部分道路) or
/// as the qualifier of a noun (茶园村茶叶深加工项目, 茶园村村民, 河湾社区部分楼栋) — is not spoken to: the issuer works there,
/// it asks the village for nothing. The issuer may also stand after the purpose or basis clauses a notice opens with
/// (为展示…, 区投资促进局定于…; 经区政府研究, 决定…) or sign with a date (青山区人民政府  2027年6月1日).
/// </summary>
internal static class OwnWork
{
    // A line that is a body's name: the name and at most brackets or a few characters around it.
    private const int NameLineSlack = 2;
    // 为展示我区营商环境, 区投资促进局定于…: clauses of purpose or basis a notice opens with before its subject.
    private static readonly string[] OpeningClauses = RecognitionCues.Instance.List("own_work.opening_clauses");
    private static readonly char[] DestinationLeads = RecognitionCues.Instance.Chars("own_work.destination_leads");
    // 经区政府研究, 决定…: the body whose deliberation the notice reports is the one deciding.
    private static readonly string[] Deliberation = RecognitionCues.Instance.List("own_work.deliberation");
    // A village named as the place where something is (位于茶园村), or what a matter touches (涉及滨江社区…楼栋).
    private static readonly string[] PlaceVerbs = RecognitionCues.Instance.List("own_work.place_verbs");
    private const int PlaceReach = 16;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (!hits.Any(h => h.Verdict is { Fires: true, Reason: VerdictReason.NoOtherActor }))
        {
            return;
        }
        if (readings.Any(NamesVillage) || Issuer(readings) is not { } issuer)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Verdict is { Fires: true, Reason: VerdictReason.NoOtherActor })
            {
                hits[i] = hits[i] with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, issuer) };
            }
        }
    }

    /// <summary>Whether the reading names the village other than to exempt it (无需村(社区)出具, 不得要求村(社区)…, 村(社区)不参与,
    /// 不涉及村(社区)): a village named only to be left out does not make the notice one addressed to it.</summary>
    private static bool NamesVillage(FieldReading reading)
    {
        var cues = RecognitionCues.Instance;
        var reader = reading.Reader;
        for (var k = 0; k < reading.Clauses.Count; k++)
        {
            foreach (var village in reader.Mentions(k).Where(m => m.Kind == ActorKind.Village))
            {
                var clause = reading.Clauses[k];
                // InPassing last: it asks for jieba's tags of the sentence, the costliest reading here.
                if (ClauseScope.MentionNegated(reader.Text, clause, village, cues) is null
                    && Agency.Negation(reader.Text, clause.Start, clause.End, village.Start, village.End, cues) is null
                    && ClauseScope.SubjectNegated(reader, k, cues) is null && ClauseScope.VillageDisowned(reader, k, cues) is null
                    && !InPassing(reader, k, village, cues))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The issuing body the notice names, or null.</summary>
    /// <remarks>
    /// (phase 25 review) A body relayed by the paper's opening (会议传达了镇党委关于…的通知) does not issue it: the meeting
    /// that relays it does. What the relayed notice demands keeps its reading (DocumentScope.OutsideBodyDemands).
    /// </remarks>
    internal static string? Issuer(IReadOnlyList<FieldReading> readings)
    {
        foreach (var reading in readings)
        {
            if (reading.Clauses.Count == 0)
            {
                continue;
            }
            var text = reading.Text.Text;
            var first = reading.Clauses[0];
            // (phase 19) 到派出所申请开具户籍证明，需提交亲属关系证明: a body after a word of going or asking (到, 向, 找 —
            // [own_work.destination_leads]) is where the applicant goes, not the issuer speaking.
            if (reading.Reader.Mentions(0).FirstOrDefault(m => m.Kind == ActorKind.Other && m.Start <= first.Start + 1
                    && !(m.Start > first.Start && DestinationLeads.Contains(text[m.Start - 1]))) is { Text: not null } opening
                && !Document.DocumentScope.Relays(opening.Text))
            {
                return opening.Text;
            }
            if (AfterOpening(reading) is { } subject)
            {
                return subject;
            }
            for (var k = 0; k < reading.Clauses.Count; k++)
            {
                var clause = reading.Clauses[k];
                var body = SignatureDate(text[clause.Start..clause.End].Trim(' ', '(', ')', '（', '）', '\n', '\r', '\t'));
                if (body.Length > 0 && reading.Reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Other) is { Text: not null } named
                    && named.End - named.Start >= body.Length - NameLineSlack)
                {
                    return named.Text;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of the notice's first sentence after its opening clauses of purpose or basis (为展示我区营商环境,
    /// 区投资促进局定于…), or the body whose deliberation it reports (经区政府研究, 决定…): the issuer speaking. Null when
    /// a clause before it is anything else.
    /// </summary>
    private static string? AfterOpening(FieldReading reading)
    {
        var text = reading.Text.Text;
        var sentence = reading.Clauses[0].Sentence;
        for (var k = 0; k < reading.Clauses.Count && reading.Clauses[k].Sentence == sentence; k++)
        {
            var clause = reading.Clauses[k];
            var words = text[clause.Start..clause.End].TrimStart();
            var lead = clause.End - clause.Start - words.Length + clause.Start;
            var opens = OpeningClauses.FirstOrDefault(w => words.StartsWith(w, StringComparison.Ordinal));
            var named = reading.Reader.Mentions(k).FirstOrDefault();
            if (opens == "经" && named is { Kind: ActorKind.Other, Text: not null } && named.Start <= lead + 1 + 1
                && Deliberation.Any(d => text.IndexOf(d, named.End, clause.End - named.End, StringComparison.Ordinal) >= 0))
            {
                return named.Text;
            }
            if (k > 0 && named is { Kind: ActorKind.Other, Text: not null } && named.Start <= lead + 1)
            {
                return named.Text;
            }
            // 为实施…改造, 改善群众居住条件, 根据…: the purpose runs on over clauses that name no one.
            if (k == 0 ? opens is null : opens is null && named.Text is not null)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A signature line without its date (青山区人民政府  2027年6月1日, …办公室 2027年4月8日印发): the name is what is left.</summary>
    private static string SignatureDate(string line)
    {
        var end = line.Length;
        while (end > 0 && (char.IsDigit(line[end - 1]) || line[end - 1] is ' ' or '\u3000' or '年' or '月' or '日' or '号' or '-' or '/' or '.' or '印' or '发'))
        {
            end--;
        }
        // Only a date that is there: a name ending in 发 alone (发改委) is not cut.
        return end < line.Length && line[end..].Any(char.IsDigit) ? line[..end].TrimEnd() : line;
    }

    /// <summary>
    /// Whether the village is named in passing: as a place (位于…茶园村、金竹村, 涉及滨江社区、河湾社区…, 占用…社区部分道路), or,
    /// when it is one village called by its name (茶园村, 滨江社区 — not 各村 or 村(社区), which speak to all of them), as the
    /// qualifier of the noun right after it (茶园村 茶叶深加工项目, 茶园村 村民, 河湾社区 部分楼栋). jieba's tags say which word
    /// is a noun; a place name jieba cuts off the village word (滨江/ns 社区) is part of the village's name.
    /// </summary>
    private static bool InPassing(ClauseReader reader, int k, Mention village, RecognitionCues cues)
    {
        // (phase 32) 明天去梅岭村渡口，照片已传站里系统 — a village named only as where the issuer's people go.
        if (Agency.Destination(reader, k, village))
        {
            return true;
        }
        var text = reader.Text;
        var clause = reader.Clauses[k];
        var mentions = reader.Mentions(k);
        // The sentence's tags only when a place verb stands before the village or a word is glued to it: most villages
        // named in a notice (各村要…, 村(社区)不得…) are decided without tagging.
        var from = Math.Max(clause.Start, village.Start - PlaceReach);
        var placeVerb = PlaceVerbs.Any(v => text.IndexOf(v, from, village.Start - from, StringComparison.Ordinal) >= 0);
        var glued = village.Start > clause.Start && Text.TextNormaliser.IsChinese(text[village.Start - 1]) && !mentions.Any(m => m.End == village.Start);
        // 茶园村村民, 本村村民: the village word qualifies the residents named with it; they are the ones spoken of.
        if (mentions.Any(m => m.Kind == ActorKind.Private && m.Start == village.End))
        {
            return true;
        }
        if (!placeVerb && !glued && cues.Village.Contains(village.Text))
        {
            return false;
        }
        var tags = reader.Tags(clause.Sentence);
        // 滨江/ns 社区, 柳林镇 茶园/n 村: a place's proper name, or a noun after a town's name (an address), before a village
        // word makes it one named village (居住地/n 村(社区) stays generic).
        var named = !cues.Village.Contains(village.Text);
        var nameStart = village.Start;
        if (tags.LastOrDefault(t => t.Word.End == village.Start) is { Word.Text: not null } place && place.Word.Start >= clause.Start
            && (place.Tag is "ns" or "nr" or "nz" || place.Tag.StartsWith('n') && TownBefore(mentions, place.Word.Start))
            && !mentions.Any(m => m.Start < place.Word.End && m.End > place.Word.Start))
        {
            named = true;
            nameStart = place.Word.Start;
        }
        bool IsName(int i) => mentions.Any(m => m.Start <= i && i < m.End)
            || tags.Any(t => t.Word.Start <= i && i < t.Word.End && t.Tag is { Length: > 0 } tag && tag[0] == 'n'
                && mentions.Any(m => m.Kind == ActorKind.Village && m.Start == t.Word.End));
        // The place verb may stand before a list of names (位于柳林镇茶园村、金竹村): only names and list marks between.
        from = Math.Max(clause.Start, nameStart - PlaceReach);
        foreach (var verb in PlaceVerbs)
        {
            var at = text[from..nameStart].LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && Enumerable.Range(from + at + verb.Length, nameStart - from - at - verb.Length).All(i => IsName(i) || text[i] is '、' or '和' or '及' or '与' or ' '))
            {
                return true;
            }
        }
        if (!named)
        {
            return false;
        }
        var next = tags.FirstOrDefault(t => t.Word.Start >= village.End);
        return next.Word.Start == village.End && next.Word.End <= clause.End && next.Tag is { Length: > 0 } tag
            && tag[0] == 'n' && !mentions.Any(m => m.Start == village.End);
    }

    private static readonly string[] Towns = RecognitionCues.Instance.List("own_work.towns");

    /// <summary>Whether a town's or district's name ends right at <paramref name="at"/> (柳林镇|茶园村: an address).</summary>
    private static bool TownBefore(IReadOnlyList<Mention> mentions, int at) =>
        mentions.Any(m => m.End == at && m.Kind == ActorKind.Other && Towns.Any(t => m.Text.EndsWith(t, StringComparison.Ordinal)));
}

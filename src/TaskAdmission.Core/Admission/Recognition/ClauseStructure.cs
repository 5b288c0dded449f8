using TaskAdmission.Core.Admission.Recognition.Document;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// The clause's structure — who does what to whom — read from jieba's words and part-of-speech tags rather than from
/// phrases: the head of a noun phrase (申请人所在村委会 is a 村委会; 社区卫生服务中心 is a 中心, not the 社区), the persons a
/// rule family's act is done to (排名前八的选手, 评选文明户), the subject a check-in belongs to, carried from the clause
/// that names it (网友纷纷来拍照打卡; 请各户派代表参加, 到会时签到), whether a person is a clause's subject or stands in its
/// object (证明…的本人), a name in quotation marks (“科普e站”), a photo of what is found (发现问题拍照…), and a requester the
/// notice reports rather than speaks as (个别部门要求…). Each rule answers with the words that decided it, so a finding
/// can say whom it found.
/// Bounded: it reads one sentence's words, which the clause analysis has segmented already, and tags only sentences a
/// rule asks about.
/// </summary>
internal static class ClauseStructure
{
    /// <summary>At most this many characters of modifiers between a person and the body whose name they qualify (户籍地或经常居住地).</summary>
    private const int ModifierReach = 10;

    /// <summary>How far after a rule family's act its object (…的 X) is looked for.</summary>
    private const int ObjectReach = 8;

    /// <summary>
    /// Whether the person <paramref name="person"/> only qualifies the body named next: between them stand nouns, place
    /// or time words, or 或/和/及 (申请人 所在 村委会, 死者 生前 居住地 村(居)委会) — no verb or preposition, so the body is
    /// the head of one noun phrase and the one acting.
    /// </summary>
    public static bool ModifiesNextBody(ClauseReader reader, Clause clause, List<Mention> mentions, Mention person)
    {
        var next = mentions.FirstOrDefault(m => m.Start >= person.End && m.Kind != ActorKind.Private);
        if (next.Text is null || next.Start - person.End > ModifierReach || mentions.Any(m => m.Start >= person.End && m.Start < next.Start))
        {
            return false;
        }
        if (next.Start == person.End)
        {
            return true;
        }
        foreach (var (word, tag) in reader.Tags(clause.Sentence))
        {
            if (word.End <= person.End || word.Start >= next.Start)
            {
                continue;
            }
            if (!IsNominal(tag) && word.Text is not ("或" or "和" or "及" or "或者" or "、" or "经常" or "现" or "原"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the village marker in a body's name is part of a compound noun that is not the village (社区卫生 in
    /// 社区卫生服务中心: the name's head is the health centre), judged on jieba's words of the name.
    /// </summary>
    public static bool MarkerInCompound(IReadOnlyList<Word> words, int start, int end, RecognitionCues cues, IReadOnlyList<string> villageWords)
    {
        var compound = false;
        foreach (var word in words)
        {
            if (word.Start < start || word.End > end || !cues.VillageMarkers.Any(m => word.Text.Contains(m, StringComparison.Ordinal)))
            {
                continue;
            }
            // (phase 21) 农业农村委员会: a word of [not_village] (农村, 乡村) ends with the marker but is the countryside, part
            // of a department's name, not the village.
            if (cues.NotVillage.Contains(word.Text))
            {
                compound = true;
                continue;
            }
            // (phase 27) 快递进村服务站, 电商进村站: the bare 村 after a verb of going (进村, 下村: [clause_reader.visit_verbs])
            // inside a name is where the service goes — the name's body is the service's, not the village.
            if (VisitedInName(words, word, start))
            {
                compound = true;
                continue;
            }
            if (villageWords.Contains(word.Text) || cues.VillageMarkers.Any(m => word.Text.EndsWith(m, StringComparison.Ordinal))
                || cues.VillageHeads.Any(h => word.Text.EndsWith(h, StringComparison.Ordinal) && cues.VillageMarkers.Any(m => word.Text[..^h.Length].EndsWith(m, StringComparison.Ordinal))))
            {
                return false;
            }
            compound = true;
        }
        return compound;
    }

    private static readonly string[] VisitVerbs = RecognitionCues.Instance.List("clause_reader.visit_verbs");

    /// <summary>(phase 27) Whether the word is a bare 村/社区 going with a one-character verb of going (进村 as one word, or
    /// 进 | 村) that stands inside the name, after its first word: the village is where a service goes, not the body named.</summary>
    private static bool VisitedInName(IReadOnlyList<Word> words, Word word, int start)
    {
        foreach (var verb in VisitVerbs)
        {
            if (word.Text == verb + "村" || word.Text == verb + "社区")
            {
                return word.Start > start;
            }
        }
        return word.Text is "村" or "社区" && word.Start - 1 > start
            && words.Any(w => w.End == word.Start && w.Start == word.Start - 1 && VisitVerbs.Contains(w.Text));
    }

    /// <summary>
    /// The persons a rule family's act is done to, named right after it: "排名前八的选手" (the act's object phrase, …的 X,
    /// ends with a person), "评选一次文明户" (the word the act's object runs into names households). Rankings, awards and
    /// campaigns of persons and households are not aimed at the village. Null when the object is not a person.
    /// </summary>
    public static string? PersonObject(ClauseReader reader, int clauseIndex, int hitEnd, RecognitionCues cues)
    {
        var clause = reader.Clauses[clauseIndex];
        foreach (var word in reader.SentenceWords(clause.Sentence))
        {
            // The word the match ends inside, or the next one: 文明户, 五好家庭.
            if (word.End > hitEnd && word.Start <= hitEnd && word.End <= clause.End && IsHousehold(word.Text, cues))
            {
                return word.Text;
            }
        }
        var reach = Math.Min(clause.End, hitEnd + ObjectReach);
        var de = reader.Text.IndexOf('的', hitEnd, reach - hitEnd);
        if (de < 0)
        {
            return null;
        }
        return reader.Mentions(clauseIndex).FirstOrDefault(m => m.Start == de + 1) is { Kind: ActorKind.Private } person ? person.Text : null;
    }

    private const int ConditionPhraseReach = 8;

    /// <summary>
    /// (phase 35) Whether the mention is a bracketed gloss of a counted unit (一户（企业）, 每家（单位）, 每户（商户）): the unit may be a
    /// household or a body, and the act is done on it; the gloss names no doer. Only after a unit word of
    /// [clause_structure.counted_units] that a count or 每 opens.
    /// </summary>
    internal static bool CountedUnitGloss(string text, Mention mention)
    {
        if (mention.Start < 3 || mention.End >= text.Length || text[mention.Start - 1] != '(' || text[mention.End] != ')')
        {
            return false;
        }
        var unit = text[mention.Start - 2];
        var count = text[mention.Start - 3];
        return CountedUnits.Contains(unit) && (count == '每' || count == '一' || char.IsAsciiDigit(count) || count == '该');
    }

    private static readonly char[] CountedUnits = RecognitionCues.Instance.Chars("clause_structure.counted_units");

    /// <summary>
    /// (phase 16) Whether a 的 closes a short phrase the person opens (商户不配合的, 村民自建的): the person is what a condition
    /// or relative phrase is about, not the subject carried to the clauses after it. A 的 right after the name (商户的门头)
    /// is a possessive, and a comma ends the search.
    /// <para>(review of phase 16) Only a 的 that closes a headless phrase: the phrase ends the clause or an adverb, verb,
    /// preposition or conjunction follows (商户不配合的直接…), or the person's own verb stands right before it (村民自建的先行登记).
    /// A 的 before the noun it modifies lies inside
    /// the person's own object (商户自行更换门头上的旧招牌, 农户自行清运地里的秸秆): the person acts. A 的 inside a word (目的)
    /// is none.</para>
    /// </summary>
    internal static bool AboutInPhrase(ClauseReader reader, int clauseIndex, int nameEnd)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        var reach = Math.Min(clause.End - 1, nameEnd + ConditionPhraseReach);
        IReadOnlyList<(Word Word, string Tag)>? tags = null;
        for (var i = nameEnd + 1; i < reach; i++)
        {
            if (text[i] is ',' or '，' or '。' or ';')
            {
                return false;
            }
            if (text[i] != '的')
            {
                continue;
            }
            tags ??= reader.Tags(clause.Sentence);
            var at = i;
            if (!tags.Any(t => t.Word.Start == at && t.Word.End == at + 1))
            {
                continue;
            }
            var next = tags.FirstOrDefault(t => t.Word.Start == at + 1);
            if (next.Word.Text is null || next.Word.Start >= clause.End || next.Tag.Length == 0 || next.Tag is "ad"
                || next.Tag[0] is 'd' or 'v' or 'p' or 'c' || char.IsPunctuation(text[at + 1]))
            {
                return true;
            }
            // The person's own verb right before the 的, with only adverbs or a negation before it (村民自建的先行登记, where
            // jieba tags 自建 an adjective and 先行 a noun): the phrase is [person + verb + 的]. A 的 after the verb's object (更换门头上的) or a
            // second verb (更换损坏的招牌) modifies a noun in the object.
            var between = tags.Where(t => t.Word.Start >= nameEnd && t.Word.End <= at).ToList();
            if (between.Count > 0 && Predicate(between[^1].Tag) && between.Take(between.Count - 1).All(t => t.Tag.Length > 0 && t.Tag[0] == 'd'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Predicate(string tag) => tag.Length > 0 && (tag[0] is 'v' or 'l' or 'i' or 'a');

    /// <summary>
    /// The subject a check-in belongs to: the person or body named last before it in its clause or, when its clause names
    /// none, in the clauses of the sentence before it (网友纷纷来拍照打卡; 请各户派一名代表参加, 到会时在门口签到). A check-in
    /// is the act of whoever checks in: when that is a private person it is not asked of the village. Null otherwise.
    /// </summary>
    public static Mention? CheckInSubject(ClauseReader reader, int clauseIndex, int hitStart)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        for (var k = clauseIndex; k >= 0 && reader.Clauses[k].Sentence == sentence; k--)
        {
            var mentions = reader.Mentions(k);
            var before = mentions.Where(m => k < clauseIndex || m.End <= hitStart).ToList();
            if (before.Count > 0)
            {
                var last = before[^1];
                // (phase 16) 商户不配合的直接叫人拆, 拆除前、拆除后各拍一张照片发到群里: the person a condition is about does not
                // check in.
                return last.Kind == ActorKind.Private && IsSubject(reader, k, mentions, last)
                    && (k == clauseIndex || !AboutInPhrase(reader, k, last.End)) ? last : null;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 19) The persons a ranking or assessment orders when they are its clause's subject (正式候选人在选票上按姓氏笔画
    /// 排序: the candidates' order on the ballot): the first named before the match is a private person who is the
    /// subject, and the clause names no village and no village's work. Null otherwise (各村按候选人得票排名, 群众对各村排名).
    /// </summary>
    public static string? RankedPersons(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd)
    {
        var mentions = reader.Mentions(clauseIndex);
        if (mentions.Any(m => m.Kind == ActorKind.Village) || reader.NamesVillageWork(clauseIndex, hitStart, hitEnd))
        {
            return null;
        }
        var first = mentions.FirstOrDefault(m => m.End <= hitStart);
        return first.Text is not null && first.Kind == ActorKind.Private && IsSubject(reader, clauseIndex, mentions, first) ? first.Text : null;
    }

    private static readonly string[] Receiving = RecognitionCues.Instance.List("clause_structure.receiving");
    private static readonly string[] Destinations = RecognitionCues.Instance.List("clause_structure.destinations");

    /// <summary>
    /// (phase 23) Who receives an interview or a criticism said with 接受 right before the match (通知公司负责人到乡安监站接受约谈):
    /// the last body or person the clause names before it, apart from the place one goes to receive it (到乡安监站,
    /// [clause_structure.destinations]). That one's name when it is no village; null when it is the village or none is named
    /// (排名靠后的村党组织书记到区里接受约谈 is the village's).
    /// </summary>
    public static string? Receiver(ClauseReader reader, int clauseIndex, int hitStart)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        if (!Receiving.Any(r => text.AsSpan(clause.Start, hitStart - clause.Start).EndsWith(r, StringComparison.Ordinal)))
        {
            return null;
        }
        Mention? receiver = null;
        var previousEnd = clause.Start;
        foreach (var m in reader.Mentions(clauseIndex).Where(m => m.End <= hitStart))
        {
            var before = text[Math.Min(previousEnd, m.Start)..m.Start].TrimEnd();
            previousEnd = Math.Max(previousEnd, m.End);
            if (!Destinations.Any(d => before.EndsWith(d, StringComparison.Ordinal)))
            {
                receiver = m;
            }
        }
        return receiver is { Kind: not ActorKind.Village, Text: { } name } ? name : null;
    }

    /// <summary>
    /// Whether a person is the clause's subject: not introduced as the one acted upon, mobilised or partnered (与户主合影,
    /// 动员村民注册, 对群众), not the village's own people (各村志愿者), and not a modifier of the noun after it (村民微信群).
    /// </summary>
    public static bool IsSubject(ClauseReader reader, int clauseIndex, IReadOnlyList<Mention> mentions, Mention person)
    {
        var cues = RecognitionCues.Instance;
        var clause = reader.Clauses[clauseIndex];
        var previous = mentions.LastOrDefault(m => m.End <= person.Start);
        var lead = reader.Text[(previous.Text is null ? clause.Start : previous.End)..person.Start];
        if (previous.Text is not null && previous.Kind == ActorKind.Village && lead.Length <= 2)
        {
            return false;
        }
        // 请各户派代表参加 addresses the persons, who then act; 动员村民注册, 与户主合影 act on them.
        if (cues.Delegation.Concat(cues.Patient).Concat(cues.Assisting).Concat(cues.Organising)
            .Any(c => c is not ("请" or "让" or "通知") && lead.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }
        var tags = reader.Tags(clause.Sentence);
        // 并提供居民下载注册页面的截屏: a person after the clause's verb stands in its object.
        if (tags.Any(t => t.Word.Start >= clause.Start && t.Word.End <= person.Start && t.Tag.StartsWith('v') && t.Word.Text is not ("请" or "让" or "通知")))
        {
            return false;
        }
        var next = tags.FirstOrDefault(t => t.Word.Start >= person.End);
        return !(next.Word.Start == person.End && next.Tag.Length > 0 && next.Tag[0] == 'n');
    }

    // After "个别/部分 + village", these say the villages were found still doing it (仍在代收, 还在收取).
    private static readonly string[] StillDoing = RecognitionCues.Instance.List("clause_structure.still_doing");

    /// <summary>
    /// "个别部门要求村干部…", "部分单位让社区…": a demand whose requester is quantified as some of the bodies (个别, 部分,
    /// 有的) is a practice the notice reports, not one it makes. The words that say so, or null.
    /// </summary>
    public static string? ReportedRequester(string text, int from, int hitStart, RecognitionCues cues)
    {
        foreach (var cue in cues.Reported)
        {
            for (var at = text.IndexOf(cue, from, hitStart - from, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < hitStart ? text.IndexOf(cue, at + 1, hitStart - at - 1, StringComparison.Ordinal) : -1)
            {
                var rest = text[(at + cue.Length)..hitStart];
                // 发现个别村仍在代收…: some villages found still doing it — a practice reported, and stopped, not demanded.
                if (cues.Village.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is { } village
                    && StillDoing.FirstOrDefault(w => rest[village.Length..].StartsWith(w, StringComparison.Ordinal)) is { } still)
                {
                    return cue + village + still;
                }
                for (var n = 1; n <= 4 && n < rest.Length; n++)
                {
                    if (cues.BodySuffixes.Any(s => rest[..n].EndsWith(s, StringComparison.Ordinal))
                        && cues.Delegation.FirstOrDefault(v => rest[n..].StartsWith(v, StringComparison.Ordinal)) is { } verb)
                    {
                        return VillagesDemandedAnew(text, at + cue.Length + n + verb.Length, hitStart, cues) ? null : cue + rest[..n] + verb;
                    }
                    // (phase 7) 仍有个别单位向村(社区)摊派报刊订阅: a task some bodies hand down to the village is reported too.
                    if (cues.BodySuffixes.Any(s => rest[..n].EndsWith(s, StringComparison.Ordinal))
                        && HandedToVillage(rest[n..], cues) is { } handed)
                    {
                        return VillagesDemandedAnew(text, at + cue.Length + n + handed.Length, hitStart, cues) ? null : cue + rest[..n] + handed;
                    }
                    // (phase 23) 有些乡把河道保洁等工作交给村里，还要求村干部签订…: the same hand-down said with 把/将.
                    if (cues.BodySuffixes.Any(s => rest[..n].EndsWith(s, StringComparison.Ordinal))
                        && HandedOverToVillage(text, at + cue.Length + n, hitStart, cues) is { } handedOver)
                    {
                        return cue + rest[..n] + handedOver;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// (review of phase 23) 个别部门要求村里报送台账，各村须每周上传照片: after a reported demand, a later clause of the sentence
    /// whose subject is the villages and which demands with a modal of its own (须, 要, 必须, 应) is the paper's own demand, not
    /// part of the practice told of. A clause that carries on the reported body (…，还要求村干部…) stays reported.
    /// </summary>
    private static bool VillagesDemandedAnew(string text, int reportedEnd, int hitStart, RecognitionCues cues)
    {
        if (hitStart <= reportedEnd)
        {
            return false;
        }
        var clauseStart = text.LastIndexOfAny(ClauseMarks, hitStart - 1, hitStart - reportedEnd) + 1;
        return clauseStart > reportedEnd
            && PaperDirection.VillageAt(text[clauseStart..hitStart].TrimStart(), 0, cues) is not null
            && Agency.ModalBefore(text, clauseStart, hitStart) is not null;
    }

    private static readonly string[] EveryWords = RecognitionCues.Instance.List("clause_structure.every_body");
    private static readonly string[] TimeLeads = [.. RecognitionCues.Instance.List("paper_direction.time_leads").OrderByDescending(w => w.Length)];
    private const int EveryBodyReach = 4;

    /// <summary>
    /// (phase 24) 有些乡把招商任务交给村里，…，今后各乡镇一律把招商任务交给村里: a later clause whose subject is every body of the
    /// class ([clause_structure.every_body] + a body word: 各乡镇, 所有镇, 全县乡镇), after a time word or none, makes for all
    /// what the paper told of some: the paper's own rule, with a modal or without. Its own negation (各乡镇不得再把…) still
    /// refuses it.
    /// </summary>
    private static bool EveryBody(string lead, RecognitionCues cues)
    {
        if (TimeLeads.FirstOrDefault(t => lead.StartsWith(t, StringComparison.Ordinal)) is { } time)
        {
            lead = lead[time.Length..].TrimStart(',', ' ');
        }
        if (EveryWords.FirstOrDefault(w => lead.StartsWith(w, StringComparison.Ordinal)) is not { } every)
        {
            return false;
        }
        var rest = lead[every.Length..];
        for (var n = 1; n <= EveryBodyReach && n <= rest.Length; n++)
        {
            if (cues.BodySuffixes.Any(s => rest[..n].EndsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] HandOverMarkers = RecognitionCues.Instance.List("clause_structure.hand_over_markers");
    private static readonly char[] ClauseMarks = [',', '，', ';', '；', '。', ':', '：', '\n'];
    private const int HandOverReach = 48;

    /// <summary>
    /// (phase 23) 有些乡把河道保洁等工作交给村里, 个别中队存在将…等事项交给居委会的现象: a hand-down said with 把/将
    /// ([clause_structure.hand_over_markers]) at <paramref name="at"/> — the work first, then a hand-down verb and the village,
    /// in one clause. Returns the words from 把 to the village, or null. A match in a later clause of the sentence is part of
    /// the reported practice only while that clause carries on its subject (还要求村干部签订…): one that names the villages as
    /// its own subject or demands with a modal of its own (…，今后各村要签订…) is the paper's own demand.
    /// </summary>
    internal static string? HandedOverToVillage(string text, int at, int hitStart, RecognitionCues cues)
    {
        if (!HandOverMarkers.Any(m => string.CompareOrdinal(text, at, m, 0, m.Length) == 0))
        {
            return null;
        }
        var end = Math.Min(text.Length, at + HandOverReach);
        for (var i = at + 1; i < end && Array.IndexOf(ClauseMarks, text[i]) < 0; i++)
        {
            if (cues.HandedTo.FirstOrDefault(v => string.CompareOrdinal(text, i, v, 0, v.Length) == 0) is { } verb
                && cues.Village.Where(v => string.CompareOrdinal(text, i + verb.Length, v, 0, v.Length) == 0).MaxBy(v => v.Length) is { } village)
            {
                var handEnd = i + verb.Length + village.Length;
                if (hitStart <= handEnd)
                {
                    return text[at..handEnd];
                }
                var clauseStart = text.LastIndexOfAny(ClauseMarks, hitStart - 1, hitStart - handEnd) + 1;
                var lead = text[Math.Max(clauseStart, handEnd)..hitStart].TrimStart();
                return clauseStart <= handEnd
                    || !cues.Village.Any(v => lead.StartsWith(v, StringComparison.Ordinal)) && Agency.ModalBefore(text, clauseStart, hitStart) is null
                        && !EveryBody(lead, cues)
                    ? text[at..handEnd] : null;
            }
        }
        return null;
    }

    /// <summary>"向村(社区)摊派", "给各村下达": a hand-down to the village, the words, or null.</summary>
    private static string? HandedToVillage(string rest, RecognitionCues cues)
    {
        if (rest.Length == 0 || rest[0] is not ('向' or '对' or '给'))
        {
            return null;
        }
        var village = cues.Village.Where(v => rest.AsSpan(1).StartsWith(v, StringComparison.Ordinal)).MaxBy(v => v.Length);
        return village is not null && cues.HandedTo.FirstOrDefault(v => rest.AsSpan(1 + village.Length).StartsWith(v, StringComparison.Ordinal)) is { } verb
            ? rest[..(1 + village.Length)] + verb : null;
    }

    /// <summary>
    /// Whether the mention stands inside quotation marks (“科普e站”, normalised to ") within its clause: an odd number of
    /// marks before it and a closing one shortly after. A thing's name, not an actor.
    /// </summary>
    public static bool Quoted(string text, Clause clause, Mention mention)
    {
        var marks = 0;
        for (var i = clause.Start; i < mention.Start; i++)
        {
            marks += text[i] == '"' ? 1 : 0;
        }
        if (marks % 2 == 0)
        {
            return false;
        }
        var close = text.IndexOf('"', mention.End, clause.End - mention.End);
        return close >= 0 && close - mention.End <= 12;
    }

    private static readonly string[] FindingVerbs = RecognitionCues.Instance.List("clause_structure.finding_verbs");
    private static readonly string[] FoundThings = RecognitionCues.Instance.List("clause_structure.found_things");
    private const int FindingReach = 8;
    private const int EarlierFindingReach = 10;

    /// <summary>
    /// "发现问题拍照记录后报…": a clause whose act is done on a finding (发现 + what is found, right before the act) makes
    /// the photo evidence of the finding, not proof of the worker's presence. (phase 23) 在走访中看到明显的安全隐患（比如…），
    /// 可随手拍照发给镇应急办: the finding may close the clause before, in the same sentence (a bracket of examples after
    /// it set aside), and be seen as well as found ([clause_structure.finding_verbs]). The words, or null.
    /// </summary>
    public static string? ReportsFinding(ClauseReader reader, int clauseIndex, int hitStart)
    {
        var clause = reader.Clauses[clauseIndex];
        if (Finding(reader.Text[clause.Start..hitStart], FindingReach) is { } here)
        {
            return here;
        }
        return clauseIndex > 0 && reader.Clauses[clauseIndex - 1] is var previous && previous.Sentence == clause.Sentence
            ? Finding(DocumentText.StripBrackets(reader.Text[previous.Start..previous.End].TrimEnd(',', '，', ' ')), EarlierFindingReach)
            : null;
    }

    /// <summary>The finding <paramref name="before"/> ends with — a verb of finding and what is found within the reach — or null.</summary>
    private static string? Finding(string before, int reach)
    {
        foreach (var verb in FindingVerbs)
        {
            var at = before.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && before.Length - at <= reach && before.Length > at + verb.Length
                && FoundThings.Any(t => before.EndsWith(t, StringComparison.Ordinal)))
            {
                return before[at..];
            }
        }
        return null;
    }

    private static readonly string[] RoundsLinks = RecognitionCues.Instance.List("clause_structure.rounds_links");
    private static readonly string[] FindingReports = RecognitionCues.Instance.List("clause_structure.finding_reports");

    /// <summary>
    /// (phase 27) 各村安全员在平时巡查时发现加油站存在隐患的，拍照报告镇应急办即可: an inspection word that is only the occasion of a
    /// finding (巡查中发现, 检查时看到 — [clause_structure.rounds_links] + a verb of [clause_structure.finding_verbs]) does not
    /// inspect what is found after it: the firm is the object of 发现, not of 巡查, and the sentence asks only that the finding
    /// be reported ([clause_structure.finding_reports] after the match). Whatever else the sentence asks (责令停产, 下达整改
    /// 通知) is read by its own phrases. 每日巡查辖区企业，发现问题报镇 still inspects the firms: there the field comes
    /// right after the inspection word. The words from the inspection word to the finding verb, or null.
    /// </summary>
    public static string? FoundOnRounds(ClauseReader reader, int clauseIndex, (int Start, int End)[] chain)
    {
        if (chain.Length < 2)
        {
            return null;
        }
        var text = reader.Text;
        var ordered = chain.OrderBy(c => c.Start).ToArray();
        for (var i = 0; i + 1 < ordered.Length; i++)
        {
            var between = text[ordered[i].End..ordered[i + 1].Start];
            if (between.Length == 0 || !FindingVerbs.Any(v => between.EndsWith(v, StringComparison.Ordinal)))
            {
                continue;
            }
            var link = between[..^FindingVerbs.First(v => between.EndsWith(v, StringComparison.Ordinal)).Length];
            if (link.Length > 0 && !RoundsLinks.Contains(link))
            {
                continue;
            }
            // The rest of the sentence after the match must report what was found.
            var sentence = reader.Clauses[clauseIndex].Sentence;
            var last = clauseIndex;
            while (last + 1 < reader.Clauses.Count && reader.Clauses[last + 1].Sentence == sentence)
            {
                last++;
            }
            var rest = text[ordered[^1].End..reader.Clauses[last].End];
            return FindingReports.Any(r => rest.Contains(r, StringComparison.Ordinal)) ? text[ordered[i].Start..ordered[i + 1].Start] : null;
        }
        return null;
    }

    private static readonly string[] SoughtThings = RecognitionCues.Instance.List("clause_structure.sought_things");
    private static readonly string[] RoundWords = RecognitionCues.Instance.List("clause_structure.round_words");
    private static readonly string[] Premises = RecognitionCues.Instance.List("clause_structure.premises");
    private static readonly string[] RoundReportJoins = [.. RecognitionCues.Instance.List("clause_structure.round_report_joins").OrderByDescending(w => w.Length)];

    /// <summary>
    /// (phase 32) 网格员主要承担…安全隐患巡查上报…等工作, 负责辖区隐患的巡查和上报: a round whose object is what is looked for
    /// ([clause_structure.sought_things] — 隐患, 问题, 险情 — right before it, a 的 allowed) and that is joined straight to a
    /// report ([clause_structure.round_report_joins], then a verb of [clause_structure.finding_reports]) is the duty to spot
    /// and report, not an inspection of the places where the hazards are. The round must fall inside the match, and no 对 may
    /// stand before it in its clause (对辖区企业开展隐患巡查上报 inspects the firms). The words, or null.
    /// </summary>
    public static string? PatrolAndReport(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        foreach (var round in RoundWords)
        {
            for (var at = text.IndexOf(round, clause.Start, clause.End - clause.Start, StringComparison.Ordinal); at >= 0;
                 at = at + round.Length < clause.End ? text.IndexOf(round, at + round.Length, clause.End - at - round.Length, StringComparison.Ordinal) : -1)
            {
                var before = text[clause.Start..at];
                if (at + round.Length <= hitStart || at >= hitEnd || before.Contains('对')
                    || Premises.Any(p => before.Contains(p, StringComparison.Ordinal)))
                {
                    continue;
                }
                before = before.EndsWith('的') ? before[..^1] : before;
                if (!SoughtThings.Any(t => before.EndsWith(t, StringComparison.Ordinal)))
                {
                    continue;
                }
                var after = text[(at + round.Length)..clause.End];
                var join = RoundReportJoins.FirstOrDefault(j => after.StartsWith(j, StringComparison.Ordinal)) ?? string.Empty;
                after = after[join.Length..];
                if (FindingReports.FirstOrDefault(r => after.StartsWith(r, StringComparison.Ordinal)) is { } report)
                {
                    return round + join + report;
                }
            }
        }
        return null;
    }

    private static readonly string[] FormerDoers = RecognitionCues.Instance.List("clause_structure.former_doers");
    private static readonly string[] HandOvers = RecognitionCues.Instance.List("clause_structure.hand_overs");

    /// <summary>
    /// (phase 27) 原由各村建立的加油站安全检查记录，全部移交县应急管理局: a village named only as the former doer in a
    /// relative phrase (原由 + village … 的 + what the match names: [clause_structure.former_doers]) whose sentence then hands
    /// that thing over to someone else ([clause_structure.hand_overs]: 移交, 划转) is where the work comes from, not who
    /// does it now. The sentence must name no village after the hand-over (…移交县局，各村继续检查 keeps the village), and a
    /// village named as doer without 原 (记录由各村建立，每季度移交县局) is read as before. The words, or null.
    /// </summary>
    public static string? HandedOver(ClauseReader reader, int clauseIndex, int hitStart)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        var villages = reader.Mentions(clauseIndex).Where(m => m.Kind == ActorKind.Village && m.End <= hitStart).ToList();
        if (villages.Count != 1)
        {
            return null;
        }
        var village = villages[0];
        if (!FormerDoers.Any(f => village.Start - f.Length >= clause.Start && string.CompareOrdinal(text, village.Start - f.Length, f, 0, f.Length) == 0)
            || text.IndexOf('的', village.End, hitStart - village.End) < 0)
        {
            return null;
        }
        var sentence = clause.Sentence;
        for (var k = clauseIndex; k < reader.Clauses.Count && reader.Clauses[k].Sentence == sentence; k++)
        {
            var from = k == clauseIndex ? hitStart : reader.Clauses[k].Start;
            var words = text[from..reader.Clauses[k].End];
            if (HandOvers.FirstOrDefault(h => words.Contains(h, StringComparison.Ordinal)) is { } handed)
            {
                var at = from + words.IndexOf(handed, StringComparison.Ordinal);
                var later = Enumerable.Range(k, reader.Clauses.Count - k).TakeWhile(j => reader.Clauses[j].Sentence == sentence)
                    .Any(j => reader.Mentions(j).Any(m => m.Kind == ActorKind.Village && m.Start > at));
                return later ? null : text[(village.Start - 2)..village.End] + "…" + handed;
            }
        }
        return null;
    }

    private static readonly string[] AttendanceSignIns = RecognitionCues.Instance.List("clause_structure.attendance_sign_ins");
    private static readonly string[] Attendance = RecognitionCues.Instance.List("clause_structure.attendance");
    private static readonly string[] RecurringOrProof = RecognitionCues.Instance.List("clause_structure.recurring_or_proof");

    /// <summary>
    /// (phase 20) 参会要求：请提前10分钟签到; 参训人员请于8点半前到报告厅门口扫码签到: a sign-in (签到, 报到 — the whole match) whose
    /// line speaks of attending a meeting or a training (参会, 参训, 与会, 到会, 会议室, 报告厅) records attendance at that one
    /// event; it is no check-in of the village's work. Not when the line makes it recur or asks for proof of place or
    /// presence (每天, 每周, 考勤, APP, 定位, 拍照 — [clause_structure.recurring_or_proof]): 参会人员每天在APP签到 is a check-in.
    /// The attendance word and the sign-in, or null.
    /// </summary>
    public static string? AttendanceSignIn(ClauseReader reader, int hitStart, int hitEnd)
    {
        var text = reader.Text;
        if (!AttendanceSignIns.Any(s => hitEnd - hitStart == s.Length && string.CompareOrdinal(text, hitStart, s, 0, s.Length) == 0))
        {
            return null;
        }
        var lineStart = hitStart == 0 ? 0 : text.LastIndexOf('\n', hitStart - 1) + 1;
        var lineEnd = text.IndexOf('\n', hitEnd) is >= 0 and var end ? end : text.Length;
        var line = text[lineStart..lineEnd];
        return RecurringOrProof.Any(w => line.Contains(w, StringComparison.Ordinal)) ? null
            : Attendance.FirstOrDefault(w => line.Contains(w, StringComparison.Ordinal)) is { } attending ? attending + "…" + text[hitStart..hitEnd] : null;
    }

    private static bool IsHousehold(string word, RecognitionCues cues) =>
        word.Length >= 2 && (word.EndsWith('户') || word.EndsWith("家庭", StringComparison.Ordinal) || cues.Private.Contains(word));

    /// <summary>Nouns (n, nr, ns, nt, nz, ng), distinguishing words (b: 所在), place (s), time (t), direction (f), abbreviations (j); not verbs (v), prepositions (p), adverbs (d: 将代表社区) or pronouns.</summary>
    private static bool IsNominal(string tag) =>
        tag.Length > 0 && tag[0] is 'n' or 'b' or 's' or 't' or 'f' or 'j';
}

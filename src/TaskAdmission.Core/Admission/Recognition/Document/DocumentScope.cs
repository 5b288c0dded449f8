using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// The paper's own scope: the assessment object it states (考核对象：…), a table's lead-unit column (牵头单位), papers named
/// as the list's own (清单内的证明事项).
/// </summary>
internal static class DocumentScope
{
    internal static readonly string[] AssessedObjectWords = RecognitionCues.Instance.List("document_scope.assessed_object_words");
    internal static readonly string[] LeadColumns = RecognitionCues.Instance.List("document_scope.lead_columns");
    internal static readonly string[] ListedPapers = RecognitionCues.Instance.List("document_scope.listed_papers");

    // 按清单出具, 严格按清单开具: the few characters before the issuing verb that may name the list it issues by.
    private const int ListedReach = 6;

    /// <summary>
    /// (phase 25) The list word ([document_scope.listed_papers]: 按清单, 依照清单) that stands, in the match's clause, within a
    /// few characters before the match (村里都依照清单开具证明): the papers issued are those the list allows. Null otherwise; a
    /// paper issued in another clause (…，同时为申请人开具收入证明) keeps its reading.
    /// </summary>
    internal static string? ListedBefore(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var at = DocumentText.AtSource(field, k, sourceStart);
        var lead = field.Text.Text[Math.Max(field.Clauses[k].Start, at - ListedReach)..at];
        return ListedPapers.FirstOrDefault(l => lead.Contains(l, StringComparison.Ordinal));
    }

    private static readonly string[] ScoreWords = RecognitionCues.Instance.List("document_scope.score_words");
    private static readonly string[] PerVillage = RecognitionCues.Instance.List("document_scope.per_village");

    /// <summary>
    /// (phase 10) The sentence holding the offset scores or ranks the villages themselves (按村逐一评分, 通报各村得分排名): a
    /// village word taken one by one, followed within a few characters by a score or rank. 由各村对站所打分 (the villages
    /// score) is not it. The words, or null.
    /// </summary>
    internal static string? VillagesScored(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(field.Clauses, k);
        var text = field.Text.Text;
        for (var c = first; c <= last; c++)
        {
            var words = text[field.Clauses[c].Start..field.Clauses[c].End];
            foreach (var each in PerVillage)
            {
                for (var at = words.IndexOf(each, StringComparison.Ordinal); at >= 0; at = words.IndexOf(each, at + each.Length, StringComparison.Ordinal))
                {
                    if (at > 0 && words[at - 1] == '由')
                    {
                        continue;
                    }
                    var after = words[(at + each.Length)..Math.Min(words.Length, at + each.Length + 6)];
                    if (!after.StartsWith('对') && ScoreWords.FirstOrDefault(w => after.Contains(w, StringComparison.Ordinal)) is { } score)
                    {
                        return each + "…" + score;
                    }
                    // (phase 31) 上报及时率按村统计，每季通报排名: the count taken village by village is what the next clause of the
                    // sentence ranks.
                    var sentenceEnd = field.Clauses[last].End;
                    var start = field.Clauses[c].Start + at + each.Length;
                    var next = text[start..Math.Min(sentenceEnd, start + PerVillageRankReach)];
                    if (!after.StartsWith('对') && PerVillageCounts.Any(w => after.StartsWith(w, StringComparison.Ordinal))
                        && ScoreWords.FirstOrDefault(w => next.Contains(w, StringComparison.Ordinal)) is { } ranked)
                    {
                        return each + "…" + ranked;
                    }
                }
            }
            // (phase 31) 列入镇对村季度考核, 区里对各社区的考评: the villages are the object of 对 before the assessment word.
            foreach (var village in AssessedVillages)
            {
                for (var at = words.IndexOf("对" + village, StringComparison.Ordinal); at >= 0; at = words.IndexOf("对" + village, at + 1, StringComparison.Ordinal))
                {
                    var rest = words[(at + 1 + village.Length)..Math.Min(words.Length, at + 1 + village.Length + AssessedReach)];
                    // (phase 33) 对各村便民服务站考核: the village's own service post assessed is the village assessed
                    // (VillagePost); a clinic or the villagers are not the village.
                    if (!NotTheVillage.Any(n => rest.StartsWith(n, StringComparison.Ordinal) && !VillagePost(village + n, RecognitionCues.Instance))
                        && AssessmentHeads.FirstOrDefault(h => rest.Contains(h, StringComparison.Ordinal)) is { } head
                        && rest.IndexOfAny(['，', ',', '；', ';', '。']) is var mark && (mark < 0 || mark > rest.IndexOf(head, StringComparison.Ordinal)))
                    {
                        return "对" + village + "…" + head;
                    }
                }
            }
        }
        return null;
    }

    private const int PerVillageRankReach = 16;
    private const int AssessedReach = 6;
    // (phase 31) What a per-village word is followed by when the villages are counted one by one (按村统计, 逐村汇总).
    private static readonly string[] PerVillageCounts = RecognitionCues.Instance.List("document_scope.per_village_counts");
    // (phase 31) The village words that, after 对, make the villages what an assessment scores (镇对村考核, 对各社区的考评).
    private static readonly string[] AssessedVillages = RecognitionCues.Instance.List("document_scope.assessed_villages");
    // (phase 31) What, right after the village word, makes it part of another noun (对村卫生室考核, 对社区医院的考评, 对村民的
    // 评价): the clinic, the hospital or the villagers are assessed, not the village.
    private static readonly string[] NotTheVillage = [.. RecognitionCues.Instance.List("document_scope.not_the_village"), .. RecognitionCues.Instance.List("document_reading.village_facilities")];

    private static readonly string[] Passed = RecognitionCues.Instance.List("document_scope.passed");
    private static readonly string[] Awarded = RecognitionCues.Instance.List("document_scope.awarded");

    /// <summary>
    /// (phase 10) An assessment whose pass earns a person a certificate (培训结束后考核，考核合格的颁发救护员证; 考试通过的
    /// 发给结业证书): it examines trainees, not the village. The assessment word is followed in its clause by 合格/通过 and the
    /// sentence awards a …证 after it. A pass that earns a plaque or a title (考核合格的村授予…称号) is not this. The cue, or null.
    /// </summary>
    internal static string? PersonalExam(FieldReading field, RecognitionHit hit)
    {
        if (Sentence(field, hit) is not { } sentence)
        {
            return null;
        }
        var (text, at) = sentence;
        var after = text[at..];
        var pass = Passed.Select(p => after.IndexOf(p, StringComparison.Ordinal)).Where(p => p >= 0).DefaultIfEmpty(-1).Min();
        if (pass < 0 || pass > hit.MatchedText.Length + 4)
        {
            return null;
        }
        var rest = after[pass..];
        foreach (var verb in Awarded)
        {
            var v = rest.IndexOf(verb, StringComparison.Ordinal);
            if (v < 0)
            {
                continue;
            }
            var tail = rest[v..];
            var stop = tail.IndexOfAny(['。', ';', ',']);
            var obj = stop < 0 ? tail : tail[..stop];
            if (obj.Contains('证') && !obj.Contains('牌') && !obj.Contains("称号", StringComparison.Ordinal))
            {
                return text[at..Math.Min(text.Length, at + pass + 2)] + "…" + verb + "…证";
            }
        }
        return null;
    }

    /// <summary>The clause of <paramref name="text"/> around <paramref name="at"/>: from the last , : ; before it to the next , : ; 。 after it.</summary>
    private static (int Start, int End) ClauseAround(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOfAny([',', ':', ';'], at - 1) + 1;
        var end = text.IndexOfAny([',', ':', ';', '。'], at);
        return (start, end < 0 ? text.Length : end);
    }

    private static readonly string[] Contractors = RecognitionCues.Instance.List("document_scope.contractors");
    private static readonly string[] ObjectBreaks = RecognitionCues.Instance.List("document_scope.object_breaks");
    private static readonly string[] AssessingLinks = RecognitionCues.Instance.List("document_scope.assessing_links");
    private const int MaxContractorName = 10;

    /// <summary>
    /// (phase 14) An assessment of the department's contractor (镇城管办负责考核公司, 对收运公司考核扣款, 环卫公司的考核由区农业
    /// 农村委负责): the work bought is the department's, done by the company it pays, and the one assessed is that company, not
    /// the village. The company is the object right after the match (考核 + name) or before it with 对 or 的 (对…公司(进行)考核,
    /// …公司的考核), a name ending in a contractor's word ([document_scope.contractors]) with no village word in it or joined
    /// to it later in the clause (对各村和保洁公司考核 still ranks the villages). The cue, or null.
    /// </summary>
    internal static string? ContractorAssessed(FieldReading field, RecognitionHit hit)
    {
        if (Sentence(field, hit) is not { } sentence)
        {
            return null;
        }
        var (text, at) = sentence;
        var (clauseStart, clauseEnd) = ClauseAround(text, at);
        var end = Math.Min(clauseEnd, at + hit.MatchedText.Length);
        var after = text[end..Math.Min(clauseEnd, end + MaxContractorName)];
        foreach (var contractor in Contractors)
        {
            var c = after.IndexOf(contractor, StringComparison.Ordinal);
            if (c >= 0 && !ObjectBreaks.Any(b => after[..c].Contains(b, StringComparison.Ordinal))
                && !NamesVillage(text[end..clauseEnd]) && !VillageParty(field, hit, contractor))
            {
                return $"考核对象：{after[..(c + contractor.Length)]}";
            }
        }
        var before = text[Math.Max(clauseStart, at - MaxContractorName)..at];
        var linked = AssessingLinks.FirstOrDefault(l => before.EndsWith(l, StringComparison.Ordinal));
        before = linked is null ? before : before[..^linked.Length];
        var dui = before.LastIndexOf('对');
        var name = before.EndsWith('的') ? before[..^1] : dui >= 0 ? before[(dui + 1)..] : null;
        if (name is not null && Contractors.FirstOrDefault(c => name.EndsWith(c, StringComparison.Ordinal)) is { } named && !NamesVillage(name)
            && !NamesVillage(text[at..clauseEnd]) && !VillageParty(field, hit, named))
        {
            return $"考核对象：{name}";
        }
        // (phase 26) 每季考核后付款, 不合格扣减该季服务费: an assessment whose sentence pays or docks a fee for a service
        // assesses the one the fee is paid to; a sentence naming a village (扣减村里的服务费) may pay the village and keeps its reading.
        if (ServiceFees.FirstOrDefault(f => text.Contains(f, StringComparison.Ordinal)) is { } fee && !NamesVillage(text))
        {
            return $"考核对象：服务方（{fee}）";
        }
        return null;
    }

    private static readonly string[] ServiceFees = RecognitionCues.Instance.List("document_scope.service_fees");
    private static readonly string[] OfficeStaff = RecognitionCues.Instance.List("document_scope.office_staff");

    /// <summary>
    /// (phase 32) 对违反上述规定的窗口人员，纳入月度服务质量考评扣分: a sentence that opens by naming, after 对, the staff of an
    /// office ([document_scope.office_staff]: 窗口人员, 经办人员 …) and goes on to assess assesses those persons — the office
    /// checking its own counter, not a village. Not when the staff's words or the rest of the sentence name a village
    /// (对村里的经办人员…, …并通报所在村). The cue, or null.
    /// </summary>
    internal static string? StaffAssessed(FieldReading field, RecognitionHit hit)
    {
        // A cheap look first: the sentence's first clause holds 对 (most sentences do not).
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        var from = k < 0 ? 0 : field.Clauses[ClauseScope.SentenceClauses(field.Clauses, k).First].Start;
        if (k < 0 || field.Text.Text.IndexOf('对', from, field.Clauses[k].End - from) < 0 || Sentence(field, hit) is not { } sentence)
        {
            return null;
        }
        var (text, at) = sentence;
        var lead = DocumentText.LeadLength(text);
        if (at <= lead || text[lead] != '对' || text.IndexOf(',', lead) is not (> 0 and var comma) || comma >= at)
        {
            return null;
        }
        var staff = text[(lead + 1)..comma];
        return OfficeStaff.FirstOrDefault(s => staff.EndsWith(s, StringComparison.Ordinal)) is { } named
            && !NamesVillage(staff) && !NamesVillage(text[comma..])
            ? $"考核对象：{named}" : null;
    }

    /// <summary>(phase 22) Whether the contractor's word is a party the paper names as the village (乙方：某某村民委员会): an
    /// assessment of that 乙方 assesses the village.</summary>
    private static bool VillageParty(FieldReading field, RecognitionHit hit, string word) =>
        DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is >= 0 and var k
        && field.Reader.Parties.KindOf(word, field.Clauses[k].Start) == ActorKind.Village;

    private static readonly string[] RatedBodies = RecognitionCues.Instance.List("document_scope.rated_bodies");
    private static readonly string[] RatingObjectLeads = RecognitionCues.Instance.List("document_scope.rating_object_leads");
    private static readonly string[] NotRatingDui = RecognitionCues.Instance.List("document_scope.not_rating_dui");
    private static readonly string[] RankWords = RecognitionCues.Instance.List("document_scope.rank_words");
    private static readonly string[] RankedPlaces = RecognitionCues.Instance.List("document_scope.ranked_places");
    private static readonly string[] BasisLeads = RecognitionCues.Instance.List("document_scope.basis_leads");
    private const int MaxRatedName = 40;
    private const int MaxRankedReach = 8;

    /// <summary>
    /// (phase 18) The villages who rate another body are not the ones rated, and a ranking of named bodies ranks those
    /// bodies: 请各村…对镇农业服务中心、文化站…等十个站所的服务态度打分; 测评由各村（社区）对区直部门打分; 评议结果按站所排名公布;
    /// 排名后两位的站所负责人向镇党委作说明. The rated object is the name after 对 (up to its 的, or up to the match) when it ends
    /// with another body's word ([document_scope.rated_bodies]) and holds no village word; a village the clause reading
    /// found as performer is then the rater (only for a match the village performs: 对各村考核 and 各村对镇里安排的考核要重视
    /// keep their reading). A ranking names what it ranks after 按 (按站所排名) or after 的 (排名靠后的站所, not 排名后三位的村,
    /// not 排名后三位的由镇里约谈). The cue, or null.
    /// </summary>
    internal static string? RatedBody(FieldReading field, RecognitionHit hit)
    {
        if (Sentence(field, hit) is not { } sentence)
        {
            return null;
        }
        var (text, at) = sentence;
        var (clauseStart, clauseEnd) = ClauseAround(text, at);
        // (phase 22) 根据年度考核方案，县卫健委对各乡镇卫生院…进行了考核: an assessment named in a clause of basis is the one
        // the next clause carries out, and that clause's object is what it assesses.
        var basis = hit.Verdict.Reason == VerdictReason.NoOtherActor && BasisLeads.Any(b => text[clauseStart..].TrimStart().StartsWith(b, StringComparison.Ordinal))
            && clauseEnd < text.Length && text[clauseEnd] == ',';
        if (basis)
        {
            clauseEnd = ClauseAround(text, clauseEnd + 1).End;
        }
        var clause = text[clauseStart..clauseEnd];
        var match = at - clauseStart;
        // (phase 22) 对参展企业按销售额评比: with no one named as doing it, the name after 对 is what is rated as well.
        if (hit.Verdict.Reason is VerdictReason.VillageActs or VerdictReason.NoOtherActor)
        {
            for (var d = clause.IndexOf('对'); d >= 0; d = clause.IndexOf('对', d + 1))
            {
                var rest = clause[(d + 1)..];
                if (NotRatingDui.Any(n => rest.StartsWith(n, StringComparison.Ordinal))
                    || hit.Verdict.Reason == VerdictReason.NoOtherActor && (d > match) != basis)
                {
                    continue;
                }
                var stop = rest.IndexOf('的');
                var link = LinkAt(rest);
                // (phase 26) 对该科室予以批评, 对各宾馆、各景区开展等级复评: a verb linking the object to its
                // assessment ends the name, even where the match starts inside it.
                if (link is > 0 and <= MaxRatedName && (stop < 0 || link < stop))
                {
                    stop = link;
                }
                else if (d < match && (stop < 0 || d + 1 + stop > match))
                {
                    stop = match - d - 1;
                }
                else if (stop < 0 || stop > MaxRatedName)
                {
                    // 测评由各村（社区）对区直部门打分: the name ends at the first body word after 对.
                    stop = RatedBodies.Select(b => rest.IndexOf(b, StringComparison.Ordinal) is var x and >= 0 ? x + b.Length : int.MaxValue).Min();
                }
                if (stop <= 0 || stop > MaxRatedName)
                {
                    continue;
                }
                var name = rest[..stop];
                // (phase 22) 对参展企业按销售额评比: 按 opens the criterion, the name ends before it.
                name = name.IndexOf('按') is > 0 and var criterion ? name[..criterion] : name;
                // (phase 26) 对各卫生院随访工作质量进行考评: before its linking verb the name may run on into the
                // matter assessed; the body is its head, up to the first body word.
                if (stop == link && !NamesVillage(name) && HeadBody(name) is { } headBody)
                {
                    name = headBody;
                }
                if (!NamesVillage(name) && RatedBodies.Any(b => name.EndsWith(b, StringComparison.Ordinal))
                    && (d >= match || !NamesVillage(clause[(d + 1)..match])))
                {
                    return $"评价对象：{name}";
                }
            }
        }
        if ((AssessorGiven(clause, match, hit.MatchedText.Length) ?? ReachedLevel(clause)) is { } given && VillagesScored(field, hit.Spans[0].Start) is null)
        {
            return given;
        }
        if (!RankWords.Any(r => hit.MatchedText.Contains(r, StringComparison.Ordinal)))
        {
            return null;
        }
        var before = clause[..match];
        // (phase 22) 学校排名表, 景区排名: a place that never ranks anyone, right before the ranking, is what it ranks.
        if (RankedPlaces.FirstOrDefault(p => before.EndsWith(p, StringComparison.Ordinal)) is { } place && !NamesVillage(clause))
        {
            return $"排名对象：{place}";
        }
        var by = before.LastIndexOf('按');
        if (by >= 0 && before[(by + 1)..] is { Length: > 0 and <= MaxRankedReach } ranked && !NamesVillage(ranked)
            && RatedBodies.Any(b => b.Length > 1 && ranked.EndsWith(b, StringComparison.Ordinal)))
        {
            return $"排名对象：{ranked}";
        }
        var after = clause[Math.Min(clause.Length, match + hit.MatchedText.Length)..];
        var de = after.IndexOf('的');
        if (de >= 0 && de <= MaxRankedReach && after[(de + 1)..] is { Length: > 0 } head && !RatingObjectLeads.Any(l => head.StartsWith(l, StringComparison.Ordinal)))
        {
            var window = head[..Math.Min(head.Length, MaxRankedReach)];
            // Only a body word of two or more characters: 排名末位的扣所在镇2分 names no 所.
            foreach (var body in RatedBodies.Where(r => r.Length > 1))
            {
                var b = window.IndexOf(body, StringComparison.Ordinal);
                if (b >= 0 && !NamesVillage(window[..(b + body.Length)]))
                {
                    return $"排名对象：{window[..(b + body.Length)]}";
                }
            }
        }
        return null;
    }

    /// <summary>(phase 26) 县直各部门精简会议的情况 → 县直各部门: the words up to the first body word of two or more characters
    /// ([document_scope.rated_bodies]), or null when there is none.</summary>
    private static string? HeadBody(string words)
    {
        var end = RatedBodies.Where(b => b.Length > 1).Select(b => words.IndexOf(b, StringComparison.Ordinal) is var x and >= 0 ? x + b.Length : int.MaxValue).Min();
        return end < int.MaxValue ? words[..end] : null;
    }

    /// <summary>(phase 26) Where the first verb linking an object to its assessment (进行, 开展, 予以 …:
    /// [document_scope.assessing_links]) stands in the words after 对, or -1.</summary>
    private static int LinkAt(string rest) =>
        AssessingLinks.Select(l => rest.IndexOf(l, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(-1).Min();

    private static readonly string[] AssessorDuties = RecognitionCues.Instance.List("document_scope.assessor_duties");
    private const int MaxAssessorName = 12;

    /// <summary>
    /// (phase 26) 保洁员的考核由镇环卫所负责, 消杀效果由县疾控中心评定: an assessment the clause gives with 由 to another
    /// body ([document_addressee] bodies, no village word) assesses what the clause names before 由 — when those words name
    /// something (more than the match) and no village. 各村的考核由镇里负责 (the villages named) and 网格员的考核由各村负责 (the
    /// village as assessor) are not this. The cue, or null.
    /// </summary>
    private static string? AssessorGiven(string clause, int match, int length)
    {
        var by = clause.IndexOf('由');
        if (by < 0 || Agency.NamesNoDoer(clause, by))
        {
            return null;
        }
        var after = clause[(by + 1)..];
        var end = AssessorDuties.Select(v => after.IndexOf(v, StringComparison.Ordinal)).Where(x => x > 0).DefaultIfEmpty(-1).Min();
        if (match > by && (end < 0 || match - by - 1 < end))
        {
            end = match - by - 1;
        }
        if (end < 2 || end > MaxAssessorName)
        {
            return null;
        }
        var assessor = after[..end];
        var named = by > match ? clause[..match] + clause[Math.Min(by, match + length)..by] : clause[..by];
        named = named[DocumentText.LeadLength(named)..].Replace("的", "", StringComparison.Ordinal).Trim();
        return named.Length >= 2 && !NamesVillage(named) && !NamesVillage(assessor) && DocumentAddressee.IsBody(assessor, RecognitionCues.Instance)
            ? $"考核对象：{named}（由{assessor}考核）" : null;
    }

    private static readonly string[] ReachingMarks = RecognitionCues.Instance.List("document_scope.reaching_marks");
    private static readonly string[] ReachedLevels = RecognitionCues.Instance.List("document_scope.reached_levels");
    private const int MaxLevelName = 8;

    /// <summary>
    /// (phase 26) 今后该项考核到乡镇为止, 考核至各部门: an assessment said to reach down to a level (考核到, 考核至 + 镇, 乡, 部门 …:
    /// [document_scope.reached_levels]; not a date, 考核至年底) assesses that level and none below it — when no level so
    /// named in the clause, and not the clause, names a village (考核到村 assesses the villages). The cue, or null.
    /// </summary>
    private static string? ReachedLevel(string clause)
    {
        string? level = null;
        foreach (var head in AssessmentHeads)
        {
            foreach (var mark in ReachingMarks)
            {
                for (var at = clause.IndexOf(head + mark, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(head + mark, at + 1, StringComparison.Ordinal))
                {
                    var from = at + head.Length + mark.Length;
                    var named = clause[from..Math.Min(clause.Length, from + MaxLevelName)];
                    if (NamesVillage(named))
                    {
                        return null;
                    }
                    if (!ReachedLevels.Any(l => named.StartsWith(l, StringComparison.Ordinal)))
                    {
                        continue;
                    }
                    level ??= named;
                }
            }
        }
        return level is not null && !NamesVillage(clause) ? $"考核对象：{level}" : null;
    }

    private static readonly string[] PartyPosts = RecognitionCues.Instance.List("document_scope.party_posts");
    private static readonly string[] PartyBodies = RecognitionCues.Instance.List("document_scope.party_bodies");
    private static readonly string[] AnnualMarks = RecognitionCues.Instance.List("document_scope.annual_marks");
    private static readonly string[] VillageConsequences = RecognitionCues.Instance.List("document_scope.village_consequences");
    private const int ConsequenceNegationReach = 6;

    /// <summary>
    /// (phase 26) 村党支部书记的年度述职由乡党委组织, 不作排名; 驻村第一书记当众述职, 到会代表填表测评: the party
    /// assessing its own secretaries (a post of [document_scope.party_posts] in the sentence) as cadres, within the paper's
    /// annual assessment ([document_scope.annual_marks]), with a party body ([document_scope.party_bodies]) in the sentence,
    /// the title or the addressee line, assesses a person, not the village. Not when the sentence ranks, reports or ties
    /// anything ([document_scope.village_consequences]) without a negation just before it (…述职结果分村排出名次, 与村里的
    /// 运转经费挂钩), nor when it scores the villages one by one. The cue, or null.
    /// </summary>
    internal static string? PartyCadre(FieldReading field, RecognitionHit hit, string title, string? addressees)
    {
        if (Sentence(field, hit) is not { } sentence || PartyPosts.FirstOrDefault(p => sentence.Text.Contains(p, StringComparison.Ordinal)) is not { } post
            || !PartyBodies.Any(b => sentence.Text.Contains(b, StringComparison.Ordinal) || title.Contains(b, StringComparison.Ordinal)
                || addressees is not null && addressees.Contains(b, StringComparison.Ordinal))
            || !AnnualMarks.Any(a => title.Contains(a, StringComparison.Ordinal) || field.Text.Text.Contains(a, StringComparison.Ordinal))
            || VillagesScored(field, hit.Spans[0].Start) is not null)
        {
            return null;
        }
        var text = sentence.Text;
        foreach (var consequence in VillageConsequences)
        {
            for (var at = text.IndexOf(consequence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(consequence, at + 1, StringComparison.Ordinal))
            {
                if (!text[Math.Max(0, at - ConsequenceNegationReach)..at].Contains('不'))
                {
                    return null;
                }
            }
        }
        return $"考核对象：{post}（党组织对干部的考核）";
    }

    private static bool NamesVillage(string words) =>
        (words.Contains('村') || words.Contains("社区", StringComparison.Ordinal)) && !RecognitionCues.Instance.NotVillage.Any(n => words.Contains(n, StringComparison.Ordinal));

    private static readonly string[] Routine = RecognitionCues.Instance.List("document_scope.routine");

    /// <summary>
    /// (phase 10) A photo sent to report what was found (发现后拍照报镇生态办, 发现隐患的，拍照上报…): reporting an incident, as
    /// a phone call does, not proving one's own presence or work. The clause holding the match, or the clause just before,
    /// says 发现; a photo demanded every time (每次, 每日, 每户 …) is a check-in whatever it reports. The cue, or null.
    /// </summary>
    internal static string? IncidentReport(FieldReading field, RecognitionHit hit)
    {
        if (Sentence(field, hit) is not { } sentence)
        {
            return null;
        }
        var text = sentence.Text;
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        var clause = field.Clauses[k];
        var own = field.Text.Text[clause.Start..clause.End];
        var before = k > 0 && field.Clauses[k - 1].Sentence == clause.Sentence ? field.Text.Text[field.Clauses[k - 1].Start..field.Clauses[k - 1].End] : string.Empty;
        if (Routine.Any(r => text.Contains(r, StringComparison.Ordinal)))
        {
            return null;
        }
        var found = own.IndexOf("发现", StringComparison.Ordinal);
        var match = own.IndexOf(hit.MatchedText, StringComparison.Ordinal);
        // (phase 19) 请沿河各村发现新的排污口、异常水色时，及时向镇生态环境办报告位置和照片: the clause before is a condition
        // of finding (发现…时), whoever it names.
        if (found >= 0 && (match < 0 || found < match) || before.TrimStart().StartsWith("发现", StringComparison.Ordinal)
            || before.Contains("发现", StringComparison.Ordinal) && before.TrimEnd().EndsWith('时'))
        {
            return "发现…报告";
        }
        return null;
    }

    /// <summary>The normalised sentence holding the hit and the hit's offset in it (found by its words), or null.</summary>
    private static (string Text, int At)? Sentence(FieldReading field, RecognitionHit hit)
    {
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(field.Clauses, k);
        var text = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        var inClause = field.Text.Text[field.Clauses[k].Start..field.Clauses[k].End].IndexOf(hit.MatchedText, StringComparison.Ordinal);
        var at = inClause < 0 ? field.Clauses[k].Start - field.Clauses[first].Start : field.Clauses[k].Start - field.Clauses[first].Start + inClause;
        return (text, at);
    }

    /// <summary>考核对象：镇机关全体干部 — what the document's assessment assesses, when that names no village; else null.</summary>
    internal static string? AssessedObjectOf(string text, RecognitionCues cues)
    {
        foreach (var word in AssessedObjectWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var from = at + word.Length;
            if (from < text.Length && text[from] is ':' or '是' or '为')
            {
                from++;
            }
            var to = text.IndexOfAny(['。', ';', '\n'], from);
            var named = text[from..(to < 0 ? text.Length : to)].Trim();
            // (phase 23) …及镇直站所，不涉及村（社区）: a part after a comma that disowns ([disowning]) names what is not assessed.
            var kept = string.Join(',', named.Split(',').Where(p => !cues.Disowning.Any(d => p.TrimStart().StartsWith(d, StringComparison.Ordinal))));
            // (phase 27) 本所派到村（社区）做顾问的执业律师: a name whose head, after its last 的, is a person or a body
            // (AssessedHead) is that head; the village inside the words before describes it.
            var names = kept.Split(['、', '和', '及', ',']).Select(n => DocumentText.StripBrackets(n).Trim()).Select(n => AssessedHead(n, cues) ?? n);
            // 村卫生室和乡村医生 names a clinic and its doctors, not the village: only a village's own name or word counts.
            // (phase 32) 全镇6个村人社服务站: a post the village runs with its own staff (a village word, then a post's
            // ending of [document_scope.village_posts]) is the village assessed; a clinic (村卫生室) has its own doctors.
            if (named.Length > 0 && !names.Any(n => DocumentAddressee.VillageName(n, cues) || VillagePost(n, cues)))
            {
                return named;
            }
            return null;
        }
        return null;
    }

    private static readonly string[] VillagePosts = RecognitionCues.Instance.List("document_scope.village_posts");
    private static readonly string[] ClinicWords = RecognitionCues.Instance.List("document_scope.clinic_words");

    /// <summary>
    /// (phase 32) Whether an assessed name is a service post the village runs (村人社服务站, 社区文明实践站, 各村便民服务站): a
    /// village word standing as a word of its own (not inside 农村, 乡村: [not_village]) before the post's ending
    /// ([document_scope.village_posts]), and no word of a clinic ([document_scope.clinic_words]: 卫生, 医).
    /// </summary>
    internal static bool VillagePost(string name, RecognitionCues cues)
    {
        if (!VillagePosts.Any(p => name.EndsWith(p, StringComparison.Ordinal)) || ClinicWords.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }
        var bare = name;
        foreach (var other in cues.NotVillage)
        {
            bare = bare.Replace(other, "", StringComparison.Ordinal);
        }
        return cues.VillageMarkers.Any(m => bare.Contains(m, StringComparison.Ordinal));
    }

    private static readonly string[] ObjectColumns = RecognitionCues.Instance.List("document_scope.object_columns");

    /// <summary>
    /// (phase 32) 序号|事项名称|牵头单位|检查对象|方式 — a table whose header has a column of the objects checked or assessed
    /// ([document_scope.object_columns]: 检查对象, 考核对象, 督查对象 …) says in that column whom each row checks: when every row
    /// fills it and no cell names a village (各镇街、区级部门; 中小学校、幼儿园), the table's checks and assessments are of those
    /// bodies. A row whose object cell names the villages (各村（社区）) leaves the paper's assessments as they were. The cells,
    /// joined, or null.
    /// </summary>
    internal static string? TableObjects(string text, RecognitionCues cues)
    {
        if (!text.Contains('|'))
        {
            return null;
        }
        var lines = text.Split('\n');
        var h = Array.FindIndex(lines, l => l.Contains('|') && ObjectColumns.Any(c => l.Contains(c, StringComparison.Ordinal)));
        if (h < 0)
        {
            return null;
        }
        var header = lines[h].Split('|');
        var column = Array.FindIndex(header, c => ObjectColumns.Any(o => c.Trim().EndsWith(o, StringComparison.Ordinal)));
        if (column < 0)
        {
            return null;
        }
        var objects = new List<string>();
        for (var r = h + 1; r < lines.Length && lines[r].Contains('|'); r++)
        {
            var cells = lines[r].Split('|');
            var cell = column < cells.Length ? cells[column].Trim() : string.Empty;
            if (cell.Length == 0 || cell.Split(['、', ',', '和', '及']).Any(n => n.Length > 0 && (DocumentAddressee.VillageName(n, cues) || DocumentAddressee.IsVillage(n, cues))))
            {
                return null;
            }
            objects.Add(cell);
        }
        return objects.Count == 0 ? null : string.Join("、", objects.Distinct());
    }

    private static readonly string[] OwnPapers = RecognitionCues.Instance.List("document_scope.own_papers");
    private static readonly string[] PersonHeads = RecognitionCues.Instance.List("document_scope.person_heads");

    /// <summary>
    /// (phase 27) The head of an assessed object's name that a relative phrase closed by 的 describes (本所指派派到村（社区）
    /// 做顾问的执业律师 → 执业律师): when the head ends like a person ([document_scope.person_heads]: 律师, 驾驶员, 医生 …) or
    /// a body ([body_suffixes]) and holds no village word, the people or bodies assessed are that head, whatever villages
    /// the phrase names. Not when the village owns the head (各村（社区）的协管员, 村里的网格员: a village word right before the
    /// 的) nor when the head is work or a matter (各村的卫生整治工作: no person's or body's ending). Null otherwise.
    /// </summary>
    private static string? AssessedHead(string name, RecognitionCues cues)
    {
        var de = name.LastIndexOf('的');
        if (de <= 0 || de == name.Length - 1)
        {
            return null;
        }
        var head = name[(de + 1)..];
        var owner = DocumentText.StripBrackets(name[..de]);
        if (cues.VillageMarkers.Any(m => head.Contains(m, StringComparison.Ordinal)) || DocumentAddressee.VillageName(head, cues)
            || owner.EndsWith('村') || owner.EndsWith("社区", StringComparison.Ordinal) || cues.Village.Any(v => owner.EndsWith(v, StringComparison.Ordinal)))
        {
            return null;
        }
        return PersonHeads.Any(p => head.EndsWith(p, StringComparison.Ordinal)) || DocumentAddressee.IsBody(head, cues) ? head : null;
    }

    /// <summary>
    /// (phase 26) 县委办将对县直各部门精简会议的情况开展考评 — the first sentence naming an assessment ([document_scope.
    /// assessment_heads]) says whom it assesses after 对: the name up to its first body word ([document_scope.rated_bodies]),
    /// when the words between 对 and the assessment name no village (对各部门向村里派活的情况…考核 names them: null). Null when that
    /// sentence has no such 对.
    /// </summary>
    internal static string? AnnouncedObject(string text)
    {
        foreach (var sentence in text.Split(['。', ';', '\n', '!', '?']))
        {
            var head = AssessmentHeads.Select(h => sentence.IndexOf(h, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(-1).Min();
            if (head < 0)
            {
                continue;
            }
            var dui = head == 0 ? -1 : sentence.LastIndexOf('对', head - 1);
            if (dui < 0 || NotRatingDui.Any(n => string.CompareOrdinal(sentence, dui + 1, n, 0, n.Length) == 0))
            {
                return null;
            }
            var words = sentence[(dui + 1)..head];
            return NamesVillage(words) ? null : HeadBody(words);
        }
        return null;
    }

    /// <summary>
    /// (phase 9) 本细则适用于镇机关各办、各站所，不适用于村(社区) — the scope the paper states for itself, when it names no
    /// village: its assessments and rankings are of what it applies to. Null otherwise.
    /// </summary>
    internal static string? AppliesTo(string text, RecognitionCues cues)
    {
        foreach (var paper in OwnPapers)
        {
            foreach (var applies in ScopeVerbs)
            {
                var at = text.IndexOf(paper + applies, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                var from = at + paper.Length + applies.Length;
                var to = text.IndexOfAny(['。', ';', '\n', ','], from);
                var named = AssessedIn(text[from..(to < 0 ? text.Length : to)].Trim());
                var names = named.Split(['、', '和', '及']).Select(n => DocumentText.StripBrackets(n).Trim());
                return named.Length > 0 && !names.Any(n => DocumentAddressee.VillageName(n, cues) || DocumentAddressee.IsVillage(n, cues) || VillagesAssessment(n, cues)) ? named : null;
            }
        }
        return null;
    }

    // (phase 23) 本办法适用于…, 本标准用于…: the verbs that state the paper's scope.
    private static readonly string[] ScopeVerbs = RecognitionCues.Instance.List("document_scope.scope_verbs");

    /// <summary>
    /// (phase 23) 区对镇（街道）的考核 → 镇（街道）: in a scope that names who assesses whom (…对…的 + an assessment), the body
    /// after 对 is the one assessed; any other scope stands as written (镇机关各站所的年度考核).
    /// </summary>
    private static string AssessedIn(string scope)
    {
        var dui = scope.IndexOf('对');
        var of = dui < 0 ? -1 : scope.IndexOf('的', dui);
        return of > dui + 1 && AssessmentHeads.Any(h => scope.EndsWith(h, StringComparison.Ordinal)) ? scope[(dui + 1)..of] : scope;
    }

    private static readonly string[] ActedOnLeads = [.. RecognitionCues.Instance.List("document_scope.acted_on_leads"), .. RecognitionCues.Instance.Delegation];

    /// <summary>
    /// (phase 23) （二）要求村（社区）签订责任书、拍照留痕的，每次扣0.5分; 对村（社区）开展排名、通报的每次扣3分 — a case closed by
    /// 的 that a deduction follows right after it (每次扣…分, 扣2分, 扣分: <see cref="Deducts"/>) is what an assessment punishes:
    /// the practice it names is forbidden to the body assessed, not demanded of the villages. Only when every village the case
    /// names is the one acted on (要求村…, 向村…, 对村…: [document_scope.acted_on_leads] and [delegation]); a village that is the
    /// case's own subject (村（社区）未签订责任书的，每次扣1分) is the one assessed, and a reward (…的，每次加1分) punishes nothing.
    /// The case's words, or null.
    /// </summary>
    internal static string? PenalisedCase(FieldReading field, RecognitionHit hit)
    {
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var of = text.LastIndexOf('的', clause.End - 1, clause.End - clause.Start);
        if (of < 0 || field.Text.ToSource(of, of + 1).Start < hit.Spans[0].Start)
        {
            return null;
        }
        var after = text[(of + 1)..clause.End].TrimStart(' ', ',');
        if (after.Length == 0 && k + 1 < field.Clauses.Count && field.Clauses[k + 1].Sentence == clause.Sentence)
        {
            after = text[field.Clauses[k + 1].Start..field.Clauses[k + 1].End].TrimStart(' ', ',');
        }
        var villages = field.Reader.Mentions(k).Where(m => m.Kind == ActorKind.Village && m.End <= of).ToList();
        if (!Deducts(after) || villages.Count == 0 || Failed(text[clause.Start..of], DocumentText.AtSource(field, k, hit.Spans[0].Start) - clause.Start)
            || !villages.All(v => ActedOnLeads.Any(l => text.AsSpan(clause.Start, v.Start - clause.Start).TrimEnd().EndsWith(l, StringComparison.Ordinal))))
        {
            return null;
        }
        return text[clause.Start..(of + 1)] + after[..Math.Min(after.Length, 8)];
    }

    private static readonly string[] FailureMarks = RecognitionCues.Instance.List("document_scope.failure_marks");

    /// <summary>
    /// (phase 23 review) 镇里对村（社区）检查时发现未签订安全责任状的，每次扣1分 — a case whose act is not done (未, 没有 right
    /// before the match: [document_scope.failure_marks]) punishes the failure: the act is demanded of whoever failed, not
    /// forbidden. 未经准入要求村…的 is a forbidden act done without leave; its 未 stands before another verb.
    /// </summary>
    private static bool Failed(string caseWords, int matchAt) =>
        matchAt > 0 && matchAt <= caseWords.Length
        && FailureMarks.Any(f => caseWords.AsSpan(0, matchAt).EndsWith(f, StringComparison.Ordinal));

    private static readonly string[] DeductionLeads = RecognitionCues.Instance.List("document_scope.deduction_leads");

    /// <summary>(phase 23) 每次扣0.5分, 每项扣1分, 扣2分, 扣分: a deduction opening the words (after a 每-count).</summary>
    private static bool Deducts(string words)
    {
        var rest = DeductionLeads.FirstOrDefault(l => words.StartsWith(l, StringComparison.Ordinal)) is { } lead ? words[lead.Length..] : words;
        if (!rest.StartsWith('扣'))
        {
            return false;
        }
        rest = rest[1..];
        var digits = 0;
        while (digits < rest.Length && (char.IsDigit(rest[digits]) || rest[digits] == '.'))
        {
            digits++;
        }
        return rest.AsSpan(digits).StartsWith("分", StringComparison.Ordinal);
    }

    private static readonly string[] AssessmentHeads = RecognitionCues.Instance.List("document_scope.assessment_heads");

    /// <summary>
    /// (phase 21) Whether a scope names the villages' assessment (全镇6个村的年度综合目标考核): the villages before 的, an
    /// assessment ending the phrase. 镇机关各站所的年度考核 and 全镇村医的考核 name others.
    /// </summary>
    private static bool VillagesAssessment(string scope, RecognitionCues cues) =>
        scope.IndexOf('的') is > 0 and var of
        && DocumentAddressee.VillageName(scope[..of], cues)
        && AssessmentHeads.Any(h => scope.EndsWith(h, StringComparison.Ordinal));

    /// <summary>
    /// In a table whose header names a lead or responsible unit (牵头单位), the row's unit for the task the match is in, when
    /// that unit is not the village (县林业局执法大队); null otherwise.
    /// </summary>
    internal static string? LeadUnit(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        var text = field.Text.Text;
        if (k < 0 || !text.Contains('|'))
        {
            return null;
        }
        var lines = text.Split('\n');
        var header = lines.FirstOrDefault(l => l.Contains('|') && LeadColumns.Any(c => l.Contains(c, StringComparison.Ordinal)));
        if (header is null)
        {
            return null;
        }
        var headerCells = header.Split('|');
        var column = Array.FindIndex(headerCells, c => LeadColumns.Any(l => c.Contains(l, StringComparison.Ordinal)));
        // (phase 33) | 牵头单位 | 落实主体 |: the row's doer is its executing column when the header has one.
        var executing = Array.FindIndex(headerCells, c => ExecutingColumns.Any(l => c.Contains(l, StringComparison.Ordinal)));
        var at = field.Clauses[k].Start;
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var cells = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Split('|');
        if (column < 0 || column >= cells.Length || cells.Length < 3)
        {
            return null;
        }
        // (phase 9) A row whose other responsible column names a village is the village's (牵头单位 各乡镇, 责任单位 各村).
        if (ResponsibleVillages.Of(field, sourceStart, cues) is not null)
        {
            return null;
        }
        // (phase 17) A cell that gives its own act to the village (备注: 未拆除的由所在村组织人员强制拆除) is read by itself:
        // the responsible unit performs the row's task, not what another cell puts on the village.
        if (CellGivenToVillage(field.Text.Source, sourceStart, cues) is not null)
        {
            return null;
        }
        // (phase 33) | 招商引资 | 县投促局 | 各镇，每村引进项目不少于1个 |: a cell whose clause opens with the village as its
        // subject gives that act to the village, whatever the lead column names.
        if (VillageOpensCell(field, k, DocumentText.AtSource(field, k, sourceStart), cues) is not null)
        {
            return null;
        }
        if (executing >= 0 && executing < cells.Length && cells[executing].Trim().Length > 0)
        {
            column = executing;
        }
        var lead = cells[column].Trim();
        return lead.Length > 0 && !DocumentAddressee.IsVillage(lead, cues) && !cues.Village.Any(v => v.Length >= 2 && lead.Contains(v, StringComparison.Ordinal)) ? lead : null;
    }

    // (phase 11) The village's own organs: its villagers' or residents' meeting, its representatives, its 两委, its
    // council. A paper one of them adopts, or the 两委 put to one, is the village deciding for itself.
    private static readonly string[] OwnOrgans = RecognitionCues.Instance.List("document_scope.own_organs");
    private static readonly string[] Adopting = RecognitionCues.Instance.List("document_scope.adopting");
    private static readonly string[] OwnBoards = RecognitionCues.Instance.List("document_scope.own_boards");
    private static readonly string[] AdoptionLeads = RecognitionCues.Instance.List("document_scope.adoption_leads");
    private const int AdoptionReach = 20;

    /// <summary>
    /// (phase 11) A paper the village's own self-government adopts or publishes — 经村民代表会议通过, 经村两委会议商定,
    /// 提交村民代表会议审议, 经本村村民会议表决, a 村务公开栏 — in its title, or in a clause opening the description's
    /// first or last sentence with 经: the village deciding its own affairs. (phase 20) The adoption may also be noted in
    /// brackets (…细则（村民代表会议通过）, a closing （2027年5月村民会议讨论通过）), and a title may open with the meeting at
    /// work on the paper (村民会议审议《…》). What it asks is not work put on the village by
    /// a department. The cue (经村民代表会议通过), or null. The caller keeps a sentence in which another body demands.
    /// </summary>
    internal static string? VillageOwnPaper(FieldReading? title, FieldReading? description)
    {
        if (title is not null)
        {
            var t = title.Text.Text;
            if (Adoption(t, 0, t.Length) is { } adopted)
            {
                return adopted;
            }
            // (phase 20) 村民会议审议《最美庭院评选细则》: a title opening with the village's own meeting at work on the paper.
            if (OwnMeetings.FirstOrDefault(m => t.StartsWith(m, StringComparison.Ordinal)) is { } meeting
                && Adopting.FirstOrDefault(v => string.CompareOrdinal(t, meeting.Length, v, 0, v.Length) == 0) is { } reviewing)
            {
                return meeting + reviewing;
            }
            // (phase 17) 太平村村民代表会议纪要, …的村民会议决定: the record of the village's own meeting — the title is the
            // record, not a paper 关于落实村民代表会议决定… (session 17 review).
            if (OwnRecord(t) is { } record && !t.Contains("关于", StringComparison.Ordinal))
            {
                return record;
            }
            if (OwnBoards.FirstOrDefault(b => t.Contains(b, StringComparison.Ordinal)) is { } board && !t.Contains("关于", StringComparison.Ordinal))
            {
                return board;
            }
            // (phase 25) 桃溪村村民会议关于…的决定, 桃溪村关于修订《桃溪村村规民约》的公告: one village's own meeting deciding, or
            // its own rules, named by the village itself in the title.
            if ((OwnDecisionTitle(t) ?? OwnRulesTitle(t)) is { } own)
            {
                return own;
            }
        }
        if (description is null || description.Clauses.Count == 0)
        {
            return null;
        }
        var text = description.Text.Text;
        var firstSentence = description.Clauses[0].Sentence;
        var lastSentence = description.Clauses[^1].Sentence;
        // (phase 33) 本办法经…村民代表会议通过。⏎石碓村民委员会: the closing lines, a signature or a date after the adoption.
        var closing = ClosingLines(text);
        foreach (var clause in description.Clauses)
        {
            if (clause.Sentence != firstSentence && clause.Sentence != lastSentence && clause.Start < closing)
            {
                continue;
            }
            var words = text[clause.Start..clause.End].TrimStart();
            // (phase 33) 本办法经…通过, 本公约经…表决通过: the paper naming itself before its adoption.
            if (SelfNames.Where(n => words.StartsWith(n, StringComparison.Ordinal)).MaxBy(n => n.Length) is { } self)
            {
                words = words[self.Length..];
            }
            // (phase 20) （2027年5月村民会议讨论通过）: a closing note in brackets records the adoption as 经… does.
            if (AdoptionLeads.Any(l => words.StartsWith(l, StringComparison.Ordinal)) && Adoption(words, 0, words.Length) is { } adopted)
            {
                return adopted;
            }
        }
        return null;
    }

    // (phase 33) The paper naming itself (本办法, 本公约 …) before the words recording its adoption.
    private static readonly string[] SelfNames = RecognitionCues.Instance.List("paper_scope.papers").Concat(RecognitionCues.Instance.List("document_scope.self_names")).ToArray();

    /// <summary>(phase 33) Where the text's closing lines begin: the last <see cref="SignatureLines"/> lines that hold words.</summary>
    private static int ClosingLines(string text)
    {
        var at = text.Length;
        for (var seen = 0; seen < SignatureLines && at > 0;)
        {
            var start = text.LastIndexOf('\n', at - 1);
            if (text.AsSpan(start + 1, at - start - 1).Trim().Length > 0)
            {
                seen++;
            }
            at = start < 0 ? 0 : start;
        }
        return at;
    }

    /// <summary>
    /// (phase 33) In a table whose header names a lead or responsible unit, the village that opens, as its subject, the part of
    /// the cell holding the offset (<see cref="VillageOpensCell"/>); null otherwise.
    /// </summary>
    internal static string? CellVillage(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        var text = field.Text.Text;
        if (k < 0 || !text.Contains('|') || !HasLeadHeader(text))
        {
            return null;
        }
        return VillageOpensCell(field, k, DocumentText.AtSource(field, k, sourceStart), cues);
    }

    /// <summary>Whether a line of the text holds a bar and a lead or responsible unit's column (no line is copied).</summary>
    private static bool HasLeadHeader(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            if (line.Contains('|'))
            {
                foreach (var column in LeadColumns)
                {
                    if (line.Contains(column, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            if (end < 0)
            {
                break;
            }
            start = end + 1;
        }
        return false;
    }

    private static readonly string[] ExecutingColumns = RecognitionCues.Instance.List("document_scope.executing_columns");
    private static readonly string[] CellLeads = RecognitionCues.Instance.List("document_scope.cell_leads");

    /// <summary>
    /// (phase 33) The village that opens, as the subject, the part of the table cell holding the normalised offset
    /// <paramref name="at"/> — its clause in the cell, or the nearest earlier clause of the same cell that opens with an actor
    /// (各镇，并由镇细化到村，每村…不少于1个; 梨树村、长滩村年底前达到…标准，通过…验收). A cell's clause may open with a joining word
    /// ([document_scope.cell_leads]: 并, 同时, 其中 …); a township before the village's name (枫岭镇梨树村) is its address. A
    /// clause opening with another body (镇招商办每季度…) gives the part to that body. What the village is then said to do is
    /// judged by the clause reading as before: a negation (各村不承担…) or an assisting verb keeps the act off the village.
    /// The village's words, or null.
    /// </summary>
    private static string? VillageOpensCell(FieldReading field, int k, int at, RecognitionCues cues)
    {
        var text = field.Text.Text;
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var bar = at == 0 ? -1 : text.LastIndexOf('|', at - 1, at - lineStart);
        if (bar < 0)
        {
            return null;
        }
        var cellStart = bar + 1;
        for (var c = k; c >= 0 && field.Clauses[c].End > cellStart; c--)
        {
            var start = Math.Max(field.Clauses[c].Start, cellStart);
            while (start < text.Length && text[start] is ' ' or '"' or '\'')
            {
                start++;
            }
            if (CellLeads.OrderByDescending(l => l.Length).FirstOrDefault(l => string.CompareOrdinal(text, start, l, 0, l.Length) == 0) is { } lead)
            {
                start += lead.Length;
            }
            var mentions = field.Reader.Mentions(c);
            var first = mentions.Where(m => m.Start >= start && m.Start <= start + 1).OrderBy(m => m.Start).Select(m => (Mention?)m).FirstOrDefault();
            // 枫岭镇梨树村: a township standing right before a village's name is where the village is.
            if (first is not { Kind: ActorKind.Village } && AddressedVillage(text, start, field.Clauses[c].End) is { } named)
            {
                first = named;
            }
            if (first is { } opening)
            {
                return opening.Kind == ActorKind.Village && !cues.Assisting.Any(a => string.CompareOrdinal(text, opening.End, a, 0, a.Length) == 0) ? opening.Text : null;
            }
            if (c == 0 || field.Clauses[c].Start <= cellStart)
            {
                break;
            }
        }
        return null;
    }

    private const int TownNameReach = 5;
    private const int VillageNameReach = 6;

    /// <summary>
    /// (phase 33) 枫岭镇梨树村 at <paramref name="start"/>: a village's name after the township it lies in (a name of at most
    /// five characters ending in 镇, 乡 or 街道, then one of at most six ending in 村 or 社区, no mark between), as a mention
    /// of the village; null otherwise.
    /// </summary>
    private static Mention? AddressedVillage(string text, int start, int end)
    {
        var limit = Math.Min(end, start + TownNameReach + VillageNameReach + 2);
        var town = -1;
        for (var i = start + 1; i < Math.Min(limit, start + TownNameReach + 2) && TextNormaliser.IsChinese(text[i]); i++)
        {
            if (text[i] is '镇' or '乡' || text[i] == '道' && text[i - 1] == '街')
            {
                town = i + 1;
                break;
            }
        }
        if (town < 0 || !TextNormaliser.IsChinese(text[start]))
        {
            return null;
        }
        for (var i = town + 1; i < Math.Min(limit, town + VillageNameReach) && TextNormaliser.IsChinese(text[i]); i++)
        {
            if (text[i] == '村' || text[i] == '区' && text[i - 1] == '社')
            {
                return new Mention(town, i + 1, ActorKind.Village, text[town..(i + 1)]);
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 17) The table cell (between bars or tabs, as written) holding the offset, when it says 由 + a village word
    /// (由所在村, 由各村): the village named as that cell's performer; null otherwise.
    /// </summary>
    private static string? CellGivenToVillage(string source, int at, RecognitionCues cues)
    {
        if (at < 0 || at >= source.Length)
        {
            return null;
        }
        char[] marks = ['|', '\t', '｜', '\n'];
        var start = source.LastIndexOfAny(marks, Math.Max(0, at - 1)) + 1;
        var end = source.IndexOfAny(marks, at);
        var cell = source[start..(end < 0 ? source.Length : end)];
        for (var i = cell.IndexOf('由', StringComparison.Ordinal); i >= 0; i = cell.IndexOf('由', i + 1))
        {
            if (cues.Village.Where(v => v.Length >= 2).OrderByDescending(v => v.Length)
                    .FirstOrDefault(v => string.CompareOrdinal(cell, i + 1, v, 0, v.Length) == 0) is { } village)
            {
                return village;
            }
        }
        return null;
    }

    private static readonly string[] OwnMeetings = RecognitionCues.Instance.List("document_scope.own_meetings");
    private static readonly string[] OwnRecords = RecognitionCues.Instance.List("document_scope.own_records");
    private static readonly string[] OwnVoice = RecognitionCues.Instance.List("document_scope.own_voice");
    private static readonly string[] OwnBodies = RecognitionCues.Instance.List("document_scope.own_bodies");
    private static readonly string[] OrganisingVerbs = RecognitionCues.Instance.List("document_scope.organising_verbs");
    private static readonly string[] NotVillageNames = RecognitionCues.Instance.List("document_scope.not_village_names");
    private static readonly string[] OutsideLevels = RecognitionCues.Instance.List("document_scope.outside_levels");
    private static readonly string[] OutsideOffices = RecognitionCues.Instance.List("document_scope.outside_offices");
    private static readonly string[] OwnCommittees = RecognitionCues.Instance.List("document_scope.own_committees");
    // 评委, 单位: a two-character word ending like an office names no office (民政局, 党建办 have a line of work before).
    private const int OfficeSuffixMinLength = 2;
    private const int VillageNameLength = 4;

    /// <summary>
    /// (phase 17) The village's own meeting named with its record right after it (村民代表会议纪要, 村民会议决定, 居民议事会
    /// 记录): the paper is what the meeting decided. A meeting's material (村民代表会议材料) or a paper about one is not.
    /// </summary>
    private static string? OwnRecord(string title)
    {
        foreach (var meeting in OwnMeetings)
        {
            for (var at = title.IndexOf(meeting, StringComparison.Ordinal); at >= 0; at = title.IndexOf(meeting, at + 1, StringComparison.Ordinal))
            {
                var after = at + meeting.Length;
                if (OwnRecords.FirstOrDefault(r => string.CompareOrdinal(title, after, r, 0, r.Length) == 0) is { } record)
                {
                    return meeting + record;
                }
            }
        }
        return null;
    }

    private static readonly string[] OwnRules = RecognitionCues.Instance.List("document_scope.own_rules");

    /// <summary>
    /// (phase 25) A title that opens with one village's name and its own meeting right after it, and ends with the meeting's
    /// record (桃溪村村民会议关于…的决议, 石门社区居民代表会议关于…的决定): the meeting issues the paper, whatever its 关于 says.
    /// Not a paper about a meeting's decision (关于落实村民会议所作决定…的通知: the meeting stands after 关于, session 17), nor
    /// a title that opens with a township.
    /// </summary>
    private static string? OwnDecisionTitle(string t)
    {
        if (OneVillageNamed(t) is not { } proper)
        {
            return null;
        }
        var name = proper + (t[proper] == '村' ? 1 : 2);
        var end = t.TrimEnd();
        return OwnMeetings.FirstOrDefault(m => string.CompareOrdinal(t, name, m, 0, m.Length) == 0) is { } meeting
            && OwnRecords.FirstOrDefault(r => end.EndsWith(r, StringComparison.Ordinal)) is { } record
            ? meeting + record : null;
    }

    /// <summary>
    /// (phase 25) A title that opens with one village's name and names its own rules ([document_scope.own_rules]: 村规民约,
    /// 居民公约, 自治章程 — 太平村村规民约, 太平村关于征求《太平村村规民约（修订稿）》意见的公告): the village making or revising its
    /// own rules. A township's model rules sent down (石桥镇关于印发村规民约范本的通知) open with the township, not a village.
    /// </summary>
    private static string? OwnRulesTitle(string t) =>
        OneVillageNamed(t) is not null ? OwnRules.FirstOrDefault(r => t.Contains(r, StringComparison.Ordinal)) : null;

    /// <summary>
    /// Whether a body the notice names is one of the village's own meetings or committees (经村民代表会议讨论通过,
    /// 村务监督委员会审核): read as the issuer, it is the village itself.
    /// </summary>
    /// <summary>
    /// (phase 26b) The record of one of the village's own meetings ending the words ([document_scope.own_meetings] +
    /// [document_scope.own_records]: 村两委联席会议 + 记录 → 两委联席会议 + 记录), or null.
    /// </summary>
    internal static string? OwnMeetingRecord(string words) =>
        OwnMeetings.SelectMany(m => OwnRecords.Select(r => m + r)).Where(w => words.EndsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length);

    internal static bool IsOwnOrgan(string body) =>
        OwnMeetings.Any(m => body.Contains(m, StringComparison.Ordinal)) || OwnCommittees.Any(c => body.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// (phase 17) A paper one village issues in its own name to its own people: the title opens with that village's name
    /// (太平村…, 石桥村关于…, 太平社区… — one village by name, not 各村, 全村 or a kind of village such as 文明村 or
    /// 城中村), and the description speaks as that village — of itself (本村, 我村), to its villagers (各位村民, 居民朋友),
    /// or with its own body organising (村委会定于, 社区准备) — while neither names a township, a district or one of their
    /// bodies (镇里, 街道, 石桥镇, 区民政局). What such a paper runs among its villagers, groups and volunteers (a contest,
    /// a rating of yards, a sign-up in the group) is the village governing itself. The cue, or null.
    /// </summary>
    internal static string? OwnVillagePaper(FieldReading? title, FieldReading? description)
    {
        if (title is null || description is null)
        {
            return null;
        }
        var t = title.Text.Text;
        if (OneVillageNamed(t) is not { } proper)
        {
            return null;
        }
        var name = proper + (t[proper] == '村' ? 1 : 2);
        var d = description.Text.Text;
        if (HigherLevels.Any(l => t.Contains(l, StringComparison.Ordinal) || d.Contains(l, StringComparison.Ordinal))
            || NamesOutsideBody(title) || NamesOutsideBody(description))
        {
            return null;
        }
        if (OwnVoice.FirstOrDefault(v => d.Contains(v, StringComparison.Ordinal)) is { } voice)
        {
            return t[..name] + "：" + voice;
        }
        // (phase 31) 各位乡亲：, 村民朋友们： — the village's people addressed as persons.
        if (OwnPeople.VillagersAddressed(d) is { } villagers)
        {
            return t[..name] + "：" + villagers;
        }
        foreach (var body in OwnBodies)
        {
            for (var at = d.IndexOf(body, StringComparison.Ordinal); at >= 0; at = d.IndexOf(body, at + 1, StringComparison.Ordinal))
            {
                var after = at + body.Length;
                if (OrganisingVerbs.FirstOrDefault(v => string.CompareOrdinal(d, after, v, 0, v.Length) == 0) is { } verb)
                {
                    return t[..name] + "：" + body + verb;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 17) Where a title opening with one village's own name (太平村…, 石桥社区…: two to four Chinese characters with no
    /// 村 in them, then 村 or 社区) has its village word — not 各村, 全村, a kind of village (文明村, 城中村), another level, nor
    /// a list (太平村等, 太平村、…) or a level's word (村级); null when the title opens otherwise.
    /// </summary>
    internal static int? OneVillageNamed(string t)
    {
        for (var i = 2; i <= Math.Min(VillageNameLength, t.Length - 1); i++)
        {
            var word = t[i] == '村' ? 1 : string.CompareOrdinal(t, i, "社区", 0, 2) == 0 ? 2 : 0;
            if (word > 0 && t[..i].All(Text.TextNormaliser.IsChinese) && !t[..i].Contains('村'))
            {
                var proper = t[..i];
                return t.Length > i + word && t[i + word] is '等' or '、' or '级' || NotVillageNames.Any(n => proper.Contains(n, StringComparison.Ordinal))
                    ? null : i;
            }
        }
        return null;
    }

    private static readonly string[] OwnProcedures = RecognitionCues.Instance.List("document_scope.own_procedures");
    private static readonly string[] OwnSpendingWords = RecognitionCues.Instance.List("document_scope.own_spending");

    /// <summary>
    /// (phase 24) The procedure by which the village decides its own public works and collective projects
    /// ([document_scope.own_procedures]: 一事一议, 四议两公开), named in a paper that is the village's own — adopted by its
    /// own organs (<see cref="VillageOwnPaper"/>), or one village's paper by the name its title opens with — and naming no
    /// township or county body. The procedure's words, or null. A township's paper about such projects (某镇关于开展一事一议
    /// 奖补项目申报的通知) is not the village's.
    /// </summary>
    internal static string? OwnProcedure(FieldReading? title, FieldReading? description, string? villageOwn)
    {
        if (description is null
            || villageOwn is null && (title is null || OneVillageNamed(title.Text.Text) is null) && SignedByOneVillage(description.Text.Text) is null)
        {
            return null;
        }
        var words = (title?.Text.Text ?? string.Empty) + "\n" + description.Text.Text;
        // (phase 30) 申请上级…奖补: a higher level the village applies to asks nothing of it (ChannelLeads before the word).
        if (HigherLevels.Any(l => NamedNotAsChannel(words, l))
            || title is not null && NamesOutsideBody(title, levelsOnly: true) || NamesOutsideBody(description, levelsOnly: true))
        {
            return null;
        }
        return OwnProcedures.FirstOrDefault(p => words.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// (phase 24) Whether a match is the village's own spending or raising on its project (总投资3万元, 投资约20万元, 筹资筹劳):
    /// the matched words hold a word of [document_scope.own_spending]. Under the village's own procedure such a sum is what it
    /// decided to spend, not an investment target or a levy put on it.
    /// </summary>
    /// <remarks>
    /// (phase 26) Also a match whose clause names that money before it, as what is handled (筹资款由会计收取后开具收据,
    /// 捐款由理财小组登记): the village receipting its own levy or the gifts to its project. Not when the clause names a tax
    /// or a fee ([document_scope.levied_dues]: 每户筹资和垃圾处理费由…收取) or hands the money on ([document_scope.handed_up]:
    /// 筹资款收齐后上交镇财政所) — that is collecting for another.
    /// </remarks>
    internal static bool OwnSpending(FieldReading field, int sourceStart, string matched)
    {
        if (OwnSpendingWords.Any(w => matched.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var clause = field.Clauses[k];
        var words = field.Text.Text[clause.Start..clause.End];
        var before = field.Text.Text[clause.Start..DocumentText.AtSource(field, k, sourceStart)];
        return OwnSpendingWords.Any(w => before.Contains(w, StringComparison.Ordinal))
            && !LeviedDues.Any(d => words.Contains(d, StringComparison.Ordinal)) && !HandedUp.Any(h => words.Contains(h, StringComparison.Ordinal));
    }

    private static readonly string[] LeviedDues = RecognitionCues.Instance.List("document_scope.levied_dues");
    private static readonly string[] HandedUp = RecognitionCues.Instance.List("document_scope.handed_up");
    private static readonly string[] SigningCommittees = RecognitionCues.Instance.List("document_scope.signing_committees");
    // The closing lines a signature may stand on (the committee's name, then its date).
    private const int SignatureLines = 3;

    /// <summary>
    /// (phase 26) The village signing the paper: one of its last lines is one village's name and its committee, nothing else
    /// (瓦窑村民委员会, 柏岭村村民委员会, 石门社区居民委员会 — [document_scope.signing_committees] after the name
    /// <see cref="OneVillageNamed"/> reads). The name, or null. A township or an office signing, or a village named inside a
    /// longer line, is not.
    /// </summary>
    internal static string? SignedByOneVillage(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim(' ', '\u3000', '\r', '\t')).Where(l => l.Length > 0).TakeLast(SignatureLines);
        foreach (var line in lines)
        {
            if (OneVillageNamed(line) is { } proper && SigningCommittees.Contains(line[proper..]))
            {
                return line[..proper];
            }
        }
        return null;
    }

    private static readonly string[] Withholding = RecognitionCues.Instance.List("document_scope.withholding");
    private static readonly string[] OwnPay = RecognitionCues.Instance.List("document_scope.own_pay");
    private static readonly string[] IncomeTaxes = RecognitionCues.Instance.List("document_scope.income_taxes");
    private static readonly string[] OthersIncome = RecognitionCues.Instance.List("document_scope.others_income");

    /// <summary>
    /// (phase 25) The village as payer withholding the income tax on what it pays (保洁员工资（村已代扣代缴个税…）,
    /// 村里是支付方，依法代扣个税): the tax law puts that on every payer; the village collects no tax for anyone.
    /// The match holds a withholding word ([document_scope.withholding]), its sentence names an income tax and, before the
    /// withholding, pay the village gives or itself as the payer ([document_scope.own_pay]); the cue, or null. Not a tax on
    /// another's income (村民出租房屋的个人所得税, 个体户经营所得: [document_scope.others_income]) nor a tax with no pay named.
    /// </summary>
    internal static string? PayersWithholding(FieldReading field, int sourceStart, string matched)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || Withholding.FirstOrDefault(w => matched.Contains(w, StringComparison.Ordinal)) is not { } withholding)
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(field.Clauses, k);
        var sentence = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        var at = sentence.IndexOf(withholding, StringComparison.Ordinal);
        if (at < 0 || !IncomeTaxes.Any(t => sentence.Contains(t, StringComparison.Ordinal))
            || OthersIncome.Any(o => sentence.Contains(o, StringComparison.Ordinal)))
        {
            return null;
        }
        return OwnPay.FirstOrDefault(p => sentence.IndexOf(p, StringComparison.Ordinal) is >= 0 and var i && i < at) is { } pay
            ? pay + "…" + withholding : null;
    }

    private static readonly string[] OwnProperty = RecognitionCues.Instance.List("document_scope.own_property");
    private static readonly string[] Letting = RecognitionCues.Instance.List("document_scope.letting");
    private static readonly string[] LettingTargets = RecognitionCues.Instance.List("document_scope.letting_targets");

    /// <summary>
    /// (phase 25) The village letting what its collective owns (村集体的旧粮站对外招租): finding a tenant for its own
    /// property is the owner's lease, not a letting or investment quota put on it. The match is the letting or the search
    /// for a tenant itself (招租, 招商 — not 引资, 任务, 指标: [document_scope.letting_targets]), and its sentence lets
    /// ([document_scope.letting]) property it names as the collective's ([document_scope.own_property]); the cue, or null.
    /// </summary>
    internal static string? OwnLease(FieldReading field, int sourceStart, string matched)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || !Letting.Any(l => matched.Contains(l, StringComparison.Ordinal)) && !matched.Contains("招商", StringComparison.Ordinal)
            || LettingTargets.Any(t => matched.Contains(t, StringComparison.Ordinal)))
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(field.Clauses, k);
        var sentence = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        return OwnProperty.FirstOrDefault(p => sentence.Contains(p, StringComparison.Ordinal)) is { } owned
            && Letting.FirstOrDefault(l => sentence.Contains(l, StringComparison.Ordinal)) is { } let
            ? owned + "…" + let : null;
    }

    private static readonly string[] PeoplesPaying = RecognitionCues.Instance.List("document_scope.peoples_paying");
    private static readonly string[] ServiceCharges = RecognitionCues.Instance.List("document_scope.service_charges");
    private static readonly string[] Collecting = RecognitionCues.Instance.List("document_scope.collecting");

    /// <summary>
    /// (phase 28) In the village's own rules, its people paying a provider's charge for the service they use (居民公约：按时缴纳
    /// 物业服务费): the payers are the residents and the payee the provider under their contract — no tax or fee of a
    /// department, and no one collects it. The match pays ([document_scope.peoples_paying]: 缴纳, 交纳 …) a charge of
    /// [document_scope.service_charges] (物业服务费, 水费 …), and neither the match nor its clause up to it collects
    /// ([document_scope.collecting]: 收, 代, 催 …) or names the village. The cue, or null.
    /// </summary>
    internal static string? OwnPeoplesCharge(FieldReading field, int sourceStart, string matched)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || PeoplesPaying.FirstOrDefault(p => matched.Contains(p, StringComparison.Ordinal)) is not { } paying
            || ServiceCharges.FirstOrDefault(c => matched.Contains(c, StringComparison.Ordinal)) is not { } charge)
        {
            return null;
        }
        var clause = field.Clauses[k];
        var at = field.Text.Text.IndexOf(matched, clause.Start, StringComparison.Ordinal);
        var upTo = field.Text.Text[clause.Start..(at >= clause.Start && at < clause.End ? at + matched.Length : clause.End)];
        return Collecting.Any(c => upTo.Contains(c, StringComparison.Ordinal)) || DocumentAddressee.NamesVillageWord(upTo, RecognitionCues.Instance)
            || upTo.Contains('村')
            ? null : paying + charge;
    }

    private static readonly string[] Providers = RecognitionCues.Instance.List("document_scope.providers");
    private static readonly string[] Commissioning = RecognitionCues.Instance.List("document_scope.commissioning");
    private const int CommissionReach = 30;

    /// <summary>
    /// (phase 25) The village overseeing the provider it commissioned to run its own service (社区食堂由居委会举办，委托某餐饮
    /// 公司运营 … 督促运营方整改): a client holding its contractor to the contract, not food-safety or market enforcement put
    /// on it. The match names the provider by its role ([document_scope.providers]: 运营公司, 承包方 …) and the field says the
    /// village commissions the running ([document_scope.commissioning]: 委托 with 运营/经营/承办 within a short reach); the
    /// cue, or null. The village checking shops or eateries (辖区餐馆, 商户) names no provider of its own and keeps its reading.
    /// </summary>
    internal static string? OwnProvider(FieldReading field, string matched)
    {
        if (Providers.FirstOrDefault(p => matched.Contains(p, StringComparison.Ordinal)) is not { } provider)
        {
            return null;
        }
        var text = field.Text.Text;
        for (var at = text.IndexOf("委托", StringComparison.Ordinal); at >= 0; at = text.IndexOf("委托", at + 2, StringComparison.Ordinal))
        {
            var reach = text.Substring(at, Math.Min(CommissionReach, text.Length - at));
            var stop = reach.IndexOfAny(['。', '；', ';', '\n']);
            reach = stop > 0 ? reach[..stop] : reach;
            if (Commissioning.FirstOrDefault(c => reach.Contains(c, StringComparison.Ordinal)) is { } running)
            {
                return "委托…" + running + "：" + provider;
            }
        }
        return null;
    }

    /// <summary>Whether the field names a body of the township or above (石桥镇, 区民政局, 镇党建办, 街道城管科) anywhere.</summary>
    /// <param name="levelsOnly">(phase 25) For the village's own procedure: only a body of a level (镇, 县 …) counts — the
    /// contractor it hires (施工队) is no township body — and not one it uses as a channel (<see cref="UsedAsChannel"/>).</param>
    private static bool NamesOutsideBody(FieldReading field, bool levelsOnly = false)
    {
        for (var k = 0; k < field.Clauses.Count; k++)
        {
            if (field.Reader.Mentions(k).Any(m => m.Kind == ActorKind.Other && m.Text is { } body && !IsOwnOrgan(body)
                    && !VillagesOwnTeam(field.Text.Text, m) && !(levelsOnly && UsedAsChannel(field.Text.Text, m))
                    && (OutsideLevels.Any(b => body.Contains(b, StringComparison.Ordinal))
                        || !levelsOnly && body.Length > OfficeSuffixMinLength && OutsideOffices.Any(b => body.EndsWith(b, StringComparison.Ordinal)))))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ChannelLeads = RecognitionCues.Instance.List("document_scope.channel_leads");

    private static readonly string[] Submitting = RecognitionCues.Instance.List("document_scope.submitting");
    private static readonly string[] Reviewing = RecognitionCues.Instance.List("document_scope.reviewing");
    private const int ReviewReach = 4;

    // (phase 30) 方案报镇里的站所审批: a submitting word right before the body and a review word right after it.
    private static bool Submitted(string text, Mention body) =>
        Submitting.Any(l => Leads(text, body, l))
        && body.End <= text.Length && Reviewing.Any(r => text.IndexOf(r, body.End, Math.Min(ReviewReach + r.Length, text.Length - body.End), StringComparison.Ordinal) >= 0);

    // A higher level's word (上级, 镇里) standing somewhere not right after a word of means or of applying to it.
    private static bool NamedNotAsChannel(string text, string level)
    {
        for (var at = text.IndexOf(level, StringComparison.Ordinal); at >= 0; at = text.IndexOf(level, at + level.Length, StringComparison.Ordinal))
        {
            if (!ChannelLeads.Any(l => EndsAt(text, at, l)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 25) Whether the body stands right after a word of means (通过镇里的交易平台选定施工方, 借助区里的交易中心):
    /// the village uses its service to carry out its own decision; the body asks nothing of it.
    /// </summary>
    /// <remarks>(phase 26) The word may also stand inside the phrase the reader took for the body's name (差额申请镇…:
    /// the reader joins the words before 镇 to it); no body's name holds one.</remarks>
    private static bool UsedAsChannel(string text, Mention body) =>
        Submitted(text, body) || ChannelLeads.Any(l => Leads(text, body, l));

    /// <summary>The word stands right before the body, or inside the phrase the reader took for its name, before its end.</summary>
    private static bool Leads(string text, Mention body, string word) =>
        EndsAt(text, body.Start, word) || body.Text is { } name && name.IndexOf(word, StringComparison.Ordinal) is >= 0 and var at && at + word.Length < name.Length;

    /// <summary>The word ends right at <paramref name="at"/>.</summary>
    private static bool EndsAt(string text, int at, string word) =>
        at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0;

    /// <summary>
    /// (phase 20) Whether the body is one of the village's own teams, the village word opening its name (村妇联, 村志愿服务队,
    /// 社区志愿服务队; or 村 standing right before the name after a list mark or 本/我/由: 由村妇联、村志愿服务队), also named
    /// again short once the paper has named it so (捐款由志愿服务队登记): a village's 倡议 naming them still speaks in its own
    /// name. 农村工作办 (村 inside a word) and 镇志愿服务队 (a level) are not.
    /// </summary>
    private static bool VillagesOwnTeam(string text, Mention body)
    {
        if (body.Text.StartsWith('村') || body.Text.StartsWith("社区", StringComparison.Ordinal)
            || text.Contains("村" + body.Text, StringComparison.Ordinal) && !OutsideLevels.Any(l => body.Text.StartsWith(l, StringComparison.Ordinal)))
        {
            return true;
        }
        return body.Start > 0 && text[body.Start - 1] == '村'
            && (body.Start == 1 || !Text.TextNormaliser.IsChinese(text[body.Start - 2]) || "本我该由、和及".Contains(text[body.Start - 2]));
    }

    /// <summary>经/提交 + an own organ + an adopting verb within a short reach, as written; or null.</summary>
    private static string? Adoption(string text, int from, int to)
    {
        foreach (var lead in AdoptionLeads)
        {
            for (var at = text.IndexOf(lead, from, to - from, StringComparison.Ordinal); at >= 0 && at < to; at = text.IndexOf(lead, at + 1, to - at - 1, StringComparison.Ordinal))
            {
                var span = text[at..Math.Min(to, at + AdoptionReach)];
                var cut = span.IndexOfAny([',', '。', ';', ')', '）']);
                span = cut > 0 ? span[..cut] : span;
                var organ = OwnOrgans.Select(o => span.IndexOf(o, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
                if (organ > 0 && Adopting.FirstOrDefault(v => span.IndexOf(v, organ, StringComparison.Ordinal) > organ) is { } verb)
                {
                    return span[..(span.IndexOf(verb, organ, StringComparison.Ordinal) + verb.Length)];
                }
            }
        }
        return null;
    }

    private static readonly string[] OutsideDemands = RecognitionCues.Instance.List("document_scope.outside_demands");
    private static readonly string[] HigherLevels = RecognitionCues.Instance.List("document_scope.higher_levels");

    private static readonly string[] Relaying = RecognitionCues.Instance.List("document_scope.relaying");

    /// <summary>Whether the words hold a word of relaying another body's notice ([document_scope.relaying]: 传达).</summary>
    internal static bool Relays(string words) => Relaying.Any(r => words.Contains(r, StringComparison.Ordinal));

    /// <summary>
    /// (phase 11) Whether the sentence holding the offset has another body demand something (镇里要求…, 区民政局布置…): in the
    /// village's own paper such a sentence still reports a demand from outside, and keeps its reading. (phase 25 review) So
    /// does a sentence relaying another body's notice (会议传达了镇里的通知：…, 传达某镇组织办通知：…): what follows is that
    /// body's demand, whatever word it is put in.
    /// </summary>
    internal static bool OutsideBodyDemands(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var (first, last) = ClauseScope.SentenceClauses(field.Clauses, k);
        var text = field.Text.Text;
        int? body = null;
        for (var c = first; c <= last; c++)
        {
            foreach (var m in field.Reader.Mentions(c).Where(m => m.Kind == ActorKind.Other))
            {
                body ??= m.End;
                if (Relaying.Any(r => text.LastIndexOf(r, m.Start, m.Start - field.Clauses[first].Start, StringComparison.Ordinal) >= 0))
                {
                    return true;
                }
            }
            if (body is { } after && OutsideDemands.Any(d => text.IndexOf(d, Math.Max(after, field.Clauses[c].Start), field.Clauses[c].End - Math.Max(after, field.Clauses[c].Start), StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }
        return HigherLevelDemands(text[field.Clauses[first].Start..field.Clauses[last].End]);
    }

    /// <summary>Whether a sentence names a higher level (镇里, 县里, 上级) and a word of demanding (要求, 布置, 交办): the level's
    /// demand is told in it.</summary>
    internal static bool HigherLevelDemands(string sentence) =>
        HigherLevels.Any(l => sentence.Contains(l, StringComparison.Ordinal))
        && OutsideDemands.Concat(Relaying).Any(d => sentence.Contains(d, StringComparison.Ordinal));
}

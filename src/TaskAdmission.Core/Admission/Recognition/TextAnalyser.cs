using TaskAdmission.Core.Admission.Recognition.Document;
using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Runs a lexicon over a task's fields: normalise, split into clauses, find every literal in one pass, then match the
/// phrases whose literals occurred, term by term within their gaps in one clause, and judge each match with
/// <see cref="Agency"/>. A title is a heading, so a firing title match is judged again with what the description says of
/// the same thing (<see cref="TitleContext"/>). Deterministic: the same text and lexicon give the same hits in the same order. Instead of
/// a wall-clock limit (which would make a replayed check differ) the matching has a work budget that no bounded phrase
/// reaches on a realistic notice.
/// </summary>
public static class TextAnalyser
{
    /// <summary>Occurrence comparisons allowed per analysis.</summary>
    public const int WorkBudget = 2_000_000;

    private const int MaxHitsPerPhrase = 3;
    private const int MaxMatchedText = 80;

    public static TextAnalysis Analyse(RecogniserLexicon lexicon, IEnumerable<(string Field, string Text)> fields)
    {
        var hits = new List<RecognitionHit>();
        var budget = WorkBudget;
        var readings = new List<FieldReading>();
        var titleHits = new List<(int Index, string[] Terms, string Act, string[] Exclusions)>();
        foreach (var (field, source) in fields)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }
            var reading = new FieldReading(field, source, lexicon);
            readings.Add(reading);
            if (reading.Clauses.Count == 0 || !AnalyseField(lexicon, reading, hits, field == TitleContext.Title ? titleHits : null,
                    readings.FirstOrDefault(r => r.Field == TitleContext.Title), ref budget))
            {
                return new TextAnalysis(hits, truncated: true);
            }
        }
        if (titleHits.Count > 0 && readings.FirstOrDefault(r => r.Field == TitleContext.Description) is { } description)
        {
            TitleContext.Apply(hits, titleHits, readings.FirstOrDefault(r => r.Field == TitleContext.Title), description);
        }
        Disclaimers.Apply(hits);
        OwnWork.Apply(hits, readings);
        PaperScope.Apply(hits, readings);
        CheckInDoers.Apply(hits, readings);
        OperatorDuty.Apply(hits, readings);
        var document = DocumentReading.Apply(hits, readings);
        CampaignUnits.Apply(hits, readings, document);
        // (phase 33) 区文明办对各站点进行星级评定: the village's own service post rated is the village rated.
        RatedPosts.Apply(hits, readings, document);
        OwnCheckIns.Apply(hits, readings, document);
        // (phase 34) A contest's entries, a body's own staff, the firms a paper is sent to: ranked, not the villages.
        RankedOthers.Apply(hits, readings, document);
        // (phase 37) A sanction moved to a sector whose supervision the notice does not put on the village is enforcement.
        SubjectMatter.KeepSanctions(hits);
        // (phase 21) Read the paper as a whole only when a finding that would refuse it survives the sentences.
        var refusing = hits.Where(Refuses).ToList();
        return new TextAnalysis(hits, truncated: false) { NotForVillages = refusing.Count > 0 ? PaperStance.NotForVillages(readings, refusing, document) : null };
    }

    /// <summary>A firing match whose finding refuses the task: prohibited work or certificates, pledges, check-ins, rankings
    /// (a signboard or a campaign goes to joint review whatever the paper).</summary>
    private static bool Refuses(RecognitionHit hit) =>
        hit.Verdict.Fires && (hit.Entry.Target is RecogniserTarget.ProhibitedWork or RecogniserTarget.ProhibitedCertificate
            || (hit.Entry.Target == RecogniserTarget.RuleFamily && hit.Entry.Family is LexiconFamilies.PledgeOrVeto or LexiconFamilies.AppCheckIn or LexiconFamilies.Assessment));

    private static bool AnalyseField(RecogniserLexicon lexicon, FieldReading reading, List<RecognitionHit> hits, List<(int Index, string[] Terms, string Act, string[] Exclusions)>? titleHits,
        FieldReading? title, ref int budget)
    {
        var text = reading.Text;
        var starts = new Dictionary<int, List<int>>();
        foreach (var (id, start) in lexicon.Index.FindAll(text.Text))
        {
            if (reading.IsCited(start))
            {
                continue;
            }
            if (!starts.TryGetValue(id, out var list))
            {
                starts[id] = list = [];
            }
            list.Add(start);
        }
        // The plans any found literal belongs to, each once, in plan order (a sorted list: no set's nodes per check).
        var count = 0;
        foreach (var id in starts.Keys)
        {
            count += lexicon.PlansByLiteral[id].Length;
        }
        var candidates = new List<int>(count);
        foreach (var id in starts.Keys)
        {
            candidates.AddRange(lexicon.PlansByLiteral[id]);
        }
        candidates.Sort();
        var merged = PhraseMatching.NewOccurrenceCache();
        var certificates = new List<(int Hit, int Sentence, bool General, int Start, int End)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var p = candidates[c];
            if (c > 0 && candidates[c - 1] == p)
            {
                continue;
            }
            var plan = lexicon.Plans[p];
            if (Occurrences(plan.Terms, starts, lexicon, merged) is not { } terms)
            {
                continue;
            }
            var exclusions = plan.Exclusions.Select(x => PhraseMatching.Occurrences(x, starts, lexicon.Index, merged)).Where(x => x.Count > 0).ToArray();
            var found = 0;
            var lastClause = -1;
            foreach (var first in terms[0])
            {
                var clauseIndex = reading.ClauseAt(first.Start);
                if (clauseIndex < 0 || clauseIndex == lastClause)
                {
                    continue;
                }
                lastClause = clauseIndex;
                var clause = reading.Clauses[clauseIndex];
                if (exclusions.Any(x => PhraseMatching.Within(x, clause).Count > 0))
                {
                    continue;
                }
                var inClause = terms.Select(t => PhraseMatching.Within(t, clause)).ToArray();
                // (phase 20) 政治考核组, 考核人员 after 征兵政治考核: a term naming the team of the excluded act named before is
                // that act's team.
                if (exclusions.Length > 0 && !DropExcludedTeams(text.Text, inClause, exclusions))
                {
                    continue;
                }
                var chain = new (int Start, int End)[inClause.Length];
                if (!PhraseMatching.Chain(inClause, plan.Pattern.Gaps, chain, 0, ref budget))
                {
                    if (budget <= 0)
                    {
                        return false;
                    }
                    continue;
                }
                // (phase 12) A term whose characters straddle two of the sentence's words and end inside one (上缴 read
                // over 线上|缴费) is not that term: chain again without it.
                if (Straddling(reading.Reader, clause.Sentence, inClause, chain) && !Rechain(reading.Reader, clause.Sentence, inClause, plan.Pattern.Gaps, chain, ref budget))
                {
                    if (budget <= 0)
                    {
                        return false;
                    }
                    continue;
                }
                // (phase 35) 日常发现粪污直排等情况，拍照后报乡农业服务中心: a clause that opens with the match has no words of its
                // own before the act; it goes on from the clause before it in its sentence, whose words the exclusions read too.
                if (exclusions.Length > 0 && OpensWithMatch(text.Text, clause, chain[0].Start) && clauseIndex > 0
                    && reading.Clauses[clauseIndex - 1] is var previous && previous.Sentence == clause.Sentence
                    && exclusions.Any(x => PhraseMatching.Within(x, previous).Count > 0))
                {
                    continue;
                }
                var entry = lexicon.Entries[plan.Entry];
                // (phase 32) 缴费不满15年的，告知其补缴政策: a term standing right before a policy noun ([text_analyser.policy_nouns]:
                // 政策, 标准, 办法 …) qualifies it — the policy told, not the act done: chain again without such occurrences.
                if (entry.Target == RecogniserTarget.ProhibitedWork && QualifiesPolicy(text.Text, chain))
                {
                    foreach (var occurrences in inClause)
                    {
                        occurrences.RemoveAll(o => QualifiesPolicy(text.Text, o));
                    }
                    if (inClause.Any(o => o.Count == 0) || !PhraseMatching.Chain(inClause, plan.Pattern.Gaps, chain, 0, ref budget))
                    {
                        if (budget <= 0)
                        {
                            return false;
                        }
                        continue;
                    }
                }
                // (phase 18) 发现新的违建及时报告镇综合行政执法队: the phrase's first term standing inside the name of a body of
                // a level (执法 in 镇综合行政执法队) is that body, not the term — chain again without it.
                var heldBy = NameHeld(reading.Reader, clauseIndex, chain);
                if (heldBy is not null)
                {
                    inClause[0].RemoveAll(o => OfficeNamed(reading.Reader, clauseIndex, o));
                    heldBy = inClause.Any(o => o.Count == 0) || !PhraseMatching.Chain(inClause, plan.Pattern.Gaps, chain, 0, ref budget) ? heldBy : null;
                    if (budget <= 0)
                    {
                        return false;
                    }
                }
                var verdict = heldBy is not null ? new HitVerdict(false, VerdictReason.InName, heldBy)
                    : Agency.Judge(reading.Reader, clauseIndex, chain, entry.AimedAtVillage);
                // The match's bounds, once: the chain is final here (NameHeld above may have chained it again).
                var hitStart = chain.Min(c => c.Start);
                var hitEnd = chain.Max(c => c.End);
                var certificate = entry.Target is RecogniserTarget.ProhibitedCertificate or RecogniserTarget.AllowedCertificate;
                var general = certificate && plan.Pattern.Terms.All(t => CertificateIssuance.IsDocumentTerm(t, RecognitionCues.Instance));
                // (phase 26) 违建由县执法大队拆除。各村做好住户的思想工作: help beside a named body's enforcement is not that act.
                if (verdict.Fires && entry.Target == RecogniserTarget.ProhibitedWork
                    && HelpWork.Doer(reading.Reader, clauseIndex, hitStart, hitEnd) is { } helped)
                {
                    verdict = new HitVerdict(false, VerdictReason.OtherActor, helped);
                }
                // (phase 27) …挂的牌子，不符合村级挂牌清单的管理规定: the words between a verdict and the rule it names name the rule.
                if (verdict.Fires && RuleNamed(text.Text, clause, hitStart, hitEnd) is { } rule)
                {
                    verdict = new HitVerdict(false, VerdictReason.InName, rule);
                }
                // (phase 27) 原由各村建立的加油站检查记录，全部移交县局: the former doer of what is handed over does not do it.
                if (verdict is { Fires: true, Reason: VerdictReason.VillageActs } && entry.Target == RecogniserTarget.ProhibitedWork
                    && ClauseStructure.HandedOver(reading.Reader, clauseIndex, chain.Min(c => c.Start)) is { } handedOver)
                {
                    verdict = new HitVerdict(false, VerdictReason.NotOperative, handedOver);
                }
                // (phase 27) 安全员在平时巡查时发现加油站有隐患的，拍照报告镇应急办: the inspection word is the occasion of a finding
                // that is reported; what is found is not inspected. (phase 32) 安全隐患巡查上报: a round for hazards joined to
                // their report is the duty to spot and report.
                if (verdict.Fires && entry.Target == RecogniserTarget.ProhibitedWork
                    && (ClauseStructure.FoundOnRounds(reading.Reader, clauseIndex, chain)
                        ?? ClauseStructure.PatrolAndReport(reading.Reader, clauseIndex, hitStart, hitEnd)) is { } rounds)
                {
                    verdict = new HitVerdict(false, VerdictReason.Excluded, rounds);
                }
                // 游客打卡拍照, 网友纷纷来拍照打卡, 请各户派代表参加, 到会时签到: a check-in is its subject's act.
                if (verdict.Fires && entry.Family == LexiconFamilies.AppCheckIn
                    && ClauseStructure.CheckInSubject(reading.Reader, clauseIndex, hitStart) is { } own)
                {
                    verdict = new HitVerdict(false, VerdictReason.OtherActor, own.Text);
                }
                // (phase 23) 职工自愿报名参加打卡活动，每个社区不少于50人: a check-in of private persons of whom the sentence sets each
                // village a floor is the villages' to deliver.
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } person } && entry.Family == LexiconFamilies.AppCheckIn
                    && RecognitionCues.Instance.Private.Contains(person) && ClauseScope.QuotaInSentence(reading.Reader, clauseIndex) is { } quota)
                {
                    verdict = new HitVerdict(true, VerdictReason.VillageTargeted, quota);
                }
                // (phase 20) 有村干部反映每天打卡负担重，镇党委研究决定：打卡照旧 — a body an earlier clause names only as the one
                // deciding (研究决定, 决定) sets the practice; it does not check in. The check-in names no one else: it is the villages'.
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor } && entry.Family == LexiconFamilies.AppCheckIn
                    && DecidedBy(reading.Reader, clauseIndex, verdict.Cue))
                {
                    verdict = new HitVerdict(true, VerdictReason.NoOtherActor, null);
                }
                // (phase 27) 每个行政村设立1个“…督导站” … 督导站统一悬挂标牌: a facility the notice has every village set up is the
                // village's own unit, and what is hung on it is hung on the village.
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } facility } && entry.Family == LexiconFamilies.Signboard
                    && VillageFacility.SetUpInVillages(reading.Reader, facility) is { } setUp)
                {
                    verdict = new HitVerdict(true, VerdictReason.VillageTargeted, setUp);
                }
                // (phase 19) 正式候选人在选票上按姓氏笔画排序: an order whose subject is persons orders them, not the villages.
                if (verdict.Fires && entry.Family == LexiconFamilies.Assessment
                    && ClauseStructure.RankedPersons(reading.Reader, clauseIndex, hitStart, hitEnd) is { } ranked)
                {
                    verdict = new HitVerdict(false, VerdictReason.OtherActor, ranked);
                }
                // (phase 26b) 考核结果记入本人档案，与所在村的考核不挂钩: an assessment named only as what a result is not
                // tied to is applied to no one.
                if (verdict.Fires && entry.Family == LexiconFamilies.Assessment
                    && ClauseScope.Unlinked(text.Text, clause, hitEnd) is { } unlinked)
                {
                    verdict = new HitVerdict(false, VerdictReason.Negated, unlinked);
                }
                // (phase 23) 通知公司负责人到乡安监站接受约谈: an interview is of the one who receives it.
                if (verdict.Fires && entry.Family == LexiconFamilies.Assessment
                    && ClauseStructure.Receiver(reading.Reader, clauseIndex, hitStart) is { } received)
                {
                    verdict = new HitVerdict(false, VerdictReason.OtherActor, received);
                }
                // (phase 19) 每户走访时须上传与户主的合影: the household visited or the person pictured is not the one
                // checking in; the proof is the visitor's (ProofOfVisit).
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor } && entry.Family == LexiconFamilies.AppCheckIn
                    && ProofOfVisit.Visitor(reading.Reader, clauseIndex, hitStart, verdict.Cue) is { } visitor)
                {
                    verdict = visitor;
                }
                // (phase 19) 镇综治中心随机点名，被点名的带班干部须在2分钟内接通视频: a roll call is made on the ones who
                // must answer it (RollCall).
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor } && entry.Family == LexiconFamilies.AppCheckIn
                    && RollCall.Answerer(reading.Reader, clauseIndex, hitStart, hitEnd) is { } answered)
                {
                    verdict = answered;
                }
                // (phase 19) 县反诈中心将打造10个样板村，每个乡镇推荐1至2个村: a campaign the villages must enter is aimed at
                // them, whoever runs it (CampaignVillages).
                if (entry.Family == LexiconFamilies.Demonstration
                    && verdict is { Fires: false, Reason: VerdictReason.OtherActor } or { Fires: true, Reason: VerdictReason.NoOtherActor }
                    && CampaignVillages.Entered(reading.Reader, clauseIndex, hitStart, hitEnd) is { } entered)
                {
                    verdict = new HitVerdict(true, VerdictReason.VillageTargeted, entered);
                }
                // (phase 20) 参会要求：请提前10分钟签到: a sign-in at a meeting or training one attends records attendance there.
                if (verdict.Fires && entry.Family == LexiconFamilies.AppCheckIn
                    && ClauseStructure.AttendanceSignIn(reading.Reader, hitStart, hitEnd) is { } attended)
                {
                    verdict = new HitVerdict(false, VerdictReason.Excluded, attended);
                }
                // 发现问题拍照记录后报镇河长办: a photo of what is found reports the finding; it is no proof of presence.
                if (verdict.Fires && entry.Family == LexiconFamilies.AppCheckIn
                    && ClauseStructure.ReportsFinding(reading.Reader, clauseIndex, hitStart) is { } finding)
                {
                    verdict = new HitVerdict(false, VerdictReason.OtherActor, finding);
                }
                // (phase 23) 闲置厂房情况（位置、面积、现状照片）报镇, 公开栏照片自己存档就行: a photo a one-off report is about, or
                // one the village keeps itself, proves no work (PhotoContent).
                if (verdict.Fires && entry.Family == LexiconFamilies.AppCheckIn
                    && PhotoContent.NoProof(reading.Reader, clauseIndex, hitStart, hitEnd) is { } content)
                {
                    verdict = new HitVerdict(false, VerdictReason.Excluded, content);
                }
                if (certificate)
                {
                    // (phase 23) 请各村对照花名册核对老人是否健在、电话是否有变: a prohibited certificate's fact in a sentence that
                    // names no paper, no issuing verb and no stamp is a fact the village checks; no certificate is issued.
                    // (phase 32) 填写《…统计表》（姓名、出生日期、健在与否）: a fact listed as a form's column is data reported.
                    verdict = entry.Target == RecogniserTarget.ProhibitedCertificate && !general && verdict.Fires
                        && (CertificateIssuance.FactChecked(reading.Reader, clauseIndex, RecognitionCues.Instance)
                            || CertificateIssuance.FormColumn(text.Text, hitStart, hitEnd, RecognitionCues.Instance))
                        ? new HitVerdict(false, VerdictReason.NoIssuer, null)
                        : Issued(reading.Reader, clauseIndex, chain, verdict, general);
                }
                // 关于继承公证办理的说明: a title ending in 说明 names the notice's own kind, an explanation; it is no
                // certificate unless the title makes the village write it (关于请村委会出具死亡情况说明).
                if (certificate && titleHits is not null && verdict is { Fires: true, Reason: VerdictReason.NoOtherActor }
                    && NoticeKind(text.Text, hitEnd) is { } kind)
                {
                    verdict = new HitVerdict(false, VerdictReason.NoIssuer, kind);
                }
                RecogniserEntry? sanction = null;
                if (verdict.Fires)
                {
                    entry = SubjectMatter.Resolve(lexicon, entry, reading, clauseIndex, chain, title, out sanction);
                }
                var ordered = chain.OrderBy(c => c.Start).ToArray();
                if (titleHits is not null && verdict.Fires)
                {
                    titleHits.Add((hits.Count, [.. ordered.Select(c => text.Text[c.Start..c.End])], text.Text[chain[^1].Start..chain[^1].End], [.. plan.Pattern.Exclusions.SelectMany(x => x)]));
                }
                if (certificate)
                {
                    certificates.Add((hits.Count, clause.Sentence, general, ordered[0].Start, ordered[^1].End));
                }
                var hit = Hit(entry, plan.Pattern.Source, reading, ordered, verdict);
                hits.Add(sanction is null ? hit : hit with { Sanction = sanction });
                if (++found == MaxHitsPerPhrase)
                {
                    break;
                }
            }
        }
        NameCertificates(lexicon, reading, hits, certificates, starts, merged);
        return true;
    }

    private static readonly string[] PolicyNouns = RecognitionCues.Instance.List("text_analyser.policy_nouns");

    private static bool QualifiesPolicy(string text, (int Start, int End) occurrence)
    {
        foreach (var noun in PolicyNouns)
        {
            if (string.CompareOrdinal(text, occurrence.End, noun, 0, noun.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool QualifiesPolicy(string text, (int Start, int End)[] chain)
    {
        foreach (var term in chain)
        {
            if (QualifiesPolicy(text, term))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] RuleVerdicts = RecognitionCues.Instance.List("text_analyser.rule_verdicts");
    private static readonly string[] RuleHeads = RecognitionCues.Instance.List("text_analyser.rule_heads");
    private static readonly string[] RuleDemands = RecognitionCues.Instance.List("text_analyser.rule_demands");

    // How long a rule's name may run from the verdict to its head (不符合 + 村级组织牌子目录管理 + 规定).
    private const int RuleNameReach = 24;

    /// <summary>
    /// (phase 27) …等牌子共43块，不符合村级挂牌清单的管理规定: a match standing between a verdict on a rule
    /// ([text_analyser.rule_verdicts]: 不符合, 违反) and the head of the rule's name after it ([text_analyser.rule_heads]: 规定,
    /// 办法, 制度) names that rule — what the rule is about, not an act of anyone. Only when nothing between them demands
    /// ([text_analyser.rule_demands]: 要求, 须 …) and the rule's name is short; a demand elsewhere in the sentence is read by its
    /// own match. The verdict and the rule's name, or null.
    /// </summary>
    private static string? RuleNamed(string text, Text.Clause clause, int hitStart, int hitEnd)
    {
        if (hitStart < clause.Start || hitEnd > clause.End || hitStart > hitEnd)
        {
            return null;
        }
        var before = text[clause.Start..hitStart];
        foreach (var verdict in RuleVerdicts)
        {
            var at = before.LastIndexOf(verdict, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var from = clause.Start + at;
            var limit = Math.Min(clause.End, from + verdict.Length + RuleNameReach);
            if (hitEnd >= limit)
            {
                continue;
            }
            var after = text[hitEnd..limit];
            var head = RuleHeads.Select(h => (Head: h, At: after.IndexOf(h, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).FirstOrDefault();
            if (head.Head is null)
            {
                continue;
            }
            var name = text[from..(hitEnd + head.At + head.Head.Length)];
            return RuleDemands.Any(d => name.Contains(d, StringComparison.Ordinal)) ? null : name;
        }
        return null;
    }

    private static readonly string[] Deciding = RecognitionCues.Instance.List("text_analyser.deciding");

    /// <summary>
    /// (phase 20) Whether the body <paramref name="actor"/> stands in an earlier clause of the sentence only as the one deciding:
    /// the clause ends with a decision word right after it, or after the rest of its name (镇党委研究决定：, 经镇党委会研究决定，
    /// where only 镇 is read as the body).
    /// </summary>
    private static bool DecidedBy(ClauseReader reader, int clauseIndex, string? actor)
    {
        var (first, _) = ClauseScope.SentenceClauses(reader, clauseIndex);
        for (var k = clauseIndex - 1; k >= first && actor is not null; k--)
        {
            var mentions = reader.Mentions(k);
            if (mentions.LastOrDefault(m => m.Text == actor) is { Text: not null } body)
            {
                var rest = reader.Text[body.End..reader.Clauses[k].End].Trim().TrimEnd(':', '：');
                return mentions[^1] == body && Deciding.Any(d => rest.EndsWith(d, StringComparison.Ordinal) && rest.Length - d.Length <= NameRest);
            }
        }
        return false;
    }

    // The rest of a body's name the reader may leave out before the decision (党委 of 镇党委会研究决定).
    private const int NameRest = 3;

    /// <summary>
    /// (phase 18) The name of a body of a level (镇综合行政执法队, 区市场监管局) that holds the phrase's first term when it is
    /// not its last (执法 of {执法} ~10 {违建}), or null. Only the first term: a later one may name on purpose the body the
    /// village assists (协助 ~12 税务 in 协助税务所…).
    /// </summary>
    private static string? NameHeld(ClauseReader reader, int clauseIndex, (int Start, int End)[] chain) =>
        chain.Length > 1 && OfficeNamed(reader, clauseIndex, chain[0]) ? reader.NameHolding(clauseIndex, chain[0]) : null;

    private static readonly string[] Levels = RecognitionCues.Instance.List("agency.levels");

    // How far before the term a level (镇, 乡, 区) opening the body's name is looked for (镇综合行政执法队: 镇 + 5).
    private const int LevelReach = 8;

    private static bool OfficeNamed(ClauseReader reader, int clauseIndex, (int Start, int End) term) =>
        reader.NameHolding(clauseIndex, term) is { } name
        && (reader.Mentions(clauseIndex).Any(m => m.Kind == ActorKind.Other && m.Text is not null && m.Start <= term.Start && m.End >= term.End
                && Levels.Any(l => m.Text.StartsWith(l, StringComparison.Ordinal) && m.Start + l.Length <= term.Start))
            || LevelOpens(reader.Text, term.Start)
            || ShortFormOfNamed(reader.Text, term.Start, name));

    /// <summary>
    /// (phase 29) 由乡综合执法中队查处。…有线索的，打电话给执法中队 — a body named in full earlier in the field (a level
    /// opening its name) is then called by its name's tail: the tail, found before the term's place with the level a few
    /// characters before it, names that body again.
    /// </summary>
    private static bool ShortFormOfNamed(string text, int termStart, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && at < termStart; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (at > 0 && Text.TextNormaliser.IsChinese(text[at - 1]) && LevelOpens(text, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 18) A level (镇, 乡禁烧办's 乡) opens the name a few Chinese characters before the term (报告乡禁烧办: jieba
    /// joins the level to the verb before it, so no body is read from its words).</summary>
    private static bool LevelOpens(string text, int termStart)
    {
        for (var k = termStart; k >= 0 && termStart - k <= LevelReach; k--)
        {
            if (k < termStart && !Text.TextNormaliser.IsChinese(text[k]))
            {
                return false;
            }
            if (Levels.Any(l => l.Length <= k && string.CompareOrdinal(text, k - l.Length, l, 0, l.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ExcludedTeams = RecognitionCues.Instance.List("text_analyser.excluded_teams");

    /// <summary>
    /// (phase 20) Drops the occurrences of a term that name the team or staff carrying out an act the phrase excludes, named
    /// earlier in the field (考核组, 考核人员, 考核部门 after 征兵政治考核 — the political vetting of a conscript, `考核 !政治考核`):
    /// the term followed by a word of [text_analyser.excluded_teams] and an excluded occurrence holding the term before it.
    /// A term standing by itself (镇里对各村考核排名) is the act. False when a term is left with no occurrence.
    /// </summary>
    private static bool DropExcludedTeams(string text, List<(int Start, int End)>[] inClause, List<(int Start, int End)>[] exclusions)
    {
        foreach (var occurrences in inClause)
        {
            occurrences.RemoveAll(o => ExcludedTeams.Any(w => string.CompareOrdinal(text, o.End, w, 0, w.Length) == 0)
                && exclusions.Any(x => x.Any(e => e.End <= o.Start && text.AsSpan(e.Start, e.End - e.Start).Contains(text.AsSpan(o.Start, o.End - o.Start), StringComparison.Ordinal))));
            if (occurrences.Count == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a chosen occurrence straddles the sentence's words (<see cref="ClauseReader.SplitsWords"/>).</summary>
    private static bool Straddling(ClauseReader reader, int sentence, List<(int Start, int End)>[] inClause, (int Start, int End)[] chain)
    {
        for (var t = 0; t < chain.Length; t++)
        {
            if (reader.SplitsWords(sentence, chain[t].Start, chain[t].End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Drops every straddling occurrence of the clause's terms and chains again; false when nothing is left.</summary>
    private static bool Rechain(ClauseReader reader, int sentence, List<(int Start, int End)>[] inClause, int[] gaps, (int Start, int End)[] chain, ref int budget)
    {
        foreach (var occurrences in inClause)
        {
            occurrences.RemoveAll(o => reader.SplitsWords(sentence, o.Start, o.End));
            if (occurrences.Count == 0)
            {
                return false;
            }
        }
        return PhraseMatching.Chain(inClause, gaps, chain, 0, ref budget);
    }

    /// <summary>Each term's occurrences, or null as soon as one term has none (the plan cannot match).</summary>
    private static List<(int Start, int End)>[]? Occurrences(int[][] terms, Dictionary<int, List<int>> starts, RecogniserLexicon lexicon,
        Dictionary<int[], List<(int Start, int End)>> merged)
    {
        var found = new List<(int Start, int End)>[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            found[i] = PhraseMatching.Occurrences(terms[i], starts, lexicon.Index, merged);
            if (found[i].Count == 0)
            {
                return null;
            }
        }
        return found;
    }

    /// <summary>The notice-kind word (说明) a title ends with at the match's end, or null; a trailing bracket
    /// (（征求意见稿）) is not part of the title's words.</summary>
    private static string? NoticeKind(string title, int matchEnd)
    {
        if (matchEnd < 2 || !title.AsSpan(0, matchEnd).EndsWith("说明", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = title[matchEnd..].Trim();
        if (rest.Length > 0 && rest[0] is '(' or '（' && rest[^1] is ')' or '）')
        {
            rest = string.Empty;
        }
        return rest.Length == 0 ? "说明" : null;
    }

    /// <summary>
    /// A certificate's issuer is who the sentence says issues it (<see cref="CertificateIssuance"/>): a certificate the
    /// village is told to issue fires although another body asked for it; one another body issues, or the village is told
    /// not to issue, does not. A demand to issue some certificate (出具…证明, naming no listed fact) is judged by its issuer
    /// alone, and fires only when that is the village.
    /// </summary>
    private static HitVerdict Issued(ClauseReader reader, int clauseIndex, (int Start, int End)[] chain, HitVerdict verdict, bool general)
    {
        var issued = IssuerSaid(reader, clauseIndex, chain, verdict, general);
        // (phase 24) …证明不再由派出所开具，改由村委会开具: the refusal to one issuer, or the issuer refused, does not reach the
        // later clause that gives the paper to the village in its place.
        return issued is { Fires: false, Reason: VerdictReason.Negated or VerdictReason.OtherActor }
            && CertificateIssuance.GivenToVillageInstead(reader, clauseIndex, chain.Max(c => c.End), RecognitionCues.Instance) is { } instead
            ? new HitVerdict(true, VerdictReason.VillageActs, instead) : issued;
    }

    private static HitVerdict IssuerSaid(ClauseReader reader, int clauseIndex, (int Start, int End)[] chain, HitVerdict verdict, bool general)
    {
        if (verdict.Reason is VerdictReason.Negated or VerdictReason.InName)
        {
            return verdict;
        }
        var (hitStart, hitEnd) = (chain.Min(c => c.Start), chain.Max(c => c.End));
        var issued = CertificateIssuance.Judge(reader, clauseIndex, hitStart, hitEnd, RecognitionCues.Instance);
        var explicitVillage = verdict is { Fires: true, Reason: VerdictReason.VillageActs or VerdictReason.HandedToVillage };
        // (phase 18) 需提交：身份证明、户口簿: a paper a person holds of his own, named with no one to issue it, is his own; so
        // is one he brings to get another paper (申请出具居住证明，需提供房产证明), whoever the sentence has issue that one.
        // (phase 19) 需提交：户口簿、身份证明（需村委会盖章）: a paper the village is made to stamp is the village's, whoever holds it.
        if (issued is not { Fires: true }
            && CertificateIssuance.HoldersPapers.Contains(reader.Text[hitStart..hitEnd])
            && !StampedByVillage(reader, clauseIndex)
            && (verdict.Reason == VerdictReason.NoOtherActor
                || CertificateIssuance.SupportingPaper(reader, clauseIndex, hitStart, hitEnd, RecognitionCues.Instance)
                    && !reader.NamesVillage(clauseIndex)))
        {
            return new HitVerdict(false, VerdictReason.NoIssuer, null);
        }
        // (phase 19) 到派出所申请开具户籍证明，需提交亲属关系证明: the body that issues the sentence's own certificate does not
        // issue the papers the applicant brings to get it. A paper a person does not hold of his own is asked of whoever
        // issues such papers — the village, which the notice does not rule out.
        if (issued is null && !general && verdict is { Fires: false, Reason: VerdictReason.OtherActor }
            && CertificateIssuance.SupportingPaper(reader, clauseIndex, hitStart, hitEnd, RecognitionCues.Instance))
        {
            return new HitVerdict(true, VerdictReason.NoOtherActor, null);
        }
        // (phase 33) 各村：申报资料须附县林业局的书面意见 — a paper attached or handed in is issued by its owner
        // (CertificateIssuance.PaperOwner), not by whoever attaches it; with no owner named, no one here issues it.
        if (CertificateIssuance.Attached(reader.Text, hitStart, hitEnd, RecognitionCues.Instance) && issued is not { Reason: VerdictReason.Negated })
        {
            return issued ?? new HitVerdict(false, VerdictReason.NoIssuer, null);
        }
        return issued switch
        {
            null => general && !explicitVillage ? new HitVerdict(false, VerdictReason.NoIssuer, null) : verdict,
            // (phase 23) 把各部门要求村委会开具的证明梳理了一遍：A证明、B证明等今后不再要求村委会开具 — a village an earlier clause
            // gave the act to yields to the refusal of the paper's own sentence.
            { Reason: VerdictReason.Negated } when explicitVillage && !reader.Mentions(clauseIndex).Any(m => m.Kind == ActorKind.Village && m.End <= hitStart) => issued,
            _ => explicitVillage ? verdict : issued,
        };
    }

    /// <summary>(phase 19) Whether the sentence has a village stamp or sign a paper ([certificate_stamps] and a village named).</summary>
    private static bool StampedByVillage(ClauseReader reader, int clauseIndex)
    {
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var sentence = reader.Text[reader.Clauses[first].Start..reader.Clauses[last].End];
        return RecognitionCues.Instance.CertificateStamps.Any(s => sentence.Contains(s, StringComparison.Ordinal))
            && Enumerable.Range(first, last - first + 1).Any(k => reader.NamesVillage(k));
    }

    // (phase 35) The name a demanded paper carries between "<verb>的" and its document word: 出具的种植面积证明 → 种植面积.
    private const int PaperNameMin = 2;
    private const int PaperNameMax = 8;

    private static string? OwnPaperName(string text, int start, int end)
    {
        var match = text[start..end];
        var word = NamedPaperWords.FirstOrDefault(w => match.EndsWith(w, StringComparison.Ordinal));
        var of = match.LastIndexOf('的');
        if (word is null || of < 0)
        {
            return null;
        }
        var name = match[(of + 1)..^word.Length];
        return name.Length is >= PaperNameMin and <= PaperNameMax && name.All(Text.TextNormaliser.IsChinese) ? name : null;
    }

    private static readonly string[] NamedPaperWords = ["证明", "说明"];

    /// <summary>Whether the paper's name and the listed certificate's title share a two-character word (权属 in 权属证明 and …土地权属意见).</summary>
    private static bool SharesWord(string name, string title)
    {
        for (var i = 0; i + 2 <= name.Length; i++)
        {
            if (title.Contains(name.AsSpan(i, 2), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A demand to issue some certificate is cited as the listed certificate the sentence names: one whose own phrase
    /// matched in the sentence makes the demand's match redundant; otherwise the certificate whose fact words (its
    /// phrase without the document words: 下落不明, 同一人, 残疾) occur in the sentence, nearest to the demand, an allowed
    /// one before a prohibited one at the same distance. A demand naming no listed fact stays with its own item (the list's
    /// "other certificates" entry, whose basis is that the village issues only the certificates on the allowed list).
    /// </summary>
    private static void NameCertificates(RecogniserLexicon lexicon, FieldReading reading, List<RecognitionHit> hits,
        List<(int Hit, int Sentence, bool General, int Start, int End)> certificates, Dictionary<int, List<int>> starts, Dictionary<int[], List<(int Start, int End)>> merged)
    {
        // (phase 18) 严禁要求当事人提交村（居）委会出具的亲属关系、婚姻状况、继承人情况等证明; 只需提供务工地单位开具的用工证明:
        // a listed certificate's match that ends on the same paper word as a demand to issue it is that demand's paper, and
        // shares the demand's reading when the demand is negated or another body issues it — however far the fact stands
        // from the negation, whoever an earlier clause made the subject.
        // (phase 32) 不再要求提交村委会出具的亲属关系证明、遗产继承权证明: so do the papers coordinated after it (、, 和, 及 …),
        // up to a paper with an issuing verb of its own or the clause's end.
        foreach (var (index, sentence, _, start, end) in certificates.Where(c => c.General))
        {
            if (hits[index].Verdict is not { Fires: false, Reason: VerdictReason.Negated or VerdictReason.OtherActor } demand)
            {
                continue;
            }
            var listEnd = CoordinatedPapersEnd(reading, end);
            foreach (var named in certificates.Where(c => !c.General && c.Sentence == sentence
                && ((c.End == end && c.Start < end) || (c.Start >= start && c.End > end && c.End <= listEnd))))
            {
                if (hits[named.Hit].Verdict.Fires)
                {
                    hits[named.Hit] = hits[named.Hit] with { Verdict = demand };
                }
            }
        }
        // (phase 32) 婚姻登记档案经婚姻登记机关确认遗失的，可由村（居）委会出具婚姻状况证明: an allowed certificate's words (its
        // case: 档案遗失) told before the village's issuing verb in the same sentence name the paper the village issues, whoever
        // the clause of the case has act (the registry confirms the loss). They take the demand's reading.
        foreach (var (index, sentence, _, start, _) in certificates.Where(c => c.General))
        {
            if (hits[index].Verdict is not { Fires: true, Reason: VerdictReason.VillageActs } issued)
            {
                continue;
            }
            // (phase 36) 当事人申请补领结婚证的，…。档案…遗失的，还应提交…其他材料，包括：⏎1. 村（居）委会出具的婚姻状况证明…: the
            // case stated in the paragraph that opens the list names the papers its items ask the village to issue.
            var lead = hits[index].ListLead;
            foreach (var allowed in certificates.Where(c => !c.General && (c.Sentence == sentence || c.Sentence >= lead.From && c.Sentence <= lead.To && lead.From >= 0) && c.End <= start))
            {
                if (hits[allowed.Hit] is { Entry.Target: RecogniserTarget.AllowedCertificate, Verdict: { Fires: false, Reason: VerdictReason.OtherActor or VerdictReason.NoIssuer } })
                {
                    hits[allowed.Hit] = hits[allowed.Hit] with { Verdict = issued };
                }
            }
        }
        // (phase 32) 上述证明不属于村委会可出具的证明事项; 对上述证明，村委会一律不予出具; 以上证明由派出所出具: a back reference to
        // papers (上述, 以上, 这些, 该 … + 证明) whose sentence goes on to refuse the issuing to the village or give it to another
        // body (RefusedReferences) speaks of the papers named before — every certificate of the nearest earlier sentence that
        // names any (a plural reference), or the last one (a singular one).
        foreach (var (at, pointer, refusal) in certificates.Count == 0 ? Enumerable.Empty<(int, string, HitVerdict)>() : RefusedReferences(reading, hits, certificates))
        {
            var named = certificates.Where(c => !c.General && c.End <= at).ToList();
            if (named.Count == 0)
            {
                continue;
            }
            var referred = PluralBackReferences.Contains(pointer)
                ? named.Where(c => c.Sentence == named.Max(n => n.Sentence))
                : named.Where(c => c.End == named.Max(n => n.End));
            foreach (var paper in referred)
            {
                if (hits[paper.Hit].Verdict.Fires && hits[paper.Hit].Entry.Target == RecogniserTarget.ProhibitedCertificate)
                {
                    hits[paper.Hit] = hits[paper.Hit] with { Verdict = refusal };
                }
            }
        }
        foreach (var (index, sentence, _, start, end) in certificates.Where(c => c.General))
        {
            var hit = hits[index];
            var specific = certificates.FindIndex(c => !c.General && c.Sentence == sentence);
            // (phase 35) 由地块所在村委会出具的种植面积证明，写明…四至界限: the paper the demand issues has a name of its own
            // (…的种植面积证明) that shares no word with the listed certificate a later description of its contents matched (四至:
            // 村民小组集体土地权属意见) — the contents describe the plot, the name says what the paper proves. It stays the paper asked.
            if (specific >= 0 && hit.Verdict.Fires && OwnPaperName(reading.Text.Text, start, end) is { } own
                && !SharesWord(own, hits[certificates[specific].Hit].Entry.Item.TitleZh) && certificates[specific].Start > end)
            {
                continue;
            }
            if (specific >= 0)
            {
                if (hit.Verdict.Fires)
                {
                    hits[index] = hit with { Verdict = new HitVerdict(false, VerdictReason.NamedCertificate, hits[certificates[specific].Hit].Entry.Item.TitleZh) };
                }
                continue;
            }
            if (!hit.Verdict.Fires)
            {
                continue;
            }
            var clauses = reading.Clauses.Where(c => c.Sentence == sentence).ToList();
            var (from, to) = (clauses[0].Start, clauses[^1].End);
            var fact = Fact(lexicon, reading, starts, merged, from, to, end);
            // (phase 15) 该证明在村级可出具证明事项清单内, 此证明由村委会盖章: a certificate word the match opens with, after a
            // back reference (该, 此, 上述: [certificate_reference.demonstratives]), in a sentence naming no listed fact, is the
            // certificate named before it in the field — no other paper: an allowed one is what the demand issues, and a prohibited
            // one is cited (申请人需提供亲属关系证明，该证明由村委会出具 — the issuer is named here). A sentence that names a fact
            // (该证明写明亲属关系) or a match with no certificate named before keeps its reading.
            // (review of phase 15) A plural back reference (上述证明, 以上证明) points at every paper named before: only when each of
            // them is an allowed certificate (…、家庭收入情况说明。上述证明均由村委会出具 names an unlisted one) is it that certificate.
            if (fact.Entry is null && BackReferenced(reading.Text.Text, start) is { } reference
                && (!PluralBackReferences.Contains(reference) || AllPapersAllowed(reading.Text.Text, start - reference.Length, hits, certificates))
                && certificates.Where(c => !c.General && c.End <= start).OrderBy(c => c.End).Select(c => (int?)c.Hit).LastOrDefault() is int before)
            {
                var referred = hits[before];
                hits[index] = referred.Entry.Target == RecogniserTarget.AllowedCertificate
                    ? hit with { Verdict = new HitVerdict(false, VerdictReason.NamedCertificate, referred.Entry.Item.TitleZh) }
                    : hit with { Entry = referred.Entry };
                continue;
            }
            // 出一份…说明 with neither the village's stamp nor a listed fact is a written answer, not a certificate.
            if (fact.Entry is null && CertificateIssuance.ProducedUnstamped(reading.Text.Text, start, end, from, to, RecognitionCues.Instance))
            {
                hits[index] = hit with { Verdict = new HitVerdict(false, VerdictReason.NoIssuer, null) };
                continue;
            }
            if (fact is ({ } named, var span))
            {
                var text = reading.Text;
                var (s, e) = text.ToSource(span.Start, span.End);
                hits[index] = hit with { Entry = named, Spans = [.. hit.Spans, new EvidenceSpan(reading.Field, s, e - s)] };
            }
        }
    }

    private static readonly string[] CertificateBackReferences = RecognitionCues.Instance.List("certificate_reference.demonstratives");

    private static readonly string[] Coordinators = [.. RecognitionCues.Instance.List("certificate_reference.coordinators").OrderByDescending(w => w.Length)];

    // (phase 32) The longest name of one paper in a coordinated list (遗产继承权证明, 家庭成员就业情况证明).
    private const int MaxCoordinatedPaper = 16;

    /// <summary>
    /// (phase 32) The end of the papers coordinated after a paper ending at <paramref name="end"/> (…证明、遗产继承权证明和…说明):
    /// a coordinator ([certificate_reference.coordinators]: 、, 和, 及 …) then a name closed by a paper word
    /// ([certificate_reference.paper_words]) within a short reach, in the same clause, with no issuing verb of its own
    /// (…证明、由村委会出具的…证明 is another demand). <paramref name="end"/> itself when nothing is coordinated.
    /// </summary>
    private static int CoordinatedPapersEnd(FieldReading reading, int end)
    {
        var text = reading.Text.Text;
        var k = end > 0 ? reading.ClauseAt(end - 1) : -1;
        if (k < 0)
        {
            return end;
        }
        var clauseEnd = reading.Clauses[k].End;
        var cues = RecognitionCues.Instance;
        var pos = end;
        while (Coordinators.FirstOrDefault(w => string.CompareOrdinal(text, pos, w, 0, w.Length) == 0) is { } coordinator)
        {
            var from = pos + coordinator.Length;
            var limit = Math.Min(clauseEnd, from + MaxCoordinatedPaper);
            var next = -1;
            var nextEnd = -1;
            foreach (var word in PaperWords)
            {
                var at = from < limit ? text.IndexOf(word, from, limit - from, StringComparison.Ordinal) : -1;
                if (at >= 0 && at + word.Length <= limit && (next < 0 || at < next))
                {
                    (next, nextEnd) = (at, at + word.Length);
                }
            }
            if (next < 0 || cues.CertificateIssuing.Concat(cues.CertificateProducing).Any(v => text.IndexOf(v, from, nextEnd - from, StringComparison.Ordinal) >= 0))
            {
                break;
            }
            pos = nextEnd;
        }
        return pos;
    }

    private static readonly string[] PluralBackReferences = RecognitionCues.Instance.List("certificate_reference.plural_demonstratives");
    private static readonly string[] Excepting = RecognitionCues.Instance.List("certificate_reference.excepting");
    private static readonly string[] ListNames = RecognitionCues.Instance.List("certificate_reference.list_names");
    private static readonly string[] AskedWhether = RecognitionCues.Instance.List("not_operative_parts.question_words");
    private static readonly (string Pointer, string Word)[] ReferenceWords = [.. CertificateBackReferences.Select(p => (p, p + "证明"))];
    private static readonly string[] PaperWords = RecognitionCues.Instance.List("certificate_reference.paper_words");

    /// <summary>
    /// (phase 32) The back references to papers in the field ([certificate_reference.demonstratives] + 证明: 上述证明, 这些证明)
    /// whose sentence refuses their issuing to the village or gives it to another body: the first issuing verb after the
    /// reference in its sentence, with no other paper named between (a paper word naming a list — 证明事项, 证明清单 — is no
    /// paper), is either inside a demand to issue that is negated, or given to another body in the reference's own clause
    /// (以上证明由派出所出具), or negated in its own clause (对上述证明，村委会一律不予出具). Not a verb asked about
    /// ([not_operative_parts.question_words]: 是否出具…), nor a reference turned into "other than those"
    /// ([certificate_reference.excepting]: 上述证明以外的…). Each with its offset, its pointer and the refusal.
    /// </summary>
    private static IEnumerable<(int At, string Pointer, HitVerdict Refusal)> RefusedReferences(FieldReading reading, List<RecognitionHit> hits,
        List<(int Hit, int Sentence, bool General, int Start, int End)> certificates)
    {
        var text = reading.Text.Text;
        var cues = RecognitionCues.Instance;
        foreach (var (pointer, word) in ReferenceWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var referenceEnd = at + word.Length;
                var k = reading.ClauseAt(at);
                if (k < 0 || Excepting.Any(x => string.CompareOrdinal(text, referenceEnd, x, 0, x.Length) == 0))
                {
                    continue;
                }
                var sentence = reading.Clauses[k].Sentence;
                var last = k;
                while (last + 1 < reading.Clauses.Count && reading.Clauses[last + 1].Sentence == sentence)
                {
                    last++;
                }
                var sentenceEnd = reading.Clauses[last].End;
                (int Start, int End)? verb = null;
                foreach (var v in cues.CertificateIssuing)
                {
                    var found = referenceEnd < sentenceEnd ? text.IndexOf(v, referenceEnd, sentenceEnd - referenceEnd, StringComparison.Ordinal) : -1;
                    if (found >= 0 && (verb is null || found < verb.Value.Start))
                    {
                        verb = (found, found + v.Length);
                    }
                }
                if (verb is not { } issuing)
                {
                    continue;
                }
                var between = text[referenceEnd..issuing.Start];
                foreach (var list in ListNames)
                {
                    between = between.Replace(list, string.Empty, StringComparison.Ordinal);
                }
                if (PaperWords.Any(w => between.Contains(w, StringComparison.Ordinal)))
                {
                    continue;
                }
                // 该证明应由派出所调查核实，是否出具…请镇里研究: a verb asked about (是否, 能否 …) refuses nothing.
                var verbClause = reading.ClauseAt(issuing.Start);
                var clause = reading.Clauses[verbClause];
                if (AskedWhether.Any(q => text.IndexOf(q, clause.Start, issuing.Start - clause.Start, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }
                var demand = certificates.FindIndex(c => c.General && c.Sentence == sentence && c.Start <= issuing.Start && c.End >= issuing.End);
                if (demand >= 0)
                {
                    // Another body takes the papers only in the reference's own clause (以上证明由派出所出具); a refusal may follow
                    // in a clause of its own.
                    if (hits[certificates[demand].Hit].Verdict is { Fires: false, Reason: VerdictReason.Negated or VerdictReason.OtherActor } refusal
                        && (refusal.Reason == VerdictReason.Negated || verbClause == k))
                    {
                        yield return (at, pointer, refusal);
                    }
                    continue;
                }
                if (Agency.Negation(text, clause.Start, clause.End, issuing.Start, issuing.End, cues) is { } negation)
                {
                    yield return (at, pointer, new HitVerdict(false, VerdictReason.Negated, negation));
                }
            }
        }
    }

    /// <summary>(phase 35) Whether only blanks stand between the clause's start and the match.</summary>
    private static bool OpensWithMatch(string text, Text.Clause clause, int start)
    {
        for (var i = clause.Start; i < start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>(phase 15) The back reference the match opens with right before 证明 (该证明, 此证明, 上述证明), or null.</summary>
    private static string? BackReferenced(string text, int start) =>
        string.CompareOrdinal(text, start, "证明", 0, 2) == 0
            ? CertificateBackReferences.Where(b => b.Length <= start && string.CompareOrdinal(text, start - b.Length, b, 0, b.Length) == 0).MaxBy(b => b.Length)
            : null;

    /// <summary>
    /// (review of phase 15) Whether every paper named before the offset ([certificate_reference.paper_words]: …证明, …说明)
    /// lies inside the match of an allowed certificate: then a plural back reference points at allowed ones only.
    /// </summary>
    private static bool AllPapersAllowed(string text, int before, List<RecognitionHit> hits,
        List<(int Hit, int Sentence, bool General, int Start, int End)> certificates)
    {
        var allowed = certificates.Where(c => !c.General && hits[c.Hit].Entry.Target == RecogniserTarget.AllowedCertificate).ToList();
        foreach (var word in PaperWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < before; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (!allowed.Any(c => at >= c.Start && end <= c.End))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static (RecogniserEntry? Entry, (int Start, int End) Span) Fact(RecogniserLexicon lexicon, FieldReading reading, Dictionary<int, List<int>> starts,
        Dictionary<int[], List<(int Start, int End)>> merged, int from, int to, int near)
    {
        var cues = RecognitionCues.Instance;
        RecogniserEntry? best = null;
        var bestSpan = (0, 0);
        var bestDistance = int.MaxValue;
        foreach (var plan in lexicon.Plans)
        {
            var entry = lexicon.Entries[plan.Entry];
            if (entry.Target is not (RecogniserTarget.ProhibitedCertificate or RecogniserTarget.AllowedCertificate))
            {
                continue;
            }
            var facts = Enumerable.Range(0, plan.Terms.Length).Where(i => !CertificateIssuance.IsDocumentTerm(plan.Pattern.Terms[i], cues)).ToList();
            if (facts.Count == 0 || plan.Exclusions.Any(x => PhraseMatching.Occurrences(x, starts, lexicon.Index, merged).Any(o => o.Start >= from && o.End <= to)))
            {
                continue;
            }
            var distance = 0;
            (int Start, int End)? span = null;
            foreach (var i in facts)
            {
                var found = PhraseMatching.Occurrences(plan.Terms[i], starts, lexicon.Index, merged)
                    .Where(o => o.Start >= from && o.End <= to && o.End - o.Start >= 2 && !reading.IsCited(o.Start) && !IssuerPlace(reading, o)).ToList();
                if (found.Count == 0)
                {
                    span = null;
                    break;
                }
                var nearest = found.MinBy(o => Math.Abs(o.Start - near));
                distance = Math.Max(distance, Math.Abs(nearest.Start - near));
                span = span is { } sp ? (Math.Min(sp.Start, nearest.Start), Math.Max(sp.End, nearest.End)) : nearest;
            }
            if (span is { } found2 && (distance < bestDistance
                || (distance == bestDistance && entry.Target == RecogniserTarget.AllowedCertificate && best?.Target != RecogniserTarget.AllowedCertificate)))
            {
                (best, bestSpan, bestDistance) = (entry, found2, distance);
            }
        }
        return (best, bestSpan);
    }

    /// <summary>
    /// (phase 29) 居住地社区为其出具…证明, 户籍地或居住地村(居)委会开具…: a fact word inside the name of a body, or closing a
    /// place word (…地) that a body follows, says which body issues the paper, not what the paper proves.
    /// </summary>
    private static bool IssuerPlace(FieldReading reading, (int Start, int End) o)
    {
        var text = reading.Text.Text;
        var k = reading.ClauseAt(o.Start);
        if (k < 0)
        {
            return false;
        }
        var place = o.End < text.Length && text[o.End] == '地' ? o.End + 1 : text[o.End - 1] == '地' ? o.End : -1;
        return reading.Reader.Mentions(k).Any(m => m.Kind != ActorKind.Private
            && ((m.Start <= o.Start && o.End < m.End && place > 0 && place < m.End) || (place > 0 && m.Start == place)));
    }

    private static RecognitionHit Hit(RecogniserEntry entry, string phrase, FieldReading reading, (int Start, int End)[] ordered, HitVerdict verdict)
    {
        var text = reading.Text;
        var spans = ordered.Select(c => text.ToSource(c.Start, c.End)).Select(s => new EvidenceSpan(reading.Field, s.Start, s.End - s.Start)).ToList();
        var (from, to) = text.ToSource(ordered[0].Start, ordered.Max(c => c.End));
        var matched = text.Source[from..to];
        var k = reading.ClauseAt(ordered[0].Start);
        return new RecognitionHit(entry, phrase, reading.Field, spans, matched.Length > MaxMatchedText ? matched[..MaxMatchedText] + "…" : matched, verdict)
        {
            Sentence = k >= 0 ? reading.Clauses[k].Sentence : -1,
            ListLead = k >= 0 && entry.Target is RecogniserTarget.AllowedCertificate or RecogniserTarget.ProhibitedCertificate ? DocumentText.ListLead(reading, k) : (-1, -1),
        };
    }
}

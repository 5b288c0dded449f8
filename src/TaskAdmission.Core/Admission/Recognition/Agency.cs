using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Decides whether a matched phrase puts the act on the village. In order: a negation shortly before it (不得, 不再, 无需)
/// or right after it (一律取消, 不作为) silences it, unless a refusal word turns the negation around (不得以任何理由拒绝);
/// "由 X" before or after it makes X the actor; otherwise the first actor named before it acts, "要求/请/督促 Y" passes
/// the act to Y, and "对/向/协助/在 Y" makes Y the one acted upon. A task handed down to a village (分解到各村) fires.
/// Rule families aimed at the village (pledges, check-ins, rankings, signboards, campaigns) fire when the village is
/// named anywhere in the clause. A clause naming no one takes its actor from earlier clauses of its sentence; a
/// sentence naming no one fires, because a notice sent to villages puts on them what it does not give to anyone else.
/// </summary>
internal static class Agency
{
    private const int NegationReach = 24;
    private const int AfterNegationReach = 8;
    private const int NearNegation = 6;
    private const int ShortModifier = 5;
    // 不向村(社区)分解: the negation may stand before the village's name, ahead of the hand-down verb.
    private const int HandDownNegationReach = 12;
    // How far the 的 closing an object phrase (对临时摊点、建筑队…的) and a condition (…的,) are looked for: a bounded
    // search, whatever the length of the clause.
    private const int ObjectReach = 40;
    private const int ConditionReach = 120;
    // A negation's scope ends at a contrast (但) or a new verb joined by 并/同时 (禁止其承办家宴并处以罚款).
    // After a hand-down word (分配, 分解, 下达), these make it a noun: 分配方案, 分配结果.
    private static readonly string[] NounUse = RecognitionCues.Instance.List("agency.noun_use");
    private static readonly string[] FreeSuffixes = RecognitionCues.Instance.List("agency.free_suffixes");
    private static readonly string[] Contrast = RecognitionCues.Instance.List("agency.contrast");

    /// <param name="terms">The matched terms' ranges in the normalised text, in the phrase's order (its last term is the act or what is acted on).</param>
    public static HitVerdict Judge(ClauseReader reader, int clauseIndex, (int Start, int End)[] terms, bool aimedAtVillage)
    {
        var cues = RecognitionCues.Instance;
        var clause = reader.Clauses[clauseIndex];
        var chain = terms.OrderBy(c => c.Start).ToArray();
        var hitStart = chain[0].Start;
        var hitEnd = chain.Max(c => c.End);
        // 镇市场监管所, 县生态环境局执法大队, 县招商局: a body's name is not an act.
        if (reader.NameHolding(clauseIndex, terms[^1]) is { } name)
        {
            return new HitVerdict(false, VerdictReason.InName, name);
        }
        // (phase 7) 税务部门是征收主体: what the phrase acts on, found inside another body's name (税 in 税务部门), names that
        // body, not a tax; the clause reader joined the name from jieba's words (税务 | 部门). Only the free suffixes the
        // bound-suffix test leaves out (部门, 机关) are read so: other names (工作委员会, 就业服务驿站) hold real objects.
        if (reader.Mentions(clauseIndex).FirstOrDefault(m => m.Kind == ActorKind.Other && m.Start <= terms[^1].Start && m.End >= terms[^1].End
                && m.End - m.Start > terms[^1].End - terms[^1].Start && m.End > terms[^1].End && FreeSuffixes.Any(x => m.Text.EndsWith(x, StringComparison.Ordinal))) is { Text: not null } body)
        {
            return new HitVerdict(false, VerdictReason.InName, body.Text);
        }
        // (phase 11) 区征收办在弄签协议, 区市场监管局负责查处, 区投资促进局…签约: the phrase's first words stand inside a
        // standing office's name (征收 in 区征收办, 市场 in 区市场监管局): the office is named there, as the subject of
        // what follows, not an act or object of the village. Only a name that opens with its level (区, 县, 镇 …) and ends
        // with an office's suffix after the word. (phase 22) Any word of the phrase, not only its first (指导检查由区市场监管局
        // 负责: 检查 comes first, 市场 stands in the name), unless the village assists that office (协助镇税务分局…代征: the
        // phrase is the village's assisting, phase 7), and a title's issuer (柳林市场监管所关于…).
        if (chain.Select((term, i) => i == 0 || !AssistedOffice(reader, clauseIndex, term) ? OfficeHolding(reader, clauseIndex, term) : null)
                .FirstOrDefault(o => o is not null) is { } office)
        {
            return new HitVerdict(false, VerdictReason.OtherActor, office);
        }
        // (phase 22) 可通过“白水市场监管”公众号报备: a word in the quoted name of a channel names the channel.
        if (chain.Select(term => ChannelName(reader.Text, clause, term)).FirstOrDefault(c => c is not null) is { } channel)
        {
            return new HitVerdict(false, VerdictReason.InName, channel);
        }
        // (phase 7) 本说明中的“考核”仅指…: a word in quotation marks that the notice defines is a term, not an act.
        if (DefinedTerm(reader.Text, hitStart, hitEnd) is { } defined)
        {
            return new HitVerdict(false, VerdictReason.InName, defined);
        }
        // 被征地村民, 被拆迁户: after 被 the act word describes the people it was done to.
        if (terms[^1].Start > clause.Start && reader.Text[terms[^1].Start - 1] == '被')
        {
            return new HitVerdict(false, VerdictReason.InName, reader.Text[(terms[^1].Start - 1)..terms[^1].End]);
        }
        // (phase 32) 支书被给予警告处分, 受到通报批评: after 被 and a verb of giving (or 受到), the penalty is what
        // the subject suffered, not an act of it.
        if (SufferedPenalty(reader.Text, clause.Start, hitStart, hitEnd) is { } suffered)
        {
            return new HitVerdict(false, VerdictReason.InName, suffered);
        }
        // (review of phase 21) 停止向村下达…指标、各村每年完成协税护税任务 — a demand on the villages joined to what is undone is
        // a clause of its own for negation.
        var villageStarts = reader.Mentions(clauseIndex).Where(m => m.Kind == ActorKind.Village).Select(m => m.Start).ToList();
        var negationStart = ClauseScope.JoinedVillagesDemand(reader.Text, clause.Start, hitStart, villageStarts) ?? clause.Start;
        if (Negation(reader.Text, negationStart, clause.End, hitStart, hitEnd, cues) is { } negation
            || InnerNegation(reader.Text, chain, cues) is { } inner && (negation = inner) is not null
            || DeniedPowers.Covering(reader.Text, negationStart, clause.End, hitStart, hitEnd) is { } power && (negation = power) is not null
            || ClauseScope.EnumeratedUnderNegation(reader, clauseIndex, cues) is { } listed && (negation = listed) is not null
            || AddressedProhibition.Covering(reader, clauseIndex, hitStart, cues) is { } addressed && (negation = addressed) is not null
            || ClauseScope.UndoneLater(reader, clauseIndex, hitEnd, cues) is { } undone && (negation = undone) is not null
            || ClauseScope.UndoneObject(reader, clauseIndex, hitStart, cues) is { } cleared && (negation = cleared) is not null
            || aimedAtVillage && AddressedProhibition.Consolidating(reader, clauseIndex, cues) is { } consolidated && (negation = consolidated) is not null)
        {
            return new HitVerdict(false, VerdictReason.Negated, negation) { NamesVillage = NamesVillage(reader, clauseIndex) };
        }
        // (phase 36) 村委会收到县生态环境局下达的整改通知后, 对照镇里下发的整改通知书: a notice named as issued by anyone but a
        // village is one the village received.
        if (ReceivedNotice(reader, clauseIndex, hitStart, hitEnd, cues) is { } received)
        {
            return new HitVerdict(false, VerdictReason.OtherActor, received);
        }
        // 你局擅自要求各村签订责任书, 不符合减负规定: a demand another body is reproached for is reported, not made.
        if (ClauseScope.Reproached(reader, clauseIndex, hitStart, cues) is { } reproached)
        {
            return new HitVerdict(false, VerdictReason.Negated, reproached) { NamesVillage = NamesVillage(reader, clauseIndex) };
        }
        // 评价对象是物业服务企业, 跟社区无关: the notice says the village has nothing to do with it.
        if (ClauseScope.VillageDisowned(reader, clauseIndex, cues) is { } disowned)
        {
            return new HitVerdict(false, VerdictReason.Negated, disowned) { NamesVillage = true };
        }
        // (phase 13) 户口登记项目变更的证明村里不出: the village named after the match refuses it.
        if (ClauseScope.RefusedByVillage(reader, clauseIndex, hitEnd, cues) is { } refused)
        {
            return new HitVerdict(false, VerdictReason.Negated, refused) { NamesVillage = true };
        }
        if (aimedAtVillage && ClauseScope.Voluntary(reader, clauseIndex, cues) is { } choice)
        {
            return new HitVerdict(false, VerdictReason.Voluntary, choice);
        }
        // 排名前八的选手, 评选文明户: a ranking, award or campaign of persons or households is not aimed at the village.
        if (aimedAtVillage && ClauseStructure.PersonObject(reader, clauseIndex, hitEnd, cues) is { } persons)
        {
            return new HitVerdict(false, VerdictReason.OtherActor, persons);
        }
        var forAnother = CollectsForAnother(reader.Text, hitStart, hitEnd);
        // (phase 33) The act's clause lays a duty (要, 须, 必须): a body that only says it (强调, 指出) does not do it.
        var dutyLaid = ModalBefore(reader.Text, clause.Start, hitEnd) is not null;
        for (var k = clauseIndex; k >= 0 && reader.Clauses[k].Sentence == clause.Sentence; k--)
        {
            // (phase 35) 乡武装部 胡部长：活动结束后…提交现场视频: a chat poster's name opening the line is who posts, not the doer.
            if (k < clauseIndex && Document.OwnParts.PosterClause(reader, k))
            {
                continue;
            }
            var (start, end, firstEnd) = k == clauseIndex ? (hitStart, hitEnd, chain[0].End) : (reader.Clauses[k].End, reader.Clauses[k].End, reader.Clauses[k].End);
            if (Decide(reader, k, start, end, firstEnd, aimedAtVillage, cues, forAnother, dutyLaid) is { } verdict)
            {
                // (phase 36) 在建电站的安全生产监督管理，由电站所在村负责; 各村：出租房的消防监督管理，由县消防救援大队依法实施: a
                // topic clause that names no doer of its own, and the comment right after it (由 X 负责/承担/实施) that names one — X
                // does the act, over a body the topic names only as whose thing is acted on (电站的…) and over a doer carried from
                // an earlier clause.
                var possessed = k == clauseIndex && verdict is { Fires: false, Reason: VerdictReason.OtherActor };
                var carriedVillage = k < clauseIndex && verdict is { Fires: true, Reason: VerdictReason.VillageActs } && reader.Mentions(clauseIndex).Count == 0;
                if (!aimedAtVillage && (possessed || carriedVillage) && TopicComment(reader, clauseIndex, cues) is { Text: not null } comment
                    && (possessed ? comment.Kind == ActorKind.Village && Possessor(reader, clauseIndex, verdict.Cue, hitStart) : comment.Kind == ActorKind.Other))
                {
                    return comment.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, comment.Text)
                        : new HitVerdict(false, VerdictReason.OtherActor, comment.Text);
                }
                // 请你村先核实…, 证明刘某即为户籍登记上的本人, 再写一份…说明: a person standing in an earlier clause's object is
                // not the subject carried to this one; the subject is looked for further back.
                // (phase 16) 商户不配合的直接叫人拆, 拆除前、拆除后各拍一张照片发到群里: a person a condition or relative phrase
                // closed by 的 is about (X不配合的, X自建的) is not the subject carried on either.
                if (k < clauseIndex && verdict is { Fires: false, Reason: VerdictReason.OtherActor }
                    && reader.Mentions(k) is var carried && carried.All(m => m.Kind == ActorKind.Private)
                    && carried.All(m => !ClauseStructure.IsSubject(reader, k, carried, m) || ClauseStructure.AboutInPhrase(reader, k, m.End)))
                {
                    continue;
                }
                // (phase 35) 每完成一户（企业）的采集，须在App中拍摄…合影: a body in brackets after a counted household (一户（企业）,
                // 每家（单位）) says what the unit may be — the thing the act is done on — not who acts.
                if (k < clauseIndex && verdict is { Fires: false, Reason: VerdictReason.OtherActor }
                    && reader.Mentions(k).Where(m => m.Kind != ActorKind.Village).ToList() is { Count: > 0 } others
                    && others.All(m => ClauseStructure.CountedUnitGloss(reader.Text, m)))
                {
                    continue;
                }
                // (phase 18b) 位于龙潭乡凉水村的某养猪场粪污直排, 我局已责令整改: a village an earlier clause names only as the
                // place where something is (after 位于, 地处 …: [own_work.place_verbs]) is not the subject carried to this one;
                // (phase 23) nor one that only opens a list's name (为执行村级组织减负事项负面清单，现对…作出调整).
                if (k < clauseIndex && verdict is { Fires: true, Reason: VerdictReason.VillageActs }
                    && reader.Mentions(k).Where(m => m.Kind == ActorKind.Village).ToList() is { Count: > 0 } places
                    && places.All(m => NamedAsPlace(reader, k, m) || OpensListName(reader, k, m) || Destination(reader, k, m)))
                {
                    continue;
                }
                // 村(社区)不参与检查, 如需了解检查情况…: the village an earlier clause names is the subject of a negation.
                // (phase 20) 各村不再签订责任书，但须递交承诺书: unless the match's clause demands again with a modal of its own.
                // (phase 28) 村干部无需纸质签到，改为每天…定位打卡: nor to a clause that opens with what replaces the act
                // ([agency.replacing]: 改为, 改由 …) — the replacement is what the village is now to do.
                if (k < clauseIndex && verdict is { Fires: true, Reason: VerdictReason.VillageActs } && ClauseScope.SubjectNegated(reader, k, cues) is { } denied
                    && ModalBefore(reader.Text, clause.Start, hitEnd) is null && !OpensWithReplacement(reader.Text, clause.Start, hitStart)
                    && !PledgeContent.Promised(reader.Text, reader.Clauses[k].Start, reader.Clauses[k].End, hitStart))
                {
                    return new HitVerdict(false, VerdictReason.Negated, denied) { NamesVillage = true };
                }
                // (phase 22) 下列事项由乙方承担，甲方不再承担：… — a body an earlier clause says no longer does the act is not its
                // doer; the village a clause before it gives the act to is.
                if (k < clauseIndex && verdict is { Fires: false, Reason: VerdictReason.OtherActor } && ClauseScope.SubjectNegated(reader, k, cues, ActorKind.Other) is not null
                    && ClauseScope.GivenEarlier(reader, k, cues) is { Text: not null } given)
                {
                    return new HitVerdict(true, VerdictReason.VillageActs, given.Text);
                }
                // (phase 28) 其他村民的保费各村要在月底前收缴: a village inside the match's words, right before a modal of the
                // act, is its subject (the object is put first as the topic); the person before it only owns the object.
                if (k == clauseIndex && verdict is { Fires: false, Reason: VerdictReason.OtherActor }
                    && SubjectInsideMatch(reader, clauseIndex, chain) is { } doer)
                {
                    return new HitVerdict(true, VerdictReason.VillageActs, doer);
                }
                // (phase 34) 市消防支队会同…，7月起对全市村级文化活动室进行消防检查: a clause that names the villages only
                // as what the act is done on (对 X) and no doer takes its doer from an earlier clause of its sentence — the named
                // inspecting body — not from its object.
                if (k == clauseIndex && !aimedAtVillage && verdict is { Fires: true, Reason: VerdictReason.VillageTargeted }
                    && CarriedBody(reader, clauseIndex, cues, forAnother, dutyLaid) is { } inspector)
                {
                    return inspector;
                }
                // (phase 32) 经镇党委会研究，…违法建设的巡查、认定、下达停工和拆除决定，仍由你村负责: a later clause of the
                // sentence that gives the act to the village by 由 names its doer; a body an earlier clause named is not carried.
                if (k < clauseIndex && verdict is { Fires: false, Reason: VerdictReason.OtherActor }
                    && ClauseScope.LaterAttribution(reader, clauseIndex, cues) is { Kind: ActorKind.Village, Text: not null } givenLater
                    && GivenOutright(reader, givenLater, cues))
                {
                    return new HitVerdict(true, VerdictReason.VillageActs, givenLater.Text);
                }
                // (phase 10) 请各村协助乡财政所…, 并代为收取…: the assisting village does the act on the body's behalf.
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor } && ClauseScope.OnBehalf(reader, k, clauseIndex, hitStart) is { Text: not null } behalf)
                {
                    return new HitVerdict(true, VerdictReason.VillageActs, behalf.Text);
                }
                // 街道招引目标为新落地项目20个, 现按社区规模分解: the body's target is handed down to the villages a later clause names.
                if (verdict is { Fires: false, Reason: VerdictReason.OtherActor } && ClauseScope.HandedDownLater(reader, clauseIndex, cues) is { } handed)
                {
                    return new HitVerdict(true, VerdictReason.HandedToVillage, handed.Text);
                }
                // 完成率低于平均的村, 由镇领导进行提醒谈话: another body acts, but on villages an earlier clause names.
                // (phase 25) 我们把最差的三个村放上大屏: or on the villages the match's own words name.
                return !verdict.Fires && aimedAtVillage && verdict.Reason == VerdictReason.OtherActor
                        && (VillageEarlier(reader, k)?.Text ?? VillageInMatch(reader.Text, clause.Start, chain, cues) ?? VillageBetweenTerms(reader, clauseIndex, chain)
                            ?? VillageSortedLater(reader, clauseIndex)) is { } target
                    ? new HitVerdict(true, VerdictReason.VillageTargeted, target)
                    : verdict;
            }
        }
        // 长江禁渔期间, 非法捕捞由区农业综合执法大队查处: a topic clause takes the actor a later clause gives the act to.
        if ((ClauseScope.LaterAttribution(reader, clauseIndex, cues) ?? ClauseScope.HeadingAttribution(reader, clauseIndex, cues)) is { } later)
        {
            // …, 确定3个后进村, 由镇党委派员驻村整顿: a ranking or campaign another body runs is still aimed at the villages named.
            // (phase 33) Not at one a negation exempts: …由卫生院审核，不向村委会推送.
            return later.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, later.Text)
                : aimedAtVillage && ClauseScope.VillageInSentence(reader, clauseIndex, cues) is { } aimed ? new HitVerdict(true, VerdictReason.VillageTargeted, aimed.Text)
                : new HitVerdict(false, VerdictReason.OtherActor, later.Text);
        }
        // (phase 34) 亲属关系证明请群众到派出所办理, 亲属关系叫他们去派出所开户口证明: the paper put first as the clause's topic is what
        // the people are sent to another body for; that body gives it.
        if (SentElsewhere(reader, clauseIndex, hitStart, chain) is { } elsewhere)
        {
            return new HitVerdict(false, VerdictReason.OtherActor, elsewhere);
        }
        return new HitVerdict(true, VerdictReason.NoOtherActor, null)
        {
            Demanded = ModalBefore(reader.Text, clause.Start, hitEnd) is not null,
            Replacing = OpensWithReplacement(reader.Text, clause.Start, hitStart) || KeptGoing(reader.Text, clause.Start, hitStart),
        };
    }

    private static readonly string[] TopicDuties = RecognitionCues.Instance.List("agency.topic_duties");

    /// <summary>
    /// (phase 36) The doer the clause right after the match's names when it is only a comment on the match's clause as its topic:
    /// it opens with 由 (not 由于 …), names who (a body or a village the reader knows, or an unnamed doer) and ends with a bare
    /// verb of duty ([agency.topic_duties]: 负责, 承担, 依法实施 …) — nothing else to do, no object of its own. Null otherwise
    /// (…，由镇安办负责指导 gives the guiding, not the act; 拆除费用由当事人承担 has a topic of its own).
    /// </summary>
    private static Mention? TopicComment(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var next = clauseIndex + 1;
        if (next >= reader.Clauses.Count || reader.Clauses[next].Sentence != reader.Clauses[clauseIndex].Sentence)
        {
            return null;
        }
        var clause = reader.Clauses[next];
        var text = reader.Text;
        var lead = clause.Start;
        while (lead < clause.End && char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }
        if (lead >= clause.End || text[lead] != '由' || NamesNoDoer(text, lead))
        {
            return null;
        }
        var doer = Attributed(text, clause, reader.Mentions(next), clause.Start, cues) ?? UnnamedDoer(text, clause, reader.Mentions(next), cues);
        if (doer is not { } who || who.Kind == ActorKind.Private)
        {
            return null;
        }
        var rest = text[who.End..clause.End].Trim();
        return TopicDuties.Contains(rest) ? who : null;
    }

    /// <summary>
    /// (phase 36) Whether the body the verdict names stands in the match's clause right before 的 and the act (电站的安全生产监督管理,
    /// 诊所的违法行为查处), or is the match's first term closed by 的 (加油站的安全检查): it owns what the act is done on.
    /// </summary>
    private static bool Possessor(ClauseReader reader, int clauseIndex, string? body, int hitStart) =>
        body is not null && reader.Mentions(clauseIndex).Any(m => m.Kind == ActorKind.Other && m.Text == body && m.Start < hitStart
            && m.End < reader.Text.Length && reader.Text[m.End] == '的'
            // 电站的安全生产监督管理 (the body before the act), 辖区加油站的安全检查 (the body is the match's first term).
            && (m.End > hitStart || hitStart - m.End <= ShortModifier && reader.Text.IndexOfAny([',', '，', ':', '：', ';', '；'], m.End, hitStart - m.End) < 0));

    private static readonly string[] SendingVerbs = RecognitionCues.Instance.List("agency.sending_verbs");
    private static readonly string[] SentTo = RecognitionCues.Instance.List("agency.sent_to");
    // The most characters between the topic and the sending verb (亲属关系证明 | 一律 | 请群众), and between the verb and the body
    // (请 | 当事人 | 到).
    private const int TopicGap = 4;
    private const int SentPersonReach = 5;

    /// <summary>
    /// (phase 34) A match that opens its clause as its topic (at most a few characters before it) and is followed in the clause by
    /// a sending verb ([agency.sending_verbs]: 让, 请, 引导 …), at most a person, a word of going to ([agency.sent_to]: 到, 去, 前往)
    /// and another body: the people are sent to that body for what the topic names. The body, or null. Not a village (请群众到
    /// 村委会开具: the village gives it), and not when a negation stands before the going (请群众不要到派出所).
    /// </summary>
    private static string? SentElsewhere(ClauseReader reader, int clauseIndex, int hitStart, (int Start, int End)[] chain)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        if (hitStart - clause.Start > TopicGap || reader.Mentions(clauseIndex).Any(m => m.End <= hitStart))
        {
            return null;
        }
        // The persons sent (请群众到…) are passed over: the body they go to is looked for.
        // An unordered match may run past the body (亲属关系叫他们去派出所开户口证明): the terms before the body are the topic.
        foreach (var body in reader.Mentions(clauseIndex).Where(m => m.Start >= chain[0].End && m.Kind != ActorKind.Private))
        {
            var topicEnd = chain.Where(t => t.End <= body.Start).Max(t => t.End);
            var between = text[topicEnd..body.Start];
            var verb = SendingVerbs.Select(v => (Verb: v, At: between.IndexOf(v, StringComparison.Ordinal))).Where(v => v.At >= 0 && v.At <= TopicGap).OrderBy(v => v.At).FirstOrDefault();
            if (verb.Verb is null)
            {
                continue;
            }
            // The going word before the body, or read into its name (让 | 他去派出所).
            var lead = between[(verb.At + verb.Verb.Length)..] + body.Text;
            var going = SentTo.Select(g => lead.IndexOf(g, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (body.Kind != ActorKind.Other || going < 0 || going > SentPersonReach || lead[..going].Contains('不') || lead[..going].Contains('别'))
            {
                return null;
            }
            return body.Text;
        }
        return null;
    }

    private static readonly string[] LeadingOnly = RecognitionCues.Instance.List("agency.leading_only");
    private static readonly string[] TimeEnds = RecognitionCues.Instance.List("agency.time_ends");

    /// <summary>
    /// (phase 34) The body an earlier clause of the sentence names as its subject (the first clause, going back, that names
    /// anyone): the doer carried to a clause whose only village is the object of its act. Only a body that opens its clause and
    /// does not only lead ([agency.leading_only]: 镇安办牵头，对各村的…检查 — the villages inspect), in a clause that is no time
    /// clause ([agency.time_ends]: 委托第三方培训后，对本村…检查). Null when that clause names a village as its doer, or no one.
    /// </summary>
    private static HitVerdict? CarriedBody(ClauseReader reader, int clauseIndex, RecognitionCues cues, bool forAnother, bool dutyLaid)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        for (var k = clauseIndex - 1; k >= 0 && reader.Clauses[k].Sentence == sentence; k--)
        {
            var end = reader.Clauses[k].End;
            if (Decide(reader, k, end, end, end, false, cues, forAnother, dutyLaid) is { } earlier)
            {
                var start = reader.Clauses[k].Start;
                var words = reader.Text[start..end].TrimEnd(',', '，', ' ');
                // The clause opens with a body (县燃气公司安排检修班组: the company's team is the doer the verdict names).
                return earlier is { Fires: false, Reason: VerdictReason.OtherActor }
                    && reader.Mentions(k).Any(m => m.Kind == ActorKind.Other && m.Text == earlier.Cue)
                    && reader.Mentions(k).MinBy(m => m.Start) is { Kind: ActorKind.Other } body
                    && string.IsNullOrWhiteSpace(reader.Text[start..body.Start])
                    && !LeadingOnly.Any(l => string.CompareOrdinal(reader.Text, body.End, l, 0, l.Length) == 0)
                    && !TimeEnds.Any(t => words.EndsWith(t, StringComparison.Ordinal)) ? earlier : null;
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 32) Whether the village a later clause names after 由 is given the act outright: its clause does not negate it
    /// (不再经由村（社区）报送 takes the act away) and 由 is not part of 经由 (a channel the act passes through).
    /// </summary>
    private static bool GivenOutright(ClauseReader reader, Mention village, RecognitionCues cues)
    {
        var k = Enumerable.Range(0, reader.Clauses.Count).FirstOrDefault(i => reader.Clauses[i].Start <= village.Start && village.End <= reader.Clauses[i].End);
        var clause = reader.Clauses[k];
        var by = reader.Text.LastIndexOf('由', Math.Max(clause.Start, village.Start - 1), Math.Max(0, village.Start - clause.Start));
        return (by <= clause.Start || reader.Text[by - 1] != '经')
            && Negation(reader.Text, clause.Start, clause.End, village.Start, village.End, cues) is null;
    }

    /// <summary>
    /// (phase 25) A term of the match that is itself a village word with a count before it (最差的三个村上大屏: the pattern's
    /// 村): a ranking whose own words pick a number of villages is run on them, whoever runs it. Only counted: a campaign's
    /// name (示范社区) names no village picked. The words, or null.
    /// </summary>
    private static string? VillageInMatch(string text, int clauseStart, (int Start, int End)[] chain, RecognitionCues cues) =>
        chain.Where(t => cues.Village.Contains(text[t.Start..t.End]) && Counted(text, clauseStart, t.Start))
            .Select(t => text[t.Start..t.End]).FirstOrDefault();

    /// <summary>
    /// (phase 26 review) A village named inside the match, between its terms and part of none (扣减其所在村两委成员的绩效: the
    /// village cadres whose pay is docked): the act, whoever does it, is done to that village. A village word that is itself a
    /// term (示范村创建) names a campaign, not whom it is done to (<see cref="VillageInMatch"/> reads those). The words, or null.
    /// </summary>
    /// <remarks>Not a bare 村 or 社区 ending a name (开展健康村评选: the campaign's name, not a village it is done to), nor a
    /// village word inside quotation marks (“美丽村”, <see cref="ClauseStructure.Quoted"/>): both name the thing, and campaigns are read by their own rules.</remarks>
    private static string? VillageBetweenTerms(ClauseReader reader, int clauseIndex, (int Start, int End)[] chain) =>
        chain.Length < 2 ? null
            : reader.Mentions(clauseIndex)
                .Where(m => m.Kind == ActorKind.Village && m.Start >= chain[0].End && m.End <= chain[^1].Start
                    && !chain.Any(t => m.Start < t.End && t.Start < m.End)
                    && m.Text is not ("村" or "社区") && !ClauseStructure.Quoted(reader.Text, reader.Clauses[clauseIndex], m))
                .Select(m => m.Text).FirstOrDefault();

    private static readonly string[] ListNames = RecognitionCues.Instance.List("document_reading.list_words");
    private const int ListNameReach = 10;

    /// <summary>
    /// (phase 23) Whether the village opens the name of a list (为执行村级组织减负事项负面清单，…): a list word
    /// ([document_reading.list_words]: 清单, 目录) ends the clause within a few characters after it. The list is named; the
    /// village does not act in that clause.
    /// </summary>
    private static bool OpensListName(ClauseReader reader, int clauseIndex, Mention village)
    {
        var rest = reader.Text[village.End..reader.Clauses[clauseIndex].End].TrimEnd(',', '，', ':', '：', ' ');
        return rest.Length <= ListNameReach && ListNames.Any(l => rest.EndsWith(l, StringComparison.Ordinal));
    }

    private static readonly string[] LocationVerbs = RecognitionCues.Instance.List("agency.location_verbs");
    private const int LocationReach = 8;

    /// <summary>
    /// (phase 18b) Whether the village is named as the place where a thing is: a location verb (位于, 地处 …) within a few
    /// characters before it, only names between (位于龙潭乡凉水村), and 的 after it or after the list it opens (位于石桥村、
    /// 桂花村的…): the village qualifies the thing that follows, which is the clause's subject.
    /// </summary>
    private static readonly string[] GoingVerbs = RecognitionCues.Instance.List("agency.going_verbs");
    private static readonly string[] GenericLeads = ["各", "本", "该", "全", "每", "有关", "相关", "辖区", "所在", "周边"];
    // 去梅岭村渡口: what may stand between the verb and the village word (the head of a name jieba cut) and after the village
    // up to the clause's end (a place in it: 集市, 村口).
    private const int GoingNameReach = 3;
    private const int GoingPlaceReach = 4;

    /// <summary>
    /// (phase 32) 明天去梅岭村渡口，照片已传站里系统 — a village an earlier clause names only as where someone goes (a verb of going,
    /// [agency.going_verbs], before it and at most a short place after it to the clause's end) is not the subject carried to this
    /// clause: the one who goes is. Only a village named by its name: the lexicon's village words (各村, 村(社区)) are where work
    /// is sent (报表会后发到各村).
    /// </summary>
    internal static bool Destination(ClauseReader reader, int clauseIndex, Mention village)
    {
        // A named village only (梅岭村, or a bare 村 after the name jieba cut off: 梅岭 | 村): 前往各村督导 goes to all of them.
        var generic = RecognitionCues.Instance.Village.Contains(village.Text);
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        if (clause.End - village.End > GoingPlaceReach)
        {
            return false;
        }
        for (var i = village.End; i < clause.End; i++)
        {
            if (!TextNormaliser.IsChinese(text[i]))
            {
                return false;
            }
        }
        var from = Math.Max(clause.Start, village.Start - GoingNameReach - 2);
        var before = text[from..village.Start];
        foreach (var verb in GoingVerbs)
        {
            var at = before.LastIndexOf(verb, StringComparison.Ordinal);
            var name = at < 0 ? string.Empty : before[(at + verb.Length)..];
            if (at >= 0 && name.Length <= GoingNameReach && name.All(TextNormaliser.IsChinese)
                && (!generic || name.Length >= 2 && !GenericLeads.Any(l => name.EndsWith(l, StringComparison.Ordinal))))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamedAsPlace(ClauseReader reader, int clauseIndex, Mention village)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        var from = Math.Max(clause.Start, village.Start - LocationReach);
        var before = text[from..village.Start];
        if (!LocationVerbs.Any(v => before.Contains(v, StringComparison.Ordinal)) || before.IndexOfAny([',', '，', '；', ';', '。']) >= 0)
        {
            return false;
        }
        var end = village.End;
        var mentions = reader.Mentions(clauseIndex);
        while (end < clause.End && text[end] is '、' or '和' or '及' && mentions.FirstOrDefault(m => m.Kind == ActorKind.Village && m.Start == end + 1) is { Text: not null } next)
        {
            end = next.End;
        }
        return end < clause.End && text[end] == '的';
    }

    private static readonly string[] PlaceExtents = RecognitionCues.Instance.List("agency.place_extents");

    /// <summary>
    /// (phase 22) Whether the village, or the list of villages it stands in (石桥村、桂花村、…), is closed by a word of extent
    /// and 的 ([agency.place_extents]: 范围内的, 辖区内的): the villages name the area of the act, as 位于…的 names a place.
    /// </summary>
    private static bool WithinVillages(ClauseReader reader, int clauseIndex, Mention village)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        var mentions = reader.Mentions(clauseIndex);
        var end = village.End;
        while (end < clause.End && text[end] is '、' or '和' or '及' && mentions.FirstOrDefault(m => m.Kind == ActorKind.Village && m.Start == end + 1) is { Text: not null } next)
        {
            end = next.End;
        }
        return PlaceExtents.Any(x => string.CompareOrdinal(text, end, x + "的", 0, x.Length + 1) == 0 && end + x.Length + 1 <= clause.End);
    }

    private const int MakerReach = 8;

    /// <summary>
    /// (phase 10) Whether the words between a body and the match are "<adverb><verb>的<name>" (团区委统一制作的“青年之家”标牌):
    /// a relative clause naming who made the object. A 的 right after the body (镇里的要求) is a possessive, not this, and
    /// a comma or a demand word between ends it.
    /// </summary>
    private static bool MakerOfObject(string text, int bodyEnd, int hitStart)
    {
        if (hitStart <= bodyEnd || hitStart - bodyEnd > MakerReach + 12)
        {
            return false;
        }
        var between = text[bodyEnd..hitStart];
        var of = between.IndexOf('的');
        return of >= 2 && of <= MakerReach && !between.Contains(',') && !between.Contains("要求", StringComparison.Ordinal)
            && !between.Contains('请') && !between.Contains('对') && !between.Contains('向') && !between.Contains('由')
            // (phase 35) 县公安局负责违法行为的调查取证: a duty verb right after the body takes the act, object phrase and all.
            && !DutyMakers.Any(d => between.StartsWith(d, StringComparison.Ordinal));
    }

    private static readonly string[] DutyMakers = RecognitionCues.Instance.List("agency.duty_makers");

    private static readonly string[] OfficeSuffixes = RecognitionCues.Instance.List("agency.office_suffixes");
    private static readonly string[] Levels = RecognitionCues.Instance.List("agency.levels");

    /// <summary>
    /// The standing office (区征收办, 县市场监管局, 柳林市场监管所关于…) whose name holds the phrase's word before its suffix,
    /// or null. The name opens with a level, or it heads its clause before 关于 (a title's issuer, whose place name the reader
    /// cannot tell from a verb elsewhere: 协助镇税务分局 and 拍照报镇综治办 are read as one mention).
    /// </summary>
    private static string? OfficeHolding(ClauseReader reader, int clauseIndex, (int Start, int End) term)
    {
        foreach (var m in reader.Mentions(clauseIndex))
        {
            if (m.Kind == ActorKind.Other && m.Text is not null && m.Start <= term.Start && term.End < m.End
                && (Levels.Any(l => m.Text.StartsWith(l, StringComparison.Ordinal) && m.Start + l.Length <= term.Start) || IssuerBeforeTopic(reader, clauseIndex, m))
                && OfficeSuffixes.Any(x => m.Text.EndsWith(x, StringComparison.Ordinal) && m.End - x.Length >= term.End))
            {
                return m.Text;
            }
        }
        return null;
    }

    private static readonly string[] Towns = RecognitionCues.Instance.List("agency.towns");

    /// <summary>A town's or district's name (白水镇, 河湾街道), not one of its offices (镇政府, 镇党委 end otherwise).</summary>
    private static bool IsTown(string name) => Towns.Any(t => name.EndsWith(t, StringComparison.Ordinal));

    private static bool NamesVillage(ClauseReader reader, int clauseIndex) =>
        VillageNotCase(reader, clauseIndex)
        || (clauseIndex > 0 && reader.Clauses[clauseIndex - 1].Sentence == reader.Clauses[clauseIndex].Sentence && VillageNotCase(reader, clauseIndex - 1));

    /// <summary>
    /// (phase 29) 没完成创建任务的村，不得参加当年评优: villages named only as a case closed by 的 (…的社区, 排名末位的村) are
    /// the ones a sanction falls on; the negation after them is the sanction, not a statement that the villages do not do the
    /// work, and it does not quiet the notice's other demands of that work (<see cref="Disclaimers"/>).
    /// </summary>
    private static bool VillageNotCase(ClauseReader reader, int clauseIndex) =>
        reader.Mentions(clauseIndex).Any(m => m.Kind == ActorKind.Village && (m.Start == 0 || reader.Text[m.Start - 1] != '的'));

    /// <param name="firstEnd">The end of the phrase's first term: a body's name may end there (物业服务企业 | 负责巡查).</param>
    /// <param name="dutyLaid">(phase 33) The act's own clause lays a duty with a modal (每天要拍照上传).</param>
    private static HitVerdict? Decide(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, int firstEnd, bool aimedAtVillage, RecognitionCues cues, bool forAnother, bool dutyLaid)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        var mentions = reader.Mentions(clauseIndex);
        var village = mentions.FirstOrDefault(m => m.Kind == ActorKind.Village && (m.End <= hitStart || m.Start >= hitEnd));
        var hasVillage = village != default || (aimedAtVillage && reader.NamesVillageWork(clauseIndex, hitStart, hitEnd));
        if (village == default && hasVillage)
        {
            village = new Mention(clause.Start, clause.End, ActorKind.Village, "村(社区)工作");
        }
        // (phase 19) 每个乡镇每年建成2个美丽宜居“精品村”: villages counted as what a campaign is to produce are aimed at,
        // whoever is told to produce them.
        if (!hasVillage && aimedAtVillage
            && mentions.FirstOrDefault(m => m.Kind == ActorKind.Village && m.Start >= hitStart && m.End <= hitEnd && Counted(text, clause.Start, m.Start)) is { Text: not null } counted)
        {
            village = counted;
            hasVillage = true;
        }
        // "由 X" anywhere in the clause (before, inside or after the phrase: 医保费由税务部门负责征收) names the actor.
        if ((Attributed(text, clause, mentions, hitStart, cues) ?? UnnamedDoer(text, clause, mentions, cues)
                ?? Payer(text, clause, mentions, hitStart, cues)) is { } attributed)
        {
            return attributed.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, attributed.Text)
                : aimedAtVillage && hasVillage ? new HitVerdict(true, VerdictReason.VillageTargeted, village.Text)
                : new HitVerdict(false, VerdictReason.OtherActor, attributed.Text);
        }
        if (mentions.Count == 0)
        {
            return null;
        }
        // (phase 26) 小卖部的检查是所里自己派人去做: a body the clause names after the act with a reflexive right after it
        // (自己, 自行, 亲自) does the act itself.
        if (mentions.FirstOrDefault(m => m.Start >= hitEnd && StartsWithAny(text, m.End, clause.End, SelfDoing)) is { Text: not null } self)
        {
            return self.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, self.Text)
                : new HitVerdict(false, VerdictReason.OtherActor, self.Text);
        }
        // 家属须持村(社区)开具的死亡证明: the body right before "<issuing verb>的" issues what the phrase names.
        if (Issuer(text, mentions, hitStart, cues) is { } issuer)
        {
            return issuer.Kind == ActorKind.Village ? new HitVerdict(true, VerdictReason.VillageActs, issuer.Text)
                : new HitVerdict(false, VerdictReason.OtherActor, issuer.Text);
        }
        Mention? agent = null;
        Mention? assisted = null;
        Mention? target = null;
        var coordinatedVillage = false;
        var previousEnd = clause.Start;
        // 发现村民之间买卖房屋的, 及时告知…: a condition ending with "的," names whom it is about, not who acts after it
        // (for prohibited work; a rule family aimed at villages may name them there: 完成率低于平均的村, 由镇领导约谈).
        var conditionEnd = aimedAtVillage ? -1 : LastCondition(text, clause.Start, hitStart);
        // (phase 23) 查实乡镇干部篡改村级报表数据的，县统计局依法立案调查: a body that opens the words after the condition is
        // their subject; a village named inside the condition is what the case is about, not who acts.
        var bodyAfterCondition = conditionEnd >= 0 && mentions.Any(m => m.Kind == ActorKind.Other && m.Start == conditionEnd + 2 && m.End <= hitStart);
        // 对临时摊点、建筑队、农家乐等经营户的应纳税款: every body listed in an object phrase (对 … 的) is acted upon.
        var objectEnd = -1;
        // (phase 19) 对滨江、河湾四个社区的老旧小区燃气管道开展巡查: the villages whose things the object phrase names (X的…)
        // own what is acted on; they are not who acts, and who does is named earlier (委托…服务机构).
        var ownerOnly = false;
        // (phase 26) Where the last village named as a place or an object (在杏林村, 对竹溪村) ends: a village listed right after
        // it shares its role.
        var placeEnd = -1;
        // (phase 31) Where a village the clause names as the object of 对/针对/向 ends (or a body the object phrase goes on
        // with): a body joined right after it is the object's head, not who acts.
        var objectHeadFrom = -1;
        // 物业服务企业负责巡查 where the phrase starts at 企业: a name ending inside the phrase is named before it.
        foreach (var m in mentions.Where(m => m.End <= hitStart || (m.Start < hitStart && m.End <= firstEnd && m.Kind != ActorKind.Village)))
        {
            var gapStart = Math.Min(previousEnd, m.Start);
            var before = Bare(text[gapStart..m.Start], m);
            previousEnd = Math.Max(previousEnd, m.End);
            if ((m.Kind != ActorKind.Village || bodyAfterCondition) && m.End <= conditionEnd)
            {
                continue;
            }
            var after = text[m.End..Math.Clamp(m.End + ObjectReach, m.End, Math.Max(m.End, hitStart))];
            if (m.End <= objectEnd || IsObjectListed(before, after))
            {
                objectHeadFrom = m.Kind == ActorKind.Village && EndsWithAny(before.TrimEnd(), ObjectLeads) ? m.End : objectHeadFrom;
                objectEnd = Math.Max(objectEnd, m.End + after.IndexOf('的'));
                if (target is null && m.Kind == ActorKind.Village)
                {
                    target = m;
                    ownerOnly = m.End + after.IndexOf('的') < hitStart;
                }
                placeEnd = m.Kind == ActorKind.Village ? m.End : placeEnd;
            }
            else if (m.Kind == ActorKind.Village && placeEnd == gapStart && ListedAfter(before))
            {
                // (phase 26) 检查组在杏林村、竹溪村查看, 对杏林村、竹溪村河滩上的违建动手: a village listed after one the
                // clause names as the place or the object is a place or an object too, not the one acting (jieba may cut the
                // second name: 竹溪|村).
                target ??= m;
                placeEnd = m.End;
            }
            else if (forAnother && m.Kind == ActorKind.Private && text.IndexOf('向', Math.Max(gapStart, m.Start - PayerReach), m.Start - Math.Max(gapStart, m.Start - PayerReach)) >= 0)
            {
                // (phase 27) 向船主代收…费: the persons a collection for another body is made from pay it; they do not collect.
                continue;
            }
            else if (m.Kind != ActorKind.Village && LocatesVillage(text, m.End, mentions))
            {
                // (phase 27) 请学校所在的村（社区）对…开展监管: a body right before 所在(的) and a village says which village is
                // meant; the village is the head of the noun phrase and the one acting.
                continue;
            }
            else if (m.Kind != ActorKind.Village && MakerOfObject(text, m.End, hitStart))
            {
                // (phase 10) 挂上团区委统一制作的标牌, 使用镇里印发的表格: a body before "<verb>的 + the object" made the
                // object; it is not who acts in the clause.
                continue;
            }
            else if (m.Kind != ActorKind.Village && objectHeadFrom == gapStart && ContinuesObject(before))
            {
                // (phase 31) 对全村规模鸭棚逐户检查, 对本村区域内的钻井队、运水车主逐户登记: a village after 对/针对/向 that a
                // short modifier or 的 joins to a body names whose bodies they are; the bodies are the object of the act
                // with it, not its doer (and the bodies listed after them too).
                objectHeadFrom = m.End;
                continue;
            }
            else if (m.Kind != ActorKind.Village && objectEnd >= 0 && m.Start > objectEnd && text.AsSpan(objectEnd + 1, m.Start - objectEnd - 1).IsWhiteSpace())
            {
                // (phase 36) 对进入本村推销辅具的经营者逐一查验, 对擅自向村（社区）下发报表的部门予以通报: the body right after the 的
                // that closes a longer object phrase opened by 对/向 is the object's head — what is acted on, not who acts; a
                // village inside the phrase only says where the head went or what it did, so it is no object either. Who acts is
                // told elsewhere (an earlier clause, the addressee). The bodies listed after the head are objects too.
                if (target is { } inside && inside.End <= objectEnd)
                {
                    target = null;
                    ownerOnly = false;
                }
                objectHeadFrom = m.End;
                continue;
            }
            else if (m.Kind == ActorKind.Village && WithinVillages(reader, clauseIndex, m))
            {
                objectHeadFrom = EndsWithAny(before.TrimEnd(), ObjectLeads) ? m.End : objectHeadFrom;
                // (phase 22) 乙方负责石桥村、桂花村范围内的巡查: villages closed by an extent word and 的 are where the act is
                // done; whoever is named before them does it.
                continue;
            }
            else if (m.Kind == ActorKind.Village && agent is { Kind: not ActorKind.Village } town && town.End == m.Start && IsTown(town.Text))
            {
                // (phase 11) 白水镇各村, 枫岭镇各村, 河湾街道各社区: a town's name right before the villages says whose
                // villages they are; the villages are the head of the noun phrase and the ones acting.
                agent = m;
                assisted = null;
            }
            else if (m.Kind == ActorKind.Village && EndsWithAny(before, cues.Jointly))
            {
                // 驻村工作队要会同村两委…: acting together with the village puts the act on the village too.
                coordinatedVillage = true;
            }
            else if (agent is { Kind: ActorKind.Village } && before.TrimEnd().EndsWith("会同", StringComparison.Ordinal))
            {
                // 请社区会同物业公司对…开展检查: X 会同 Y leads the act with Y; the act stays X's (协助/配合 Y is Y's act).
                continue;
            }
            else if (EndsWithAny(before, cues.Assisting))
            {
                assisted = m.Kind == ActorKind.Village ? assisted : m;
            }
            else if (m.Kind == ActorKind.Village && PlaceLed(before, m))
            {
                // (phase 26) 检查组在杏林村查看, 对杏林村、竹溪村河滩上…: a village named after 在/对 is the place or the object,
                // also when jieba cut its own name off the village word (在杏林|村).
                target ??= m;
                placeEnd = m.End;
                objectHeadFrom = EndsWithAny(before.TrimEnd(), ObjectLeads) ? m.End : objectHeadFrom;
            }
            else if (EndsWithAny(before, cues.Patient) || IsObjectPhrase(before)
                || m.Kind != ActorKind.Village && ObjectBeforeVerb.Inside(text, clause.Start, m.Start, m.End, hitEnd))
            {
                target ??= m.Kind == ActorKind.Village ? m : null;
            }
            else if (agent is null or { Kind: ActorKind.Village } && m.Kind != ActorKind.Village && EndsWithAny(before, cues.Organising))
            {
                // 各社区组织工作专班包楼包户; 两个社区, 要抽调力量组成工作组, …: the team works for whoever organises it,
                // named here or in an earlier clause.
                continue;
            }
            else if (Delegates(before, cues) && m.Kind == ActorKind.Private)
            {
                // 推动居民签订征收协议, 督促村民缴纳: whoever mobilises private persons is the one doing the work.
                continue;
            }
            else if (agent is null || Delegates(before, cues))
            {
                agent = m;
                assisted = null;
            }
            else if (m.Kind == ActorKind.Village && before.Trim() is "和" or "及" or "、" or "以及")
            {
                coordinatedVillage = true;
            }
        }
        // (phase 33) 督查组要求每天拍照上传, 县局督导组在检查中要求，每日报送…: a body followed by its demand with no one named after
        // it asks for the act; it does not do it. Whoever must do it is looked for as if the clause named no one (an earlier
        // clause, the paper's addressee, or — with no one named — the villages the paper speaks to).
        if (agent is { Kind: ActorKind.Other } asker && DemandsOnly(text, mentions, asker, hitStart, dutyLaid))
        {
            agent = null;
        }
        if (agent is { Kind: ActorKind.Village } || coordinatedVillage)
        {
            // The village acts, unless what it does is assist another body with that body's own act — (phase 27) not when the
            // act is done on another's behalf (代收, 代征: 配合税务分局逐摊代收税费): no body collects its own dues for itself.
            return assisted is { } helped && !aimedAtVillage && !forAnother
                ? new HitVerdict(false, VerdictReason.OtherActor, helped.Text)
                : new HitVerdict(true, VerdictReason.VillageActs, agent is { Kind: ActorKind.Village } a ? a.Text : village.Text);
        }
        // (phase 36) 县水利局向沿河各村下达了堤防隐患整改通知: a notice or decision handed to the village is served on it; the
        // village does not serve it.
        if (hasVillage && HandedDown(text[clause.Start..clause.End], cues) && !ServedInstrument(text.AsSpan(hitStart, hitEnd - hitStart)))
        {
            return new HitVerdict(true, VerdictReason.HandedToVillage, village.Text);
        }
        if (aimedAtVillage && hasVillage)
        {
            // 考核一律不以村为对象, 不在村(社区)之间排名: the village is named to be exempted.
            return ClauseScope.MentionNegated(text, clause, village, cues) is { } exempted
                ? new HitVerdict(false, VerdictReason.Negated, exempted) { NamesVillage = true }
                : new HitVerdict(true, VerdictReason.VillageTargeted, village.Text);
        }
        // (phase 32) 配合乡财政所做好…税款的代收代缴: the body assisted with a collection made on its behalf does not collect
        // for itself; whoever assists does, named in an earlier clause or, with no one named, the village the paper speaks to.
        if (agent is null && assisted is not null && forAnother)
        {
            return null;
        }
        if ((agent ?? assisted) is { } other)
        {
            return new HitVerdict(false, VerdictReason.OtherActor, other.Text);
        }
        // (phase 19) For prohibited work, villages named only as the owners of the object (对四个社区的…燃气管道开展巡查) do not
        // act when an earlier clause of the sentence commissions another body (委托…服务机构, 由镇安办牵头); otherwise the act
        // is still put on them.
        // (phase 26) Nor, for prohibited work, when a later clause of the sentence gives the act to another body by 由
        // (对两个村河滩上几处违建动手拆除，由县执法大队负责实施): the villages name where the act is done, the body does it.
        // Not when the act's own clause has a 由 the reader could not resolve (由本村村委会负责关停: the village is its doer).
        if (target is { } t)
        {
            return ownerOnly && !aimedAtVillage && Commissioned(reader, clauseIndex, cues) is { } commissioned
                ? new HitVerdict(false, VerdictReason.OtherActor, commissioned.Text)
                : !aimedAtVillage && !text[clause.Start..clause.End].Contains('由') && ClauseScope.LaterAttribution(reader, clauseIndex, cues) is { Kind: not ActorKind.Village, Text: not null } later
                ? new HitVerdict(false, VerdictReason.OtherActor, later.Text)
                : new HitVerdict(true, VerdictReason.VillageTargeted, t.Text);
        }
        return null;
    }

    private static readonly string[] Demanding = RecognitionCues.Instance.List("agency.demanding");
    private static readonly string[] Saying = RecognitionCues.Instance.List("agency.saying");
    private static readonly string[] DemandBases = RecognitionCues.Instance.List("agency.demand_bases");
    // 督查组在检查中要求: the most characters between the body and its verb of demanding.
    private const int DemandVerbReach = 8;

    /// <summary>
    /// (phase 33) Whether the body only demands the act: a verb of demanding ([agency.demanding]: 要求, 责成 …) follows it within a
    /// few characters, with no clause mark, no 的 and no word naming a ground ([agency.demand_bases]: 按要求, 根据…要求 — the body
    /// acting on someone's demand does the act) before the verb, and no one is named from the body up to the act. Not a demand
    /// closed by 的 before the act (其他部门要求附的亲属关系证明: the papers a body asks for, named as a noun). A verb of saying
    /// ([agency.saying]: 强调, 指出 …) counts only when the act's clause lays a duty with a modal (县督查组强调，每天要拍照上传):
    /// 县局强调，将对违法经营户依法查处 tells the body's own intent.
    /// </summary>
    private static bool DemandsOnly(string text, IReadOnlyList<Mention> mentions, Mention body, int actStart, bool dutyLaid)
    {
        if (actStart < body.End || mentions.Any(m => m.Start >= body.End && m.Start < actStart))
        {
            return false;
        }
        // 督查组交办：…: the reader may have read the verb into the name (交办 ends with 办, an office's suffix).
        if (Demanding.Any(v => body.Text.Length > v.Length + 1 && body.Text.EndsWith(v, StringComparison.Ordinal))
            && text.IndexOf('的', body.End, actStart - body.End) < 0)
        {
            return true;
        }
        if (actStart == body.End)
        {
            return false;
        }
        var reach = Math.Min(actStart, body.End + DemandVerbReach + 2);
        foreach (var verb in dutyLaid ? Demanding.Concat(Saying) : Demanding)
        {
            var at = text.IndexOf(verb, body.End, reach - body.End, StringComparison.Ordinal);
            if (at < 0 || at + verb.Length > actStart)
            {
                continue;
            }
            var lead = text[body.End..at];
            if (at - body.End <= DemandVerbReach && lead.IndexOfAny([',', '，', ':', '：', '的', '"']) < 0
                && !DemandBases.Any(b => lead.Contains(b, StringComparison.Ordinal))
                && text.IndexOf('的', at + verb.Length, actStart - at - verb.Length) < 0)
            {
                return true;
            }
        }
        return false;
    }

    private const int PayerReach = 4;
    private static readonly string[] Locating = RecognitionCues.Instance.List("agency.locating");
    private static readonly string[] OnBehalfActs = RecognitionCues.Instance.List("agency.on_behalf");

    /// <summary>(phase 27) Whether a village mention follows right after the body and a locating word (学校所在的村, 集市所在村).</summary>
    private static bool LocatesVillage(string text, int end, IReadOnlyList<Mention> mentions) =>
        mentions.Any(v => v.Kind == ActorKind.Village && v.Start >= end
            && (Locating.Any(l => v.Start - end == l.Length && string.CompareOrdinal(text, end, l, 0, l.Length) == 0)
                || (v.Start == end && Locating.Any(l => v.Text.StartsWith(l, StringComparison.Ordinal)))));

    /// <summary>(phase 27) Whether the match names an act done for another body ([agency.on_behalf]: 代收, 代征).</summary>
    private static bool CollectsForAnother(string text, int hitStart, int hitEnd) =>
        hitEnd > hitStart && OnBehalfActs.Any(a => text.AsSpan(hitStart, hitEnd - hitStart).Contains(a.AsSpan(), StringComparison.Ordinal));

    private const int CountReach = 10;

    /// <summary>(phase 19) Whether a count (2个, 10个) stands a few characters before <paramref name="at"/>, with no clause mark between.</summary>
    private static bool Counted(string text, int clauseStart, int at)
    {
        var from = Math.Max(clauseStart, at - CountReach);
        for (var i = at - 1; i > from; i--)
        {
            if (text[i] == '个' && char.IsAsciiDigit(text[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 19) The body an earlier clause of the sentence hands the work to by 由/委托/交由 ([attribution]: the first body named
    /// after the cue), looking back no further than a clause that names a village; null otherwise.
    /// </summary>
    private static Mention? Commissioned(ClauseReader reader, int clauseIndex, RecognitionCues cues)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        for (var k = clauseIndex - 1; k >= 0 && reader.Clauses[k].Sentence == sentence; k--)
        {
            var mentions = reader.Mentions(k);
            if (mentions.Any(m => m.Kind == ActorKind.Village))
            {
                return null;
            }
            // 委托具备资质的安全技术服务机构: the first body named after the cue, whatever modifies it.
            var clause = reader.Clauses[k];
            foreach (var cue in cues.Attribution)
            {
                var at = reader.Text.IndexOf(cue, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
                if (at >= 0 && mentions.FirstOrDefault(m => m.Start >= at + cue.Length) is { Text: not null } body)
                {
                    return body.Kind == ActorKind.Village ? null : body;
                }
            }
        }
        return null;
    }

    /// <summary>The actor of a "由/交由/委托 X" in the clause, the nearest one to the phrase.</summary>
    internal static Mention? Attributed(string text, Clause clause, IReadOnlyList<Mention> mentions, int hitStart, RecognitionCues cues)
    {
        Mention? best = null;
        var previousEnd = clause.Start;
        foreach (var m in mentions)
        {
            var before = Bare(text[Math.Min(previousEnd, m.Start)..m.Start], m);
            previousEnd = Math.Max(previousEnd, m.End);
            if ((EndsWithAny(before, cues.Attribution) && !PassedOnOnly(text, clause, before, m) || AttributedThroughModifier(before, cues)
                    || ByItsDuties(text, clause, mentions, before, m))
                // (phase 36) 由企业所在村负责: a body right before a locating word and a village only says which village is meant.
                && !(m.Kind != ActorKind.Village && LocatesVillage(text, m.End, mentions))
                && (best is null || Math.Abs(m.Start - hitStart) < Math.Abs(best.Value.Start - hitStart)))
            {
                best = m;
            }
        }
        return best;
    }

    // (phase 24) How many characters may name a doer the reader does not know, between 由 and its verb of doing.
    private const int UnnamedDoerReach = 16;
    private static readonly string[] NotAttributing = RecognitionCues.Instance.List("agency.not_attributing");
    // A party of an agreement (乙方, 受托方) may be the village; who it is, the agreement's own reader decides.
    private static readonly string[] Parties = RecognitionCues.Instance.List("agreement_parties.parties");

    /// <summary>
    /// (phase 24) 摊点的抽检照旧由监管所按职责开展, 江面巡逻由渔政队员承担: after 由 the words up to a verb of doing
    /// ([agency.duty_acts]) name who does the act, even when the reader knows no body in them. Only words with no village
    /// in them (no village or person mention, no village marker: 由村民小组负责, 由各村网格员实施 are read as before), no clause
    /// mark, no word that passes the act on (由镇里安排…实施) and no 的: a name, not people a modifier describes (由镇里招聘的
    /// 巡查员承担, 每村分配五人 is read as before, with its hand-down). Nor a party of an agreement (由乙方承担: the village may
    /// be 乙方). 由于, 理由, 自由 are no attribution.
    /// </summary>
    internal static Mention? UnnamedDoer(string text, Clause clause, IReadOnlyList<Mention> mentions, RecognitionCues cues)
    {
        for (var at = text.IndexOf('由', clause.Start, clause.End - clause.Start); at >= 0; at = at + 1 < clause.End ? text.IndexOf('由', at + 1, clause.End - at - 1) : -1)
        {
            if (NamesNoDoer(text, at))
            {
                continue;
            }
            var rest = text[(at + 1)..Math.Min(clause.End, at + 1 + UnnamedDoerReach + 2)];
            var verbAt = DutyActs.Select(a => rest.IndexOf(a, StringComparison.Ordinal)).Where(i => i >= 2).DefaultIfEmpty(-1).Min();
            if (verbAt < 0 || verbAt > UnnamedDoerReach)
            {
                continue;
            }
            var doer = rest[..verbAt];
            var (start, end) = (at + 1, at + 1 + verbAt);
            if (doer.IndexOfAny([',', '，', '、', ';', '；', ':', '：', '"', '的']) >= 0
                || cues.VillageMarkers.Any(v => doer.Contains(v, StringComparison.Ordinal))
                || cues.Delegation.Any(v => doer.Contains(v, StringComparison.Ordinal))
                || Parties.Any(p => doer.StartsWith(p, StringComparison.Ordinal))
                || mentions.Any(m => m.Kind != ActorKind.Other && m.Start < end && m.End > start))
            {
                continue;
            }
            return new Mention(start, end, ActorKind.Other, doer);
        }
        return null;
    }

    private static readonly string[] FiscalPayers = RecognitionCues.Instance.List("agency.fiscal_payers");
    private static readonly string[] PayingChannels = RecognitionCues.Instance.List("agency.paying_channels");
    private static readonly string[] PayingVerbs = RecognitionCues.Instance.List("agency.paying_verbs");
    // 通过税务"微信缴费": a quotation mark may stand between 通过 and the collector's channel.
    private const int ChannelSlack = 1;

    /// <summary>
    /// (phase 26) Who pays, when the village is not named: a finance body opening the clause (区财政按…为重度残疾人全额代缴…
    /// — [agency.fiscal_payers], after a level of [agency.levels] or none) pays the premium itself, and a payment made through the
    /// collector's own channel (医保费通过税务"微信缴费"和银行代扣缴纳 — 通过 + [agency.paying_channels]) goes from the payer
    /// straight to that body. Either is the doer, when a paying verb ([agency.paying_verbs]) follows in the clause. Not in a
    /// clause that names a village or passes the act on before the match (督促村民通过税务APP缴纳, 各村通过银行代缴: the
    /// village still drives or handles the money), nor a finance word used as money (财政资金, 财政奖补 — only the body
    /// opening the clause is read).
    /// </summary>
    private static Mention? Payer(string text, Clause clause, IReadOnlyList<Mention> mentions, int hitStart, RecognitionCues cues)
    {
        if (mentions.Any(m => m.Kind == ActorKind.Village) || hitStart < clause.Start || hitStart > clause.End)
        {
            return null;
        }
        var before = text[clause.Start..hitStart];
        if (cues.Delegation.Any(d => before.Contains(d, StringComparison.Ordinal)))
        {
            return null;
        }
        var words = text[clause.Start..clause.End];
        var lead = words.Length - words.TrimStart().Length;
        var opening = words[lead..];
        var level = Levels.FirstOrDefault(l => opening.StartsWith(l, StringComparison.Ordinal))?.Length ?? 0;
        if (FiscalPayers.FirstOrDefault(f => string.CompareOrdinal(opening, level, f, 0, f.Length) == 0) is { } fiscal
            && PayingVerbs.Any(v => opening.IndexOf(v, level + fiscal.Length, StringComparison.Ordinal) >= 0))
        {
            var start = clause.Start + lead;
            return new Mention(start, start + level + fiscal.Length, ActorKind.Other, opening[..(level + fiscal.Length)]);
        }
        for (var at = words.IndexOf("通过", StringComparison.Ordinal); at >= 0; at = words.IndexOf("通过", at + 2, StringComparison.Ordinal))
        {
            for (var gap = 0; gap <= ChannelSlack && at + 2 + gap < words.Length; gap++)
            {
                var from = at + 2 + gap;
                if (PayingChannels.FirstOrDefault(c => string.CompareOrdinal(words, from, c, 0, c.Length) == 0) is { } channel
                    && PayingVerbs.Any(v => words.IndexOf(v, from + channel.Length, StringComparison.Ordinal) >= 0))
                {
                    return new Mention(clause.Start + from, clause.Start + from + channel.Length, ActorKind.Other, channel);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the 由 at <paramref name="at"/> is part of a word that names no doer ([agency.not_attributing]: 由于, 理由,
    /// 自由, 由此 …): the one test of every reader that takes 由 for the performer.
    /// </summary>
    internal static bool NamesNoDoer(string text, int at) => NotAttributing.Any(w => Surrounds(text, at, w));

    /// <summary>Whether <paramref name="word"/> (由于, 理由) stands over the 由 at <paramref name="at"/>.</summary>
    private static bool Surrounds(string text, int at, string word)
    {
        var offset = word.IndexOf('由');
        var start = at - offset;
        return start >= 0 && start + word.Length <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;
    }

    private static readonly string[] DutyLeads = RecognitionCues.Instance.List("agency.duty_leads");
    private static readonly string[] Duties = RecognitionCues.Instance.List("agency.duties");
    private static readonly string[] DutyActs = RecognitionCues.Instance.List("agency.duty_acts");

    /// <summary>
    /// (phase 23) 按县自然资源局职责和乡综合执法队职责分别办理: a body named between 按/依 and its duties (职责, 职能), in a clause that
    /// goes on to a verb of doing (办理, 负责, 实施 …) and names no village, is who does the act — as 由 X does. A clause naming
    /// a village (按各村职责分工办理, 按…职责由各村具体办理) is read as before, and 根据…职责要求 with no verb of doing attributes nothing.
    /// </summary>
    private static bool ByItsDuties(string text, Clause clause, IReadOnlyList<Mention> mentions, string before, Mention body)
    {
        if (!EndsWithAny(before, DutyLeads) || !Duties.Any(d => string.CompareOrdinal(text, body.End, d, 0, d.Length) == 0)
            || mentions.Any(m => m.Kind == ActorKind.Village))
        {
            return false;
        }
        var rest = text[body.End..clause.End];
        return DutyActs.Any(a => rest.Contains(a, StringComparison.Ordinal));
    }

    private static readonly string[] PassingOn = RecognitionCues.Instance.List("agency.passing_on");

    /// <summary>
    /// (phase 19) Whether a passing-on verb (转: 问题已转区生态环境局依法查处) only names where a paper goes: the body ends the
    /// clause (村委会盖章后转派出所 — the village sends it), so nothing is handed to the body to do.
    /// </summary>
    private static bool PassedOnOnly(string text, Clause clause, string before, Mention body) =>
        PassingOn.Any(p => before.TrimEnd().EndsWith(p, StringComparison.Ordinal))
        && text[body.End..clause.End].Trim().Length == 0;

    // (phase 7) 由区残联指定的评残医院负责: between 由 and the body a modifier ending in 的 may stand.
    private const int AttributionModifierReach = 10;

    /// <summary>"由 X指定的 Y": the words before Y are 由 and a short modifier closed by 的, with no clause-level verb cue in it.</summary>
    private static bool AttributedThroughModifier(string before, RecognitionCues cues)
    {
        var trimmed = before.TrimEnd();
        if (!trimmed.EndsWith('的'))
        {
            return false;
        }
        var at = trimmed.LastIndexOf('由');
        if (at < 0 || trimmed.Length - at > AttributionModifierReach + 1 || (at > 0 && trimmed[at - 1] is '理' or '自' or '缘'))
        {
            return false;
        }
        var modifier = trimmed[(at + 1)..^1];
        return modifier.Length > 0 && !modifier.Contains('的') && !cues.Delegation.Any(v => modifier.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>(phase 22) 协助镇税务分局, 配合街道财政所: the office holding the word is the one an assisting word right before it names.</summary>
    private static bool AssistedOffice(ClauseReader reader, int clauseIndex, (int Start, int End) term)
    {
        var clause = reader.Clauses[clauseIndex];
        foreach (var m in reader.Mentions(clauseIndex))
        {
            if (m.Start <= term.Start && term.End <= m.End)
            {
                var before = reader.Text[Math.Max(clause.Start, m.Start - AssistingReach)..m.Start];
                var inside = reader.Text[m.Start..term.Start];
                return RecognitionCues.Instance.Assisting.Any(a => before.EndsWith(a, StringComparison.Ordinal) || inside.StartsWith(a, StringComparison.Ordinal));
            }
        }
        return false;
    }

    /// <summary>The longest assisting word (协同, 会同) standing right before an office.</summary>
    private const int AssistingReach = 2;

    /// <summary>(phase 22) 柳林市场监管所关于…: the mention opens its clause and 关于 follows it.</summary>
    private static bool IssuerBeforeTopic(ClauseReader reader, int clauseIndex, Mention m) =>
        m.Start == reader.Clauses[clauseIndex].Start && reader.Text.AsSpan(m.End).StartsWith("关于", StringComparison.Ordinal);

    private static readonly string[] Channels = RecognitionCues.Instance.List("agency.channels");

    /// <summary>At most this many characters inside the quotation marks around the word make a channel's name.</summary>
    private const int ChannelNameReach = 12;

    /// <summary>
    /// (phase 22) “白水市场监管”公众号, “示范市场监管”网站: the word stands inside quotation marks, in its clause, and what
    /// follows the closing mark is a channel ([agency.channels]). The quoted name and the channel, or null.
    /// </summary>
    private static string? ChannelName(string text, Clause clause, (int Start, int End) term)
    {
        var open = term.Start > clause.Start ? text.LastIndexOf('"', term.Start - 1, term.Start - clause.Start) : -1;
        var close = text.IndexOf('"', term.End, clause.End - term.End);
        if (open < 0 || close < 0 || close - open - 1 > ChannelNameReach || text[(open + 1)..term.Start].Contains('"'))
        {
            return null;
        }
        var after = text[(close + 1)..clause.End];
        return Channels.FirstOrDefault(c => after.StartsWith(c, StringComparison.OrdinalIgnoreCase)) is { } channel
            ? text[open..(close + 1)] + channel : null;
    }

    private static readonly string[] Defining = RecognitionCues.Instance.List("agency.defining");

    /// <summary>“考核”仅指…, 所称“评比”是指…: the quoted words and the defining verb, or null.</summary>
    private static string? DefinedTerm(string text, int hitStart, int hitEnd)
    {
        if (hitStart == 0 || text[hitStart - 1] != '"' || hitEnd >= text.Length || text[hitEnd] != '"')
        {
            return null;
        }
        var after = text[(hitEnd + 1)..Math.Min(text.Length, hitEnd + 4)];
        return Defining.FirstOrDefault(w => after.StartsWith(w, StringComparison.Ordinal)) is { } verb
            ? text[(hitStart - 1)..(hitEnd + 1)] + verb : null;
    }

    /// <summary>The negation cue that silences the phrase, or null.</summary>
    /// <summary>
    /// (phase 36) 企业不整改的由村委会责令停产, 采砂船不停止作业的由村委会当场扣押: a 的 in the words from a negation to the act (or
    /// inside the match, when the match opens on the condition's verb) closes a condition before a comma or 由 — the negation
    /// says whom the act is aimed at; the act after it is not negated.
    /// </summary>
    private static bool ConditionClosedInside(string text, int start, int end)
    {
        for (var at = start < end ? text.IndexOf('的', start, end - start) : -1; at >= 0 && at + 1 < end; at = text.IndexOf('的', at + 1, end - at - 1))
        {
            if (text[at + 1] is ',' or '，' or '由')
            {
                return true;
            }
        }
        return false;
    }

    internal static string? Negation(string text, int clauseStart, int clauseEnd, int hitStart, int hitEnd, RecognitionCues cues)
    {
        // (phase 19) | 各村每周拍照上传 | 已取消纸质台账 |: a table's cell is a clause of its own for negation — a negation in
        // the next or the previous cell belongs to another act.
        (clauseStart, clauseEnd) = Cell(text, clauseStart, clauseEnd, hitStart, hitEnd);
        if (hitStart > clauseStart && cues.NegationAdjacent.Contains(text[hitStart - 1]) && !InIssuedName(text, hitStart - 1)
            && !EndsNonNegatingWord(text, clauseStart, hitStart) && !PledgeContent.Names(text, hitStart - 1, hitStart, hitEnd)
            && !ConditionClosedInside(text, hitStart, hitEnd))
        {
            return text[hitStart - 1].ToString();
        }
        var from = Math.Max(clauseStart, hitStart - NegationReach);
        var before = text[from..hitStart];
        // 不进行评比, 不搞排名: a 不 just before the phrase negates it, unless it starts a word like 不定期 or 不少于.
        var bu = before.LastIndexOf('不');
        // 屡劝不改的处以罚款, 不按期缴纳的: 不 … 的 describes whom the act is aimed at, it does not negate the act.
        if (bu >= 0 && before.Length - bu <= NearNegation && !ClauseScope.NotNegating(text, from + bu, cues)
            && !DoublyProhibited(text, clauseStart, from + bu)
            && !TurnedAround(before[(bu + 1)..] + text[hitStart..Math.Min(hitEnd, hitStart + 2)], cues) && !before[(bu + 1)..].Contains('的') && !InIssuedName(text, from + bu)
            && !OnlyAlone(before[(bu + 1)..]) && !ConditionClosedInside(text, hitStart, hitEnd)
            && RenewedDemand(text, from + bu + 1, hitEnd) < 0 && !PledgeContent.Names(text, from + bu, hitStart, hitEnd))
        {
            return "不" + before[(bu + 1)..];
        }
        // (phase 27) 不按单位、按村（社区）统计排名: 不 before a coverb phrase ([agency.negated_coverbs]: 按, 通过, 以 …) negates the
        // verb the phrase modifies, however long the phrase or its list runs in the clause; not 不按时/不按要求 (a failure to
        // comply describes whom an act is aimed at) nor past a 的 that closes such a qualifier.
        if (bu >= 0 && before.Length - bu > NearNegation && NegatedCoverbs.Any(c => before.AsSpan(bu + 1).StartsWith(c, StringComparison.Ordinal))
            && !ComplianceAdverbs.Any(c => before.AsSpan(bu + 1).StartsWith(c, StringComparison.Ordinal))
            && !ClauseScope.NotNegating(text, from + bu, cues) && !before[(bu + 1)..].Contains('的') && !TurnedAround(before[(bu + 1)..], cues)
            && !InIssuedName(text, from + bu) && !OnlyAlone(before[(bu + 1)..]) && RenewedDemand(text, from + bu + 1, hitEnd) < 0
            && !ListDemands.Any(d => before.AsSpan(bu + 1).Contains(d, StringComparison.Ordinal)))
        {
            return "不" + before[(bu + 1)..Math.Min(before.Length, bu + 3)];
        }
        foreach (var cue in cues.NegationBefore)
        {
            var at = before.LastIndexOf(cue, StringComparison.Ordinal);
            // The phrase may itself open a new verb (禁止其承办家宴 | 并处以罚款): then the negation stays behind.
            if (at >= 0 && (!TurnedAround(before[(at + cue.Length)..] + text[hitStart..Math.Min(hitEnd, hitStart + 2)], cues)
                    || JoinedInForbiddenDemand(before[(at + cue.Length)..] + text[hitStart..Math.Min(hitEnd, hitStart + 2)], cues))
                && !InIssuedName(text, from + at) && RenewedDemand(text, from + at + cue.Length, hitEnd) < 0
                && !SecondNegation(text, from + at + cue.Length, hitStart, cues) && !DoublyProhibited(text, clauseStart, from + at)
                && !MinimumLimits.Any(l => string.CompareOrdinal(text, from + at + cue.Length, l, 0, l.Length) == 0)
                && !NegationNouns.Any(n => string.CompareOrdinal(text, from + at, n, 0, n.Length) == 0)
                && !OnlyAlone(before[(at + cue.Length)..]) && !PledgeContent.Names(text, from + at, hitStart, hitEnd)
                && !ConditionClosedInside(text, from + at + cue.Length, hitStart)
                && !(Uncounted.Contains(cue) && FailedCase(text, from + at)))
            {
                return cue;
            }
        }
        // (phase 18) 不得以任何形式要求村(居)委会代为填报、录入或者上传照片; 不再要求村文化管理员在“…”上传活动照片和定位打卡 — a
        // prohibition covers every act of the list it opens in its clause, however far the list runs: when the words between
        // it and the phrase join acts (、, 或者, 和 …) and the last join stands just before the phrase.
        if (hitStart - NegationReach > clauseStart && Enumerated(text[Math.Max(clauseStart, hitStart - ListNegationReach)..hitStart]) is { } listed
            && listed.Length > NegationReach)
        {
            var wideFrom = hitStart - listed.Length;
            foreach (var cue in ListNegations)
            {
                var at = listed.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0 && at < listed.Length - NegationReach && !TurnedAround(listed[(at + cue.Length)..], cues)
                    && !InIssuedName(text, wideFrom + at) && OpensTheList(listed[(at + cue.Length)..]))
                {
                    return cue;
                }
            }
            // (phase 23) 取消各镇对村（社区）开展的年度考核、评比排名和通报 — a cancellation covers the list it opens when the list
            // is named as what is done to the villages (对 + a village before the 的 that closes the qualifier). Without such a
            // qualifier a list after 取消 may be a sanction's (对排名靠后的村取消评优资格、通报批评): it stands.
            foreach (var cue in ListCancellations)
            {
                var at = listed.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0 && at < listed.Length - NegationReach && !TurnedAround(listed[(at + cue.Length)..], cues)
                    && DoneToVillages(listed[(at + cue.Length)..], cues))
                {
                    return cue;
                }
            }
        }
        var after = text[hitEnd..Math.Min(clauseEnd, hitEnd + AfterNegationReach + 6)];
        foreach (var cue in cues.NegationAfter)
        {
            var at = after.IndexOf(cue, StringComparison.Ordinal);
            // (phase 19) 各村每周拍照上传并将纸质台账一律取消: a negation after another object (将, 把 …) ends that object.
            // (phase 36) …的做法自即日起停止执行，城关、城西两个村继续执行: a stop kept for some villages later in the sentence
            // stops nothing for certain.
            if (at >= 0 && at <= AfterNegationReach && !TurnedAround(after[(at + cue.Length)..], cues)
                && !OtherObjectBefore(after, at) && !(Document.Withdrawals.MayKeepAfter(text, hitEnd + at + cue.Length)
                    && Document.Withdrawals.KeptForVillagesAfter(text, hitEnd + at + cue.Length, text[hitStart..hitEnd])))
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>(phase 19) The bounds of the table cell around the match inside its clause: the clause itself outside a table.</summary>
    private static (int Start, int End) Cell(string text, int clauseStart, int clauseEnd, int hitStart, int hitEnd)
    {
        var open = hitStart > clauseStart ? text.LastIndexOf('|', hitStart - 1, hitStart - clauseStart) : -1;
        var close = clauseEnd > hitEnd ? text.IndexOf('|', hitEnd, clauseEnd - hitEnd) : -1;
        return (open >= 0 ? open + 1 : clauseStart, close >= 0 ? close : clauseEnd);
    }

    private static readonly string[] RenewedModals = [.. RecognitionCues.Instance.List("agency.renewed_modals").OrderByDescending(m => m.Length)];
    private static readonly string[] NotModals = RecognitionCues.Instance.List("agency.not_modals");
    private static readonly string[] Replacing = RecognitionCues.Instance.List("agency.replacing");
    private static readonly string[] Sequels = RecognitionCues.Instance.List("agency.sequels");
    private const int RenewedSubjectReach = 14;

    /// <summary>
    /// (phase 19) Where a later demand with its own modal starts inside [from, to): a join of acts ([agency.list_joins])
    /// followed, within a few characters and no clause mark, by a modal ([agency.renewed_modals]: 必须, 须, 要, 应 — not in a
    /// word of [agency.not_modals] such as 要求 or 重要, nor after 不/无/毋). 不得要求群众重复填报各类表格、各村村干部每天必须在APP上
    /// 签到: the negation covers the acts of its own list, not the demand after the join. -1 when there is none.
    /// </summary>
    internal static int RenewedDemand(string text, int from, int to)
    {
        if (to - from < 2)
        {
            return -1;
        }
        // 不再要求村文化管理员上传活动照片而改为各村每天在APP定位打卡: what replaces the prohibited act is demanded.
        foreach (var replacing in Replacing)
        {
            if (text.IndexOf(replacing, from, to - from, StringComparison.Ordinal) is >= 0 and var at)
            {
                return at;
            }
        }
        // 取消纸质台账后各村每天拍照上传; 纸质台账不用报了、各村每天拍照发群: after a word of sequence (后, 同时) or an act
        // closed by 了 and a join, the village named as a subject starts an act of its own.
        foreach (var sequel in Sequels)
        {
            for (var at = text.IndexOf(sequel, from, to - from, StringComparison.Ordinal); at >= 0; at = at + 1 < to ? text.IndexOf(sequel, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                if (StartsWithAny(text, at + sequel.Length, to, SequelSubjects))
                {
                    return at;
                }
            }
        }
        foreach (var modal in RenewedModals)
        {
            for (var at = text.IndexOf(modal, from, to - from, StringComparison.Ordinal); at >= 0; at = at + 1 < to ? text.IndexOf(modal, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                if (at > 0 && text[at - 1] is '不' or '无' or '毋' or '勿' or '非' || InNotModal(text, at, modal))
                {
                    continue;
                }
                var leadStart = Math.Max(from, at - RenewedSubjectReach);
                if (text.IndexOfAny(ClauseMarks, leadStart, at - leadStart) >= 0)
                {
                    continue;
                }
                for (var j = at - 1; j >= leadStart; j--)
                {
                    if (StartsWithAny(text, j, at, ListJoins))
                    {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// (phase 20) The modal ([agency.renewed_modals]: 须, 必须, 只需 …) that demands the act in its own clause before the act
    /// word ends the match (巡河时须在APP开启实时定位, 巡河轨迹必须每日上传), or null: not inside a word of [agency.not_modals],
    /// nor after 不/无/毋.
    /// </summary>
    private static readonly string[] SufferedLeads = RecognitionCues.Instance.List("agency.suffered_leads");
    private static readonly string[] Penalties = RecognitionCues.Instance.List("agency.penalties");
    // 被给予政务警告: the most characters of modifier (党内, 政务) between the lead and the penalty.
    private const int SufferedReach = 4;

    /// <summary>
    /// (phase 32) A lead of suffering ([agency.suffered_leads]: 被给予, 被予以, 被处以, 受到 …) right before the match, with at most a
    /// short modifier between and no punctuation: the lead and the modifier, or null.
    /// </summary>
    private static string? SufferedPenalty(string text, int clauseStart, int hitStart, int hitEnd)
    {
        if (!Penalties.Any(p => text.AsSpan(hitStart, hitEnd - hitStart).Contains(p, StringComparison.Ordinal)))
        {
            return null;
        }
        var from = Math.Max(clauseStart, hitStart - SufferedReach - 3);
        var before = text[from..hitStart];
        foreach (var lead in SufferedLeads)
        {
            var at = before.LastIndexOf(lead, StringComparison.Ordinal);
            if (at >= 0 && before.Length - at - lead.Length <= SufferedReach && before[(at + lead.Length)..].All(char.IsLetter))
            {
                return before[at..];
            }
        }
        return null;
    }

    internal static string? ModalBefore(string text, int clauseStart, int hitEnd)
    {
        foreach (var modal in RenewedModals)
        {
            for (var at = text.IndexOf(modal, clauseStart, hitEnd - clauseStart, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < hitEnd ? text.IndexOf(modal, at + 1, hitEnd - at - 1, StringComparison.Ordinal) : -1)
            {
                if (!(at > 0 && text[at - 1] is '不' or '无' or '毋' or '勿' or '非') && !InNotModal(text, at, modal))
                {
                    return modal;
                }
            }
        }
        return null;
    }

    private static readonly char[] ClauseMarks = [',', '，', ';', '。', ':'];
    private static readonly string[] SequelSubjects = [.. RecognitionCues.Instance.Village.Where(v => v.Length > 1)];

    /// <summary>Whether one of the words starts at <paramref name="at"/> and ends by <paramref name="to"/>.</summary>
    private static bool StartsWithAny(string text, int at, int to, string[] words)
    {
        foreach (var word in words)
        {
            if (at + word.Length <= to && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the modal at <paramref name="at"/> stands inside a word of [agency.not_modals] (要求, 重要, 应急).</summary>
    private static bool InNotModal(string text, int at, string modal)
    {
        foreach (var word in NotModals)
        {
            for (var offset = word.IndexOf(modal, StringComparison.Ordinal); offset >= 0; offset = word.IndexOf(modal, offset + 1, StringComparison.Ordinal))
            {
                var start = at - offset;
                if (start >= 0 && start + word.Length <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] OtherObjects = RecognitionCues.Instance.List("agency.other_objects");

    /// <summary>(phase 19) Whether a word bringing in another object (将, 把) stands in the first <paramref name="length"/> characters.</summary>
    private static bool OtherObjectBefore(string after, int length)
    {
        foreach (var word in OtherObjects)
        {
            var at = after.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < length)
            {
                return true;
            }
        }
        return false;
    }
    // (phase 19) 每周不得少于3次在APP打卡, 不得迟于9点签到: a prohibition of falling short of a number or a time demands the act.
    private static readonly string[] MinimumLimits = RecognitionCues.Instance.List("agency.minimum_limits");

    // (phase 22) 违反禁止令的: a noun opening with a negation (an order, a sign) names a thing and refuses nothing.
    private static readonly string[] NegationNouns = RecognitionCues.Instance.List("agency.negation_nouns");

    private static readonly string[] Alone = RecognitionCues.Instance.List("agency.alone");

    /// <summary>
    /// (phase 22) Whether the words a negation governs limit it to carrying the work alone (不再由村级组织单独承担, 村里不再独自负责):
    /// the village is refused only sole charge and still shares the work, so nothing is refused to it.
    /// </summary>
    internal static bool OnlyAlone(string negated) => Alone.Any(a => negated.Contains(a, StringComparison.Ordinal));

    private static readonly string[] ListLimits = RecognitionCues.Instance.List("agency.list_limits");
    private static readonly string[] ListDemands = RecognitionCues.Instance.List("agency.list_demands");

    /// <summary>
    /// (review of phase 18) Whether the prohibition opens the list that runs to the phrase: it limits no number (不得少于两次、
    /// 每次走访须…和定位打卡), qualifies no noun before the list's first join (禁止燃放烟花爆竹的宣传、…和每日定位打卡), and no later
    /// word demands again ([agency.list_demands]: …、各村村干部每天必须在APP上签到和拍照上传).
    /// </summary>
    private static bool OpensTheList(string gap)
    {
        if (ListLimits.Any(l => gap.StartsWith(l, StringComparison.Ordinal)) || ListDemands.Any(d => gap.Contains(d, StringComparison.Ordinal))
            || RenewedDemand(gap, 0, gap.Length) >= 0)
        {
            return false;
        }
        // 禁止燃放烟花爆竹的宣传、…: the prohibition names what a noun is about; 不得要求村里的干部填报、… still prohibits.
        var join = ListJoins.Select(j => gap.IndexOf(j, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(gap.Length).Min();
        var head = gap[..join];
        return !head.Contains('的') || ListAskVerbs.Any(v => head[..head.IndexOf('的')].Contains(v, StringComparison.Ordinal));
    }

    private static readonly string[] ListAskVerbs = RecognitionCues.Instance.List("agency.list_ask_verbs");

    private static readonly string[] ListCancellations = RecognitionCues.Instance.List("agency.list_cancellations");

    /// <summary>
    /// (phase 23) Whether a cancelled list is named as what is done to the villages: before the list's first join, a 的 closes a
    /// qualifier holding 对 + a village (各镇对村（社区）开展的年度考核、…), and no later word demands again.
    /// </summary>
    private static bool DoneToVillages(string gap, RecognitionCues cues)
    {
        if (ListDemands.Any(d => gap.Contains(d, StringComparison.Ordinal)) || RenewedDemand(gap, 0, gap.Length) >= 0)
        {
            return false;
        }
        var join = ListJoins.Select(j => gap.IndexOf(j, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(gap.Length).Min();
        var of = gap.LastIndexOf('的', Math.Max(0, join - 1));
        var dui = of > 0 ? gap.LastIndexOf('对', of - 1) : -1;
        return dui >= 0 && cues.Village.Any(v => v.Length >= 1 && gap.AsSpan(dui + 1).StartsWith(v, StringComparison.Ordinal))
            && !cues.NotVillage.Any(n => gap.AsSpan(dui + 1).StartsWith(n, StringComparison.Ordinal));
    }

    private static readonly string[] NegatedCoverbs = RecognitionCues.Instance.List("agency.negated_coverbs");
    private static readonly string[] ComplianceAdverbs = RecognitionCues.Instance.List("agency.compliance_adverbs");

    private const int ListNegationReach = 48;
    private const int ListJoinReach = 10;
    private static readonly string[] ListNegations = RecognitionCues.Instance.List("agency.list_negations");
    private static readonly string[] ListJoins = RecognitionCues.Instance.List("agency.list_joins");

    /// <summary>
    /// (phase 18) The words before the phrase when they end in a list of acts it belongs to: a join ([agency.list_joins]: 、,
    /// 或者, 和 …) within a few characters before the phrase, and no clause or sentence break. Null otherwise.
    /// </summary>
    private static string? Enumerated(string before)
    {
        if (before.IndexOfAny([',', ';', '。', ':', '!', '?', '\n']) >= 0)
        {
            return null;
        }
        var tail = before[Math.Max(0, before.Length - ListJoinReach)..];
        if (ListJoins.Any(j => tail.Contains(j, StringComparison.Ordinal)))
        {
            return before;
        }
        // (phase 27) 不要求村党组织…通过拍照、截图、视频、定位等方式在任…何平台留痕: a list closed by 等 and the manner or place it
        // names (等方式, 等渠道) still stands before the act; the join is looked for before that 等.
        var closer = before.LastIndexOf(ListCloser);
        if (closer >= before.Length - ListJoinReach && closer + 1 < before.Length && !NotListCloser.Contains(before[closer + 1]))
        {
            var listTail = before[Math.Max(0, closer - ListJoinReach)..closer];
            return ListJoins.Any(j => listTail.Contains(j, StringComparison.Ordinal)) ? before : null;
        }
        return null;
    }

    private const char ListCloser = '等';

    // 等级, 等候, 等待, 等于, 等同: 等 opening a word of its own closes no list.
    private static readonly char[] NotListCloser = ['级', '候', '待', '于', '同'];

    private static readonly string[] NamingVerbs = RecognitionCues.Instance.List("agency.naming_verbs");
    private static readonly string[] NamingGaps = RecognitionCues.Instance.List("agency.naming_gaps");

    /// <summary>
    /// (review of phase 16) Whether the negation at <paramref name="at"/> opens the name of what an issuing verb right before
    /// it issues (出具无犯罪记录证明, 为其开具未婚证明, 提供无房证明, 出具本人不动产…证明): the fact a certificate states, not a
    /// negation of the demand. The verb may be the phrase's own earlier term (出具 ~24 证明), before the window read.
    /// </summary>
    private static bool InIssuedName(string text, int at)
    {
        foreach (var gap in NamingGaps.Prepend(string.Empty))
        {
            var verbEnd = at - gap.Length;
            if (verbEnd > 0 && string.CompareOrdinal(text, verbEnd, gap, 0, gap.Length) == 0
                && NamingVerbs.Any(v => v.Length <= verbEnd && string.CompareOrdinal(text, verbEnd - v.Length, v, 0, v.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] NonNegatingWords = RecognitionCues.Instance.List("negation_adjacent_words");

    /// <summary>
    /// (phase 21) Whether the character before the phrase ends a word that negates nothing ([negation_adjacent_words]:
    /// 请两村分别出具… — 分别 is "each", not 别 "do not"; 个别村).
    /// </summary>
    private static bool EndsNonNegatingWord(string text, int clauseStart, int hitStart) =>
        NonNegatingWords.Any(w => hitStart - w.Length >= clauseStart && string.CompareOrdinal(text, hitStart - w.Length, w, 0, w.Length) == 0);

    /// <summary>
    /// A negation between the matched terms (处理费暂不收取, 亲属关系不需证明): the words before a later term are read as
    /// the words before a phrase are.
    /// </summary>
    private static string? InnerNegation(string text, (int Start, int End)[] chain, RecognitionCues cues)
    {
        for (var i = 1; i < chain.Length; i++)
        {
            // 生活不能自理的证明: a negation before 的 belongs to the description of what follows, not to the act.
            // (phase 27) So when the term itself opens with that 的 (出具…下落不明 | 的书面材料).
            var from = text[chain[i].Start] == '的' ? chain[i].Start : Math.Max(chain[i - 1].End, text.LastIndexOf('的', Math.Max(0, chain[i].Start - 1), Math.Max(0, chain[i].Start - chain[i - 1].End)) + 1);
            if (chain[i].Start > from
                && Negation(text, from, chain[i].End, chain[i].Start, chain[i].End, cues) is { } negation)
            {
                return negation;
            }
        }
        return null;
    }

    private static bool RefusesHandDown(string before) =>
        before.Contains('不') || before.Contains("无需", StringComparison.Ordinal) || before.Contains("严禁", StringComparison.Ordinal) || before.Contains("禁止", StringComparison.Ordinal);

    private static readonly string[] HandDownObjects = RecognitionCues.Instance.List("agency.hand_down_objects");
    private const int HandDownObjectReach = 30;
    // 不向, 不得向, 严禁向: the negation stands right before the word opening the villages.
    private const int HandDownNegationLead = 2;

    /// <summary>
    /// (phase 23) 招商引资指标不给各乡镇所辖的村和居委会分配: the words right before the 向/对/给 that opens the villages the task
    /// would go to, however long that object runs, so a negation before it refuses the hand-down. Empty when no such word
    /// stands before the verb in its clause within reach, or the words between it and the verb name no village.
    /// </summary>
    private static string ObjectLead(string clause, int verbAt)
    {
        var from = Math.Max(0, verbAt - HandDownObjectReach);
        for (var at = verbAt - 1; at >= from; at--)
        {
            if (HandDownObjects.Any(o => string.CompareOrdinal(clause, at, o, 0, o.Length) == 0))
            {
                var named = clause[at..verbAt];
                return RecognitionCues.Instance.Village.Any(v => named.Contains(v, StringComparison.Ordinal)) ? clause[Math.Max(0, at - HandDownNegationLead)..at] : string.Empty;
            }
        }
        return string.Empty;
    }

    /// <summary>"分解到各村", "向各村下达", but not "不分解到村" or "不向村(社区)下达".</summary>
    internal static bool HandedDown(string clause, RecognitionCues cues)
    {
        foreach (var cue in cues.HandedTo)
        {
            for (var at = clause.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
            {
                var before = clause[Math.Max(0, at - HandDownNegationReach)..at];
                // 讨论本村征地补偿费的分配方案: the word as a noun names a plan or its result, no task handed down.
                if (NounUse.Any(n => string.CompareOrdinal(clause, at + cue.Length, n, 0, n.Length) == 0))
                {
                    continue;
                }
                // (phase 33) 已分配给村干部的账号本月底前注销: what was handed down before, named to be cancelled or taken back.
                if (Document.ChangedDemands.UndoneThing(clause, at, at + cue.Length) is not null)
                {
                    continue;
                }
                if (!RefusesHandDown(before) && !RefusesHandDown(ObjectLead(clause, at)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The village an earlier clause of the sentence names (完成率低于平均水平的村, …; 对全镇各村的年度工作, 镇考核办…), or
    /// the village that is the sentence's subject (每个村成立老年人协会, …, 悬挂协会牌子): what another body does, or what
    /// is said of another body, in a rule family aimed at villages is done to them.
    /// </summary>
    private static Mention? VillageEarlier(ClauseReader reader, int clauseIndex)
    {
        var sentence = reader.Clauses[clauseIndex].Sentence;
        for (var k = clauseIndex - 1; k >= 0 && reader.Clauses[k].Sentence == sentence; k--)
        {
            if (k == 0 || reader.Clauses[k - 1].Sentence != sentence)
            {
                var first = reader.Clauses[k];
                var subject = reader.Mentions(k).FirstOrDefault();
                if (subject.Kind == ActorKind.Village && subject.Text is not null
                    && reader.Text[first.Start..subject.Start].Trim() is var lead && (lead.Length == 0 || RecognitionCues.Instance.Delegation.Contains(lead)))
                {
                    return subject;
                }
            }
            // Only a topic that names the villages: a clause ending with them, or one opening with 对/针对 (对全镇各村的年度工作).
            var clause = reader.Clauses[k];
            var topic = reader.Text[clause.Start..clause.End].TrimStart();
            var opensOnObject = topic.StartsWith('对') || topic.StartsWith("针对", StringComparison.Ordinal);
            if (reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Village && (opensOnObject || m.End == clause.End)) is { Text: not null } village)
            {
                return village;
            }
        }
        return null;
    }

    private static readonly string[] RankPositions = RecognitionCues.Instance.List("agency.rank_positions");

    /// <summary>
    /// (phase 33) 我按完成率排个名次发群里，排最后两名的村明天到乡政府汇报原因 — a later clause of the sentence that names the
    /// villages by their place in the order ([agency.rank_positions] before "的" and the village word: 排最后2名的村, 排名靠后的
    /// 社区): whoever draws the order up, it is an order of those villages. The words, or null.
    /// </summary>
    private static string? VillageSortedLater(ClauseReader reader, int clauseIndex)
    {
        var text = reader.Text;
        var sentence = reader.Clauses[clauseIndex].Sentence;
        for (var k = clauseIndex + 1; k < reader.Clauses.Count && reader.Clauses[k].Sentence == sentence; k++)
        {
            var clause = reader.Clauses[k];
            foreach (var m in reader.Mentions(k))
            {
                if (m.Kind == ActorKind.Village && m.Start > clause.Start && text[m.Start - 1] == '的'
                    && text[clause.Start..(m.Start - 1)] is var lead
                    && RankPositions.Any(p => lead.Contains(p, StringComparison.Ordinal))
                    && Negation(text, clause.Start, clause.End, m.Start, m.End, RecognitionCues.Instance) is null)
                {
                    return text[clause.Start..m.End].Trim();
                }
            }
        }
        return null;
    }

    private static readonly string[] PlaceLeads = RecognitionCues.Instance.List("agency.place_leads");
    private static readonly string[] ObjectLeads = RecognitionCues.Instance.List("agency.object_leads");
    private static readonly string[] AddresseePronouns = [.. RecognitionCues.Instance.List("agency.addressee_pronouns").OrderByDescending(p => p.Length)];

    /// <summary>
    /// (phase 31) The words before a village without a pronoun or demonstrative that points at it ([agency.addressee_pronouns]:
    /// 由你村负责管护, 要求贵村…, 由该村负责): the pointer is part of the village's noun phrase, so what stands before it
    /// (由, 要求, 对) governs the village.
    /// </summary>
    private static string Bare(string before, Mention m)
    {
        if (m.Kind != ActorKind.Village)
        {
            return before;
        }
        // (phase 32) 督促辖区各村, 要求所辖村(社区): a word saying whose villages they are is part of their noun phrase too.
        if (VillageDeterminers.FirstOrDefault(d => before.EndsWith(d, StringComparison.Ordinal)) is { } determiner)
        {
            before = before[..^determiner.Length];
        }
        // (phase 36) 明确两个社区为…第一责任单位, 要求这3个村…: so is a count of them (2个, 这3个).
        before = WithoutCount(before);
        // (phase 36) 由古树所在村民委员会出具, 要求工程所在村承担, 由所在村委会送达: so are a thing's short name and a locating word
        // ([agency.locating]: 所在, 所属) before the village, or inside its word (所在村).
        if (LocatingLead(before, m) is { } lead)
        {
            before = lead;
        }
        return AddresseePronouns.FirstOrDefault(p => before.EndsWith(p, StringComparison.Ordinal)) is { } pronoun
            ? before[..^pronoun.Length]
            : before;
    }

    /// <summary>(phase 36) The words before a village without the count that ends them (明确2个 → 明确, 要求这3个 → 要求).</summary>
    private static string WithoutCount(string before)
    {
        if (!before.EndsWith('个'))
        {
            return before;
        }
        var i = before.Length - 1;
        while (i > 0 && char.IsAsciiDigit(before[i - 1]))
        {
            i--;
        }
        if (i == before.Length - 1)
        {
            return before;
        }
        return i > 0 && before[i - 1] is '这' or '那' ? before[..(i - 1)] : before[..i];
    }

    // (phase 36) The longest name of a thing before a locating word (文物建筑所在村, 古树所在村民委员会).
    private const int LocatedThingReach = 8;

    /// <summary>
    /// (phase 36) The words before the village up to the word that governs it, when a thing's short name and a locating word stand
    /// between (由|文物建筑|所在|村, 要求|工程|所在|村, 由|所在村委会): the governing word is an attribution or a passing-on verb
    /// ([attribution], [delegation]) right before the name; the name holds no mark, no 的 and is not 由于, 由此. Null otherwise.
    /// </summary>
    private static string? LocatingLead(string before, Mention village)
    {
        var trimmed = before.TrimEnd();
        string rest;
        if (Locating.FirstOrDefault(l => trimmed.EndsWith(l, StringComparison.Ordinal)) is { } locating)
        {
            rest = trimmed[..^locating.Length];
        }
        else if (Locating.Any(l => village.Text.StartsWith(l, StringComparison.Ordinal)))
        {
            rest = trimmed;
        }
        else
        {
            return null;
        }
        var cues = RecognitionCues.Instance;
        for (var p = rest.Length; p >= Math.Max(1, rest.Length - LocatedThingReach); p--)
        {
            var name = rest[p..];
            if (name.IndexOfAny(['的', ',', '，', '、', ':', '：', '"', ';', '；', '。']) >= 0)
            {
                return null;
            }
            var lead = rest[..p];
            if ((EndsWithAny(lead, cues.Attribution) || EndsWithAny(lead, cues.Delegation))
                && !(lead.EndsWith('由') && (name.StartsWith('于') || name.StartsWith('此') || (lead.Length > 1 && lead[^2] is '理' or '自' or '缘' or '经'))))
            {
                return lead;
            }
        }
        return null;
    }

    private static readonly string[] VillageDeterminers = [.. RecognitionCues.Instance.List("agency.village_determiners").OrderByDescending(d => d.Length)];

    /// <summary>
    /// (phase 31) Whether the words between an object village (对全村…) and a body continue one noun phrase: a short modifier
    /// with no mark (规模), a short modifier closed by 的 (范围内的), or a list join (、, 和, 及) after a body of the phrase. Not
    /// a longer relative clause (对擅自向村里下发报表的部门予以通报: the body is who did something to the village).
    /// </summary>
    private const int NounModifier = 3;

    private static bool ContinuesObject(string before)
    {
        var trimmed = before.Trim();
        return trimmed.Length == 0 || trimmed is "、" or "和" or "及" or "以及"
            || (trimmed.Length <= NounModifier && !trimmed.Contains('的') || trimmed.Length <= ShortModifier && trimmed.IndexOf('的') == trimmed.Length - 1) && trimmed.IndexOfAny([',', '，', ';', '；', ':', '：', '。']) < 0
                && !ContainsAny(trimmed, RecognitionCues.Instance.Delegation) && !ContainsAny(trimmed, RecognitionCues.Instance.Attribution);
    }
    private static readonly string[] SelfDoing = RecognitionCues.Instance.List("agency.self_doing");
    // A second village's own name may stand before its village word when jieba cuts it off (、桂花|村).
    private const int ListedNameReach = 4;

    /// <summary>
    /// (phase 26) Whether the words before a village continue a list ([agency.list_joins]: 、, 和, 及 …, then at most a few
    /// characters of the name jieba cut off: 、竹溪|村), with no mark or space between.
    /// </summary>
    private static bool ListedAfter(string before) =>
        ListJoins.FirstOrDefault(j => before.StartsWith(j, StringComparison.Ordinal)) is { } join && IsCutName(before[join.Length..]);

    /// <summary>
    /// (phase 26) Whether a place word ([agency.place_leads]: 在, 对 …) ends the words before the village, or stands right
    /// before the few characters of its own name jieba cut off a bare village word (在杏林|村).
    /// </summary>
    private static bool PlaceLed(string before, Mention village)
    {
        var trimmed = before.TrimEnd();
        if (EndsWithAny(trimmed, PlaceLeads))
        {
            return true;
        }
        var bare = village.Text is { Length: <= 2 } word && RecognitionCues.Instance.Village.Contains(word);
        return bare && Enumerable.Range(1, Math.Min(ListedNameReach, trimmed.Length))
            .Any(n => IsCutName(trimmed[^n..]) && EndsWithAny(trimmed[..^n], PlaceLeads));
    }

    private static bool IsCutName(string name) => name.Length <= ListedNameReach && name.All(c => c >= '\u4e00' && c <= '\u9fff');

    /// <summary>
    /// "对拒不拆除的 X", "向辖区内的 X": X is the object of 对/向, however long the words in between; and "对违法 X" with a
    /// short modifier and no 的.
    /// </summary>
    private static bool IsObjectPhrase(string before)
    {
        var trimmed = before.Trim();
        return (trimmed.EndsWith('的') || trimmed.Length <= ShortModifier)
            && (trimmed.StartsWith('对') || trimmed.StartsWith('向') || trimmed.StartsWith("针对", StringComparison.Ordinal));
    }

    /// <summary>
    /// "对临时摊点、建筑队、农家乐等经营户的应纳税款": X is listed inside an object phrase that 对/向/针对 opens and 的 closes
    /// before the phrase, however many things the list names.
    /// </summary>
    private static bool IsObjectListed(string before, string after)
    {
        var trimmed = before.Trim();
        // 乙方对本村辖区内企业、作坊的…: 对 may follow a subject that names no known body.
        return (trimmed.StartsWith('对') || trimmed.StartsWith('向') || trimmed.StartsWith("针对", StringComparison.Ordinal) || trimmed.EndsWith('对') || trimmed.EndsWith('向'))
            && after.Contains('的') && !after.Contains('，') && !after.Contains(',');
    }

    /// <summary>The end of the last condition ("…的," inside the clause, before the phrase), or -1.</summary>
    private static int LastCondition(string text, int clauseStart, int hitStart)
    {
        for (var i = hitStart - 2; i >= Math.Max(clauseStart, hitStart - ConditionReach); i--)
        {
            if (text[i] == '的' && text[i + 1] is ',' or '，')
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The mention right before "<issuing verb>的" ending just before the phrase (村(社区)开具的死亡证明), or null. (phase 36) Also
    /// right before the phrase when the phrase itself opens with "<issuing verb>的" (村委会收到县生态环境局下达的整改通知后, 对照县消防
    /// 救援大队下发的整改通知书): the notice named is the one that body issued, which the village received.
    /// </summary>
    private static Mention? Issuer(string text, IReadOnlyList<Mention> mentions, int hitStart, RecognitionCues cues)
    {
        foreach (var m in mentions.Reverse())
        {
            if (m.End > hitStart)
            {
                continue;
            }
            var between = text[m.End..hitStart].Trim();
            // (phase 36) 镇政府向各村作出的承诺: a body after 向/给/对 ([agency.hand_down_objects]) is whom it is issued to.
            return between.EndsWith('的') && between.Length <= 4 && cues.Issuing.Contains(between[..^1])
                || between.Length == 0 && IssuedAt(text, hitStart, cues) is not null
                    && !GivenTo(text, m.Start) ? m : null;
        }
        return null;
    }

    // 向沿河各村: at most these characters between 向 and the villages' word.
    private const int GivenToReach = 3;

    /// <summary>(phase 36) Whether 向/给/对 ([agency.hand_down_objects]) stands right before the name at <paramref name="start"/>,
    /// or a few characters before it with no mark between (向沿河各村): the one named is whom something is given to.</summary>
    private static bool GivenTo(string text, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 1 - GivenToReach; i--)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
            if (HandDownObjects.Any(o => i + 1 >= o.Length && string.CompareOrdinal(text, i + 1 - o.Length, o, 0, o.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ServedInstruments = RecognitionCues.Instance.List("agency.served_instruments");
    // 对照镇里下发的: at most these characters of the issuer's words are quoted before the verb.
    private const int IssuerWordsReach = 4;

    /// <summary>
    /// (phase 36) A notice or a decision the match names as issued — it opens with an issuing verb and 的 ([issuing]: 下达的, 下发的,
    /// 送达的) and ends with a served instrument (<see cref="ServedInstrument"/>) — whose issuer, right before the verb, is not a
    /// village (县生态环境局下达的整改通知, 镇里下发的整改通知书, 上级下发的…): the village received it; it serves nothing. A
    /// village right before the verb issued it (各村委会下达的停工通知), unless it is whom the notice was given to (向各村作出的);
    /// a village the clause gives the notice to by 由 carries it out (…作出的拆除决定由村委会执行). The issuer's words and the verb,
    /// or null.
    /// </summary>
    private static string? ReceivedNotice(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, RecognitionCues cues)
    {
        var text = reader.Text;
        if (IssuedAt(text, hitStart, cues) is not { } verb || !ServedInstrument(text.AsSpan(hitStart, hitEnd - hitStart)))
        {
            return null;
        }
        var mentions = reader.Mentions(clauseIndex);
        if (mentions.Any(m => m.Kind == ActorKind.Village && m.End <= hitStart && text.AsSpan(m.End, hitStart - m.End).Trim().Length == 0
                && !GivenTo(text, m.Start)))
        {
            return null;
        }
        // 县执法局作出的拆除决定由村委会执行: a village the clause gives the notice to by 由 carries it out.
        var clause = reader.Clauses[clauseIndex];
        if (Attributed(text, clause, mentions, hitStart, cues) is { Kind: ActorKind.Village })
        {
            return null;
        }
        return text[Math.Max(clause.Start, hitStart - IssuerWordsReach)..(hitStart + verb.Length + 1)];
    }

    /// <summary>(phase 36) Whether the matched words end with a notice or a decision served on someone ([agency.served_instruments]:
    /// 整改通知, 停工通知书, 处罚决定 …), not with a task (招商任务, 拆除任务).</summary>
    private static bool ServedInstrument(ReadOnlySpan<char> matched)
    {
        foreach (var instrument in ServedInstruments)
        {
            if (matched.EndsWith(instrument, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 36) The issuing verb ([issuing]) at <paramref name="at"/> when 的 follows it (下达的, 下发的), or null.</summary>
    private static string? IssuedAt(string text, int at, RecognitionCues cues)
    {
        foreach (var verb in cues.Issuing)
        {
            var end = at + verb.Length;
            if (end < text.Length && text[end] == '的' && string.CompareOrdinal(text, at, verb, 0, verb.Length) == 0)
            {
                return verb;
            }
        }
        return null;
    }

    /// <summary>"要求/督促/请 X": the words right before X hand it the act (请 inside 申请 does not).</summary>
    private static bool Delegates(string before, RecognitionCues cues)
    {
        var trimmed = before.TrimEnd();
        foreach (var cue in cues.Delegation)
        {
            if (trimmed.EndsWith(cue, StringComparison.Ordinal))
            {
                var at = trimmed.Length - cue.Length;
                return cue.Length > 1 || at == 0 || !Text.TextNormaliser.IsChinese(trimmed[at - 1]) || "并现特再务另".Contains(trimmed[at - 1]);
            }
        }
        return false;
    }

    // 不得以任何理由拒绝…, 不得推诿…: a refusal word after the negation means the act is required after all.
    // (phase 7) 不得以任何理由要求群众提交…: "on any ground" before a demand verb forbids the demand; it turns the negation
    // around only before a refusal or a leaving (不得以任何理由拒绝, 不得以任何理由离岗).
    internal static bool TurnedAround(string between, RecognitionCues cues) =>
        cues.DoubleNegation.Any(w => between.Contains(w, StringComparison.Ordinal) && !(w == AnyGround && DemandFollows(between, cues)))
        || ContainsAny(between, Contrast);

    private const string AnyGround = "任何理由";

    private static readonly string[] ForbiddenDemands = RecognitionCues.Instance.List("agency.forbidden_demands");

    /// <summary>
    /// (phase 23) 不得要求村(社区)核算满意率并上传照片: when the negation forbids a demand ([agency.forbidden_demands]: 要求, 让),
    /// 并 joins the acts demanded, so it stays inside the prohibition; it turns nothing round unless a modal after it demands
    /// on its own (不得要求…核算满意率，并须每日上传照片 has a clause of its own; 并须 in one clause too) or another turning word stands.
    /// </summary>
    private static bool JoinedInForbiddenDemand(string governed, RecognitionCues cues)
    {
        var join = governed.LastIndexOf('并');
        return join >= 0 && ForbiddenDemands.Any(d => governed.StartsWith(d, StringComparison.Ordinal))
            && !TurnedAround(governed.Replace('并', '、'), cues) && ModalBefore(governed, join + 1, governed.Length) is null;
    }

    private static bool DemandFollows(string between, RecognitionCues cues)
    {
        var rest = between[(between.IndexOf(AnyGround, StringComparison.Ordinal) + AnyGround.Length)..];
        return cues.Delegation.Concat(cues.HandedTo).Any(v => rest.StartsWith(v, StringComparison.Ordinal))
            && !cues.DoubleNegation.Any(w => w != AnyGround && rest.Contains(w, StringComparison.Ordinal));
    }

    private static readonly string[] Prohibitions = RecognitionCues.Instance.List("agency.doubling_prohibitions");
    private static readonly string[] Uncounted = RecognitionCues.Instance.List("negation_uncounted");
    private static readonly string[] FailureMarks = RecognitionCues.Instance.List("document_scope.failure_marks");
    private static readonly string[] NotFailures = RecognitionCues.Instance.List("agency.not_failures");

    /// <summary>
    /// (phase 36) Whether the sentence, before the word at <paramref name="at"/>, holds a case of failure closed by 的 (未按时上报
    /// 抽检结果的村，当月工作不计入…得分; 未上传照片的走访不计入考核得分): a mark of [document_scope.failure_marks] (not in a word of
    /// [agency.not_failures]: 未成年人) and a 的 after it. What is then not counted is the sanction, and the assessment stands.
    /// </summary>
    private static bool FailedCase(string text, int at)
    {
        var start = at > 0 ? text.LastIndexOfAny(['。', '\n', ';', '!', '?'], at - 1) + 1 : 0;
        for (var i = start; i < at; i++)
        {
            if (FailureMarks.Any(f => string.CompareOrdinal(text, i, f, 0, f.Length) == 0)
                && !NotFailures.Any(n => string.CompareOrdinal(text, i, n, 0, n.Length) == 0))
            {
                return text.IndexOf('的', i, at - i) >= 0;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 28) Whether the 不 at <paramref name="bu"/> is itself forbidden by a prohibition earlier in its clause
    /// ([agency.doubling_prohibitions]: 不得, 不能, 严禁 …; 不得以任何理由不开展…, 严禁无故不签到): not doing the act is
    /// forbidden, so the act is demanded. Only when no 的 closes a qualifier between them (不得对不配合的…: the 不 describes).
    /// </summary>
    private static bool DoublyProhibited(string text, int clauseStart, int bu)
    {
        var before = text[clauseStart..bu];
        foreach (var cue in Prohibitions)
        {
            var at = before.LastIndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && Doubles(before[(at + cue.Length)..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 28) Whether a prohibition's words up to the match hold a second 不 that negates (严禁无故不签到, 不得不…): the
    /// prohibition forbids not doing the act. Not a 不 of a word that negates nothing (不少于, 不定期) nor one a 的 closes.
    /// </summary>
    private static bool SecondNegation(string text, int from, int hitStart, RecognitionCues cues)
    {
        var bu = from < hitStart ? text.IndexOf('不', from, hitStart - from) : -1;
        return bu >= 0 && Prohibitions.Any(p => from >= p.Length && string.CompareOrdinal(text, from - p.Length, p, 0, p.Length) == 0)
            && !ClauseScope.NotNegating(text, bu, cues) && !text[bu..hitStart].Contains('的') && Doubles(text[from..bu]);
    }

    private const int DoublingReach = 8;

    /// <summary>(phase 28) The words between a prohibition and a second 不 only say how (以任何理由, 无故): short, no 的, no
    /// list join — 不能以考核代替服务、不搞排名 lists two prohibitions, it does not double one.</summary>
    private static bool Doubles(string between) =>
        between.Length <= DoublingReach && !between.Contains('的') && !between.Contains('、') && !between.Contains('和') && !between.Contains('或');

    /// <summary>
    /// (phase 28) A village mention between the match's terms (part of none) followed, after at most an adverb, by a modal
    /// of [agency.renewed_modals] (保费各村要…收缴, 台账各村须…上报): the subject of the act. The words, or null.
    /// </summary>
    private static string? SubjectInsideMatch(ClauseReader reader, int clauseIndex, (int Start, int End)[] chain)
    {
        if (chain.Length < 2)
        {
            return null;
        }
        foreach (var m in reader.Mentions(clauseIndex))
        {
            if (m.Kind != ActorKind.Village || m.Start < chain[0].End || m.End > chain[^1].Start || chain.Any(t => m.Start < t.End && t.Start < m.End))
            {
                continue;
            }
            var after = reader.Text[m.End..Math.Min(chain[^1].Start, m.End + 3)];
            if (ModalBefore(after, 0, after.Length) is { } modal && after.IndexOf(modal, StringComparison.Ordinal) <= 1)
            {
                return m.Text;
            }
        }
        return null;
    }

    private static readonly string[] Continuing = RecognitionCues.Instance.List("agency.continuing");

    /// <summary>
    /// (session 31 review) Whether the clause, before the match, keeps the act going ([agency.continuing]: 继续, 仍然, 照常 …):
    /// 各村不再代收水费。请继续按月代收污水处理费 — the second act is demanded anew, not under the first sentence's 不再.
    /// </summary>
    private static bool KeptGoing(string text, int clauseStart, int hitStart)
    {
        var lead = text.AsSpan(clauseStart, hitStart - clauseStart);
        foreach (var word in Continuing)
        {
            if (lead.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 28) Whether the clause opens, before the match, with a word of [agency.replacing] (改为, 改由 …).</summary>
    private static bool OpensWithReplacement(string text, int clauseStart, int hitStart)
    {
        var lead = text[clauseStart..hitStart].TrimStart(' ', ',', '，');
        return Replacing.Any(r => lead.StartsWith(r, StringComparison.Ordinal));
    }

    private static bool EndsWithAny(string text, string[] words)
    {
        var trimmed = text.TrimEnd();
        return words.Any(w => trimmed.EndsWith(w, StringComparison.Ordinal));
    }

    private static bool ContainsAny(string text, IEnumerable<string> words) =>
        words.Any(w => text.Contains(w, StringComparison.Ordinal));
}

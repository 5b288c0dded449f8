using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 8) The notice read as a document before its sentences, as a county approver reads it: to whom it is addressed
/// (主送: 各村(社区) — the villages — or 各部门/各乡镇/各单位 — other bodies — or no one), what kind of paper it is (a
/// department's own 简报, 专报, 讲话, 答复函, 政策解读, 公告, 告知, 说明, 反馈意见 — its genre, from the title's last word — or an
/// instruction), and which parts of it are not operative: a question (问：…吗？, 来函询问…是否), a finding reported (督查发现…,
/// 一、存在问题：…, …进行了抽查，发现…), a practice some bodies had (有的部门还是…让村里…). Computed once per notice; the
/// clause-level verdicts consult it, and every suppression names the document cue that decided it.
/// <para>What it never does: silence a demand the operative part puts on the villages. A match that names the village as
/// actor or target still fires in any genre, except where it stands in a question, a finding or a reported practice, or
/// where a report or announcement names one village by its name as the place of its own work in a sentence that asks
/// nothing (区征收中心在水井村完成入户调查). A notice addressed to the villages keeps the default reading throughout.</para>
/// </summary>
/// <remarks>
/// The cue families live in their own classes in this folder: <see cref="DocumentAddressee"/> (主送),
/// <see cref="DocumentGenre"/> (the kind of paper, a named village as a place), <see cref="NotOperativeParts"/> (questions,
/// findings, reported practices, prohibitions, operative sections), <see cref="DocumentScope"/> (考核对象, a table's lead
/// unit, the list's own papers) and <see cref="AddresseeTargeting"/> (what a notice to the villages runs on them).
/// </remarks>
internal sealed class DocumentReading
{
    public enum Addressee
    {
        None,
        Villages,
        Others,
    }

    private readonly List<(string Field, int Start, int End, string Cue)> notOperative = [];

    private DocumentReading()
    {
    }

    /// <summary>The genre word of a department's own paper (简报, 讲话, 答复函 …), or null for an instruction.</summary>
    public string? Genre { get; private set; }

    public Addressee Addressed { get; private set; }

    /// <summary>The addressee line as written (各部门、各乡镇), when there is one.</summary>
    public string? AddresseeLine { get; private set; }

    /// <summary>(phase 25) The parties of an agreement none of whose named parties is a village (甲方、乙方), or null.</summary>
    public string? PartiesOnlyOthers { get; private set; }

    /// <summary>(phase 28) The inside of an outside body that the title states (银行内部, 公司员工), or null.</summary>
    public string? InternalScope { get; private set; }

    /// <summary>(phase 29) A paper addressed to the issuer's own units or people, or stating its own inside: the cue, or null.</summary>
    public string? OwnPaper { get; private set; }

    /// <summary>The parts that are not operative, in source offsets of their field, with the cue that decided each.</summary>
    public IReadOnlyList<(string Field, int Start, int End, string Cue)> NotOperative => notOperative;

    public static DocumentReading Read(IReadOnlyList<FieldReading> readings)
    {
        var cues = RecognitionCues.Instance;
        var reading = new DocumentReading();
        var title = readings.FirstOrDefault(r => r.Field == TitleContext.Title);
        var description = readings.FirstOrDefault(r => r.Field == TitleContext.Description);
        if (title is not null)
        {
            reading.Genre = DocumentGenre.GenreOf(title.Text.Text, cues);
            NotOperativeParts.TitleQuestion(reading, title);
            NotOperativeParts.TitleWithdrawal(reading, title);
        }
        if (description is not null)
        {
            // (phase 29) The issuer's names (the title's opening organisation, a chat tag, the signature) read its own parts.
            var issuers = OwnParts.IssuerNames(title?.Text.Text, description.Text.Text);
            // (phase 32) 【…群】执法中队 张队：⏎… — a chat's poster line is no addressee; whom it speaks to follows.
            var addressed = OwnParts.AfterChatPoster(description.Text) is { } posted ? description.Text.Text[posted..] : description.Text.Text;
            (reading.Addressed, reading.AddresseeLine) = DocumentAddressee.AddresseeOf(addressed, cues, issuers);
            // (phase 32) 关于某站违规收费问题的通报: the problem a report or an answer names in its title.
            if (title is not null)
            {
                NotOperativeParts.TitleReportedProblem(reading, title, reading.Addressed);
            }
            reading.PartiesOnlyOthers = description.Reader.Parties.OthersOnly;
            // (phase 28) （银行内部）, …有限公司员工守则: an outside body's paper for its own inside.
            reading.InternalScope = reading.Addressed == Addressee.Villages || title is null ? null : InternalPaper.StatedScope(title.Text.Text);
            // (phase 29) 参赛对象：全行客户经理; 某某公司…执行手册: the issuer's own people stated, or an enterprise's own rules.
            if (reading.Addressed != Addressee.Villages)
            {
                // (phase 31) 某某物业公司关于…的内部纪要: a free body's own inside, stated after its name.
                // (phase 32) 某某勘测有限公司东片测量组群消息: a firm's own work group.
                reading.InternalScope ??= (title is null ? null : OwnPeople.StatedInside(title.Text.Text, issuers)) ?? OwnParts.StatedPeople(description.Text.Text, issuers)
                    ?? OwnPeople.OwnChat(title?.Text.Text, description.Text.Text)
                    ?? (title is null ? null : OwnParts.OwnRules(title.Text.Text) ?? StaffRules.Of(title.Text.Text, description.Text.Text));
                reading.OwnPaper = reading.Addressed == Addressee.Others && reading.AddresseeLine is { } own && DocumentAddressee.OwnLine(own, issuers, cues)
                    ? $"主送：{own}" : reading.InternalScope;
            }
            // (phase 26) A paper sent to other bodies may say whom it assesses in the sentence announcing its assessment
            // (县委办将对县直各部门精简会议的情况开展考评).
            // (phase 32) 序号|事项名称|牵头单位|检查对象 — a table's column of the objects checked names them row by row.
            reading.AssessedObject = DocumentScope.AssessedObjectOf(description.Text.Text, cues) ?? DocumentScope.AppliesTo(description.Text.Text, cues)
                ?? (reading.Addressed == Addressee.Others ? DocumentScope.AnnouncedObject(description.Text.Text) : null)
                ?? DocumentScope.TableObjects(description.Text.Text, cues);
            NotOperativeParts.Spans(reading, description, cues);
            // (phase 29) 该办法要求…, 此前…要求…。自4月1日起不再报送 — what a paper that ends a practice recounts of it.
            EndedPractices.Spans(reading, title, description);
            // (phase 31) 主要发现：…, 巡视发现的突出问题：…, 查实9件。其中：…, 受理下列问题：… — what a body reports it found.
            ReportedFindings.Spans(reading, description, cues);
            // (phase 31) 删除第十二条“…”, …的做法从下周起取消了, 对…考核作如下调整: what a paper deletes, ends or announces it changes.
            ChangedDemands.Spans(reading, description);
            // (phase 34) 关于停止执行…要求的通知: wherever the body restates the demand the paper withdraws, it lifts it.
            WithdrawalPapers.Spans(reading, title, description);
            // (phase 32) 工程用地征收由区人民政府依法组织实施: the body the description gives the title's work to.
            reading.Implementer = PaperWork.Implementer(title?.Text.Text, description);
        }
        // (phase 19) 关于“由村委会监管农村宴席”代表建议的答复 — a matter raised, quoted, in a paper that refuses it.
        if (title is not null)
        {
            NotOperativeParts.TitleQuotedMatter(reading, title, description?.Text.Text ?? string.Empty);
        }
        // (phase 14) A reply, an upward report or summary, minutes: a paper that is not a task for the villages.
        if (title is not null)
        {
            reading.NotTask = PaperDirection.KindOf(title.Text.Text, reading.Addressed);
            // (phase 29) A review, a media piece, an experience paper, minutes: told, not tasked.
            reading.Telling = description is null || TellingPapers.UrgesCopying(description, cues) ? null
                : TellingPapers.KindOf(title.Text.Text, description.Text.Text, reading.Addressed, reading.AddresseeLine);
            // (phase 33) 某县2025年…情况报告 signed in 2026, 某镇2026年上半年…工作总结: the period the paper accounts for, when over.
            reading.Period = description is null ? null : ReportedPeriod.Of(title.Text.Text, description.Text.Text, reading.Telling);
            // (phase 30) 某某中心小学…会议纪要: the record of an institution's own meeting.
            reading.MeetingBody = TellingPapers.MeetingBody(title.Text.Text, reading.Telling)
                // (phase 32) 某某养蜂协会会员大会纪要: a body's own members' meeting.
                ?? (reading.Addressed == Addressee.Villages ? null : TellingPapers.MembersMeeting(title.Text.Text));
        }
        // (phase 26b) 白沙街道办事处向各社区作出的便民承诺书: a body's pledge to the villages.
        reading.PledgeMaker = title is null ? null : PledgesMade.Maker(title.Text.Text, cues);
        // (phase 24) 桂花村委会关于…的回复函 to a bank, a school or an applicant: the village's own answer sent out of it.
        reading.VillageLetter = VillageLetters.Of(title, description, reading.Addressed, cues);
        // (phase 11) 红岩村积分制管理办法（经村民代表会议通过）: the village's own paper — only when no office issues it and it
        // is not sent to the villages.
        // (phase 17) An issuer that is the village's own meeting or committee (经村民代表会议讨论通过, 村务监督委员会审核,
        // read as the body speaking) is the village itself.
        // (phase 31) 村民朋友们： — villagers addressed as persons are the village's own people, not the villages addressed.
        if ((reading.Addressed != Addressee.Villages || description is not null && OwnPeople.VillagersAddressed(description.Text.Text) is not null)
            && OwnWork.Issuer(readings) is var issuer && (issuer is null || DocumentScope.IsOwnOrgan(issuer)))
        {
            reading.VillageOwn = DocumentScope.VillageOwnPaper(title, description);
            // (phase 17) 太平村广场舞擂台赛活动方案: 村委会定于… — one village's own paper to its own people.
            reading.OwnVillage = DocumentScope.OwnVillagePaper(title, description);
            // (phase 24) 一事一议, 四议两公开 named in the village's own paper: it decides its own project.
            reading.OwnProcedure = DocumentScope.OwnProcedure(title, description, reading.VillageOwn);
            // (phase 25) 桃溪村三季度收支公开表: a paper whose title opens with one village's name, read as the village's
            // own by its payer's withholding and its own lease below.
            reading.OwnName = reading.VillageOwn ?? reading.OwnVillage
                ?? (title is not null && DocumentScope.OneVillageNamed(title.Text.Text) is { } name ? title.Text.Text[..name] : null);
        }
        // 在全县村(社区)党组织书记会议上的讲话: a speech to the villages' own cadres speaks to them.
        // (phase 9) Only a speech: a 一图读懂 or 说明 of 村级组织工作事务清单 is about the villages, not spoken to them.
        if (reading.Addressed == Addressee.None && reading.Genre is { } spoken && DocumentGenre.Speeches.Contains(spoken) && title is not null
            && DocumentAddressee.NamesVillageWord(title.Text.Text, cues))
        {
            reading.Addressed = Addressee.Villages;
        }
        // (phase 9) A speech that hands work to the villages (今年每个村都分了指标…指标表会后发到各村) is spoken to their
        // cadres: a township's speech at its village cadres' meeting is not the township's own paper.
        if (reading.Addressed == Addressee.None && reading.Genre is { } speech && DocumentGenre.Speeches.Contains(speech) && description is not null
            && title is not null && TownshipSpeaking(title.Text.Text) && SpeaksToVillages(description))
        {
            reading.Addressed = Addressee.Villages;
            reading.AddresseeLine = speech;
        }
        return reading;
    }

    /// <summary>
    /// 白水镇经济工作会议讲话 — a township (镇, 乡, 街道) speaks, not one of its or the county's departments (…局局长…讲话,
    /// whose audience is its own staff and whose 每个村 is where its staff work).
    /// </summary>
    private static bool TownshipSpeaking(string title) =>
        (title.Contains('镇') || title.Contains('乡') || title.Contains("街道", StringComparison.Ordinal))
        && !title.Contains('局') && !title.Contains('委') && !title.Contains('办') && !title.Contains("中心", StringComparison.Ordinal);

    /// <summary>Whether a sentence of the speech names villages (each sentence read once, from its first clause).</summary>
    private static bool SpeaksToVillages(FieldReading description)
    {
        var sentence = -1;
        foreach (var clause in description.Clauses)
        {
            if (clause.Sentence == sentence)
            {
                continue;
            }
            sentence = clause.Sentence;
            var (start, _) = description.Text.ToSource(clause.Start, clause.End);
            if (DocumentText.SentenceNamesVillages(description, start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Applies the reading to the firing matches of prohibited work and rule families: a match in a part that is not
    /// operative does not fire; a match that fires only because it names no one falls on the addressee (other bodies) or,
    /// in a department's own paper not addressed to the villages, on its issuer; a report's or announcement's named village
    /// in a sentence that asks nothing is a place. Returns the reading it made (it depends on the fields alone, not on the
    /// matches), or null when no match needed one, so that a later reader of the whole paper need not make it again.
    /// </summary>
    public static DocumentReading? Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        RestoreRefusedReliefs(hits, readings);
        BoardRemoval.RestorePutUp(hits, readings);
        if (!hits.Any(Judged) && !hits.Any(AddresseeTargeting.RunOnAddressees) && !hits.Any(AddresseeTargeting.GivenOn) && !hits.Any(TitlePledgeGivenAway))
        {
            return null;
        }
        var document = Read(readings);
        // (phase 9, recall) A row, line or item whose responsible unit is a village: the match is the village's.
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Spans.Count == 0 || hit.Entry.Target is not (RecogniserTarget.ProhibitedWork or RecogniserTarget.RuleFamily)
                || hit.Verdict.Reason is not (VerdictReason.OtherActor or VerdictReason.NoOtherActor)
                || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || document.NotOperativeAt(hit.Field, hit.Spans[0].Start) is not null
                || ResponsibleVillages.Of(field, hit.Spans[0].Start, RecognitionCues.Instance,
                    lineLead: hit.Verdict.Reason == VerdictReason.NoOtherActor || ResponsibleVillages.IsRole(hit.Verdict.Cue)) is not { } village)
            {
                continue;
            }
            hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, village) };
        }
        // (phase 13) 截图汇总由镇农办保存备查, 镇办每晚统计发照片数量: the body that counts, collects or keeps the photos and
        // check-ins receives them; the villages the sentence names make them.
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Spans.Count > 0 && readings.FirstOrDefault(r => r.Field == hit.Field) is { } field
                && document.NotOperativeAt(hit.Field, hit.Spans[0].Start) is null
                && AddresseeTargeting.Receiver(field, hit) is { } receiver)
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, receiver) };
            }
        }
        if (document.Addressed == Addressee.Villages)
        {
            AddresseeTargeting.TargetAddressees(hits, readings, document, OwnWork.Issuer(readings));
        }
        var issuer = OwnWork.Issuer(readings);
        var titleAssessed = document.AssessedObject is null && document.Addressed != Addressee.Villages ? TitleAssessedBody(hits) : null;
        var addresseeRanked = titleAssessed is null && document.AssessedObject is null && document.Addressed != Addressee.Villages
            ? AddresseeRanked(readings, hits) : null;
        // (phase 24) A paper that reports, answers or records, not one sent to the villages as their task.
        var told = document.Addressed != Addressee.Villages && readings.FirstOrDefault(r => r.Field == TitleContext.Title) is { } heading
            ? PaperStance.Kind(heading.Text.Text, document) : null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (!Judged(hit) || hit.Spans.Count == 0)
            {
                continue;
            }
            var span = hit.Spans[0];
            // The reading of the hit's own field (title or description), which the rules below read.
            var reading = readings.FirstOrDefault(r => r.Field == hit.Field);
            if (document.NotOperativeAt(hit.Field, span.Start) is { } cue)
            {
                // (phase 9) …更正为“责任单位：太平村、长岭村” — the corrected item is given to the villages.
                if (reading is not null && ResponsibleVillages.Corrected(reading, span.Start, cue, RecognitionCues.Instance) is { } given)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, given) };
                    continue;
                }
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, cue) };
                continue;
            }
            // (phase 31) 此前已代收…的费用…结清, 已收取的费用…全部退还: a past act named to settle or return it after the paper ends it;
            // 有的病区…收取罚款… followed by …一律不得…罚款: what some units did, told to forbid it.
            // (phase 33) 已收存的保证书退回各村, 已公开的排位信息从电子屏撤下: a thing done before, returned or taken down.
            if (reading is not null && (ChangedDemands.WoundDown(reading, hit, hits,
                        h => document.NotOperativeAt(h.Field, h.Spans[0].Start) is { } ended && ended.StartsWith(WithdrawalPapers.Ended, StringComparison.Ordinal) ? ended : null)
                    ?? ChangedDemands.Undone(reading, hit)
                    ?? ChangedDemands.RecountedThenForbidden(reading, hit, hits)
                    ?? ChangedDemands.PointedBack(reading, hit, hits)) is { } wound)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, wound) };
                continue;
            }
            // (phase 36) 研究村级残疾人服务阵地建设有关事项: the matter a meeting studies is its topic.
            if (reading is not null && StudiedTopics.Of(reading, hit) is { } topic)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, topic) };
                continue;
            }
            // (phase 23) 要求村（社区）签订责任书的，每次扣0.5分 — a case an assessment punishes forbids the practice it names.
            if (reading is not null && DocumentScope.PenalisedCase(reading, hit) is { } penalised)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, penalised) };
                continue;
            }
            // (phase 14) 我局不同意由村(社区)代征税款 in a 复函; 曾要求各村悬挂…牌子，已于1月全部摘除 in a 自查报告: in a paper
            // that is not a task for the villages, a sentence framed as description, report, refusal or withdrawal that
            // tells the villages to do nothing does not demand. 请各村…, 各村要…, 由各村负责… still do, in any genre.
            if (document.NotTask is { } paper && reading is not null && hit.Field == TitleContext.Description
                && PaperDirection.Described(reading, span.Start, document.Addressed == Addressee.Villages, RecognitionCues.Instance) is { } framing)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{paper}：{framing}") };
                continue;
            }
            // (phase 29) In a paper that tells rather than tasks, a sentence that asks the villages nothing from now on in the
            // paper's own voice tells what was done or demanded (TellingPapers).
            if (document.Telling is { } telling && reading is not null && hit.Field == TitleContext.Description
                && TellingPapers.Told(reading, span.Start, telling, issuer ?? readings.FirstOrDefault(r => r.Field == TitleContext.Title)?.Text.Text, RecognitionCues.Instance, document.Period) is { } toldKind)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, toldKind) };
                continue;
            }
            // (phase 30) In the record of an institution's own meeting, a rating or check-in no village is named in decides
            // the body's own work (TellingPapers.OwnDecision).
            if (document.MeetingBody is { } meetingBody && reading is not null && hit.Field == TitleContext.Description
                && hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.AppCheckIn or LexiconFamilies.Demonstration or LexiconFamilies.PledgeOrVeto
                && hit.Verdict.Reason == VerdictReason.NoOtherActor
                && TellingPapers.OwnDecision(reading, span.Start, meetingBody, RecognitionCues.Instance) is { } decided)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, decided) };
                continue;
            }
            // (phase 24) …要求村委会代收税费，不属于村委会的职责 in a 纪要; …要求各村每天发照片，违反减负规定 in a 通报: in
            // such a paper, a demand the same sentence judges is told to be judged, not made.
            if (told is not null && reading is not null && hit.Field == TitleContext.Description
                && JudgedDemands.Verdict(reading, span.Start, RecognitionCues.Instance, [.. hit.Spans.Select(x => TextNormaliser.Normalise(reading.Text.Source.Substring(x.Start, x.Length)).Text)]) is { } verdict)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{told}：{verdict}") };
                continue;
            }
            // (phase 26b) In a body's pledge to the villages, the pledge's words that name no village acting are the body's
            // (本承诺由分管副主任签名后张贴); a sentence that has the villages act (各村签字…) or hand it back (…后交回) keeps its
            // reading.
            if (document.PledgeMaker is { } maker && reading is not null && hit.Entry.Family == LexiconFamilies.PledgeOrVeto
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageTargeted
                && !PledgesMade.HandedBack(reading, span.Start))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, maker) };
                continue;
            }
            // (phase 24) In the village's own letter sent out of it, what it declines, explains or reports — a paper asked of
            // 我村, 社区不予开具 — is its answer to whoever asked, title and text alike. A higher level's demand it does not
            // refuse, a clause handing work to a village, a consent keep their reading.
            // (phase 25) Also its minutes that refuse something and its ledger of demands received, and work told as handed to
            // the village (a ledger's 要求方式 cell: 村下达…).
            if (document.VillageLetter is { } letter && reading is not null
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageActs or VerdictReason.VillageTargeted
                    or VerdictReason.HandedToVillage
                && !VillageLetters.Keeps(reading, span.Start, hit.MatchedText, letter.Refuses, RecognitionCues.Instance))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, letter.Cue) };
                continue;
            }
            // (phase 11) 红岩村积分制管理办法（经村民代表会议通过）, 村民会议决议, 村务公开栏: the village decides its own affairs;
            // what it asks of itself or its villagers is no department's work put on it. A sentence in which another body
            // demands something (镇里要求各村…) keeps its reading.
            // (session 17 review) Only the rule families — contests and ratings, check-ins, campaigns, its own boards, its
            // own commitments to its villagers: prohibited work and banned certificates keep their reading in any paper, so
            // 经村民代表会议讨论 or a meeting's 纪要 cannot carry 代征税款 or 招商引资 past the check (a village's own lease of
            // its old school, 由村两委负责招商对接, is then blocked too: protective first, an approver decides).
            if (document.VillageOwn is { } ownPaper && reading is not null
                && hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.AppCheckIn or LexiconFamilies.Demonstration
                    or LexiconFamilies.Signboard or LexiconFamilies.PledgeOrVeto
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageActs or VerdictReason.VillageTargeted
                && !DocumentScope.OutsideBodyDemands(reading, span.Start))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, ownPaper) };
                continue;
            }
            // (phase 24) 渠道修复经村民代表会表决按“一事一议”办，总投资3万元: the village deciding its own public works or
            // collective project by its own procedure spends or raises its own money — no investment target or levy put on it.
            // Only the sum it spends or raises (DocumentScope.OwnSpending); other prohibited work keeps its reading in the
            // village's own paper (session 17), and a sentence in which another body demands keeps its reading too.
            if (document.OwnProcedure is { } procedure && reading is not null
                && hit.Entry.Target == RecogniserTarget.ProhibitedWork
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageActs
                && (DocumentScope.OwnSpending(reading, span.Start, hit.MatchedText)
                    || OwnPeople.OwnLevyHandled(readings.FirstOrDefault(r => r.Field == TitleContext.Title)?.Text.Text, reading, span.Start) is not null)
                && !DocumentScope.OutsideBodyDemands(reading, span.Start))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, procedure) };
                continue;
            }
            // (phase 25) In the village's own paper, the withholding it does as payer (保洁员工资…代扣代缴个税), the
            // letting of what its collective owns (村集体的旧粮站招租) and its oversight of the provider it commissioned
            // (督促运营方整改) are its own acts as payer, owner and client. A sentence in which another body demands keeps its
            // reading.
            if (document.OwnName is { } ownName && reading is not null
                && hit.Entry.Target == RecogniserTarget.ProhibitedWork
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageActs
                && (DocumentScope.PayersWithholding(reading, span.Start, hit.MatchedText) ?? DocumentScope.OwnLease(reading, span.Start, hit.MatchedText)
                    ?? DocumentScope.OwnProvider(reading, hit.MatchedText) ?? DocumentScope.OwnPeoplesCharge(reading, span.Start, hit.MatchedText)
                    ?? OwnServicePrices.Of(reading, span.Start)) is { } ownAct
                && !DocumentScope.OutsideBodyDemands(reading, span.Start))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{ownName}：{ownAct}") };
                continue;
            }
            // (phase 17) One village's own paper to its own people: a contest, a rating or a sign-up it runs among them is
            // its self-government. Prohibited work, pledges and signboards keep their reading in any paper.
            if (document.OwnVillage is { } ownVillage && reading is not null
                && hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.AppCheckIn or LexiconFamilies.Demonstration
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageActs or VerdictReason.VillageTargeted
                && !DocumentScope.OutsideBodyDemands(reading, span.Start))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, ownVillage) };
                continue;
            }
            // (phase 10) 除党组织、村委会等法定牌子外，其余牌子…全部摘除 — what is excepted from a removal is kept, not demanded.
            // (phase 20) 只保留村党组织、村委会…的牌子, 共摘除各类牌子86块, 已制作的标牌无需悬挂 — a board kept, taken down or
            // not to be hung puts no board up.
            // (phase 36) 县文旅局对3个名村的古井统一挂牌保护: a plate on a thing a body manages is that body's label.
            if (reading is not null && (BoardRemoval.ExceptedFromRemoval(reading, hit) ?? BoardRemoval.TakenDown(reading, hit) ?? LabelledThings.Of(reading, hit)) is { } except)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, except) };
                continue;
            }
            // (phase 10) 考核合格的颁发救护员证 — a test whose pass earns a person a certificate examines trainees, not the
            // village; 发现后拍照报镇生态办 — a photo sent to report what was found is a report, not proof of presence.
            if (reading is not null
                && (hit.Entry.Family == LexiconFamilies.Assessment ? DocumentScope.PersonalExam(reading, hit) ?? DocumentScope.ContractorAssessed(reading, hit) ?? PersonalStanding.Of(reading, hit)
                        ?? DocumentScope.StaffAssessed(reading, hit) ?? PersonalStanding.PaidAssessment(reading, hit)
                        // (phase 33) 相关情况统一纳入乡镇对村年度综合考评: the villages' one yearly assessment, the lawful channel.
                        ?? YearlyAssessment.Of(reading, hit, readings.FirstOrDefault(r => r.Field == TitleContext.Title),
                            readings.FirstOrDefault(r => r.Field == TitleContext.Description))
                    : hit.Entry.Family == LexiconFamilies.AppCheckIn ? DocumentScope.IncidentReport(reading, hit) ?? LocatedThing.Of(reading, hit) ?? LocatedThing.Site(reading, hit) ?? InstalledThing.Of(reading, hit)
                        ?? OwnCheckIns.Rewarded(reading, hit) : null) is { } personal)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, personal) };
                continue;
            }
            // (phase 18) 各村对镇直站所打分, 按站所排名, 排名靠后的站所: the villages rate another body, or a ranking names the
            // bodies it ranks — no village is assessed.
            // (phase 26) So for a campaign's rating too (对全县的星级宾馆开展复评): whom it rates decides, as for an assessment.
            if (reading is not null && hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.Demonstration
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageActs or VerdictReason.VillageTargeted
                && (DocumentScope.RatedBody(reading, hit)
                    ?? DocumentScope.PartyCadre(reading, hit, readings.FirstOrDefault(r => r.Field == TitleContext.Title)?.Text.Text ?? string.Empty, document.AddresseeLine)) is { } rated)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, rated) };
                continue;
            }
            // (phase 9) 出具上述证明 after 出具林地承包经营情况证明: the allowed certificate named before.
            if (CertificateReference.ReferredTo(hit, hits, RecognitionCues.Instance) is { } referred)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, referred) };
                continue;
            }
            // (phase 9) 由区…执法大队负责, 由镇里督促…, …是县投促局的职责: the sentence gives the work to another body.
            // A sentence that hands the work down after it (…由镇征收工作组负责，任务分解到各村) keeps the village the clause
            // reading found (DutyAttribution looks at the later clauses).
            if (reading is not null
                && DutyAttribution.Body(reading, span.Start, RecognitionCues.Instance, hit.Entry.Target == RecogniserTarget.ProhibitedCertificate,
                    received: hit.Entry.Family == LexiconFamilies.AppCheckIn) is { } body)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, body) };
                continue;
            }
            // 只出具清单内的证明事项: the papers on the allowed list, named as such.
            // (phase 25) 村里都依照清单开具证明: the list word may also stand right before the issuing verb (DocumentScope.ListedBefore).
            if (hit.Entry.Target == RecogniserTarget.ProhibitedCertificate
                && (DocumentScope.ListedPapers.FirstOrDefault(l => hit.MatchedText.Contains(l, StringComparison.Ordinal))
                    ?? (reading is null ? null : DocumentScope.ListedBefore(reading, span.Start))) is { } listed)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, listed) };
                continue;
            }
            // (phase 11) 我市已公布社区可出具证明事项清单 — a certificate demand that runs into 事项清单/清单 names the list of
            // what the village may issue, not a demand on it.
            if (hit.Entry.Target == RecogniserTarget.ProhibitedCertificate && reading is not null && ListNamed(reading, hit) is { } list)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, list) };
                continue;
            }
            // (phase 26) 现将…的办法说明如下 — a 说明 followed by 如下 is the paper's own explanation opening, no paper issued.
            if (hit.Entry.Target == RecogniserTarget.ProhibitedCertificate && reading is not null && OwnExplanation(reading, hit))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, "说明如下") };
                continue;
            }
            // (phase 23) 让群众知道村委会能开具哪些证明 — papers asked about are not demanded.
            if (hit.Entry.Target == RecogniserTarget.ProhibitedCertificate && AskedPapers(hit.MatchedText) is { } asked)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, asked) };
                continue;
            }
            // (phase 24) 各村收到居民开具清单以外证明的申请后，应向其讲清楚… — the paper a person applies for is their request; the
            // village is told how to answer it.
            // (phase 26) So is the paper some people came to the village to ask for (几位村民到村委会求开…证明).
            // (phase 29) 以往开具证明的存根 — a past act named for the records it left.
            if (reading is not null && hit.Entry.Target is RecogniserTarget.ProhibitedCertificate or RecogniserTarget.ProhibitedWork
                && RecordedActs.Of(reading, hit) is { } recorded)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, recorded) };
                continue;
            }
            // (phase 33) …证明，作为林木补偿的依据: the use a paper is put to is not work put on the one who provides it.
            if (reading is not null && StatedUse.Of(reading, hit) is { } use)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, use) };
                continue;
            }
            if (hit.Entry.Target == RecogniserTarget.ProhibitedCertificate && reading is not null && AppliedFor(reading, hit) is { } applied)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, applied) };
                continue;
            }
            // 考核对象：镇机关全体在编在岗干部 — the document says whom its assessment assesses, and it is not the village.
            // (phase 10) …按村逐一评分，并在全区通报各村得分排名 — a paper assessing the towns that scores the villages in a
            // sentence naming them ranks the villages too: the stated object does not cover that sentence.
            if (document.AssessedObject is { } assessed && hit.Entry.Family == LexiconFamilies.Assessment
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageTargeted or VerdictReason.VillageActs
                && !(reading is not null && (DocumentScope.VillagesScored(reading, span.Start) is not null || VillagesAssessedBefore(reading, span.Start))))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"考核对象：{assessed}") };
                continue;
            }
            // (phase 14) 关于2026年度区直部门…考核结果的通报, 区级部门政务服务满意度排名 — a paper not sent to the villages
            // whose title gives its assessment to other bodies reports their assessment: a match of the description that
            // names no one, or names a village only in another clause (…因多次要求村(社区)填报重复报表，排名后两位), is theirs.
            // A clause that names the villages (对各村进行考核) or scores them one by one keeps its reading.
            if (titleAssessed is { } named && hit.Entry.Family == LexiconFamilies.Assessment && reading is not null
                && (hit.Verdict.Reason == VerdictReason.NoOtherActor
                    || hit.Verdict.Reason is VerdictReason.VillageTargeted or VerdictReason.VillageActs && !ClauseNamesVillage(reading, span.Start))
                && DocumentScope.VillagesScored(reading, span.Start) is null)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"考核对象：{named}") };
                continue;
            }
            // (phase 15) 关于公布全区A级旅游景区服务质量排名的通知 sent to 各A级旅游景区、各有关镇: the title ranks the bodies the
            // paper is sent to. Its rankings are theirs, the villages' only where a clause ranks the villages themselves (对各村
            // 考核, 各村…排名, 考核各村) or scores them one by one; 将考评结果转告辖区村（社区） passes the result on to them.
            if (addresseeRanked is { } ranked && hit.Entry.Family == LexiconFamilies.Assessment && reading is not null
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageTargeted or VerdictReason.VillageActs
                && !VillagesRanked(reading, hit, ranked) && DocumentScope.VillagesScored(reading, span.Start) is null)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"考核对象：{ranked}") };
                continue;
            }
            // (phase 33) | 招商引资 | 县投促局 | 各镇，每村引进项目不少于1个 |: a cell whose clause opens with the village as its
            // subject gives that act to the village, whatever the lead column names.
            if (reading is not null && hit.Verdict.Reason != VerdictReason.VillageActs
                && DocumentScope.CellVillage(reading, span.Start, RecognitionCues.Instance) is { } cellVillage)
            {
                hits[i] = hit = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, cellVillage) };
            }
            // 序号|工作任务|牵头单位… — a table row gives its task to the unit in the lead column.
            // (phase 28) Not a ranking whose row scores or ranks the villages one by one (每周对各村排名): the lead unit is
            // the one who ranks, the villages the ones ranked.
            if (reading is not null && !(hit.Entry.Family == LexiconFamilies.Assessment && DocumentScope.VillagesScored(reading, span.Start) is not null)
                && DocumentScope.LeadUnit(reading, span.Start, RecognitionCues.Instance) is { } lead)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, lead) };
                continue;
            }
            // (phase 30) In a paper whose addressee line names only the issuer's own units: a sentence whose every village is the
            // bare name of one of them (各网格 on a firm's line: its marketing grid) names no village; a line that opens with one of
            // them as its subject (各所为本次检查的主体…) and names no village gives them its work.
            if (document.OwnPaper is { } ownUnits && document.AddresseeLine is { } ownLine && ownUnits == $"主送：{ownLine}" && reading is not null
                && (hit.Verdict.Reason is VerdictReason.VillageTargeted or VerdictReason.VillageActs ? OwnParts.OwnUnitsOnly(reading, span.Start, ownLine)
                    : hit.Verdict.Reason == VerdictReason.NoOtherActor ? OwnParts.OwnUnitSubject(reading, span.Start, ownLine) : null) is { } unit)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{ownUnits}（{unit}）") };
                continue;
            }
            // (phase 29) In the issuer's own paper, a sentence whose every village is only where its people work (到结对社区),
            // the recipient of a report or the qualifier of its own post (社区金融专员) puts no work on the village.
            if (document.OwnPaper is { } issuersOwn && reading is not null
                && (hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.AppCheckIn || hit.Entry.Target == RecogniserTarget.ProhibitedWork)
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageTargeted or VerdictReason.VillageActs
                && OwnParts.VillageOnlyPlace(reading, span.Start, RecognitionCues.Instance) is { } ownPlace)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{issuersOwn}：{ownPlace}") };
                continue;
            }
            if (document.Addressed == Addressee.Villages)
            {
                continue;
            }
            if (hit.Verdict.Reason == VerdictReason.NoOtherActor)
            {
                // The villages named in the match's sentence (对全区各村得分排序, 该材料由…村(社区)签字盖章), or a section
                // that says what is to be done (【工作安排】): the reading of the sentence stands.
                // (phase 15) So does a sentence that goes on from one telling the villages to act (请各社区对…老人每周上门探访一次。
                // 探访时须…合影上传): in a paper to the townships or sub-districts, what the next sentence gives to no one is the
                // villages' still.
                // (phase 32) In a paper to the issuer's own units or people, a section of what is to be done (提示如下：, 工作要求：)
                // instructs them: what it asks of no one in a sentence naming no village is theirs.
                if (reading is not null && (DocumentText.SentenceNamesVillages(reading, span.Start)
                    || document.InOperativeSection(hit.Field, span.Start) && document.OwnPaper is null
                    || PaperDirection.ContinuesDirected(reading, span.Start, RecognitionCues.Instance)))
                {
                    continue;
                }
                // (phase 28) A check-in recording a round the paper gives to the villages' own people (由村（社区）组织村干部…
                // 上门) is theirs, whichever body the paper is sent to (<see cref="VillagePerformers"/>).
                if (document.Addressed == Addressee.Others && hit.Entry.Family == LexiconFamilies.AppCheckIn && reading is not null
                    && (VillagePerformers.Before(reading, span.Start, RecognitionCues.Instance) ?? VillagePerformers.HeldByVillage(reading, span.Start)) is { } performer)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageTargeted, performer) };
                    continue;
                }
                if (document.Addressed == Addressee.Others)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"主送：{document.AddresseeLine}") };
                }
                // (phase 28) An outside body's paper for its own inside (（银行内部）, 公司员工…规定): what it asks of no one it
                // asks of its own staff.
                else if (document.InternalScope is { } inside)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, inside) };
                }
                // (phase 25) An agreement between a department and its provider binds them: what it says without naming
                // the villages (按考核结果付款, 软件没有定位打卡) is the parties' matter.
                else if (document.PartiesOnlyOthers is { } parties)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, parties) };
                }
                // (phase 32) A paper sent to no one that gives its work to a body (实施主体：…征收由区人民政府依法组织实施): the
                // steps it lists with no doer (签订补偿协议、支付补偿款) are that body's.
                else if (document.Implementer is { } implementer && hit.Field == TitleContext.Description
                    && hit.Entry.Target == RecogniserTarget.ProhibitedWork && PaperWork.DoesItself(implementer))
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, implementer.Body) };
                }
                // (phase 29) 现将考评排名予以公示：东岭村95分，第一名 — a published ranking of the villages it names.
                else if (document.Genre is { } published && PublishedRankings.Contains(published) && hit.Entry.Family == LexiconFamilies.Assessment
                    && reading is not null && TellingPapers.SentenceNamesAnyVillage(reading, span.Start))
                {
                }
                else if (document.Genre is { } genre)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, issuer is null ? genre : $"{issuer}{genre}") };
                }
                continue;
            }
            if (document.Genre is { } own && DocumentGenre.ReportGenres.Contains(own) && hit.Verdict.Reason is VerdictReason.VillageActs or VerdictReason.VillageTargeted
                && reading is not null && DocumentGenre.PlaceOnly(reading, span.Start) is { } place)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{own}：{place}") };
            }
        }
        if (document.NotTask is { } notTask)
        {
            QuietFramedTitle(hits, readings, notTask);
        }
        QuietRegulatedTitle(hits, readings);
        QuietPostTitle(hits, readings);

        // (phase 32) 关于开展…安全检查的通知 over 检查由镇应急办…联合实施; a task table's title over rows given to bureaus.
        PaperWork.GiveTitles(hits, readings, document);
        BoundVillagesPledge(hits, readings, document);
        return document;
    }

    /// <summary>
    /// (phase 20) 村级组织机制牌子清理情况表, 关于撤除社区门口重复标牌的情况报告: a title that names its boards as what is cleaned
    /// up or regulated (<see cref="TitleContext.Regulating"/>) is about the clean-up. The title context judged it before the
    /// document reading; once the description's boards are read and none of them is put up, the title's board puts none up
    /// either. A description that names no board, or demands one, leaves the title's reading as it was.
    /// (phase 25) So for every kind of match, not boards only: 关于规范村干部考核工作的通知 over a description whose ratings
    /// are all forbidden or another body's, 关于规范村里开证明的通知 over one whose certificates are all refused, complained of
    /// or issued by others. The title's match is compared with the description's of the same target and family.
    /// </summary>
    private static void QuietRegulatedTitle(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Title) is not { } title)
        {
            return;
        }
        var text = title.Text.Text;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit is { Field: TitleContext.Title, Verdict.Fires: true }
                && hits.Any(h => h.Field == TitleContext.Description && SameKind(h, hit))
                && !hits.Any(h => h.Field == TitleContext.Description && SameKind(h, hit) && h.Verdict.Fires)
                && text.IndexOf(hit.MatchedText, StringComparison.Ordinal) is >= 0 and var at
                && (TitleContext.Regulating(text, at, hit.MatchedText.Length)
                    // (phase 36) 关于开展历史文化名村古树名木建档挂牌的通知: a board on the thing the title names before it.
                    ?? (hit.Entry.Family == LexiconFamilies.Signboard ? LabelledThings.Before(text, 0, at) : null)) is { } verb)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{verb}…{hit.MatchedText}") };
            }
        }
    }

    private static readonly string[] NotHiredPosts = RecognitionCues.Instance.List("document_reading.not_hired_posts");
    // 村级|动物防疫员: the characters of the post after the village word.
    private const int PostReach = 6;

    /// <summary>
    /// (phase 32) 某镇村级防疫员考评办法 over a description that says its assessment ranks no village (…不对各村排名,
    /// 不纳入村级考核) and whose ratings all are another body's or denied: the title's village word only says where the
    /// people it rates serve — a post ending in 员 right after it, no village cadre's or member's (委员, 成员, 工作人员:
    /// [document_reading.not_hired_posts]). An approver: "the paper says in so many words that the villages are not rated; the
    /// epidemic-prevention workers the station pays are." A description that rates or ranks a village anywhere keeps the
    /// title's reading, and so does a title rating the village's cadres (村干部…考核).
    /// </summary>
    private static void QuietPostTitle(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Title) is not { } title)
        {
            return;
        }
        bool Rating(RecognitionHit h) => h.Field == TitleContext.Description && h.Entry.Family == LexiconFamilies.Assessment;
        if (hits.Any(h => Rating(h) && h.Verdict.Fires)
            || hits.FirstOrDefault(h => Rating(h) && h.Verdict is { Reason: VerdictReason.Negated, NamesVillage: true }) is not { } denied)
        {
            return;
        }
        var text = title.Text.Text;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit is not { Field: TitleContext.Title, Verdict: { Fires: true, Reason: VerdictReason.VillageActs or VerdictReason.VillageTargeted, Cue: { } village } }
                || hit.Entry.Family != LexiconFamilies.Assessment
                || text.IndexOf(village, StringComparison.Ordinal) is not (>= 0 and var at))
            {
                continue;
            }
            var after = text[(at + village.Length)..];
            var post = Enumerable.Range(2, Math.Max(0, Math.Min(PostReach, after.Length) - 1)).Select(n => after[..n])
                .FirstOrDefault(p => p.EndsWith('员') && p.All(TextNormaliser.IsChinese));
            if (post is null || NotHiredPosts.Any(n => post.EndsWith(n, StringComparison.Ordinal)))
            {
                continue;
            }
            hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{village}{post}：{denied.Verdict.Cue}") };
        }
    }

    private static bool SameKind(RecognitionHit a, RecognitionHit b) => a.Entry.Target == b.Entry.Target && a.Entry.Family == b.Entry.Family;

    /// <summary>
    /// (phase 17) 石桥镇高铁站场征迁工作责任状: 涉及征迁的各村为本村征迁工作责任主体…; 松岗镇协税护税目标责任书: 各村承担…
    /// — a pledge in the title that the township issues binds the party its text opens with: when the description's first
    /// sentence has the villages as its subject (not negated, not in a part that is not operative), the villages sign it,
    /// whoever draws it up. A township's own pledge to the district (我镇已与区政府签订…) opens with another body and stays
    /// the township's. Only in a paper without an addressee line: one that has one (各社区居委会：…由城管中队与商户签订)
    /// opens with whom it is sent to, not whom it binds, and is read by the addressee rules.
    /// </summary>
    private static void BoundVillagesPledge(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading document)
    {
        if (!hits.Any(TitlePledgeGivenAway))
        {
            return;
        }
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Description) is not { Clauses.Count: > 0 } description
            || document.Addressed != Addressee.None || BoundVillage(description, document) is not { } village)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            if (TitlePledgeGivenAway(hits[i]))
            {
                hits[i] = hits[i] with { Verdict = new HitVerdict(true, VerdictReason.VillageTargeted, village) };
            }
        }
    }

    private static bool TitlePledgeGivenAway(RecognitionHit hit) =>
        hit is { Field: TitleContext.Title, Verdict: { Fires: false, Reason: VerdictReason.OtherActor } } && hit.Entry.Family == LexiconFamilies.PledgeOrVeto;

    /// <summary>The villages named first in the description's first sentence, when nothing before them names another body and they are not negated.</summary>
    private static string? BoundVillage(FieldReading description, DocumentReading document)
    {
        var cues = RecognitionCues.Instance;
        var reader = description.Reader;
        var sentence = description.Clauses[0].Sentence;
        for (var k = 0; k < description.Clauses.Count && description.Clauses[k].Sentence == sentence; k++)
        {
            var clause = description.Clauses[k];
            if (reader.Mentions(k).FirstOrDefault() is not { Text: not null } first)
            {
                continue;
            }
            var (start, _) = description.Text.ToSource(clause.Start, clause.End);
            return first.Kind == ActorKind.Village && document.NotOperativeAt(description.Field, start) is null
                && ClauseScope.MentionNegated(reader.Text, clause, first, cues) is null
                && Agency.Negation(reader.Text, clause.Start, clause.End, first.Start, first.End, cues) is null
                && ClauseScope.SubjectNegated(reader, k, cues) is null && ClauseScope.VillageDisowned(reader, k, cues) is null
                ? first.Text : null;
        }
        return null;
    }

    /// <summary>
    /// (phase 14) 关于柳林镇请求由村协助代征零星税款的复函 — a reply's or report's title that frames what it names (the request
    /// answered) is the paper's subject: its match fires only where the description still demands the same item.
    /// </summary>
    private static void QuietFramedTitle(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, string paper)
    {
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Title) is not { } title || PaperDirection.TitleFraming(title.Text.Text) is not { } framing)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (Judged(hit) && hit.Field == TitleContext.Title
                && !hits.Any(h => h.Field == TitleContext.Description && h.Verdict.Fires && h.Entry.Code == hit.Entry.Code))
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{paper}：{framing}") };
            }
        }
    }

    /// <summary>
    /// (review of phase 15) 一、关于你社区申请减免招商引资任务的问题。经研究，不予减免，请仍按原定任务于年底前完成。 — in a reply or
    /// report, a match negated only by the relief asked for in a topic line (减免, 取消 just before it) stands when the answer
    /// under the line keeps the demand or refuses the relief: the task is demanded still. An answer that grants the relief
    /// (同意减免, 不再下达) leaves the negation.
    /// </summary>
    private static void RestoreRefusedReliefs(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Description) is not { } description
            || !hits.Any(h => ReliefNegated(h, description))
            || readings.FirstOrDefault(r => r.Field == TitleContext.Title) is not { } title
            || PaperDirection.KindOf(title.Text.Text, DocumentAddressee.AddresseeOf(description.Text.Text, RecognitionCues.Instance).Addressed) is null)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (ReliefNegated(hit, description) && PaperDirection.ReliefRefused(description, hit.Spans[0].Start))
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.NoOtherActor, null) };
            }
        }
    }

    private static bool ReliefNegated(RecognitionHit hit, FieldReading description) =>
        hit.Verdict is { Fires: false, Reason: VerdictReason.Negated } && hit.Field == TitleContext.Description && hit.Spans.Count > 0
        && hit.Entry.Target is RecogniserTarget.ProhibitedWork or RecogniserTarget.RuleFamily
        && PaperDirection.ReliefBefore(description, hit.Spans[0].Start);

    private static readonly string[] AssessedCollectives = RecognitionCues.Instance.List("document_reading.assessed_collectives");

    /// <summary>
    /// (phase 14) The other bodies the title's assessment is given to (关于2026年度区直部门…考核结果的通报 → 区直部门), or null
    /// when the title assesses no one else or a village. Only a collective of bodies ([document_reading.assessed_collectives]:
    /// 区直部门, 区级部门 …): the clause reading gives the title's act to the body before it, which is the assessor when it is
    /// one office (街道每周统计各社区…排名, 区政府督查室暗访情况通报) and the assessed when it is a class of them.
    /// </summary>
    private static string? TitleAssessedBody(List<RecognitionHit> hits)
    {
        var cues = RecognitionCues.Instance;
        var body = hits.FirstOrDefault(h => h.Field == TitleContext.Title && h.Entry.Family == LexiconFamilies.Assessment && !h.Verdict.Fires
            && h.Verdict.Reason == VerdictReason.OtherActor && h.Verdict.Cue is { Length: >= 2 } c && !DocumentAddressee.VillageName(c, cues)
            && !c.Contains('村') && !c.Contains("社区", StringComparison.Ordinal)
            && AssessedCollectives.Any(a => c.EndsWith(a, StringComparison.Ordinal)))?.Verdict.Cue;
        return body is not null && body.StartsWith("关于", StringComparison.Ordinal) ? body[2..] : body;
    }

    /// <summary>
    /// (phase 15) The body the paper is sent to that its title ranks or assesses (各A级旅游景区 in 关于公布全区A级旅游景区服务
    /// 质量排名的通知, 各定点医药机构), or null. Only a part of the addressee line that is no village and no township (各有关镇
    /// beside it ranks nothing), named in the title before the title's assessment match.
    /// </summary>
    private static string? AddresseeRanked(IReadOnlyList<FieldReading> readings, List<RecognitionHit> hits)
    {
        var cues = RecognitionCues.Instance;
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Title) is not { } title
            || readings.FirstOrDefault(r => r.Field == TitleContext.Description) is not { } description)
        {
            return null;
        }
        var line = description.Text.Text.TrimStart();
        var end = line.IndexOf('\n');
        line = end >= 0 ? line[..end] : line;
        var colon = line.IndexOf(':');
        if (colon < 2 || colon > DocumentAddressee.MaxAddresseeLine || line[..colon].IndexOfAny(['。', ',', '!', '?']) >= 0)
        {
            return null;
        }
        var assessed = hits.Where(h => h.Field == TitleContext.Title && h.Entry.Family == LexiconFamilies.Assessment && h.Spans.Count > 0)
            .Select(h => h.Spans[0].Start).DefaultIfEmpty(-1).Max();
        if (assessed < 0)
        {
            return null;
        }
        foreach (var part in DocumentAddressee.Parts(line[..colon]))
        {
            var name = ClauseScope.WithoutLeading(DocumentText.StripBrackets(part), AddresseeLeads);
            if (name.Length < 3 || DocumentAddressee.IsVillage(part, cues) || DocumentAddressee.VillageName(name, cues)
                || AddresseeTownships.Any(t => name.EndsWith(t, StringComparison.Ordinal))
                // (review of phase 15) 各新时代文明实践站, 各村卫生室: a facility the villages run is no other body.
                || VillageFacilities.Any(f => name.EndsWith(f, StringComparison.Ordinal)))
            {
                continue;
            }
            // (phase 16) 区直各部门 on the addressee line is 区直部门 in the title: 各 inside the name marks the class.
            foreach (var said in name.Contains('各') ? [name, name.Replace("各", "", StringComparison.Ordinal)] : new[] { name })
            {
                var at = title.Text.Text.IndexOf(said, StringComparison.Ordinal);
                if (at >= 0 && title.Text.ToSource(at, at + said.Length).Start < assessed)
                {
                    return said;
                }
            }
        }
        return null;
    }

    private static readonly string[] AddresseeLeads = RecognitionCues.Instance.List("document_reading.addressee_leads");
    private static readonly string[] AddresseeTownships = RecognitionCues.Instance.List("document_reading.addressee_townships");
    private static readonly string[] VillageFacilities = RecognitionCues.Instance.List("document_reading.village_facilities");
    private static readonly string[] TiedWords = RecognitionCues.Instance.List("document_reading.tied_words");
    private static readonly string[] VillageModals = RecognitionCues.Instance.List("paper_direction.modals");

    /// <summary>
    /// (phase 15) Whether the hit's clause ranks the villages themselves: a village named before the match in its clause
    /// (各村医保征缴率排名, 对各村考核), or right after it or after 对 (考核各村, 排名对各村). A village named after the match as the
    /// one told of the result (将考评结果转告辖区村（社区）) is not ranked.
    /// </summary>
    private static bool VillagesRanked(FieldReading field, RecognitionHit hit, string ranked)
    {
        var start = hit.Spans.Min(x => x.Start);
        var end = hit.Spans.Max(x => x.Start + x.Length);
        var k = DocumentText.ClauseAtSource(field, start);
        if (k < 0)
        {
            return false;
        }
        var source = field.Text.Source;
        foreach (var m in field.Reader.Mentions(k).Where(m => m.Kind == ActorKind.Village))
        {
            var (ms, me) = field.Text.ToSource(m.Start, m.End);
            if (me <= start && QualifiesRanked(source, ms, ranked))
            {
                continue;
            }
            if (me <= start || (ms >= end && ms - end <= 2)
                || (ms >= end && source[Math.Max(end, ms - 3)..ms].Contains('对')))
            {
                return true;
            }
        }
        return VillagesBearTheRanking(field, k);
    }

    private static readonly string[] Coordinators = RecognitionCues.Instance.List("document_reading.coordinators");
    private const int QualifierReach = 6;

    /// <summary>
    /// (phase 16) 区直部门进村事项准入执行情况排名: a village word right after the ranked bodies' name (within a few characters, not
    /// joined to it by 及/和/与/、) says what the bodies are ranked on — their tasks sent to the villages — not a second party
    /// ranked. 区直部门及各村…排名 ranks both.
    /// </summary>
    private static bool QualifiesRanked(string source, int mentionStart, string ranked)
    {
        var from = Math.Max(0, mentionStart - ranked.Length - QualifierReach);
        var at = source.LastIndexOf(ranked, mentionStart - 1 < 0 ? 0 : mentionStart - 1, mentionStart - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        var between = source[(at + ranked.Length)..mentionStart];
        return between.Length <= QualifierReach && !Coordinators.Any(c => between.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// (review of phase 15) Whether a clause of the sentence puts the ranking's consequence on the villages: a village told to
    /// act (排名后三位的实践站所在村须…整改: a village followed by [paper_direction.modals]) or tied to it (排名结果与各村年度奖补
    /// 资金挂钩: 与 + a village, then [document_reading.tied_words]). A village told of the result (将排名结果转告辖区村（社区）)
    /// bears nothing.
    /// </summary>
    private static bool VillagesBearTheRanking(FieldReading field, int k)
    {
        var sentence = field.Clauses[k].Sentence;
        var text = field.Text.Text;
        for (var c = 0; c < field.Clauses.Count; c++)
        {
            var clause = field.Clauses[c];
            if (clause.Sentence != sentence)
            {
                continue;
            }
            foreach (var m in field.Reader.Mentions(c).Where(m => m.Kind == ActorKind.Village))
            {
                var rest = text[m.End..clause.End];
                if (VillageModals.Any(v => rest.StartsWith(v, StringComparison.Ordinal))
                    || text[Math.Max(clause.Start, m.Start - 2)..m.Start].Contains('与') && TiedWords.Any(t => rest.Contains(t, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 23 review) 本办法用于区对镇（街道）的考核。各镇（街道）要对所辖村（社区）每月考核排名 — a clause that sets the villages
    /// after 对 before its assessment word (within a few characters before the village) assesses the villages, whomever the
    /// paper says it assesses: the stated object does not cover it.
    /// </summary>
    private static bool VillagesAssessedBefore(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var source = field.Text.Source;
        foreach (var m in field.Reader.Mentions(k).Where(m => m.Kind == ActorKind.Village))
        {
            var (ms, me) = field.Text.ToSource(m.Start, m.End);
            if (me <= sourceStart && source[Math.Max(0, ms - ObjectMarkReach)..ms].Contains('对'))
            {
                return true;
            }
        }
        return false;
    }

    private const int ObjectMarkReach = 3;

    private static bool ClauseNamesVillage(FieldReading field, int sourceStart) =>
        DocumentText.ClauseAtSource(field, sourceStart) is >= 0 and var k && field.Reader.NamesVillage(k);

    private static readonly string[] ListWords = RecognitionCues.Instance.List("document_reading.list_words");

    /// <summary>(phase 11) The list's name the match runs into (…出具证明事项清单), or null.</summary>
    private static string? ListNamed(FieldReading field, RecognitionHit hit)
    {
        var last = hit.Spans[^1];
        var end = last.Start + last.Length;
        var source = field.Text.Source;
        if (end > source.Length)
        {
            return null;
        }
        var after = source[end..Math.Min(source.Length, end + 4)];
        return ListWords.FirstOrDefault(w => after.StartsWith(w, StringComparison.Ordinal)) is { } word ? hit.MatchedText + word : null;
    }

    private static readonly string[] AskedPaperWords = RecognitionCues.Instance.List("document_reading.asked_papers");
    private static readonly string[] IssuingVerbs = ["出具", "开具", "出证"];

    /// <summary>
    /// (phase 23) The issuing verb and the word asking which that follows it (出具哪些, 开具什么), or null. Only right after the
    /// verb: 什么证明村委会都要出具 names no paper asked about, it demands them all.
    /// </summary>
    private static string? AskedPapers(string matched)
    {
        foreach (var verb in IssuingVerbs)
        {
            var at = matched.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && AskedPaperWords.FirstOrDefault(q => string.CompareOrdinal(matched, at + verb.Length, q, 0, q.Length) == 0) is { } asked)
            {
                return verb + asked;
            }
        }
        return null;
    }

    private static readonly string[] ReceivedRequests = RecognitionCues.Instance.List("document_reading.received_requests");
    private static readonly string[] Applications = RecognitionCues.Instance.List("document_reading.applications");
    private static readonly string[] Granting = RecognitionCues.Instance.List("document_reading.granting");
    private const int ApplicationReach = 4;

    /// <summary>
    /// (phase 24) 收到居民开具清单以外证明的申请后, 受理村民要求出具本户收入证明的请求时: a certificate named inside an application
    /// or request the village receives ([document_reading.received_requests] before it in its clause,
    /// [document_reading.applications] right after it) is what someone asked for; what the sentence then tells the village
    /// to do is its answer. Not when the sentence grants it ([document_reading.granting], not under 不: …后当天出具, 一律办结).
    /// The cue, or null.
    /// </summary>
    private static string? AppliedFor(FieldReading field, RecognitionHit hit)
    {
        var last = hit.Spans[^1];
        var end = last.Start + last.Length;
        var source = field.Text.Source;
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0 || end > source.Length)
        {
            return null;
        }
        var after = source[end..Math.Min(source.Length, end + ApplicationReach)];
        var (clauseStart, _) = field.Text.ToSource(field.Clauses[k].Start, field.Clauses[k].End);
        var before = source[clauseStart..hit.Spans[0].Start];
        string received;
        var application = Applications.FirstOrDefault(a => after.StartsWith(a, StringComparison.Ordinal));
        if (application is not null && ReceivedRequests.FirstOrDefault(r => before.Contains(r, StringComparison.Ordinal)) is { } receiving)
        {
            received = receiving;
        }
        else if (Visitor(before) is { } visitor && !AnsweredCase(field, k, source, end))
        {
            (received, application) = (visitor, string.Empty);
        }
        else
        {
            return null;
        }
        var (_, lastClause) = DocumentText.SentenceClauses(field, k);
        var (_, sentenceEnd) = field.Text.ToSource(field.Clauses[lastClause].Start, field.Clauses[lastClause].End);
        var rest = source[(end + application.Length)..Math.Max(end + application.Length, sentenceEnd)];
        // (phase 26) What a visitor asks for is granted only by issuing it: a clause on how the notary handles it grants nothing.
        foreach (var verb in application.Length == 0 ? [.. IssuingVerbs, "盖章"] : Granting)
        {
            for (var at = rest.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = rest.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                if (!rest[Math.Max(0, at - 2)..at].Contains('不'))
                {
                    return null;
                }
            }
        }
        return received + "…" + application;
    }

    private static readonly string[] CaseRefusals = RecognitionCues.Instance.List("document_reading.case_refusals");

    /// <summary>
    /// (phase 28) Whether the visit is told as a case (its clause closed by 的: 部分群众到村里开具…证明的，…) that the sentence
    /// answers by having the villages act with a modal, and the answer neither refuses nor sends the people elsewhere
    /// ([document_reading.case_refusals]: 拒绝, 不予, 告知, 引导 …): such a paper tells the villages to serve the request
    /// (…，各村要做好服务，随到随开). A visit told as what happened (近来，部分村民到村委会求开…) is not a case.
    /// </summary>
    private static bool AnsweredCase(FieldReading field, int k, string source, int end)
    {
        // The 的 closes the case right after the paper's name (the comma after 的 does not split the clause).
        var close = end;
        while (close < source.Length && close < end + 2 && source[close] != '的')
        {
            close++;
        }
        if (close + 1 >= source.Length || source[close] != '的' || source[close + 1] is not (',' or '，'))
        {
            return false;
        }
        var (_, lastClause) = DocumentText.SentenceClauses(field, k);
        var (_, sentenceEnd) = field.Text.ToSource(field.Clauses[lastClause].Start, field.Clauses[lastClause].End);
        var answer = source[(close + 2)..Math.Max(close + 2, Math.Min(source.Length, sentenceEnd))];
        return Agency.ModalBefore(answer, 0, answer.Length) is not null
            && !CaseRefusals.Any(r => answer.Contains(r, StringComparison.Ordinal));
    }

    /// <summary>(phase 26) Whether the match ends on 说明 and the text goes on with 如下: the paper introducing what it explains.</summary>
    private static bool OwnExplanation(FieldReading field, RecognitionHit hit)
    {
        var last = hit.Spans[^1];
        var end = last.Start + last.Length;
        return hit.MatchedText.EndsWith("说明", StringComparison.Ordinal)
            && string.CompareOrdinal(field.Text.Source, end, "如下", 0, 2) == 0;
    }

    private static readonly string[] Requesters = RecognitionCues.Instance.List("document_reading.requesters");
    private static readonly string[] Visits = RecognitionCues.Instance.List("document_reading.visits");

    /// <summary>
    /// (phase 26) 几位村民到村委会求开…证明, 有几户人家来村委开…: before the certificate in its clause, some people told of
    /// (a quantifier of some, [not_operative_parts.complaint_quantifiers], right before [document_reading.requesters]) who
    /// come to the village ([document_reading.visits] right before a village word), with no modal between — the paper is what
    /// they ask the village for, as an application is. Not people a paper sends there (申请人须到户口所在村开…, 所有群众到
    /// 村委会开好…): no quantifier of some, or a modal. The words told, or null.
    /// </summary>
    private static string? Visitor(string before)
    {
        foreach (var requester in Requesters)
        {
            for (var at = before.IndexOf(requester, StringComparison.Ordinal); at >= 0; at = before.IndexOf(requester, at + requester.Length, StringComparison.Ordinal))
            {
                var some = before[Math.Max(0, at - QuantifierReach)..at];
                if (!SomePeople.Any(q => some.Contains(q, StringComparison.Ordinal)) && !SomeRequesters.Any(q => some.Contains(q, StringComparison.Ordinal))
                    || some.Contains("所有", StringComparison.Ordinal))
                {
                    continue;
                }
                var from = at + requester.Length;
                foreach (var visit in Visits)
                {
                    var v = before.IndexOf(visit, from, StringComparison.Ordinal);
                    if (v >= 0 && v - from <= VisitorReach && !VillageModals.Any(m => before[from..v].Contains(m, StringComparison.Ordinal))
                        && RecognitionCues.Instance.Village.Concat(VillageOffices).Any(w => w.Length >= 2 && string.CompareOrdinal(before, v + visit.Length, w, 0, w.Length) == 0))
                    {
                        return some + requester + visit + "…";
                    }
                }
            }
        }
        return null;
    }

    private static readonly string[] SomePeople = RecognitionCues.Instance.List("not_operative_parts.complaint_quantifiers");
    private static readonly string[] SomeRequesters = RecognitionCues.Instance.List("document_reading.some_requesters");
    private static readonly string[] VillageOffices = RecognitionCues.Instance.List("document_reading.village_offices");
    private const int QuantifierReach = 3;
    private const int VisitorReach = 3;

    private static readonly string[] PublishedRankings = RecognitionCues.Instance.List("telling_papers.published_rankings");

    internal static bool Judged(RecognitionHit hit) =>
        hit.Verdict.Fires && hit.Entry.Target is RecogniserTarget.ProhibitedWork or RecogniserTarget.ProhibitedCertificate or RecogniserTarget.RuleFamily;

    private readonly List<(string Field, int Start, int End)> operative = [];

    /// <summary>Marks a section that says what is to be done (in source offsets).</summary>
    internal void AddOperative(string field, int start, int end) => operative.Add((field, start, end));

    /// <summary>Whether the source offset lies in a section headed 工作安排, 下步要求 …: what is to be done.</summary>
    public bool InOperativeSection(string field, int sourceStart) => operative.Any(o => o.Field == field && sourceStart >= o.Start && sourceStart < o.End);

    /// <summary>The cue of the part that is not operative holding the source offset, or null.</summary>
    public string? NotOperativeAt(string field, int sourceStart)
    {
        foreach (var (f, start, end, cue) in notOperative)
        {
            if (f == field && sourceStart >= start && sourceStart < end)
            {
                return cue;
            }
        }
        return null;
    }


    /// <summary>Marks a part of a field as not operative, in the field's normalised offsets, with the cue that decided it.</summary>
    internal void AddNotOperative(FieldReading field, int start, int end, string cue)
    {
        if (end <= start)
        {
            return;
        }
        var (s, e) = field.Text.ToSource(start, end);
        notOperative.Add((field.Field, s, e, cue));
    }
    /// <summary>考核对象：镇机关全体干部 — what the document's assessment assesses, when that names no village; else null.</summary>
    public string? AssessedObject { get; private set; }

    /// <summary>(phase 32) The head of the title's work and the body the description gives it to by 由, or null.</summary>
    public (string Head, string Body)? Implementer { get; private set; }

    /// <summary>(phase 14) The genre word of a paper that is not a task for the villages (答复, 复函, 自查报告, 纪要), or null.</summary>
    public string? NotTask { get; private set; }

    /// <summary>(phase 29) The kind of a paper that tells rather than tasks (回顾, 纪要, 稿件, a byline), not addressed to the
    /// villages and urging none of them to copy what it tells; null for any other paper.</summary>
    public string? Telling { get; private set; }

    /// <summary>(phase 33) The period a telling paper reports on, when the paper says it is over (ReportedPeriod), or null.</summary>
    public ReportedPeriod? Period { get; private set; }

    /// <summary>(phase 30) The institution whose own meeting the paper records (TellingPapers.MeetingBody), or null.</summary>
    public string? MeetingBody { get; private set; }

    /// <summary>(phase 24) The paper as a village's own letter sent out of the village (村委会的回复函), or (phase 25) its
    /// minutes that refuse something or its ledger of the demands it received; null for any other paper.</summary>
    public VillageLetters.Answer? VillageLetter { get; private set; }

    /// <summary>(phase 26b) The body whose title pledges to the villages (白沙街道办事处 of 白沙街道办事处向各社区作出的便民承诺书);
    /// null for any other paper.</summary>
    public string? PledgeMaker { get; private set; }

    /// <summary>(phase 11) The cue saying the paper is the village's own (经村民代表会议通过, 村务公开栏), or null.</summary>
    public string? VillageOwn { get; private set; }

    /// <summary>(phase 24) The village's own procedure (一事一议, 四议两公开) its own paper names, or null.</summary>
    public string? OwnProcedure { get; private set; }

    /// <summary>(phase 25) The cue that makes the paper the village's own — its organs' adoption, its own voice, or its name
    /// opening the title — when no office issues it and it is not sent to the villages; null otherwise.</summary>
    public string? OwnName { get; private set; }

    /// <summary>
    /// (phase 17) The cue saying one village issues the paper in its own name to its own people (太平村：村委会定于), or null.
    /// Only its contests, ratings and sign-ups among its people are read as its own (the rule families below).
    /// </summary>
    public string? OwnVillage { get; private set; }
}

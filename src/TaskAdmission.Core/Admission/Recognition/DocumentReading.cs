using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition;

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

    /// <summary>The parts that are not operative, in source offsets of their field, with the cue that decided each.</summary>
    public IReadOnlyList<(string Field, int Start, int End, string Cue)> NotOperative => notOperative;

    private const int MaxAddresseeLine = 40;
    private const int MaxReportedLead = 4;
    private static readonly string[] HeadingMarks = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly string[] PastMarks = ["了", "仍", "还", "曾", "去年", "过去", "以往", "此前", "以前", "前期"];
    private static readonly string[] ReportedBodies = ["部门", "单位", "乡镇", "镇街", "镇", "街道", "地方", "科室", "领导", "干部"];
    private static readonly string[] Requests = ["请", "能否", "能不能", "可否", "可不可以", "好吗", "行吗", "好不好", "麻烦", "辛苦", "务必", "抓紧"];
    private static readonly string[] AskedWords = ["询问", "咨询", "来函", "来电", "反映", "提出"];
    // Papers that tell what the issuer did or will do and where (a report, a speech, an announcement): a village named by
    // its name there is a place. A 说明, 指南 or 答复 names villages as whom it concerns, so it is not among them.
    private static readonly string[] ReportGenres = ["简报", "专报", "快报", "工作动态", "情况汇报", "工作汇报", "工作总结", "讲话", "讲话稿", "致辞", "发言", "公告"];
    // 【工作安排】, 三、下步要求: a report's section that tells what is to be done is operative, whoever issues it.
    private static readonly string[] OperativeHeadings = ["工作安排", "工作要求", "下步要求", "下一步要求", "工作部署", "有关要求", "具体要求"];
    private static readonly string[] DemandWords = ["请", "须", "务必", "必须", "应当", "应", "负责", "责成", "督促", "要求", "要"];

    public static DocumentReading Read(IReadOnlyList<FieldReading> readings)
    {
        var cues = RecognitionCues.Instance;
        var reading = new DocumentReading();
        var title = readings.FirstOrDefault(r => r.Field == TitleContext.Title);
        var description = readings.FirstOrDefault(r => r.Field == TitleContext.Description);
        if (title is not null)
        {
            reading.Genre = GenreOf(title.Text.Text, cues);
            reading.TitleQuestion(title);
        }
        if (description is not null)
        {
            reading.AddresseeOf(description.Text.Text, cues);
            reading.AssessedObjectOf(description.Text.Text, cues);
            reading.Spans(description, cues);
        }
        // 在全县村(社区)党组织书记会议上的讲话: a speech to the villages' own cadres speaks to them.
        if (reading.Addressed == Addressee.None && reading.Genre is not null && title is not null && NamesVillageWord(title.Text.Text, cues))
        {
            reading.Addressed = Addressee.Villages;
        }
        return reading;
    }

    /// <summary>
    /// Applies the reading to the firing matches of prohibited work and rule families: a match in a part that is not
    /// operative does not fire; a match that fires only because it names no one falls on the addressee (other bodies) or,
    /// in a department's own paper not addressed to the villages, on its issuer; a report's or announcement's named village
    /// in a sentence that asks nothing is a place.
    /// </summary>
    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (!hits.Any(Judged) && !hits.Any(RunOnAddressees) && !hits.Any(GivenOn))
        {
            return;
        }
        var document = Read(readings);
        if (document.Addressed == Addressee.Villages)
        {
            TargetAddressees(hits, readings, document, OwnWork.Issuer(readings));
        }
        var issuer = OwnWork.Issuer(readings);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (!Judged(hit) || hit.Spans.Count == 0)
            {
                continue;
            }
            var span = hit.Spans[0];
            if (document.NotOperativeAt(hit.Field, span.Start) is { } cue)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, cue) };
                continue;
            }
            // 只出具清单内的证明事项: the papers on the allowed list, named as such.
            if (hit.Entry.Target == RecogniserTarget.ProhibitedCertificate && ListedPapers.FirstOrDefault(l => hit.MatchedText.Contains(l, StringComparison.Ordinal)) is { } listed)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, listed) };
                continue;
            }
            // 考核对象：镇机关全体在编在岗干部 — the document says whom its assessment assesses, and it is not the village.
            if (document.AssessedObject is { } assessed && hit.Entry.Family == LexiconFamilies.Assessment
                && hit.Verdict.Reason is VerdictReason.NoOtherActor or VerdictReason.VillageTargeted or VerdictReason.VillageActs)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"考核对象：{assessed}") };
                continue;
            }
            // 序号|工作任务|牵头单位… — a table row gives its task to the unit in the lead column.
            if (readings.FirstOrDefault(r => r.Field == hit.Field) is { } row && LeadUnit(row, span.Start, RecognitionCues.Instance) is { } lead)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, lead) };
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
                if (readings.FirstOrDefault(r => r.Field == hit.Field) is { } hitField && (SentenceNamesVillages(hitField, span.Start) || document.InOperativeSection(hit.Field, span.Start)))
                {
                    continue;
                }
                if (document.Addressed == Addressee.Others)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"主送：{document.AddresseeLine}") };
                }
                else if (document.Genre is { } genre)
                {
                    hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, issuer is null ? genre : $"{issuer}{genre}") };
                }
                continue;
            }
            if (document.Genre is { } own && ReportGenres.Contains(own) && hit.Verdict.Reason is VerdictReason.VillageActs or VerdictReason.VillageTargeted
                && readings.FirstOrDefault(r => r.Field == hit.Field) is { } field && PlaceOnly(field, span.Start) is { } place)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, $"{own}：{place}") };
            }
        }
    }

    /// <summary>
    /// (recall) A notice addressed to the villages (各村：) whose sentence has another body rank, score or check them
    /// (镇党建办对各村…积分每月排名通报, 乡防汛办视频连线对各村值班室抽查): the ranking or check-in is run on its addressees.
    /// Only where the sentence names the villages, not to negate them, and the runner is a body, not a private person.
    /// </summary>
    private static void TargetAddressees(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading document, string? issuer)
    {
        List<string>? teams = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Spans.Count == 0 || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field || document.NotOperativeAt(hit.Field, hit.Spans[0].Start) is not null)
            {
                continue;
            }
            // 积分情况每月排名通报 in a notice the 镇党建办 signs and sends to 各村党支部: the issuer ranks its addressees, when
            // the sentence names no one else it could rank.
            if (RunOnAddressees(hit) && (SentenceNamesVillages(field, hit.Spans[0].Start)
                || hit.Entry.Family == LexiconFamilies.Assessment && hit.Verdict.Cue == issuer && SentenceNamesOnly(field, hit.Spans[0].Start, issuer)))
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageTargeted, $"主送：{document.AddresseeLine}") };
            }
            // 县指挥部要求，…附属物拆除以及交付净地，由所在村全面负责组织实施 — the requester's demand, performed by whom a later
            // clause names with 由.
            else if (GivenOn(hit) && GivenLater(field, hit.Spans[0].Start) is { } village)
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, village) };
            }
            // 各村要组建控违巡查队…巡查队可以暂扣… — a team the notice has the villages form acts for them.
            else if (GivenOn(hit) && hit.Verdict.Cue is { } team && (teams ??= VillageTeams(readings)).FirstOrDefault(t => team.EndsWith(t, StringComparison.Ordinal)) is { } formed)
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, formed) };
            }
        }
    }

    private static readonly string[] FormingVerbs = ["组建", "成立", "组成", "建立"];
    private static readonly string[] TeamSuffixes = ["队", "专班", "小组", "工作组"];
    private const int TeamReach = 16;

    /// <summary>
    /// The teams the notice has the villages form (各村要在本月内组建5至8人的控违巡查队; a title 关于组建村级…巡查队): a
    /// forming verb whose clause names the villages before it, or 村级 before the team, and the team's head word (巡查队).
    /// </summary>
    private static List<string> VillageTeams(IReadOnlyList<FieldReading> readings)
    {
        var cues = RecognitionCues.Instance;
        var teams = new List<string>();
        foreach (var field in readings)
        {
            var text = field.Text.Text;
            foreach (var verb in FormingVerbs)
            {
                for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
                {
                    var k = field.ClauseAt(at);
                    if (k < 0)
                    {
                        continue;
                    }
                    var clause = field.Clauses[k];
                    var after = text[(at + verb.Length)..Math.Min(clause.End, at + verb.Length + TeamReach)];
                    var villageBefore = field.Reader.Mentions(k).Any(m => m.Kind == ActorKind.Village && m.End <= at && cues.Village.Contains(m.Text));
                    foreach (var suffix in TeamSuffixes)
                    {
                        var end = after.IndexOf(suffix, StringComparison.Ordinal);
                        if (end >= 2 && (villageBefore || after[..end].Contains("村级", StringComparison.Ordinal)))
                        {
                            teams.Add(after[(end - 2)..(end + suffix.Length)]);
                            break;
                        }
                    }
                }
            }
        }
        return teams;
    }

    private static bool GivenOn(RecognitionHit hit) =>
        hit.Verdict is { Fires: false, Reason: VerdictReason.OtherActor } && hit.Entry.Target is RecogniserTarget.ProhibitedWork;

    /// <summary>The village a later clause of the hit's sentence opens with 由 (…，由所在村全面负责组织实施), or null.</summary>
    private static string? GivenLater(FieldReading field, int sourceStart)
    {
        var k = ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var cues = RecognitionCues.Instance;
        for (var c = k + 1; c < field.Clauses.Count && field.Clauses[c].Sentence == field.Clauses[k].Sentence; c++)
        {
            var clause = field.Clauses[c];
            var words = text[clause.Start..clause.End].TrimStart();
            var lead = clause.End - clause.Start - words.Length + clause.Start;
            if (!words.StartsWith('由'))
            {
                continue;
            }
            var first = field.Reader.Mentions(c).FirstOrDefault();
            return first is { Kind: ActorKind.Village, Text: not null } && first.Start <= lead + 1 + 2
                && Agency.Negation(text, clause.Start, clause.End, first.Start, first.End, cues) is null ? first.Text : null;
        }
        return null;
    }

    /// <summary>Whether the sentence holding the offset names no actor but <paramref name="runner"/>.</summary>
    private static bool SentenceNamesOnly(FieldReading field, int sourceStart, string? runner)
    {
        var k = ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        for (var c = 0; c < field.Clauses.Count; c++)
        {
            if (field.Clauses[c].Sentence == field.Clauses[k].Sentence && field.Reader.Mentions(c).Any(m => m.Text != runner))
            {
                return false;
            }
        }
        return true;
    }

    private static bool RunOnAddressees(RecognitionHit hit) =>
        hit.Verdict is { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } runner } && hit.Entry.Target == RecogniserTarget.RuleFamily
        && hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.AppCheckIn && !RecognitionCues.Instance.Private.Contains(runner);

    private static bool Judged(RecognitionHit hit) =>
        hit.Verdict.Fires && hit.Entry.Target is RecogniserTarget.ProhibitedWork or RecogniserTarget.ProhibitedCertificate or RecogniserTarget.RuleFamily;

    private readonly List<(string Field, int Start, int End)> operative = [];

    /// <summary>Whether the source offset lies in a section headed 工作安排, 下步要求 …: what is to be done.</summary>
    public bool InOperativeSection(string field, int sourceStart) => operative.Any(o => o.Field == field && sourceStart >= o.Start && sourceStart < o.End);

    /// <summary>The clause holding a source offset, or -1.</summary>
    private static int ClauseAtSource(FieldReading field, int sourceStart)
    {
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var (s, e) = field.Text.ToSource(field.Clauses[i].Start, field.Clauses[i].End);
            if (sourceStart >= s && sourceStart < e)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether the sentence holding the offset names the villages by a general word (各村, 村(社区)), not to negate it.</summary>
    private static bool SentenceNamesVillages(FieldReading field, int sourceStart)
    {
        var k = ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var cues = RecognitionCues.Instance;
        var sentence = field.Clauses[k].Sentence;
        var reader = field.Reader;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var clause = field.Clauses[i];
            if (clause.Sentence != sentence)
            {
                continue;
            }
            var mentions = reader.Mentions(i);
            foreach (var village in mentions.Where(m => m.Kind == ActorKind.Village && cues.Village.Contains(m.Text)))
            {
                if (!Glued(reader.Text, clause, mentions, village)
                    && Agency.Negation(reader.Text, clause.Start, clause.End, village.Start, village.End, cues) is null
                    && ClauseScope.MentionNegated(reader.Text, clause, village, cues) is null
                    && ClauseScope.SubjectNegated(reader, i, cues) is null && ClauseScope.VillageDisowned(reader, i, cues) is null)
                {
                    return true;
                }
            }
        }
        return false;
    }

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

    /// <summary>
    /// The genre word a title ends with (brackets such as （节选）, （第5期） set aside), or 一图读懂 opening it: a department's
    /// own paper. An instruction (通知, 方案, 意见, 办法 …) gives null.
    /// </summary>
    internal static string? GenreOf(string title, RecognitionCues cues)
    {
        var text = title.Trim();
        // Strip trailing bracketed asides: （节选）, （2027年第3期）, （县应急管理局局长，摘要）.
        while (text.Length > 0 && text[^1] is ')' or '）')
        {
            var open = text.LastIndexOfAny(['(', '（']);
            if (open <= 0)
            {
                break;
            }
            text = text[..open].TrimEnd();
        }
        foreach (var genre in cues.OwnWorkGenres)
        {
            if (genre.EndsWith(':') ? text.StartsWith(genre[..^1], StringComparison.Ordinal) : text.EndsWith(genre, StringComparison.Ordinal))
            {
                return genre.TrimEnd(':');
            }
        }
        return null;
    }

    private static bool NamesVillageWord(string text, RecognitionCues cues) =>
        cues.Village.Any(v => v.Length >= 2 && text.Contains(v, StringComparison.Ordinal));

    /// <summary>
    /// The addressee line (主送): the description's first line when it is a short list of bodies ending with a colon
    /// (各部门、各乡镇：, 各村(社区)、镇属各单位：, 杨家村民委员会：). Villages when any body listed is a village.
    /// </summary>
    private void AddresseeOf(string text, RecognitionCues cues)
    {
        var line = text.TrimStart();
        var end = line.IndexOf('\n');
        line = (end >= 0 ? line[..end] : line).Trim();
        // 石门村：你村村民刘某… — the addressee may open the first line, the text running on after its colon.
        var colon = line.IndexOf(':');
        if (colon < 2 || colon > MaxAddresseeLine)
        {
            return;
        }
        line = line[..colon];
        if (line.Contains('。') || line.Contains(',') || line.Contains('!') || line.Contains('?'))
        {
            return;
        }
        var parts = line.Split(['、', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        // Every part a body (各部门, 柳林镇党委, 政府, 各镇(街道)民政办) or a village (杨家村民委员会, 村(社区)同志们): a heading
        // (评审打分表(满分100分)：) or a greeting (各位居民朋友好) is no addressee.
        // 交办单位：云台街道党工委 — a field's label (a short 单位/部门 without 各) is no addressee.
        if (parts.Length == 0 || !parts.All(p => IsVillage(p, cues) || IsBody(p, cues))
            || parts.Any(p => p.Length <= 4 && !p.StartsWith('各') && (p.EndsWith("单位", StringComparison.Ordinal) || p.EndsWith("部门", StringComparison.Ordinal))))
        {
            return;
        }
        AddresseeLine = line;
        Addressed = parts.Any(p => IsVillage(p, cues)) ? Addressee.Villages : Addressee.Others;
    }

    private static bool IsBody(string part, RecognitionCues cues)
    {
        var name = StripBrackets(part);
        return name.Length >= 2 && (cues.BodySuffixes.Any(b => name.EndsWith(b, StringComparison.Ordinal))
            || name.EndsWith("政府", StringComparison.Ordinal) || name.EndsWith("党委", StringComparison.Ordinal) || name.EndsWith("单位", StringComparison.Ordinal)
            || name.EndsWith("部门", StringComparison.Ordinal) || name.EndsWith("乡镇", StringComparison.Ordinal) || name.EndsWith("镇街", StringComparison.Ordinal));
    }

    private static string StripBrackets(string part)
    {
        var name = part.Trim();
        while (name.Length > 0 && name[^1] is ')' or '）' && name.LastIndexOfAny(['(', '（']) is > 0 and var open)
        {
            name = name[..open];
        }
        return name;
    }

    private static bool VillageName(string name, RecognitionCues cues)
    {
        var bare = StripBrackets(name);
        return bare.EndsWith('村') || bare.EndsWith("社区", StringComparison.Ordinal)
            || cues.Village.Any(v => v.Length >= 2 && bare.Contains(v, StringComparison.Ordinal));
    }

    private static bool IsVillage(string part, RecognitionCues cues)
    {
        var name = StripBrackets(part).Replace("各", "", StringComparison.Ordinal).Replace("亲爱的", "", StringComparison.Ordinal);
        if (name.EndsWith("同志们", StringComparison.Ordinal))
        {
            name = name[..^3];
        }
        return name.StartsWith('村') || name.StartsWith("社区", StringComparison.Ordinal) || name.StartsWith("居委", StringComparison.Ordinal)
            || cues.Village.Any(v => v.Length >= 2 && name.EndsWith(v, StringComparison.Ordinal) && !cues.NotVillage.Any(n => name.EndsWith(n, StringComparison.Ordinal)))
            || name.EndsWith('村');
    }

    /// <summary>A title asking whether (关于是否需要村委会出具亲属关系证明的答复函): from 是否 on, the title asks.</summary>
    private void TitleQuestion(FieldReading title)
    {
        var text = title.Text.Text;
        foreach (var ask in (string[])["是否", "能否", "可否"])
        {
            var at = text.IndexOf(ask, StringComparison.Ordinal);
            if (at >= 0)
            {
                Add(title, at, text.Length, ask);
                return;
            }
        }
    }

    private void Add(FieldReading field, int start, int end, string cue)
    {
        if (end <= start)
        {
            return;
        }
        var (s, e) = field.Text.ToSource(start, end);
        notOperative.Add((field.Field, s, e, cue));
    }

    /// <summary>The parts of the description that are not operative: questions, findings, practices reported.</summary>
    private void Spans(FieldReading description, RecognitionCues cues)
    {
        var text = description.Text.Text;
        foreach (var heading in OperativeHeadings)
        {
            for (var at = text.IndexOf(heading, StringComparison.Ordinal); at >= 0; at = text.IndexOf(heading, at + heading.Length, StringComparison.Ordinal))
            {
                var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
                if (at - lineStart > MaxHeadingLead)
                {
                    continue;
                }
                var next = SectionEnd(text, at + heading.Length);
                var (s, e) = description.Text.ToSource(at, next);
                operative.Add((description.Field, s, e));
            }
        }
        var clauses = description.Clauses;
        for (var k = 0; k < clauses.Count;)
        {
            var sentence = clauses[k].Sentence;
            var last = k;
            while (last + 1 < clauses.Count && clauses[last + 1].Sentence == sentence)
            {
                last++;
            }
            var (start, end) = (clauses[k].Start, clauses[last].End);
            var words = text[start..end];
            var lead = LeadLength(words);
            var body = words[lead..];
            // 问：村(社区)还需要代收…吗？ — a question asks; its answer, not the question, says what is to be done.
            // A question that asks for something (明天能把照片发群里吗？, 请…好吗？) is a request, and stays operative.
            if (end < text.Length && text[end] == '?' && !Requests.Any(r => words.Contains(r, StringComparison.Ordinal)))
            {
                Add(description, start, end, "问句");
            }
            // 你村来函询问, …村里是否应当出具: a question the notice reports.
            else if (!words.Contains('请') && text[clauses[last].Start..clauses[last].End].Contains("是否", StringComparison.Ordinal)
                && AskedWords.Any(a => words.IndexOf(a, StringComparison.Ordinal) is >= 0 and var at && at < words.IndexOf("是否", StringComparison.Ordinal)))
            {
                Add(description, start, end, AskedWords.First(a => words.Contains(a, StringComparison.Ordinal)) + "…是否");
            }
            // 督查发现, …; 一、存在问题：… — a finding reported, up to the end of its sentence (the list it opens runs on
            // over ； and line breaks up to the full stop).
            else if (cues.Finding.FirstOrDefault(f => body.StartsWith(f, StringComparison.Ordinal)) is { } finding)
            {
                Add(description, start, FindingEnd(text, end), finding);
            }
            // 区委督查室对…进行了抽查，发现问题文件14份，其中：… — an inspection done, then what it found.
            else if (InspectionThenFound(text, clauses, k, last) is { } found)
            {
                Add(description, clauses[found].Start, FindingEnd(text, end), "检查发现");
            }
            // 有的部门还是老习惯, 一抓工作就让村里签…; 去年有的乡镇把…派给了村里 — a practice of some bodies, told as past or
            // persisting: reported, not demanded.
            else if (ReportedPractice(body, words, cues) is { } practice)
            {
                Add(description, start, end, practice);
            }
            // 一、不得要求村(社区)干部…打卡签到; 不得将…任务交由村级组织承担 — a sentence (a list item) that opens with a
            // prohibition forbids what it names, up to a clause that asks something again (…，各村要…) — unless a refusal
            // turns it around (不得以任何理由拒绝).
            else if (ProhibitionOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } opener
                && !cues.DoubleNegation.Any(d => words.Contains(d, StringComparison.Ordinal)))
            {
                var stop = last;
                for (var c = k + 1; c <= last; c++)
                {
                    var clause = text[clauses[c].Start..clauses[c].End];
                    if (AskingAgain.Any(a => clause.Contains(a, StringComparison.Ordinal)))
                    {
                        stop = c - 1;
                        break;
                    }
                }
                Add(description, start, clauses[stop].End, opener);
            }
            // 以下事项不再由村级组织承担：\n✘ 招商引资任务\n✘ 协税护税 — a negated heading's bullet lines share its negation.
            if (end < text.Length && text[end] == ':' && NegatedHeading(text[clauses[last].Start..clauses[last].End], cues) is { } negation)
            {
                var to = end + 1;
                while (to < text.Length && text[to] == '\n' && to + 1 < text.Length && Bullets.Contains(text[to + 1]))
                {
                    var next = text.IndexOf('\n', to + 1);
                    to = next < 0 ? text.Length : next;
                }
                Add(description, end, to, negation);
            }
            k = last + 1;
        }
    }

    private static readonly char[] Bullets = ['✘', '✗', '×', '•', '·', '●', '○', '■', '□', '◆', '◇', '-', '*', '▪'];

    private static string? NegatedHeading(string clause, RecognitionCues cues) =>
        cues.NegationBefore.FirstOrDefault(n => n.Length >= 2 && clause.Contains(n, StringComparison.Ordinal));

    /// <summary>Heading numbering and spaces before a sentence's words (一、, （二）, 3., 【…】).</summary>
    private static int LeadLength(string words)
    {
        var i = 0;
        while (i < words.Length && words[i] is ' ' or '\n' or '\r' or '\t' or '\u3000')
        {
            i++;
        }
        var j = i;
        if (j < words.Length && words[j] is '(' or '（')
        {
            j++;
        }
        var digits = j;
        while (j < words.Length && (char.IsDigit(words[j]) || HeadingMarks.Contains(words[j].ToString())))
        {
            j++;
        }
        if (j > digits && j < words.Length && words[j] is '、' or '.' or ')' or '）')
        {
            return j + 1;
        }
        return i;
    }

    private const int MaxHeadingLead = 4;
    private static readonly string[] ProhibitionOpeners = ["不得", "严禁", "禁止", "不准", "不许", "杜绝", "一律不", "不再"];
    private static readonly string[] AskingAgain = ["要", "须", "应", "但", "请"];
    private static readonly string[] AssessedObjectWords = ["考核对象", "评价对象", "考评对象", "评比对象", "评选对象", "测评对象"];
    private static readonly string[] LeadColumns = ["牵头单位", "责任单位", "责任主体", "承办单位", "实施主体", "牵头部门", "责任部门"];
    private static readonly string[] ListedPapers = ["清单内", "清单中", "清单所列", "清单范围内", "清单以内"];

    /// <summary>考核对象：镇机关全体干部 — what the document's assessment assesses, when that names no village; else null.</summary>
    public string? AssessedObject { get; private set; }

    private void AssessedObjectOf(string text, RecognitionCues cues)
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
            var names = named.Split(['、', '和', '及', ',']).Select(n => StripBrackets(n).Trim());
            // 村卫生室和乡村医生 names a clinic and its doctors, not the village: only a village's own name or word counts.
            if (named.Length > 0 && !names.Any(n => VillageName(n, cues)))
            {
                AssessedObject = named;
            }
            return;
        }
    }

    /// <summary>
    /// In a table whose header names a lead or responsible unit (牵头单位), the row's unit for the task the match is in, when
    /// that unit is not the village (县林业局执法大队); null otherwise.
    /// </summary>
    private static string? LeadUnit(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = ClauseAtSource(field, sourceStart);
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
        var column = Array.FindIndex(header.Split('|'), c => LeadColumns.Any(l => c.Contains(l, StringComparison.Ordinal)));
        var at = field.Clauses[k].Start;
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var cells = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Split('|');
        if (column < 0 || column >= cells.Length || cells.Length < 3)
        {
            return null;
        }
        var lead = cells[column].Trim();
        return lead.Length > 0 && !IsVillage(lead, cues) && !cues.Village.Any(v => v.Length >= 2 && lead.Contains(v, StringComparison.Ordinal)) ? lead : null;
    }

    /// <summary>The end of a section: the next line opening with a heading (【…】, 一、, (二)), or the end.</summary>
    private static int SectionEnd(string text, int from)
    {
        for (var i = text.IndexOf('\n', from); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var rest = text[(i + 1)..Math.Min(text.Length, i + 6)];
            if (rest.StartsWith('【') || rest.Length > 1 && HeadingMarks.Contains(rest[0].ToString()) && rest[1] == '、')
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>The end of a finding: its full stop, crossing ； and line breaks — but not a new heading line.</summary>
    private static int FindingEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '。')
            {
                return i;
            }
            if (text[i] == '\n' && i + 1 < text.Length && LeadLength(text[(i + 1)..Math.Min(text.Length, i + 6)]) > 0)
            {
                return i;
            }
        }
        return text.Length;
    }

    private static int? InspectionThenFound(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        var inspections = RecognitionCues.Instance.Finding.Where(f => f.EndsWith("发现", StringComparison.Ordinal)).Select(f => f[..^2]).ToArray();
        for (var k = first + 1; k <= last; k++)
        {
            var clause = text[clauses[k].Start..clauses[k].End].TrimStart();
            var before = text[clauses[k - 1].Start..clauses[k - 1].End];
            if (clause.StartsWith("发现", StringComparison.Ordinal) && before.Contains('了') && inspections.Any(w => w.Length > 0 && before.Contains(w, StringComparison.Ordinal)))
            {
                return k;
            }
        }
        return null;
    }

    private static string? ReportedPractice(string body, string words, RecognitionCues cues)
    {
        var from = 0;
        foreach (var time in (string[])["去年", "过去", "以往", "此前", "以前", "前期", "近期", "近年来", "目前"])
        {
            if (body.StartsWith(time, StringComparison.Ordinal))
            {
                from = time.Length;
                break;
            }
        }
        for (var lead = from; lead <= from + MaxReportedLead && lead < body.Length; lead++)
        {
            foreach (var quantifier in cues.Reported)
            {
                if (string.CompareOrdinal(body, lead, quantifier, 0, quantifier.Length) == 0
                    && ReportedBodies.FirstOrDefault(b => string.CompareOrdinal(body, lead + quantifier.Length, b, 0, b.Length) == 0) is { } named
                    && PastMarks.Any(p => words.Contains(p, StringComparison.Ordinal)))
                {
                    return quantifier + named;
                }
            }
        }
        return null;
    }

    /// <summary>柳林/村 glued to a name: one village called by its name (not 户籍地村, 全村, 各村).</summary>
    private static bool Glued(string text, Clause clause, IReadOnlyList<Mention> mentions, Mention village) =>
        village.Text is "村" or "社区" && village.Start > clause.Start && TextNormaliser.IsChinese(text[village.Start - 1])
        && !ChineseSegmenter.GluedFunctionChars.Contains(text[village.Start - 1]) && !"地在属级县区市全每本该".Contains(text[village.Start - 1])
        && !mentions.Any(m => m.End == village.Start);

    /// <summary>
    /// In a report or announcement: the named village in the match's sentence when every village there is one village
    /// called by its name (水井村片区, 在柳林村、瓦窑村…, 前往枫香村…) and the sentence asks nothing (no 请, 要, 须, 应, 负责…):
    /// the place of the issuer's own work. Null otherwise.
    /// </summary>
    private static string? PlaceOnly(FieldReading field, int sourceStart)
    {
        var k = -1;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var (s, e) = field.Text.ToSource(field.Clauses[i].Start, field.Clauses[i].End);
            if (sourceStart >= s && sourceStart < e)
            {
                k = i;
                break;
            }
        }
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var sentence = field.Clauses[k].Sentence;
        var cues = RecognitionCues.Instance;
        string? named = null;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var clause = field.Clauses[i];
            if (clause.Sentence != sentence)
            {
                continue;
            }
            var words = text[clause.Start..clause.End];
            if (DemandWords.Any(d => words.Contains(d, StringComparison.Ordinal)))
            {
                return null;
            }
            var mentions = field.Reader.Mentions(i);
            foreach (var village in mentions.Where(m => m.Kind == ActorKind.Village))
            {
                // 柳林村 (jieba kept the name whole), or 柳林/村 glued to a name: one village called by its name. 各村,
                // 村委会, 户籍地村 — general words, or a bare 村 after 地/在/属/级 — speak of every village.
                var glued = Glued(text, clause, mentions, village);
                if (!glued && cues.Village.Contains(village.Text))
                {
                    return null;
                }
                named ??= glued ? text[Math.Max(clause.Start, village.Start - 2)..village.End] : village.Text;
            }
        }
        return named;
    }
}

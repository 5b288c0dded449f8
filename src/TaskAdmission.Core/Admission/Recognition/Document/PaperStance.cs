using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 21) The paper read as a whole, after its sentences: whether it is a task for the villages at all. A 通报 of
/// problems found or put right, an upward 报告 or 情况反映, a meeting's 纪要, a 答复 or an 审核意见, or any paper sent only to
/// departments, discipline bodies or one named body, tells of banned practices (打卡, 责任状, 排名 …) without passing any
/// work down. When such a paper nowhere demands anything of the villages in its own voice, what its sentences still find
/// is shown to a person as a warning, not refused: the approver sees what was mentioned and where, and decides.
/// <para>The own voice is read clause by clause with <see cref="PaperDirection.Directs"/> (请各村…, 各村要…, 由各村负责…,
/// 要求各村…), set aside only where the clause tells of someone else's demand: a part the document reading found not
/// operative (a finding, a reported practice, a question), a requirer marked as one instance (某镇要求各村…, 该部门要求…,
/// 个别单位…), a report governing the sentence (书记们反映：…, 督查中发现，…, 查处了…问题：…, 曾…), or a permission (各村可…,
/// …即可). 本局要求各村…, 各村要…, 请各村… stand in any genre and keep every finding a block.</para>
/// </summary>
internal static class PaperStance
{
    // Title endings of papers that report, answer or record rather than instruct ([paper_stance.genres]); (phase 14)
    // replies, reports and minutes come from PaperDirection.KindOf.
    private static readonly string[] Genres = RecognitionCues.Instance.List("paper_stance.genres");

    // A 关于通报…的通知 is a 通报 in a 通知's cover.
    private static readonly string[] GenreOpeners = RecognitionCues.Instance.List("paper_stance.genre_openers");

    // On the addressee line, a township body that passes work down to its villages (各镇人民政府, 各街道办事处, 各镇（街道）).
    private static readonly string[] Townships = RecognitionCues.Instance.List("paper_stance.townships");

    // A township's body that does not pass work down (各乡镇纪委): its line names no township.
    private static readonly string[] NotPassingDown = RecognitionCues.Instance.List("paper_stance.not_passing_down");

    // Words marking the requirer as one instance told of (某镇, 该部门, 个别单位, 有的镇): a body must follow within reach.
    private static readonly string[] Instances = RecognitionCues.Instance.List("paper_stance.instances");
    private const int InstanceReach = 6;

    // A report that governs the words after it when a punctuation mark or 了 follows it (书记们反映：, 督查中发现，, 查处了).
    private static readonly string[] Reporting = RecognitionCues.Instance.List("paper_stance.reporting");

    // (phase 22) A breach named before the demand (某科违规要求各村…): the paper tells of a wrong, it does not demand.
    private static readonly string[] Breaches = RecognitionCues.Instance.List("paper_stance.breaches");
    private static readonly string[] BreachActs = [.. RecognitionCues.Instance.List("paper_stance.breach_acts"), .. RecognitionCues.Instance.Delegation];

    // (phase 22) A clause opening with a negation (不统计…, 未要求村…): the paper says what is not done.
    private static readonly string[] NegatedOpeners = RecognitionCues.Instance.List("paper_stance.negated_openers");

    // (phase 22) A turn after a prohibition (而由…, 改为…): the clause goes on to hand the act on.
    private static readonly string[] Turns = RecognitionCues.Instance.List("paper_stance.turns");

    // (phase 22) A withdrawal of the practice just told (收回该考评表, 撤销上述办法).
    private static readonly string[] WithdrawnTold = RecognitionCues.Instance.List("paper_stance.withdrawn_told");

    // The past, wherever it stands before the demand (曾要求各村…).
    private static readonly string[] Past = RecognitionCues.Instance.List("paper_stance.past");

    // What the paper says of the problems it has just told (上述问题均已责令整改，责任人受到诫勉谈话处理).
    private static readonly string[] Anaphora = RecognitionCues.Instance.List("paper_stance.anaphora");

    // A permission after the village subject (各村可…, 村里可以…, …即可), with no modal in the clause.
    private static readonly string[] Permissions = RecognitionCues.Instance.List("paper_stance.permissions");
    private static readonly string[] Modals = RecognitionCues.Instance.List("paper_direction.modals");

    // A heading or title that names what it reports as problems (现将…问题通报如下：, 关于…问题的通报).
    private static readonly string[] ReportedHeads = RecognitionCues.Instance.List("paper_stance.reported_heads");
    private static readonly string[] ListPointers = RecognitionCues.Instance.List("paper_direction.list_pointers");
    private static readonly string[] SubjectOpeners = RecognitionCues.Instance.List("paper_direction.subject_openers");
    private const int MaxListItems = 20;

    /// <summary>
    /// Why the paper is not a task for the villages — its genre or its addressee line — when it also nowhere demands
    /// anything of them in its own voice and every finding that would refuse it stands where the paper tells of someone
    /// else's demand (<see cref="Reported"/>); null when it is a task (sent to the villages, an instruction passed down
    /// through the townships), when any clause of it demands something of the villages, or when a finding is its own.
    /// </summary>
    /// <param name="known">The document reading already made of these fields (DocumentReading.Apply's), or null to make it.</param>
    internal static string? NotForVillages(IReadOnlyList<FieldReading> readings, IEnumerable<RecognitionHit> refusing, DocumentReading? known)
    {
        var title = readings.FirstOrDefault(r => r.Field == TitleContext.Title);
        var description = readings.FirstOrDefault(r => r.Field == TitleContext.Description);
        if (title is null || description is null)
        {
            return null;
        }
        var document = known ?? DocumentReading.Read(readings);
        if (document.Addressed == DocumentReading.Addressee.Villages || Kind(title.Text.Text, document) is not { } kind)
        {
            return null;
        }
        var cues = RecognitionCues.Instance;
        // A title naming the problem it reports (关于某局要求村(社区)出具…问题的通报) demands nothing by its words.
        if ((!TitleReports(title.Text.Text) && OwnVoiceDemand(title, document, cues) is not null) || OwnVoiceDemand(description, document, cues) is not null)
        {
            return null;
        }
        foreach (var hit in refusing)
        {
            if (hit.Spans.Count == 0 || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || !(field == title ? TitleReports(title.Text.Text) : Reported(field, hit.Spans[0].Start, hit.MatchedText, document, cues)))
            {
                return null;
            }
        }
        return kind;
    }

    /// <summary>关于将…罚款任务分解到村问题的通报: a title that names a problem or (phase 22) a breach (关于某科违规向村…的通报), or
    /// frames its matter as a request or withdrawal.</summary>
    private static bool TitleReports(string title) =>
        ReportedHeads.Any(h => title.Contains(h, StringComparison.Ordinal)) || PaperDirection.TitleFraming(title) is not null || Breached(title);

    /// <summary>
    /// Whether the match at the source offset stands where the paper tells of someone else's demand: a part that is not
    /// operative, a sentence whose requirer is one instance or that a report governs (<see cref="ToldOfOthers"/>), a numbered
    /// item under a line that reports problems (现将…问题通报如下：), or (phase 14) a sentence framed as past, withdrawn or
    /// refused that tells the villages nothing (<see cref="PaperDirection.Described"/>).
    /// </summary>
    private static bool Reported(FieldReading field, int sourceStart, string matched, DocumentReading document, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        if (document.NotOperativeAt(field.Field, sourceStart) is not null)
        {
            return true;
        }
        var text = field.Text.Text;
        var (first, _) = DocumentText.SentenceClauses(field, k);
        // (phase 36) …要求各社区每月入户拍照上传的规定，除城关社区外，自即日起停止执行: a demand told as ended but kept for some
        // villages in its sentence stands for them — the paper passes it on.
        if (Withdrawals.EndsInSentence(text, field.Clauses[first].Start) && Withdrawals.KeptForVillagesAfter(text, field.Clauses[k].End, matched))
        {
            return false;
        }
        // (phase 23) What tells of someone else's demand stands before the demand (某镇要求各村…): 申报企业须提交企业所在村出具的、
        // 证明该企业…的书面材料 — a 该 after the match names what the paper certifies, not who demanded it.
        return ToldOfOthers(PaperDirection.Unquoted(text[field.Clauses[first].Start..DocumentText.AtSource(field, k, sourceStart)]))
            || UnderReportedList(text, field.Clauses[k].Start)
            || OpensNegated(text[field.Clauses[k].Start..field.Clauses[k].End], cues)
            || Forbidden(text[field.Clauses[k].Start..field.Clauses[k].End], cues)
            || FallsOnAnother(field, k);
    }

    /// <summary>
    /// (phase 22) 馆务会决定收回该考评表: a clause that names no village and whose act falls on the practice just told (收回该…,
    /// 撤销上述…: [paper_stance.withdrawn_told]) withdraws it; it ranks no village.
    /// </summary>
    private static bool FallsOnAnother(FieldReading field, int k)
    {
        if (field.Reader.NamesVillage(k))
        {
            return false;
        }
        var clause = field.Text.Text[field.Clauses[k].Start..field.Clauses[k].End];
        return WithdrawnTold.Any(w => clause.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// (phase 22) 二、不统计村(社区)宣传员的在线时长, 未要求村(社区)干部转发截图: a clause whose predicate is negated at its
    /// opening says what is not done ([paper_stance.negated_openers]). Not 不断…, 不少于… ([not_negating]); not 不得拒绝…,
    /// whose double negation demands.
    /// </summary>
    private static bool OpensNegated(string clause, RecognitionCues cues)
    {
        var body = OpenerStripped(clause);
        if (!NegatedOpeners.Any(n => body.StartsWith(n, StringComparison.Ordinal)) || ClauseScope.NotNegating(body, 0, cues)
            || cues.DoubleNegation.Any(d => body.Contains(d, StringComparison.Ordinal)))
        {
            return false;
        }
        // The negated predicate reaches the villages it names (不统计村(社区)…, 未对村…): 未按时打卡的村… and 未完成…的 negate only
        // a phrase that qualifies the villages or states a case.
        for (var at = 1; at < body.Length; at++)
        {
            if (body[at] == '的')
            {
                return false;
            }
            if (PaperDirection.VillageAt(body, at, cues) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clause without its numbering (二、) and a meeting's or demand's opener (会议明确：, 要求).</summary>
    internal static string OpenerStripped(string clause)
    {
        var body = clause[DocumentText.LeadLength(clause)..];
        return SubjectOpeners.FirstOrDefault(o => body.StartsWith(o, StringComparison.Ordinal)) is { } opener
            ? body[opener.Length..].TrimStart(',', ':', ' ')
            : body;
    }

    /// <summary>
    /// Whether the offset stands in a numbered item (一、, (1), 2.) of a list whose opening line — the first line above the
    /// items that is no item itself — ends with a colon, points to the list ([paper_direction.list_pointers]: 如下, 以下) and
    /// names problems ([paper_stance.reported_heads]): 发现5起…问题，现通报如下：.
    /// </summary>
    internal static bool UnderReportedList(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        if (!PaperDirection.IsItem(text[lineStart..PaperDirection.LineEnd(text, lineStart)]))
        {
            return false;
        }
        for (var items = 0; lineStart > 0 && items < MaxListItems; items++)
        {
            var previousStart = lineStart - 1 == 0 ? 0 : text.LastIndexOf('\n', lineStart - 2) + 1;
            var line = text[previousStart..(lineStart - 1)];
            if (!PaperDirection.IsItem(line))
            {
                return HeadsReportedList(line.TrimEnd(' ', '\r', '\t', '\u3000'));
            }
            lineStart = previousStart;
        }
        return false;
    }

    /// <summary>A list's opening words that end with a colon, point to the list (如下, 以下) and name problems (问题, 违规).</summary>
    private static bool HeadsReportedList(string heading) =>
        heading.EndsWith(':') && ListPointers.Any(p => heading.Contains(p, StringComparison.Ordinal))
        && ReportedHeads.Any(h => heading.Contains(h, StringComparison.Ordinal));

    /// <summary>
    /// (phase 22) Whether the sentence runs a list on from a heading that reports problems (发现典型问题如下：一、…；二、某镇
    /// 要求各村…): the part after the heading's colon opens with an item's number, as the lines under such a heading do.
    /// </summary>
    private static bool InlineReportedList(string sentence)
    {
        var colon = sentence.IndexOf(':');
        return colon > 0 && HeadsReportedList(sentence[..(colon + 1)]) && PaperDirection.IsItem(sentence[(colon + 1)..]);
    }

    /// <summary>
    /// The paper's kind when it is not a task for the villages: a reply, an upward report or minutes (phase 14), a 通报 or
    /// 情况反映 or 审核意见 ([paper_stance.genres]), or a paper whose addressee line names only bodies that pass nothing down
    /// (区级各部门：, 各乡镇纪委：, 市委社会工作部：). Null for an instruction sent to the townships or to no one.
    /// </summary>
    internal static string? Kind(string title, DocumentReading document)
    {
        var text = DocumentGenre.WithoutAsides(title.Trim());
        if (PaperDirection.KindOf(title, document.Addressed) is { } paper)
        {
            return paper;
        }
        if (Genres.Where(g => text.EndsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length) is { } genre)
        {
            return genre;
        }
        if (GenreOpeners.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal)) is { } opener)
        {
            return opener;
        }
        return document.Addressed == DocumentReading.Addressee.Others && document.AddresseeLine is { } line
            && !line.Split(['、', ',', '，', ' ', '/'], StringSplitOptions.RemoveEmptyEntries).Any(PassesDown)
            ? $"主送：{line}"
            : null;
    }

    /// <summary>Whether an addressee is a township (or its like) that passes work down to its villages.</summary>
    private static bool PassesDown(string part) =>
        Townships.Any(t => part.Contains(t, StringComparison.Ordinal)) && !NotPassingDown.Any(n => part.EndsWith(n, StringComparison.Ordinal));

    /// <summary>The first clause that demands something of the villages in the paper's own voice, or null.</summary>
    internal static string? OwnVoiceDemand(FieldReading field, DocumentReading document, RecognitionCues cues)
    {
        var text = field.Text.Text;
        for (var c = 0; c < field.Clauses.Count; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            // 村(社区)依法协助的，应当经准入审核 — a clause ending with 的 states a case for the clause after it, not a demand.
            if (!PaperDirection.Directs(clause, addressedToVillages: false, cues) || Permitted(clause, cues) || clause.TrimEnd(' ', ',', ':').EndsWith('的')
                || Forbidden(clause, cues) || AnotherActs(clause, cues))
            {
                continue;
            }
            var (source, _) = field.Text.ToSource(field.Clauses[c].Start, field.Clauses[c].End);
            if (document.NotOperativeAt(field.Field, source) is not null)
            {
                continue;
            }
            var (first, _) = DocumentText.SentenceClauses(field, c);
            if (!Addresses(clause, cues) && ToldOfOthers(PaperDirection.Unquoted(text[field.Clauses[first].Start..field.Clauses[c].End])))
            {
                continue;
            }
            return clause;
        }
        return null;
    }

    /// <summary>
    /// Whether the clause itself speaks to the villages — 请各村…, 各村要/须/务必… — which no report earlier in its sentence can
    /// make someone else's (某镇要求各村每天打卡，请各村继续按此执行). 由 + a village is not among them: 某镇要求…，并由村干部
    /// 全程在线 goes on with the demand told of.
    /// </summary>
    internal static bool Addresses(string clause, RecognitionCues cues)
    {
        var body = clause[DocumentText.LeadLength(clause)..];
        return PaperDirection.HandsTo(body, "请", cues)
            || (PaperDirection.VillageAt(body, 0, cues) is { } subject && !PaperDirection.Told(body, subject, cues)
                && Modals.Any(m => body.AsSpan(subject).TrimStart(' ').StartsWith(m, StringComparison.Ordinal)));
    }

    /// <summary>
    /// (phase 22) 今后不得以任何形式要求村(社区)拍照留痕, 各地不得将…分解到村(社区)进行考核排名: a prohibition before the first
    /// village the clause names forbids the demand, it does not make it. Not when a double negation turns it back (不得拒绝,
    /// 不得推诿), not 各村不得…, where the village is the subject told to refrain, and not when the clause still hands the act to
    /// the villages after a turn ([paper_stance.turns]: 不再由镇统计而由各村…, 不发表格，改为各村…).
    /// </summary>
    private static bool Forbidden(string clause, RecognitionCues cues)
    {
        if (cues.DoubleNegation.Any(d => clause.Contains(d, StringComparison.Ordinal))
            || Turns.Any(t => clause.Contains(t, StringComparison.Ordinal)))
        {
            return false;
        }
        for (var at = 0; at < clause.Length; at++)
        {
            if (PaperDirection.VillageAt(clause, at, cues) is not null)
            {
                var before = clause[..at];
                return at > 0 && cues.NegationBefore.Any(n => before.Contains(n, StringComparison.Ordinal));
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 22) 村级新闻线索由记者站主动对接, 村级林长公示牌由区林业局统一制作: a village word opening the clause names
    /// whose matter it is, and 由 gives the act to a body that is no village. Not 由各村…, 由村干部…, and not a clause that
    /// also hands the act to the villages (请各村…, 要求村…).
    /// </summary>
    private static bool AnotherActs(string clause, RecognitionCues cues)
    {
        var body = OpenerStripped(clause);
        if (PaperDirection.VillageAt(body, 0, cues) is not { } subject)
        {
            return false;
        }
        var by = body.IndexOf('由', subject);
        // 理由, 由于 and the like are no 由 of the performer (各村不得以任何理由拒绝…).
        return by > 0 && !Agency.NamesNoDoer(body, by)
            && PaperDirection.VillageAt(body, by + 1, cues) is null
            && !cues.Delegation.Append("请").Append("由").Any(verb => PaperDirection.HandsTo(body, verb, cues));
    }

    /// <summary>各村可继续协助宣传, 村里对清单外的证明可以不予出具, 村(社区)依法协助即可: a permission, with no modal.</summary>
    private static bool Permitted(string clause, RecognitionCues cues)
    {
        if (Modals.Any(m => clause.Contains(m, StringComparison.Ordinal)))
        {
            return false;
        }
        var body = clause[DocumentText.LeadLength(clause)..];
        return Permissions.Any(p => body.Contains(p, StringComparison.Ordinal))
            || (PaperDirection.VillageAt(body, 0, cues) is { } subject && body.AsSpan(subject).TrimStart(' ').StartsWith("可", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the sentence up to the demanding clause tells of someone else's demand: an instance marker before a body
    /// (某镇, 区某局, 该部门, 个别单位; not 应该, not 部分村), a report governing what follows (反映：, 发现，, 查处了), the past (曾), or what is said of the
    /// problems just told (上述问题…).
    /// </summary>
    internal static bool ToldOfOthers(string sentence)
    {
        foreach (var marker in Instances)
        {
            for (var at = sentence.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                if (marker == "该" && at > 0 && sentence[at - 1] == '应')
                {
                    continue;
                }
                var after = sentence[(at + marker.Length)..Math.Min(sentence.Length, at + marker.Length + InstanceReach)];
                var stop = after.IndexOfAny([',', ':', ';', '。']);
                after = stop >= 0 ? after[..stop] : after;
                if (!DocumentAddressee.VillageName(after[..Math.Min(after.Length, 2)], RecognitionCues.Instance) && !after.StartsWith('村')
                    && RecognitionCues.Instance.BodySuffixes.Any(b => after.Contains(b, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        foreach (var report in Reporting)
        {
            for (var at = sentence.IndexOf(report, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(report, at + report.Length, StringComparison.Ordinal))
            {
                var end = at + report.Length;
                if (end < sentence.Length && sentence[end] is ',' or ':' or '了')
                {
                    return true;
                }
            }
        }
        return Past.Any(p => sentence.Contains(p, StringComparison.Ordinal)) || Anaphora.Any(a => sentence.Contains(a, StringComparison.Ordinal))
            || Breached(sentence) || InlineReportedList(sentence);
    }

    /// <summary>
    /// (phase 22) Whether a breach qualifies a body's act on others (违规要求各村…, 违规向村下发…, 违规对村排名): the breach word
    /// right before a delegation verb or a preposition of the act ([paper_stance.breach_acts]). Not 对违规用地的村…, where
    /// 违规 names what the villages are ranked on.
    /// </summary>
    private static bool Breached(string text)
    {
        foreach (var breach in Breaches)
        {
            for (var at = text.IndexOf(breach, StringComparison.Ordinal); at >= 0; at = text.IndexOf(breach, at + breach.Length, StringComparison.Ordinal))
            {
                var after = text.AsSpan(at + breach.Length);
                foreach (var act in BreachActs)
                {
                    if (after.StartsWith(act, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

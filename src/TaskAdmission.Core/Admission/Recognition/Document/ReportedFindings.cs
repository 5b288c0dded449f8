using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 31) What a body reports it found, heard, received or verified. An approver: "an audit's 主要发现, an inspection's
/// 巡视发现的突出问题 and its numbered list, 督查中发现：…, the cases of a verified count (查实9件。其中：…), the matters a
/// complaint desk accepts (受理下列问题：…) and the problem an inspection is quoted as pointing out (指出的“…”问题) tell what
/// others did or may do wrong; they ask nothing of the village — until a clause in them asks again."
/// <para>Read from the grammar of the report, not from its line of work: a clause that ends, right before its colon, in a
/// verb of finding ([reported_findings.finding_verbs]: 发现, 查实, 查明, 指出, 反映 …; optionally 的 + a few characters +
/// 问题: 巡视发现的突出问题) when the clause, or the sentence before its colon, names an inspection, an audit, a hearing or a
/// complaint ([reported_findings.occasions]: 督查, 审计, 巡察, 座谈 …), or when 主要 opens the verb (主要发现); a clause ending in
/// a receiving verb and the matters it receives ([reported_findings.receiving]: 受理, 举报 … + [reported_findings.matters]);
/// a bare 其中 whose preceding sentence verified or received a count ([reported_findings.counted]: 查实, 查处, 受理 …).
/// What follows runs to the full stop when the colon has words after it on its line, or over the numbered lines that follow
/// a colon closing its line, up to a line that is not numbered or is headed as a demand ([reported_findings.demand_heads]:
/// 整改要求, 下一步 …). The findings end at a clause that asks (请), that has the villages act anew with a modal of their own,
/// or that says what holds from now on ([telling_papers.in_force]: 今后, 下一步, 将对 …).</para>
/// <para>(phase 32) Also: a verb of finding closing its clause before a comma (县局在暗访中发现，…, 来信反映，…) when what follows
/// tells of someone and the paper tells the case met (a sanction or an undoing after it); an object naming the problems found
/// (发现…几个突出问题：, 存在“…”问题：), on the same condition; a case passed on and quoted (转来的“…”问题线索); the items of an
/// account of what was put right (整改情况如下：) in a paper not sent to the villages; and what opinions received are about
/// (收到各村对承诺书的意见).</para>
/// </summary>
internal static class ReportedFindings
{
    private static readonly string[] FindingVerbs = [.. RecognitionCues.Instance.List("reported_findings.finding_verbs").OrderByDescending(w => w.Length)];
    private static readonly string[] Occasions = RecognitionCues.Instance.List("reported_findings.occasions");
    private static readonly string[] Receiving = RecognitionCues.Instance.List("reported_findings.receiving");
    private static readonly string[] Matters = RecognitionCues.Instance.List("reported_findings.matters");
    private static readonly string[] ListWords = RecognitionCues.Instance.List("reported_findings.list_words");
    private static readonly string[] Counted = RecognitionCues.Instance.List("reported_findings.counted");
    private static readonly string[] DemandHeads = RecognitionCues.Instance.List("reported_findings.demand_heads");
    private static readonly string[] InForce = RecognitionCues.Instance.List("telling_papers.in_force");
    private static readonly string[] Sequence = RecognitionCues.Instance.List("reported_findings.sequence");
    private static readonly string[] Instances = RecognitionCues.Instance.List("paper_stance.instances");

    // 巡视发现的突出问题: the characters between 的 and 问题.
    private const int HeadingReach = 4;

    internal static void Spans(DocumentReading reading, FieldReading description, RecognitionCues cues)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        for (var k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            if (clause.End >= text.Length || text[clause.End] is not (':' or '：' or ',' or '，'))
            {
                continue;
            }
            var words = text[clause.Start..clause.End];
            var body = words[DocumentText.LeadLength(words)..].Trim();
            var sentenceStart = clauses[DocumentText.SentenceClauses(description, k).First].Start;
            // (phase 32) 县局在暗访中发现，…; 你村来信反映，… — the verb of finding closing its clause before a comma
            // reports what follows up to the full stop, as before a colon; a clause after it that asks, says what holds from now
            // on, demands with a modal or states a case (…的，) is the paper's own.
            if (text[clause.End] is ',' or '，')
            {
                // The finding's own clause tells (各村要及时向督查组反馈， asks), what was found tells of someone, and the paper
                // tells the case met.
                if (FindingBeforeComma(body, text[sentenceStart..clause.End]) is not { } found || body.Contains('请') || VillageSubject(body, cues)
                    || Agency.ModalBefore(text, clause.Start, clause.End) is not null || !TellsOfSomeone(description, k) || !MetLater(text, clause.End))
                {
                    continue;
                }
                var stop = NotOperativeParts.FindingEnd(text, clause.End + 1);
                foreach (var later in clauses.Where(c => c.Start > clause.End && c.Start < stop))
                {
                    var part = text[later.Start..later.End];
                    if (part.Contains('请') || AsksFromNow(part, cues) || part.TrimEnd().EndsWith('的')
                        || Agency.ModalBefore(text, later.Start, later.End) is not null
                        || AsksAgain(description, description.ClauseAt(later.Start), clause.End + 1))
                    {
                        stop = later.Start;
                        break;
                    }
                }
                reading.AddNotOperative(description, clause.End + 1, stop, found);
                continue;
            }
            var inspected = Finding(body, text[sentenceStart..clause.End], text, clause.End);
            var cue = inspected ?? Received(body) ?? Cases(body, text, clauses, k)
                ?? (reading.Addressed == DocumentReading.Addressee.Villages ? null : Corrections(body));
            if (cue is null)
            {
                continue;
            }
            var from = clause.End + 1;
            var end = Extent(text, from);
            // The findings end where a clause asks again.
            foreach (var later in clauses.Where(c => c.Start >= from && c.Start < end))
            {
                var part = text[later.Start..later.End];
                // (phase 33) 指出：“各村要每天拍照上传…”: the quotation mark opening the words quoted is no part of their subject.
                var bare = part[DocumentText.LeadLength(part)..].TrimStart(' ', '"');
                if (part.Contains('请') || InForce.Any(f => part.Contains(f, StringComparison.Ordinal))
                    || (VillageSubject(bare, cues) && Agency.ModalBefore(text, later.Start, later.End) is not null)
                    || (inspected is not null && AsksAgain(description, description.ClauseAt(later.Start), from)))
                {
                    end = later.Start;
                    break;
                }
            }
            reading.AddNotOperative(description, from, end, cue);
        }
        Quoted(reading, description);
        Opinions(reading, description);
        Corrected(reading, description, cues);
        EndedHeadings(reading, description);
    }

    private static readonly string[] OpinionLeads = RecognitionCues.Instance.List("reported_findings.opinion_leads");
    private static readonly string[] OpinionNouns = RecognitionCues.Instance.List("reported_findings.opinion_nouns");

    // 收到各村对承诺书的意见: the most characters from the receiving verb to the opinion noun.
    private const int OpinionReach = 40;

    /// <summary>
    /// (phase 32) 收到各村对承诺书的意见, 收到群众对…收费的投诉 — opinions received ([reported_findings.opinion_leads]: 收集到,
    /// 收到 …): what they are about, between 对 and 的 + the opinion noun ([reported_findings.opinion_nouns]), is the matter
    /// commented on, not a demand. Not 请各村对责任状提出意见 (nothing received) nor 征求…意见 (a draft still to be signed).
    /// </summary>
    private static void Opinions(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        foreach (var lead in OpinionLeads)
        {
            for (var at = text.IndexOf(lead, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lead, at + lead.Length, StringComparison.Ordinal))
            {
                var from = at + lead.Length;
                var stop = text.IndexOfAny(['。', ',', ';', '\n', '?'], from);
                var window = text[from..Math.Min(stop < 0 ? text.Length : stop, from + OpinionReach)];
                var dui = window.IndexOf('对');
                if (dui < 0)
                {
                    continue;
                }
                foreach (var noun in OpinionNouns)
                {
                    var of = window.IndexOf("的" + noun, dui + 1, StringComparison.Ordinal);
                    if (of > dui + 1)
                    {
                        reading.AddNotOperative(description, from + dui + 1, from + of, lead + "…对…的" + noun);
                        break;
                    }
                }
            }
        }
    }

    private static readonly string[] EndingOpeners = RecognitionCues.Instance.List("reported_findings.ending_openers");

    // 四、留痕要求。: the most characters a numbered heading that names a topic may take.
    private const int TopicHeadingReach = 8;

    /// <summary>
    /// 四、留痕要求。取消探访老人…拍照上传、定位打卡要求。 — a numbered heading closed by a full stop names the topic of its section;
    /// when the section's next sentence, on the same line, opens by ending something ([reported_findings.ending_openers]:
    /// 取消, 停止, 不再 …), the heading names what is ended. 四、留痕要求。各村每日拍照上传。 — the section asks, and the heading
    /// stays as it reads.
    /// </summary>
    private static void EndedHeadings(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        foreach (var (first, last) in DocumentText.Sentences(description))
        {
            var words = text[clauses[first].Start..clauses[last].End];
            var lead = DocumentText.LeadLength(words);
            if (lead == 0 || first != last || words.Length - lead > TopicHeadingReach || clauses[last].End >= text.Length || text[clauses[last].End] != '。'
                || last + 1 >= clauses.Count)
            {
                continue;
            }
            var next = clauses[last + 1];
            var between = text[(clauses[last].End + 1)..next.Start];
            var opening = text[next.Start..next.End].TrimStart(' ');
            if (between.Contains('\n') || !EndingOpeners.Any(o => opening.StartsWith(o, StringComparison.Ordinal)))
            {
                continue;
            }
            reading.AddNotOperative(description, clauses[first].Start, clauses[last].End, "标题：" + opening[..2]);
        }
    }

    private static readonly string[] CorrectedLeads = RecognitionCues.Instance.List("reported_findings.corrected_leads");

    /// <summary>
    /// 经督促，县燃气公司已于6月1日下线…村级考核排名模块，撤回相关通报 — a sentence opening with a correction made at
    /// someone's urging ([reported_findings.corrected_leads]) and telling it done (已), whose subject is no village: what the
    /// body switched off or withdrew is reported. Up to a clause that asks again, as the findings.
    /// </summary>
    private static void Corrected(DocumentReading reading, FieldReading description, RecognitionCues cues)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        foreach (var (first, last) in DocumentText.Sentences(description))
        {
            var words = text[clauses[first].Start..clauses[first].End];
            var body = words[DocumentText.LeadLength(words)..].TrimStart(' ');
            if (CorrectedLeads.FirstOrDefault(l => body.StartsWith(l, StringComparison.Ordinal)) is not { } lead)
            {
                continue;
            }
            var rest = body[lead.Length..].TrimStart(',', '，', ' ');
            var subjectClause = rest.Length > 0 ? rest : first < last ? text[clauses[first + 1].Start..clauses[first + 1].End].TrimStart(' ') : string.Empty;
            if (PaperDirection.VillageAt(subjectClause, 0, cues) is not null || !text[clauses[first].Start..clauses[last].End].Contains('已'))
            {
                continue;
            }
            var end = clauses[last].End;
            for (var c = first; c <= last; c++)
            {
                var part = text[clauses[c].Start..clauses[c].End];
                if (part.Contains('请') || InForce.Any(f => part.Contains(f, StringComparison.Ordinal))
                    || (c > first && VillageSubject(part.TrimStart(' '), cues)))
                {
                    end = clauses[c].Start;
                    break;
                }
            }
            reading.AddNotOperative(description, clauses[first].Start, end, lead);
        }
    }

    /// <summary>
    /// (phase 32) Whether the clause after the comma of clause <paramref name="k"/>, in its sentence, names a body (镇政府要求…)
    /// or marks one instance ([paper_stance.instances]: 某站, 个别村, 有的干部): 发现，每天拍照上传… names no one and is read as it
    /// stands.
    /// </summary>
    private static bool TellsOfSomeone(FieldReading description, int k)
    {
        var clauses = description.Clauses;
        if (k + 1 >= clauses.Count || clauses[k + 1].Sentence != clauses[k].Sentence)
        {
            return false;
        }
        var next = description.Text.Text.AsSpan(clauses[k + 1].Start, clauses[k + 1].End - clauses[k + 1].Start);
        foreach (var instance in Instances)
        {
            if (next.Contains(instance, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return description.Reader.Mentions(k + 1).Any(m => m.Kind == ActorKind.Other);
    }

    /// <summary>
    /// (phase 32) A verb of finding that closes the clause before a comma (…在暗访中发现，, 来信反映，), with its
    /// occasion named in the sentence up to it; or null. Not …发现的问题， (a noun phrase the sentence goes on to act on). The
    /// caller reads it only when the paper tells the case met (<see cref="MetLater"/>).
    /// </summary>
    private static string? FindingBeforeComma(string body, string sentence)
    {
        foreach (var verb in FindingVerbs)
        {
            if (body.EndsWith(verb, StringComparison.Ordinal)
                && Occasions.Any(o => sentence.Contains(o, StringComparison.Ordinal)))
            {
                return body[Math.Max(0, body.Length - verb.Length - 4)..];
            }
        }
        return null;
    }

    /// <summary>A verb of finding closing the clause (…在暗访中查实, 主要发现, 巡视发现的突出问题), with its occasion; or null.</summary>
    /// <param name="text">The description, and <paramref name="from"/> the offset of the finding's colon: (phase 32) a finding
    /// that names its problems as its object (发现…几个突出问题：) reads as told only when the paper tells, after it, the
    /// sanction or undoing the cases met (<see cref="MetLater"/>; phase 25's policy: a case told without it is shown to a
    /// person, PaperStance).</param>
    private static string? Finding(string body, string sentence, string text, int from)
    {
        foreach (var verb in FindingVerbs)
        {
            var at = body.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var rest = body[(at + verb.Length)..];
            // 巡视发现的突出问题, 审计发现的问题如下; (phase 32) 发现电费回收中几个突出问题, 存在“以村代管”问题: the object
            // named as the problems found.
            if (rest.Length > 0 && !(rest.StartsWith('的') && rest.IndexOf("问题", StringComparison.Ordinal) is >= 1 and var problem && problem <= HeadingReach + 1
                && rest[(problem + 2)..].Length <= 2) && !(ProblemVerbs.Contains(verb) && NamesProblems(rest) && MetLater(text, from)))
            {
                continue;
            }
            var lead = body[..at];
            if (lead.EndsWith("主要", StringComparison.Ordinal) || Occasions.Any(o => sentence.Contains(o, StringComparison.Ordinal)))
            {
                return body[Math.Max(0, at - 4)..];
            }
        }
        return null;
    }

    private static readonly string[] ProblemNouns = RecognitionCues.Instance.List("reported_findings.problem_nouns");
    private static readonly string[] ProblemVerbs = RecognitionCues.Instance.List("reported_findings.problem_verbs");
    private static readonly string[] Met = [.. RecognitionCues.Instance.List("judged_demands.sanctions"), .. RecognitionCues.Instance.List("reported_findings.undoings")];

    /// <summary>
    /// (phase 32) Whether the text after the offset tells a sanction ([judged_demands.sanctions]: 责令, 诫勉 …) or an undoing
    /// ([reported_findings.undoings]: 停止, 收回, 退还 …): the case reported met it.
    /// </summary>
    private static bool MetLater(string text, int from) =>
        Met.Any(m => text.IndexOf(m, from, StringComparison.Ordinal) >= 0);

    // 发现电费回收中几个突出问题: the most characters the object of a verb of finding may take before its problem noun.
    private const int ProblemReach = 14;

    /// <summary>
    /// (phase 32) 电费回收中几个突出问题, “以村代管”问题, 以下问题, 3个方面问题如下 — an object, short and one phrase,
    /// that ends in a noun naming problems ([reported_findings.problem_nouns]), with 如下 or 以下 after it or not.
    /// </summary>
    private static bool NamesProblems(string rest)
    {
        var bare = rest.EndsWith("如下", StringComparison.Ordinal) || rest.EndsWith("以下", StringComparison.Ordinal) ? rest[..^2] : rest;
        return bare.Length <= ProblemReach && bare.IndexOfAny([',', ';', '。', '?']) < 0
            && ProblemNouns.Any(n => bare.EndsWith(n, StringComparison.Ordinal));
    }

    private static readonly string[] CorrectionHeads = RecognitionCues.Instance.List("reported_findings.correction_heads");

    /// <summary>
    /// (phase 32) 我站整改情况如下, 核查处理情况如下 — a clause naming the account of what was corrected or handled
    /// ([reported_findings.correction_heads]) closing before its colon, in a paper not sent to the villages: the items after it
    /// tell what was done; or null.
    /// </summary>
    private static string? Corrections(string body)
    {
        var bare = body.EndsWith("如下", StringComparison.Ordinal) ? body[..^2] : body;
        return CorrectionHeads.FirstOrDefault(h => bare.EndsWith(h, StringComparison.Ordinal)) is { } head ? head + "如下" : null;
    }

    /// <summary>受理以下问题, 举报范围包括下列行为: a receiving verb and the matters it receives closing the clause; or null.</summary>
    private static string? Received(string body)
    {
        foreach (var verb in Receiving)
        {
            var at = body.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var rest = body[(at + verb.Length)..];
            rest = ListWords.FirstOrDefault(l => rest.StartsWith(l, StringComparison.Ordinal)) is { } list ? rest[list.Length..] : rest;
            if (Matters.Contains(rest))
            {
                return body[at..];
            }
        }
        return null;
    }

    /// <summary>其中： after a sentence that verified or received a count (查实9件。其中：…); or null.</summary>
    private static string? Cases(string body, string text, IReadOnlyList<Clause> clauses, int k)
    {
        if (body != "其中" || k == 0)
        {
            return null;
        }
        var previous = clauses[k - 1].Sentence;
        var start = clauses.First(c => c.Sentence == previous).Start;
        var sentence = text[start..clauses[k - 1].End];
        return Counted.Any(c => sentence.Contains(c, StringComparison.Ordinal)) && sentence.Any(char.IsDigit) ? "其中" : null;
    }

    /// <summary>
    /// Where the findings after a colon end: at the full stop when words follow the colon on its line; over the numbered
    /// lines after a colon that closes its line, up to a line not numbered or headed as a demand.
    /// </summary>
    private static int Extent(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u3000' or '\r')
        {
            i++;
        }
        if (i < text.Length && text[i] != '\n')
        {
            return NotOperativeParts.FindingEnd(text, from);
        }
        var end = i;
        while (end < text.Length && text[end] == '\n')
        {
            var lineStart = end + 1;
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text[lineStart..lineEnd];
            var lead = DocumentText.LeadLength(line);
            var numbered = lead > 0 || Sequence.Any(s => line.TrimStart().StartsWith(s, StringComparison.Ordinal));
            if (!numbered || DemandHeads.Any(h => line[lead..].TrimStart().StartsWith(h, StringComparison.Ordinal)))
            {
                break;
            }
            end = lineEnd;
        }
        return end;
    }

    private static readonly string[] Persisting = RecognitionCues.Instance.List("reported_findings.persisting");

    /// <summary>
    /// (phase 32) Whether a clause after a finding told with a comma says what holds from now on ([telling_papers.in_force]: 今后,
    /// 将对, 继续 …) — not a word of persistence right before a verb of requiring (某镇仍要求群众提交…, 该所还在让村干部…): the
    /// body found still demanded it, and the case is told met later in the paper (<see cref="MetLater"/>).
    /// </summary>
    private static bool AsksFromNow(string part, RecognitionCues cues)
    {
        foreach (var word in InForce)
        {
            for (var at = part.IndexOf(word, StringComparison.Ordinal); at >= 0; at = part.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (!(Persisting.Contains(word) && StillRequiring(part, at + word.Length, cues)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // 仍然要求, 仍在要求, 继续让: what may stand between the word of persistence and the verb of requiring, longest first.
    private static readonly string[] PersistingFillers = ["然在", "然", "旧", "在"];

    private static bool StillRequiring(string part, int at, RecognitionCues cues)
    {
        var rest = part.AsSpan(at);
        foreach (var filler in PersistingFillers)
        {
            if (rest.StartsWith(filler, StringComparison.Ordinal))
            {
                rest = rest[filler.Length..];
                break;
            }
        }
        foreach (var verb in cues.Delegation)
        {
            if (verb != "请" && rest.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Demanding = RecognitionCues.Instance.List("agency.demanding");
    private static readonly string[] DemandLeads = RecognitionCues.Instance.List("reported_findings.demand_leads");
    private static readonly string[] CaseObjects = RecognitionCues.Instance.List("reported_findings.case_objects");

    /// <summary>
    /// (phase 33) Whether a clause inside a finding's extent demands anew: it opens — after its numbering, a joining or
    /// time word ([reported_findings.demand_leads]: 并, 同时, 已 …) and at most the finder's own name (督查组, a body named
    /// with an occasion) — with a verb of demanding ([agency.demanding]: 要求, 责成, 督促), and what follows asks the villages
    /// or no one named (要求各村每天拍照上传, 并要求每天上传至工作群). Not when the demand is made of the case found (要求其退还,
    /// 要求该所整改 — [reported_findings.case_objects], or a body named right after the verb), nor when an earlier clause of the
    /// finding, in the sentence, tells of another body (有的乡镇每月对村排名，要求各村…: the practice found goes on), nor when it
    /// opens the findings (发现：要求村（社区）签订…等问题 — the practice found). Only an inspection's finding: the matters a desk
    /// receives (受理下列问题：要求村（社区）签署…) are practices complained of.
    /// </summary>
    private static bool AsksAgain(FieldReading description, int k, int findingStart)
    {
        if (k < 0)
        {
            return false;
        }
        var text = description.Text.Text;
        var clauses = description.Clauses;
        var clause = clauses[k];
        // The finding is told first: a demand opening the findings (发现：要求村（社区）签订…等问题) is the practice found.
        if (k == 0 || clauses[k - 1].Sentence != clause.Sentence || clauses[k - 1].Start < findingStart)
        {
            return false;
        }
        var at = clause.Start + DocumentText.LeadLength(text[clause.Start..clause.End]);
        while (at < clause.End && text[at] is ' ' or '"')
        {
            at++;
        }
        var mentions = description.Reader.Mentions(k);
        if (mentions.FirstOrDefault(m => m.Start == at && m.Kind == ActorKind.Other) is { Text: not null } finder)
        {
            if (!Finder(finder.Text))
            {
                return false;
            }
            at = finder.End;
        }
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var lead in DemandLeads)
            {
                if (string.CompareOrdinal(text, at, lead, 0, lead.Length) == 0 && at + lead.Length < clause.End)
                {
                    at += lead.Length;
                    moved = true;
                    break;
                }
            }
        }
        if (Demanding.FirstOrDefault(v => string.CompareOrdinal(text, at, v, 0, v.Length) == 0) is not { } verb)
        {
            return false;
        }
        var after = at + verb.Length;
        if (CaseObjects.Any(o => string.CompareOrdinal(text, after, o, 0, o.Length) == 0)
            || mentions.FirstOrDefault(m => m.Start >= after) is { Text: not null } next && next.Start - after <= 1 && next.Kind != ActorKind.Village)
        {
            return false;
        }
        for (var c = 0; c < k; c++)
        {
            if (clauses[c].Start >= findingStart && clauses[c].Sentence == clause.Sentence
                && (description.Reader.Mentions(c).Any(m => m.Kind == ActorKind.Other && !Finder(m.Text ?? string.Empty))
                    || BodyInstance(text, clauses[c])))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// (phase 33) Whether the clause marks one instance of a body ([paper_stance.instances] before words that are no village:
    /// 某区, 个别部门, 有的营业所) — the practice found is that body's. 个别村, 部分村干部 mark villages found failing.
    /// </summary>
    private static bool BodyInstance(string text, Clause clause)
    {
        var villages = RecognitionCues.Instance.Village;
        foreach (var instance in Instances)
        {
            for (var at = text.IndexOf(instance, clause.Start, clause.End - clause.Start, StringComparison.Ordinal); at >= 0;
                 at = at + instance.Length < clause.End ? text.IndexOf(instance, at + instance.Length, clause.End - at - instance.Length, StringComparison.Ordinal) : -1)
            {
                var from = at + instance.Length;
                if (from < clause.End && TextNormaliser.IsChinese(text[from])
                    && !villages.Any(v => string.CompareOrdinal(text, from, v, 0, v.Length) == 0))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>(phase 33) A body named by its occasion (督查组, 巡察组, 审计组): the one that found.</summary>
    private static bool Finder(string name) => Occasions.Any(o => name.Contains(o, StringComparison.Ordinal));

    private static bool VillageSubject(string clause, RecognitionCues cues) =>
        (PaperDirection.VillageAt(clause, 0, cues) ?? (clause.StartsWith('由') ? PaperDirection.VillageAt(clause, 1, cues) : null)) is { } subject
        && !PaperDirection.Told(clause, subject, cues);

    // (phase 32) Besides the verbs of finding, the verbs that pass a case on ([reported_findings.conveying]: 你办转来的“…”问题线索).
    private static readonly string[] QuotingVerbs = [.. FindingVerbs, .. RecognitionCues.Instance.List("reported_findings.conveying")];

    /// <summary>
    /// 针对巡察指出的“医院对签约村卫生室…排名通报”问题 — a verb of finding, 的 and a quotation closed right before 问题 (or 情况,
    /// 做法): the quotation is the problem found. (phase 32) So for a case passed on (你办转来的“…”问题线索, 交办的“…”问题).
    /// </summary>
    private static void Quoted(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        foreach (var verb in QuotingVerbs)
        {
            for (var at = text.IndexOf(verb + "的\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb + "的\"", at + 1, StringComparison.Ordinal))
            {
                var open = at + verb.Length + 1;
                var close = text.IndexOf('"', open + 1);
                if (close < 0 || text.IndexOfAny(['。', '\n'], open, close - open) >= 0)
                {
                    continue;
                }
                var after = text[(close + 1)..Math.Min(text.Length, close + 3)];
                if (after.StartsWith("问题", StringComparison.Ordinal) || after.StartsWith("情况", StringComparison.Ordinal) || after.StartsWith("做法", StringComparison.Ordinal))
                {
                    reading.AddNotOperative(description, open, close + 1, verb + "的“…”问题");
                }
            }
        }
    }
}

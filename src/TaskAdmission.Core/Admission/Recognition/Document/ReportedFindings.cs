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

    // 巡视发现的突出问题: the characters between 的 and 问题.
    private const int HeadingReach = 4;

    internal static void Spans(DocumentReading reading, FieldReading description, RecognitionCues cues)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        for (var k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            if (clause.End >= text.Length || text[clause.End] is not (':' or '：'))
            {
                continue;
            }
            var words = text[clause.Start..clause.End];
            var body = words[DocumentText.LeadLength(words)..].Trim();
            var sentenceStart = clauses[DocumentText.SentenceClauses(description, k).First].Start;
            var cue = Finding(body, text[sentenceStart..clause.End]) ?? Received(body) ?? Cases(body, text, clauses, k);
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
                var bare = part[DocumentText.LeadLength(part)..].TrimStart(' ');
                if (part.Contains('请') || InForce.Any(f => part.Contains(f, StringComparison.Ordinal))
                    || (VillageSubject(bare, cues) && Agency.ModalBefore(text, later.Start, later.End) is not null))
                {
                    end = later.Start;
                    break;
                }
            }
            reading.AddNotOperative(description, from, end, cue);
        }
        Quoted(reading, description);
        Corrected(reading, description, cues);
        EndedHeadings(reading, description);
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

    /// <summary>A verb of finding closing the clause (…在暗访中查实, 主要发现, 巡视发现的突出问题), with its occasion; or null.</summary>
    private static string? Finding(string body, string sentence)
    {
        foreach (var verb in FindingVerbs)
        {
            var at = body.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var rest = body[(at + verb.Length)..];
            // 巡视发现的突出问题, 审计发现的问题如下
            if (rest.Length > 0 && !(rest.StartsWith('的') && rest.IndexOf("问题", StringComparison.Ordinal) is >= 1 and var problem && problem <= HeadingReach + 1
                && rest[(problem + 2)..].Length <= 2))
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

    private static bool VillageSubject(string clause, RecognitionCues cues) =>
        (PaperDirection.VillageAt(clause, 0, cues) ?? (clause.StartsWith('由') ? PaperDirection.VillageAt(clause, 1, cues) : null)) is { } subject
        && !PaperDirection.Told(clause, subject, cues);

    /// <summary>
    /// 针对巡察指出的“医院对签约村卫生室…排名通报”问题 — a verb of finding, 的 and a quotation closed right before 问题 (or 情况,
    /// 做法): the quotation is the problem found.
    /// </summary>
    private static void Quoted(DocumentReading reading, FieldReading description)
    {
        var text = description.Text.Text;
        foreach (var verb in FindingVerbs)
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

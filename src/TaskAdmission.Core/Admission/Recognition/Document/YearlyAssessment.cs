using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 33) The villages' one yearly assessment. The rules on village burdens ban the many assessments, rankings and
/// circulars of departments and leave one: the township's (or the party committee's) comprehensive assessment of its
/// villages, once a year. An approver: <b>"a paper that puts a line of work into that one assessment — 统一纳入乡镇对村年度综合
/// 考评, 统一在年终村级综合考评中体现, 对村的考核统一由镇党委每年组织一次 — names the lawful channel and adds no assessment;
/// a department as the assessor, a frequency shorter than a year, a ranking, circular or sanction beside it still fire."</b>
/// Read from the grammar of the sentence: 统一 governing the assessment (统一纳入/并入/列入 …, 统一在…中, 统一由 X 组织 or
/// 由 X 统一组织), a mark of the year (年度, 年终, 每年, 一年一次, 综合 …: [yearly_assessment.yearly]) and no shorter
/// frequency ([yearly_assessment.frequent]: 每月, 每季度 …), and the assessor — the body after 由 or before 对 + the villages
/// — a township or a party committee or government, not a department ([yearly_assessment.department_marks]). Only the
/// words that name the assessment itself (考核, 考评, 纳入…综合考评) are read so; 排名, 通报, 扣分, 百分制考核 beside it keep
/// their reading.
/// </summary>
internal static class YearlyAssessment
{
    private static readonly RecognitionCues Cues = RecognitionCues.Instance;
    private static readonly string[] Nouns = Cues.List("yearly_assessment.nouns");
    private static readonly string[] Joining = Cues.List("yearly_assessment.joining");
    private static readonly string[] Assessing = Cues.List("yearly_assessment.assessing");
    private static readonly string[] Yearly = Cues.List("yearly_assessment.yearly");
    private static readonly string[] Frequent = Cues.List("yearly_assessment.frequent");
    private static readonly string[] AssessorStops = Cues.List("yearly_assessment.assessor_stops");
    private static readonly string[] Levels = Cues.List("yearly_assessment.township_levels");
    private static readonly string[] Governments = Cues.List("yearly_assessment.governments");
    private static readonly string[] Departments = Cues.List("yearly_assessment.department_marks");
    private static readonly string[] BodyEnds = Cues.List("yearly_assessment.body_ends");
    private static readonly string[] Ending = Cues.List("changed_demands.forbidding");

    private const string Unified = "统一";

    /// <summary>The most characters of an assessor's name after 由 (由镇（街道）…, 由乡镇党委…).</summary>
    private const int AssessorReach = 12;

    /// <summary>
    /// Whether the assessment the hit names is the villages' one yearly assessment: in the description, by its sentence;
    /// in the title (关于做好村级年度工作综合考核的说明), when the title names the year's or the comprehensive assessment, no
    /// shorter frequency, and the description puts some line of work into it. The cue, or null.
    /// </summary>
    internal static string? Of(FieldReading reading, RecognitionHit hit, FieldReading? title, FieldReading? description)
    {
        if (hit.Entry.Family != LexiconFamilies.Assessment || hit.Spans.Count == 0 || !NamesTheAssessment(hit.MatchedText.Trim()))
        {
            return null;
        }
        // 关于做好村级年度综合考核的说明: a title naming the yearly or comprehensive assessment; 关于对社区考核的通知 announces an
        // assessment of its own, whatever the text consolidates.
        if (hit.Field == TitleContext.Title)
        {
            return description is null || !NamesTheYear(reading.Text.Text) ? null : Anywhere(description);
        }
        if (hit.Field != TitleContext.Description || DocumentText.ClauseAtSource(reading, hit.Spans[0].Start) is not (>= 0 and var k))
        {
            return null;
        }
        var end = DocumentText.AtSource(reading, k, hit.Spans[^1].Start + hit.Spans[^1].Length - 1) + 1;
        return Consolidated(reading, k, end) ?? OfThePaper(title, reading, k, end);
    }

    /// <summary>
    /// 关于做好村（社区）年度工作综合考核的说明 …二、考核内容。…: in a paper whose title names the yearly or comprehensive
    /// assessment (and no shorter frequency) and whose text puts it in the township's hands (<see cref="Anywhere"/>), a bare
    /// assessment word is that assessment — unless its own sentence states a shorter frequency or names a department as
    /// the one who assesses. The cue, or null.
    /// </summary>
    private static string? OfThePaper(FieldReading? title, FieldReading description, int k, int end)
    {
        if (title is null || title.Text.Text is var heading && (!NamesTheYear(heading) || !Nouns.Any(n => heading.Contains(n, StringComparison.Ordinal))))
        {
            return null;
        }
        var text = description.Text.Text;
        var clauses = description.Clauses;
        var (first, last) = DocumentText.SentenceClauses(description, k);
        if (FrequencyIn(text, clauses, first, last) || AssessorBefore(text[clauses[k].Start..Math.Min(end, clauses[k].End)], 0) == false)
        {
            return null;
        }
        for (var c = first; c <= last; c++)
        {
            var words = text[clauses[c].Start..clauses[c].End];
            // 由县农业农村局对各村…: a department the sentence gives the assessment to (not 由于, a cause).
            if (words.IndexOf('由') is >= 0 and var by && !words.AsSpan(by + 1).StartsWith("于", StringComparison.Ordinal)
                && NameAfter(words, by + 1) is { } named && !Allowed(named))
            {
                return null;
            }
        }
        return Anywhere(description) is { } cue ? "《" + heading.Trim() + "》：" + cue : null;
    }

    /// <summary>
    /// The match is the assessment itself — 考核, 考评 — or a line of work put into it (纳入乡镇对村年度综合考评); not a manner
    /// of assessing (百分制考核, 积分制考评), which the rules ban whoever assesses.
    /// </summary>
    private static bool NamesTheAssessment(string matched) =>
        Nouns.Contains(matched) || Joining.Any(j => matched.StartsWith(j, StringComparison.Ordinal)) && Nouns.Any(n => matched.EndsWith(n, StringComparison.Ordinal));

    /// <summary>A title that names the year's or the comprehensive assessment and no shorter frequency.</summary>
    private static bool NamesTheYear(string heading) =>
        Yearly.Any(y => heading.Contains(y, StringComparison.Ordinal)) && !Frequent.Any(f => heading.Contains(f, StringComparison.Ordinal));

    /// <summary>The first assessment word of the description that <see cref="Consolidated"/> reads so, or null.</summary>
    private static string? Anywhere(FieldReading description)
    {
        var text = description.Text.Text;
        foreach (var noun in Nouns)
        {
            for (var at = text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
            {
                if (description.ClauseAt(at) is >= 0 and var k && Consolidated(description, k, at + noun.Length) is { } cue)
                {
                    return cue;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the assessment word ending at <paramref name="end"/> (normalised) in clause <paramref name="k"/> is put into
    /// the one yearly assessment by its sentence. The cue, or null.
    /// </summary>
    private static string? Consolidated(FieldReading reading, int k, int end)
    {
        var text = reading.Text.Text;
        var clauses = reading.Clauses;
        var (first, last) = DocumentText.SentenceClauses(reading, k);
        var sentence = text[clauses[first].Start..clauses[last].End];
        if (Yearly.FirstOrDefault(y => sentence.Contains(y, StringComparison.Ordinal)) is not { } year)
        {
            return null;
        }
        if (FrequencyIn(text, clauses, first, last))
        {
            return null;
        }
        for (var c = k; c <= Math.Min(last, k + 1); c++)
        {
            var words = text[clauses[c].Start..clauses[c].End];
            for (var u = words.IndexOf(Unified, StringComparison.Ordinal); u >= 0; u = words.IndexOf(Unified, u + Unified.Length, StringComparison.Ordinal))
            {
                var after = words[(u + Unified.Length)..];
                // 统一纳入乡镇对村年度综合考评, 统一在年终村级综合考评中体现: the assessment is the object, after 统一 in its clause.
                if ((Joining.FirstOrDefault(j => after.StartsWith(j, StringComparison.Ordinal)) ?? (after.StartsWith('在') ? "在" : null)) is { } join)
                {
                    if (c == k && clauses[c].Start + u < end && AssessorBefore(words[..(end - clauses[c].Start)], u + Unified.Length + join.Length) != false)
                    {
                        return Unified + join + "…" + year;
                    }
                    continue;
                }
                // 统一由镇党委每年组织一次, 由乡镇党委统一组织: the assessment is the topic, in its clause or the one before.
                if (Assessor(words, u) is not { } assessor || !Assessing.Any(a => after.Contains(a, StringComparison.Ordinal))
                    || !Allowed(assessor) || c == k && AssessorBefore(words[..Math.Min(words.Length, end - clauses[c].Start)], 0) == false
                    || c == k + 1 && AssessorBefore(text[clauses[k].Start..clauses[k].End], 0) == false)
                {
                    continue;
                }
                return assessor + Unified + "…" + year;
            }
        }
        return null;
    }

    /// <summary>
    /// 每月考评一次 in the sentence: not the one yearly assessment; 停止按月通报 — a frequency its clause ends before it
    /// ([changed_demands.forbidding]) — is no frequency of it.
    /// </summary>
    private static bool FrequencyIn(string text, IReadOnlyList<Clause> clauses, int first, int last)
    {
        for (var c = first; c <= last; c++)
        {
            var words = text.AsSpan(clauses[c].Start, clauses[c].End - clauses[c].Start);
            foreach (var frequent in Frequent)
            {
                if (words.IndexOf(frequent, StringComparison.Ordinal) is >= 0 and var f && !EndedBefore(words[..f]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool EndedBefore(ReadOnlySpan<char> words)
    {
        foreach (var ending in Ending)
        {
            if (words.Contains(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The assessor named with 统一 at <paramref name="u"/>: after 由 right after it (统一由街道党工委…) or right before it
    /// (由乡镇党委统一…), up to a word of acting or of time ([yearly_assessment.assessor_stops]). Null when no 由 stands there.
    /// </summary>
    private static string? Assessor(string words, int u)
    {
        if (words.AsSpan(u + Unified.Length).StartsWith("由", StringComparison.Ordinal))
        {
            return NameAfter(words, u + Unified.Length + 1);
        }
        var from = words.LastIndexOf('由', Math.Max(0, u - 1));
        return from >= 0 && u - from - 1 is > 0 and <= AssessorReach ? words[(from + 1)..u] : null;
    }

    /// <summary>The name from <paramref name="from"/> up to a word of acting or of time, or null when longer than a name.</summary>
    private static string? NameAfter(string words, int from)
    {
        var stop = words.Length;
        foreach (var word in AssessorStops)
        {
            if (words.IndexOf(word, from, StringComparison.Ordinal) is var at && at > from && at < stop)
            {
                stop = at;
            }
        }
        return stop - from <= AssessorReach ? words[from..stop] : null;
    }

    /// <summary>
    /// The body before a 对 that opens the villages in <paramref name="words"/> from <paramref name="from"/> on (乡镇对村…,
    /// 镇党委对村的…): true when it is a township or a government, false when it is another body (县农业农村局对各村…), null
    /// when no body stands there (对社区治安防控工作的考核, 田长制工作不单独对村…).
    /// </summary>
    private static bool? AssessorBefore(string words, int from)
    {
        for (var at = words.IndexOf('对', from); at >= 0; at = words.IndexOf('对', at + 1))
        {
            var rest = words[(at + 1)..];
            if (!Cues.Village.Any(v => rest.StartsWith(v, StringComparison.Ordinal)) && !rest.StartsWith('各') && !rest.StartsWith('村'))
            {
                continue;
            }
            var body = words[from..at].TrimStart(',', ' ');
            return BodyEnds.Any(e => body.EndsWith(e, StringComparison.Ordinal)) ? Allowed(body) : null;
        }
        return null;
    }

    /// <summary>A township (乡镇, 镇党委、政府, 街道党工委, 镇考核办) or a party committee or government (县委、县政府), not a department.</summary>
    private static bool Allowed(string body)
    {
        var name = body.Trim().TrimStart('各');
        return name.Length > 0 && !Departments.Any(d => name.Contains(d, StringComparison.Ordinal))
            && (Levels.Any(l => name.Contains(l, StringComparison.Ordinal)) || Governments.Any(g => name.EndsWith(g, StringComparison.Ordinal)));
    }
}

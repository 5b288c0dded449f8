using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 33) 由所在村出具…证明，作为林木补偿的依据 — the words after a comma (or a clause's opening) that open with 作为 (用作,
/// 以此作为 …: [stated_use.leads]) and close the clause with 依据 (凭证, 参考 …: [stated_use.ends]) name what a paper, a list or
/// a record the sentence produces will be used for, by whoever uses it: the compensation paid, the subsidy granted, the case decided on that basis. An approver: "the
/// village provides the paper; the work the paper serves is not put on it." Read for prohibited work only, and not when the
/// use measures someone ([stated_use.measures]: 作为考核各村征迁进度的依据, 作为排名依据 — a rating ban's very shape). A
/// sentence that gives the work itself to the village (由所在村负责林木补偿, 并负责兑付补偿款) has no such clause and keeps
/// its reading.
/// </summary>
internal static class StatedUse
{
    private static readonly string[] Leads = [.. RecognitionCues.Instance.List("stated_use.leads").OrderByDescending(l => l.Length)];
    private static readonly string[] Ends = RecognitionCues.Instance.List("stated_use.ends");
    private static readonly string[] Measures = RecognitionCues.Instance.List("stated_use.measures");

    /// <summary>The use the hit's clause states (…，作为…依据) with the match's act inside it, or null.</summary>
    internal static string? Of(FieldReading field, RecognitionHit hit)
    {
        // The match's last term names its act (青苗…补偿: 补偿); the use must hold it.
        if (hit.Entry.Target != RecogniserTarget.ProhibitedWork || hit.Spans.Count == 0
            || DocumentText.ClauseAtSource(field, hit.Spans[^1].Start) is not (>= 0 and var k))
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var at = DocumentText.AtSource(field, k, hit.Spans[^1].Start);
        // The clause's own opening, or a comma that the splitter kept inside it (…证明，作为…依据: ClauseSplitter keeps what a
        // thing is used as in the clause that makes it): the last such opening before the match.
        var opening = -1;
        for (var i = at - 1; i >= clause.Start && opening < 0; i--)
        {
            if (i == clause.Start || text[i - 1] is ',' or '，')
            {
                var from = i;
                while (from < at && text[from] == ' ')
                {
                    from++;
                }
                if (Leads.Any(l => string.CompareOrdinal(text, from, l, 0, l.Length) == 0))
                {
                    opening = from;
                }
            }
        }
        if (opening < 0)
        {
            return null;
        }
        var use = text[opening..clause.End].TrimEnd(' ', '。', '；', ';', '，', ',');
        var lead = Leads.First(l => use.StartsWith(l, StringComparison.Ordinal));
        return use.IndexOfAny([',', '，']) < 0 && Ends.FirstOrDefault(e => use.EndsWith(e, StringComparison.Ordinal)) is { } end
            && !Measures.Any(m => use.Contains(m, StringComparison.Ordinal))
            ? $"{lead}…{end}" : null;
    }
}

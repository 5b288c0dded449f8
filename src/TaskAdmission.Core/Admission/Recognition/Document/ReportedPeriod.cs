using System.Globalization;
using System.Text.RegularExpressions;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 33) The period a report or a summary accounts for, when the paper says it is over: 某县2025年…情况报告 signed
/// 2026年1月, 某镇2026年上半年…工作总结. An approver reads a sentence of such a paper that opens with that period (2025年，全县完成
/// 投资…; 上半年，卫生院…做了以下工作：) as the account of what was done in it, and so every item of the numbered list such a
/// sentence opens: it asks nothing of anyone. What the paper says of another period (下半年，…; 2026年，…), a sentence with a
/// modal or a word of what holds from now on, and anything under a plans or demands heading keep their reading (the
/// callers in <see cref="TellingPapers.Told"/> check those first).
/// <para>Read from the paper's form alone: the title's kind ([telling_papers.period_kinds]), its period (a year and a part of
/// it, [telling_papers.period_parts]), and that the period is over — by the kind, when it looks back by its name
/// ([telling_papers.retrospective]: 总结, 回顾 …), or by the paper's own closing date falling in a later year.</para>
/// </summary>
internal sealed record ReportedPeriod(string? Year, string? Part)
{
    private static readonly string[] PeriodKinds = RecognitionCues.Instance.List("telling_papers.period_kinds");
    private static readonly string[] Retrospective = RecognitionCues.Instance.List("telling_papers.retrospective");
    private static readonly string[] Parts = [.. RecognitionCues.Instance.List("telling_papers.period_parts").OrderByDescending(p => p.Length)];
    private static readonly string[] InForce = RecognitionCues.Instance.List("telling_papers.in_force");
    private static readonly string[] PlanHeads = RecognitionCues.Instance.List("telling_papers.plan_heads");
    private static readonly string[] DemandHeads = RecognitionCues.Instance.List("reported_findings.demand_heads");
    private static readonly string[] TimeLeads = RecognitionCues.Instance.List("paper_direction.time_leads");
    private static readonly Regex TitleYear = new(@"(\d{4})年度?", RegexOptions.CultureInvariant);
    private static readonly Regex DateLine = new(@"^(\d{4})年\d{1,2}月", RegexOptions.CultureInvariant);
    private static readonly Regex OpeningYear = new(@"^\d{4}年", RegexOptions.CultureInvariant);
    private const string Quarters = "一二三四1234";
    private const string Quarter = "季度";
    // The paper's date: among its last lines.
    private const int DateLines = 3;

    /// <summary>The period the title names, when the paper's kind reports on a period and the period is over; else null.</summary>
    internal static ReportedPeriod? Of(string title, string description, string? kind)
    {
        if (kind is null || !PeriodKinds.Contains(kind))
        {
            return null;
        }
        var year = TitleYear.Match(title);
        string? part = null;
        for (var at = year.Success ? year.Index + year.Length : 0; at < title.Length && part is null; at++)
        {
            part = PartAt(title, at)?.Part;
            if (year.Success)
            {
                break;
            }
        }
        if (!year.Success && part is null)
        {
            return null;
        }
        var period = new ReportedPeriod(year.Success ? year.Groups[1].Value + "年" : null, part);
        if (Retrospective.Contains(kind))
        {
            return period;
        }
        // 情况报告 of 2025 signed 2026年1月22日: the year is over.
        if (!year.Success)
        {
            return null;
        }
        var reported = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
        var lines = description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Skip(Math.Max(0, lines.Length - DateLines)).Select(l => DateLine.Match(l))
            .Any(m => m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) > reported) ? period : null;
    }

    /// <summary>
    /// Whether the sentence of clauses <paramref name="first"/>..<paramref name="last"/> accounts for the period: it, or the
    /// line it goes on, opens with it, or it stands on a numbered line of a list whose lead line opens with it and ends in a
    /// colon, with no plans or demands heading and no word of what holds from now on between. A sentence with a modal, or one
    /// opening with another time, does not. The cue, or null.
    /// </summary>
    internal string? Narrates(FieldReading field, int first, int last)
    {
        var text = field.Text.Text;
        var start = field.Clauses[first].Start;
        if (Agency.ModalBefore(text, start, field.Clauses[last].End) is not null)
        {
            return null;
        }
        var words = text[start..field.Clauses[last].End];
        var body = words[DocumentText.LeadLength(words)..].TrimStart(' ');
        if (Opening(body) is { } own)
        {
            return own;
        }
        if (OpeningYear.IsMatch(body) || PartAt(body, 0) is not null || TimeLeads.Any(t => body.StartsWith(t, StringComparison.Ordinal)))
        {
            return null;
        }
        // 2025年，全县完成…。建后管护方面，…: the line a sentence opening with the period begins goes on with its account.
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var line = text[lineStart..start];
        if (line.Trim().Length > 0 && Opening(line[DocumentText.LeadLength(line)..].TrimStart(' ')) is { } lineOwn)
        {
            return lineOwn;
        }
        // 一、健康档案：新建…。 under 上半年，卫生院…做了以下工作： — walk up the numbered lines to the list's lead.
        var lineEnd = text.IndexOf('\n', lineStart);
        if (DocumentText.LeadLength(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]) == 0)
        {
            return null;
        }
        while (lineStart > 0)
        {
            var end = lineStart - 1;
            lineStart = end == 0 ? 0 : text.LastIndexOf('\n', end - 1) + 1;
            var above = text[lineStart..end].Trim();
            if (above.Length == 0)
            {
                continue;
            }
            var lead = DocumentText.LeadLength(above);
            var aboveBody = above[lead..].TrimStart(' ');
            if (PlanHeads.Any(h => aboveBody.Contains(h, StringComparison.Ordinal)) || InForce.Any(f => aboveBody.Contains(f, StringComparison.Ordinal))
                || DemandHeads.Any(h => aboveBody.StartsWith(h, StringComparison.Ordinal)))
            {
                return null;
            }
            if (lead == 0)
            {
                return above[^1] is ':' or '：' ? Opening(aboveBody) : null;
            }
        }
        return null;
    }

    /// <summary>The period opening the words (2025年，…, 上半年，…, 2026年上半年…, 今年一季度…), or null.</summary>
    private string? Opening(string body)
    {
        if (Part is null)
        {
            return body.StartsWith(Year!, StringComparison.Ordinal) ? $"报告时段：{Year}"
                : body.StartsWith("全年", StringComparison.Ordinal) ? "报告时段：全年" : null;
        }
        var at = Year is not null && body.StartsWith(Year, StringComparison.Ordinal) ? Year.Length
            : body.StartsWith("今年", StringComparison.Ordinal) ? 2 : 0;
        return PartAt(body, at) is { } part && part.Part == Part ? $"报告时段：{body[..(at + part.Length)]}" : null;
    }

    /// <summary>
    /// The part of a year the words name at <paramref name="at"/> ([telling_papers.period_parts], or a quarter however written:
    /// 第一季度, 第1季度 — the normalised form after 第 — and 一季度 all read 一季度) and its length, or null.
    /// </summary>
    private static (string Part, int Length)? PartAt(string words, int at)
    {
        if (Parts.FirstOrDefault(p => string.CompareOrdinal(words, at, p, 0, p.Length) == 0) is { } named)
        {
            return (named, named.Length);
        }
        var i = at < words.Length && words[at] == '第' ? at + 1 : at;
        return i < words.Length && Quarters.IndexOf(words[i], StringComparison.Ordinal) is >= 0 and var q
            && string.CompareOrdinal(words, i + 1, Quarter, 0, Quarter.Length) == 0
            ? (Quarters[q % 4] + Quarter, i + 1 + Quarter.Length - at) : null;
    }
}

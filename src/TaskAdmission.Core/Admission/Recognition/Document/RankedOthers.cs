using System.Text.RegularExpressions;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 34) Whom a ranking ranks when the paper says it ranks others. An approver: "a ranking is banned when it ranks the
/// village committee or its cadres. A contest's rules or results score its entries — the works, programmes, teams or
/// contestants — even when the contest is named after villages (村晚, 村BA) or a team bears a village's name; a body's rules for
/// its own staff who serve the villages (社区民警, 驻村干部, a station's 工作人员) rate those staff, and their check-in at the
/// village is theirs; a rating announced to the firms it rates (各有关施工企业：) rates the firms, whatever they built. The
/// villages are ranked only where the paper says so: it scores or ranks the villages (对各村…, 各村得分/排名, 村级考核, 评出
/// 先进村), or names their cadres."
/// <para>Three kinds of paper, read from its title and addressee line, not from its line of work:</para>
/// <list type="bullet">
/// <item>a contest: the title names one ([ranked_others.contests]: 大赛, 联赛, 展演 …) and the paper names its entries
/// ([ranked_others.entries]: 作品, 节目, 球队, 选手 …);</item>
/// <item>a body's rules for its own staff: the title names a post a body fills with its own people ([ranked_others.own_posts]:
/// 民警, 驻村干部 …; a village word before it says where they serve), or an office's staff right after the office's name
/// (…文化站工作人员: [ranked_others.office_staff] after [ranked_others.office_heads], no village word in the name), and then,
/// within a few characters, a word of rating or attending ([ranked_others.managing]: 考核, 考勤, 绩效 …);</item>
/// <item>a paper sent only to firms: every part of its addressee line ends with a contractor's word ([document_scope.contractors]).</item>
/// </list>
/// Not in a paper sent to the villages: it asks them something (各村：驻村干部每天到村委会签到…), and is read as usual.
/// In such a paper a firing rating (and, in a staff paper, a firing check-in) is quieted — unless the paper anywhere ties the
/// villages to a ranking in words not negated in their clause (<see cref="VillageTie"/>; negations: [ranked_others.negations]:
/// 不对各村进行排名, 不与村级考核挂钩, 不得要求村干部… tie nothing): then every match keeps its reading.
/// </summary>
internal static class RankedOthers
{
    private static readonly string[] Contests = RecognitionCues.Instance.List("ranked_others.contests");
    private static readonly string[] Entries = RecognitionCues.Instance.List("ranked_others.entries");
    private static readonly string[] OwnPosts = RecognitionCues.Instance.List("ranked_others.own_posts");
    private static readonly string[] OfficeStaff = RecognitionCues.Instance.List("ranked_others.office_staff");
    private static readonly string[] OfficeHeads = RecognitionCues.Instance.List("ranked_others.office_heads");
    private static readonly string[] Managing = RecognitionCues.Instance.List("ranked_others.managing");
    private static readonly string[] Negations = RecognitionCues.Instance.List("ranked_others.negations");
    private static readonly string[] Contractors = RecognitionCues.Instance.List("document_scope.contractors");
    private static readonly string[] VillageMarks = RecognitionCues.Instance.List("village_markers");

    /// <summary>社区民警实有人口采集工作绩效考核: the characters between the staff's word and the word rating them.</summary>
    private const int ManagingReach = 14;

    /// <summary>
    /// The villages tied to a ranking (text normalised: ASCII brackets and punctuation, lower case): scored or ranked after
    /// 对/按/以 (对各村, 对村考核, 按村排名, 以村为单位), a ranking word after 各村 in its clause (各村得分, 各村亮灯排名), the villages'
    /// own assessment (村级考核, 村(社区)年度考核), villages named by their rank (先进村, 后进村, 十佳村), or the villages' cadres
    /// (村干部, 两委 — not 驻村干部, 包村干部: the township's staff).
    /// </summary>
    private static readonly Regex VillageTie = new(
        @"(?:对|给|按|以)(?:全[县区市镇乡]|辖区)?(?:各|每个|所在|各行政|行政)?村(?:\(社区\)|\(居\))?(?![民晚ba超落庄口头规])"
        + @"|各(?:行政)?村(?:\(社区\))?[^,.;:!?\n。|]{0,10}?(?:得分|排名|排序|名次|积分|成绩|考核|考评|评分|打分|亮灯|赛马|比拼|晾晒)"
        + @"|村(?:级|\(社区\))(?:年度|综合|工作|目标|绩效)*(?:考核|考评|排名|排序|评比|打分|评分)"
        + @"|(?:十佳|先进|示范|优秀|星级|红旗|五星|后进|落后|末位|达标)(?:行政)?村(?![民晚ba超])"
        + @"|(?<![驻包联下进])村(?:\(社区\))?(?:干部|两委|书记|主任)",
        RegexOptions.CultureInvariant);

    private static readonly char[] ClauseStops = [',', ';', ':', '。', '.', '!', '?', '\n', '，', '；', '：', '|'];

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading? document)
    {
        // A paper sent to the villages asks them something (各村：驻村干部每天到村委会签到…): its matches are read as usual.
        if (document is null || document.Addressed == DocumentReading.Addressee.Villages || !hits.Any(h => Quietable(h, checkIns: true)))
        {
            return;
        }
        var title = readings.FirstOrDefault(r => r.Field == TitleContext.Title)?.Text.Text ?? string.Empty;
        var description = readings.FirstOrDefault(r => r.Field == TitleContext.Description)?.Text.Text ?? string.Empty;
        if (Ranked(title, description, document) is not { } ranked
            || readings.Any(r => VillagesTied(r.Text.Text) is not null || ranked.Contest && Tied(ContestTie, r.Text.Text) is not null))
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            if (Quietable(hits[i], ranked.CheckIns))
            {
                hits[i] = hits[i] with { Verdict = new HitVerdict(false, VerdictReason.NotOperative, ranked.Cue) };
            }
        }
    }

    private static bool Quietable(RecognitionHit hit, bool checkIns) =>
        hit.Verdict.Fires && (hit.Entry.Family == LexiconFamilies.Assessment || checkIns && hit.Entry.Family == LexiconFamilies.AppCheckIn);

    /// <summary>Whom the paper says it ranks — its entries, its own staff or the firms it is sent to — or null.</summary>
    internal static (string Cue, bool CheckIns, bool Contest)? Ranked(string title, string description, DocumentReading document)
    {
        if (OwnStaff(title) is { } staff)
        {
            return ($"考核对象：{staff}", true, false);
        }
        if (Contests.FirstOrDefault(c => title.Contains(c, StringComparison.Ordinal)) is { } contest
            && Entries.FirstOrDefault(e => title.Contains(e, StringComparison.Ordinal) || description.Contains(e, StringComparison.Ordinal)) is { } entry)
        {
            return ($"评比对象：{entry}（{contest}）", false, true);
        }
        if (document.Addressed == DocumentReading.Addressee.Others && document.AddresseeLine is { } line
            && DocumentAddressee.Parts(line) is { Length: > 0 } parts
            && parts.All(p => Contractors.Any(c => DocumentText.StripBrackets(p).EndsWith(c, StringComparison.Ordinal))))
        {
            return ($"评比对象：{line}", false, false);
        }
        return null;
    }

    /// <summary>
    /// The staff a title rates when they are a body's own (社区民警…绩效考核, 驻村干部考勤, 文化站工作人员…考核): the post, or null.
    /// </summary>
    internal static string? OwnStaff(string title)
    {
        foreach (var post in OwnPosts)
        {
            for (var at = title.IndexOf(post, StringComparison.Ordinal); at >= 0; at = title.IndexOf(post, at + post.Length, StringComparison.Ordinal))
            {
                if (ManagedAfter(title, at + post.Length))
                {
                    return post;
                }
            }
        }
        foreach (var staff in OfficeStaff)
        {
            for (var at = title.IndexOf(staff, StringComparison.Ordinal); at >= 0; at = title.IndexOf(staff, at + staff.Length, StringComparison.Ordinal))
            {
                var office = title[..at];
                var opened = office.LastIndexOf("关于", StringComparison.Ordinal);
                office = opened >= 0 ? office[(opened + 2)..] : office;
                if (OfficeHeads.Any(h => office.EndsWith(h, StringComparison.Ordinal))
                    && !VillageMarks.Any(v => office.Contains(v, StringComparison.Ordinal))
                    && ManagedAfter(title, at + staff.Length))
                {
                    return office + staff;
                }
            }
        }
        return null;
    }

    private static bool ManagedAfter(string title, int from)
    {
        var rest = title[from..Math.Min(title.Length, from + ManagingReach)];
        var stop = rest.IndexOfAny(ClauseStops);
        rest = stop >= 0 ? rest[..stop] : rest;
        return Managing.Any(m => rest.Contains(m, StringComparison.Ordinal));
    }

    /// <summary>The first tie of the villages to a ranking that no negation before it in its clause takes back, or null.</summary>
    internal static string? VillagesTied(string text) => Tied(VillageTie, text);

    /// <summary>
    /// In a contest's paper, an assessment the contest's results are put into (成绩纳入年终考核, 参赛情况列入目标考评) without
    /// naming whose: the contest is run to rank those who enter it for their work — the villages sending the entries.
    /// </summary>
    private static readonly Regex ContestTie = new(@"(?:纳入|列入|计入)[^,;。:\n]{0,12}?(?:考核|考评|评比|排名|目标管理|绩效)", RegexOptions.CultureInvariant);

    private static string? Tied(Regex tie, string text)
    {
        for (var m = tie.Match(text); m.Success; m = m.NextMatch())
        {
            var start = m.Index == 0 ? 0 : text.LastIndexOfAny(ClauseStops, m.Index - 1) + 1;
            // 不对各村进行排名: the negation may run into the tie's first character.
            var before = text[start..(m.Index + m.Length)];
            if (!Negations.Any(n => before.Contains(n, StringComparison.Ordinal)))
            {
                return m.Value;
            }
        }
        return null;
    }
}

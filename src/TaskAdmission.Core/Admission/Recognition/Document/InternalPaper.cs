namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 28) The internal paper of a bank, a company, a school or another outside body, addressed to its own units or staff.
/// An approver: "各支行：… the bank tells its branches how to pay out subsidies and ranks them; a village named there is
/// where the work is done, not who does it." Read from the shape of the names, not from the line of work:
/// <list type="bullet">
/// <item>an addressee that is one of the issuer's own units or posts (<see cref="IsOwnUnit"/>): 各 + a name whose head is the
/// kind of a unit ([internal_paper.unit_heads]: …行, …网点, …店, …部, …组, …车间, …班 …), or a post named after such a
/// unit (…店长, 班主任: [internal_paper.unit_posts] after a unit head) — (phase 31) a trade addressed as a class is read by
/// OwnPeople.JobClass from the issuer's kind, no longer from a list of trades here; never a name holding a village, township or government marker
/// ([internal_paper.not_own]: 村, 社区, 网格, 镇, 乡, 街道, 委, 局, 政府 …);</item>
/// <item>a scope the title states (<see cref="StatedScope"/>): an organisation's name ending with an enterprise's or an
/// institution's head ([internal_paper.owners]: 公司, 银行, 行, 集团, 学校, 医院 …) followed by a word of its inside
/// ([internal_paper.insides]: 内部, 员工, 职工) — （银行内部）, …有限公司员工守则. A government's (（局内部）,
/// 镇政府内部) or a bare （内部） is not read so.</item>
/// </list>
/// What it never does: quiet a match whose sentence names the village (DocumentReading keeps the reading of a sentence that
/// names the villages, as for any paper sent to other bodies), nor read a paper addressed to the villages as internal.
/// </summary>
internal static class InternalPaper
{
    private static readonly string[] UnitHeads = RecognitionCues.Instance.List("internal_paper.unit_heads");
    private static readonly string[] UnitPosts = RecognitionCues.Instance.List("internal_paper.unit_posts");
    private static readonly string[] NotOwn = RecognitionCues.Instance.List("internal_paper.not_own");
    private static readonly string[] Owners = RecognitionCues.Instance.List("internal_paper.owners");
    private static readonly string[] Insides = RecognitionCues.Instance.List("internal_paper.insides");

    /// <summary>
    /// 各支行, 各网点, 各门店店长, 各班主任, 各区域运维工程师, (各车间、)班组: one of the issuer's own units or posts, addressed as a
    /// class. The name without 各 must be two characters at least (各组 is a village's groups) and hold no village, township
    /// or government marker.
    /// </summary>
    internal static bool IsOwnUnit(string part)
    {
        var name = DocumentText.StripBrackets(part);
        if (name.StartsWith('各'))
        {
            name = name[1..];
        }
        if (name.Length < 2 || NotOwn.Any(n => name.Contains(n, StringComparison.Ordinal)))
        {
            return false;
        }
        if (UnitHeads.Any(h => name.EndsWith(h, StringComparison.Ordinal)))
        {
            return true;
        }
        // 门店店长, 班主任, 车间主任: a post headed by a unit's kind; 儿童主任, 楼栋长 name no unit.
        return UnitPosts.Any(p => name.Length > p.Length && name.EndsWith(p, StringComparison.Ordinal)
            && UnitHeads.Any(h => name[..^p.Length].EndsWith(h, StringComparison.Ordinal)));
    }

    /// <summary>The organisation's inside the title names (银行内部, 公司员工), or null.</summary>
    internal static string? StatedScope(string title)
    {
        foreach (var inside in Insides)
        {
            for (var at = title.IndexOf(inside, StringComparison.Ordinal); at > 0; at = title.IndexOf(inside, at + inside.Length, StringComparison.Ordinal))
            {
                var before = title[..at];
                if (Owners.FirstOrDefault(o => before.EndsWith(o, StringComparison.Ordinal)) is not { } owner)
                {
                    continue;
                }
                // The owner's whole name back to a bracket, a quote or the title's start: 某某食品有限公司, 支行.
                var start = before.LastIndexOfAny(['（', '(', '“', '”', '《', '》', ' ']) + 1;
                var name = before[start..];
                // A government's or a village's inside is not an outside body's (镇政府内部, 村委会内部); a place or 农村 inside an
                // enterprise's own name (某县农村合作银行) is its name.
                if (Governing.Any(g => name.Contains(g, StringComparison.Ordinal)))
                {
                    continue;
                }
                return (name.Length > 0 ? name : owner) + inside;
            }
        }
        return null;
    }

    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");
}

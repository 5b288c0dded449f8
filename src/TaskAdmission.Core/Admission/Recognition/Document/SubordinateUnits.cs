using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 30) An organisation's own subordinate units, read from the organisation's own words: the issuer's kind and the kind
/// of the part as a unit of that kind of organisation. An approver: "a firm, a bank, a co-operative federation or a utility
/// writing to its 分公司, 营业所, 网点, 驿站, 服务站 or 基层社, or a department writing to its own 所, 站, 院, 队 or 中心 in its
/// own field, governs its own units' work — even when they sit in the townships or the villages (各乡镇网点, 各村级驿站), and
/// whatever a village is named there for."
/// <list type="bullet">
/// <item>An enterprise issuer (<see cref="IsEnterprise"/>): a name holding a firm's, a bank's or a co-operative's head
/// ([subordinate_units.enterprise_heads]: 公司, 集团, 银行, 联合社 …) and no government word; or the paper calling the issuer by
/// such a head (<see cref="SelfName"/>: 我公司, 经公司研究, 公司每周对…).</item>
/// <item>A part that is an enterprise's unit: after 各 and the words of its level ([subordinate_units.levels]: 区县, 乡镇,
/// 基层 …), a name ending with the kind of an enterprise's unit ([subordinate_units.enterprise_units]: 分公司, 营业所, 网点,
/// 驿站, 服务站, 网格 …) with no village, township or government word before it. A village's level (村级, 村, 社区) only before
/// an outlet no village owns ([subordinate_units.outlets]: 网点, 驿站, 门店); 网格 only bare (各网格, not 各村网格).</item>
/// <item>A part that is a unit in the issuer's own field, on a line naming a class (各…): after 各 and its level, a name
/// ending with a unit's kind ([subordinate_units.field_kinds]: 所, 站, 院, 队, 中心, 社 …) whose field shares a word of two
/// characters with the issuer's name once its place is taken off (市场监管所 under 市场监督管理局, 卫生院 under 卫生健康局,
/// 基层供销社 under 供销联社); not a word of any name ([subordinate_units.generic_words]: 服务, 管理 …). A community's
/// name opens such a unit only when it is an institution (社区卫生中心: [subordinate_units.institution_kinds]) and not a
/// village's own centre (党群服务中心, 便民服务中心: the long [village_heads]); a village's (各村…, 村级…) never.</item>
/// </list>
/// </summary>
internal static class SubordinateUnits
{
    private static readonly string[] EnterpriseHeads = RecognitionCues.Instance.List("subordinate_units.enterprise_heads");
    private static readonly string[] SelfLeads = RecognitionCues.Instance.List("subordinate_units.self_leads");
    private static readonly string[] SelfFollows = RecognitionCues.Instance.List("subordinate_units.self_follows");
    private static readonly string[] EnterpriseUnits = RecognitionCues.Instance.List("subordinate_units.enterprise_units");
    private static readonly string[] Outlets = RecognitionCues.Instance.List("subordinate_units.outlets");
    private static readonly string[] Levels = [.. RecognitionCues.Instance.List("subordinate_units.levels").OrderByDescending(l => l.Length)];
    private static readonly string[] VillageLevels = [.. RecognitionCues.Instance.List("subordinate_units.village_levels").OrderByDescending(l => l.Length)];
    private static readonly string[] FieldKinds = RecognitionCues.Instance.List("subordinate_units.field_kinds");
    private static readonly string[] InstitutionKinds = RecognitionCues.Instance.List("subordinate_units.institution_kinds");
    private static readonly string[] GenericWords = RecognitionCues.Instance.List("subordinate_units.generic_words");
    private static readonly string[] NotOwn = RecognitionCues.Instance.List("internal_paper.not_own");
    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");
    private static readonly string[] Openers = ["各位", "全体", "各"];
    private const string PlaceChars = "省市区县州旗盟镇乡";
    private const string ClauseOpeners = "\n。;,:、.)";

    // A place opening an issuer's name (青山区, 示范市): its place character at most this far in.
    private const int PlaceReach = 6;
    // A grid of the firm's: 网格 with at most a word of the firm's trade before it (营销网格, 服务网格).
    private const string Grid = "网格";

    /// <summary>An issuer named as a firm, a bank or a co-operative, with no government word in its name.</summary>
    internal static bool IsEnterprise(string issuer) =>
        EnterpriseHeads.Any(h => issuer.Contains(h, StringComparison.Ordinal)) && !Governing.Any(g => issuer.Contains(g, StringComparison.Ordinal))
        && !NotOwn.Any(n => n.Length > 1 && issuer.Contains(n, StringComparison.Ordinal));

    /// <summary>
    /// 我公司, 本公司, 经公司研究, 公司每周对… — the enterprise's head by which the paper calls its issuer; or null.
    /// </summary>
    internal static string? SelfName(string text)
    {
        foreach (var head in EnterpriseHeads)
        {
            for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                var before = at > 0 ? text[at - 1] : '\n';
                var after = text[(at + head.Length)..];
                // 我公司, 经公司研究, 由公司…: the bare head after the lead (某某公司 has a name before it).
                var led = SelfLeads.Any(l => l.Length == 1 && before == l[0]);
                var opens = (ClauseOpeners.Contains(before) || char.IsDigit(before) || before is ' ' or '、')
                    && SelfFollows.Any(f => after.StartsWith(f, StringComparison.Ordinal));
                if (led || opens)
                {
                    return head;
                }
            }
        }
        return null;
    }

    /// <summary>Whether an addressee part names a subordinate unit of the issuer's (see the class summary).</summary>
    internal static bool IsUnit(string part, IReadOnlyList<string> issuers, bool named)
    {
        if (issuers.Count == 0)
        {
            return false;
        }
        var name = DocumentText.StripBrackets(part).Trim();
        foreach (var opener in Openers)
        {
            if (name.StartsWith(opener, StringComparison.Ordinal))
            {
                name = name[opener.Length..];
                break;
            }
        }
        var (rest, village, community) = Level(name);
        if (rest.Length < 2)
        {
            return false;
        }
        if (issuers.Any(IsEnterprise) && EnterpriseUnits.Where(k => rest.EndsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length) is { } kind)
        {
            var before = rest[..^kind.Length];
            var grid = kind == Grid;
            if ((!village || Outlets.Contains(kind)) && (grid ? before.Length <= 2 && !village : true)
                && !NotOwn.Any(n => before.Contains(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        if (!named || village && !community)
        {
            return false;
        }
        if (FieldKinds.Where(k => rest.Length > k.Length && rest.EndsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length) is not { } unit)
        {
            return false;
        }
        var field = rest[..^unit.Length];
        if (NotOwn.Any(n => field.Contains(n, StringComparison.Ordinal))
            || community && (!InstitutionKinds.Contains(unit) || RecognitionCues.Instance.VillageHeads.Any(h => h.Length >= 4 && rest.EndsWith(h, StringComparison.Ordinal))))
        {
            return false;
        }
        return issuers.Any(i => SharesField(field, i));
    }

    /// <summary>The name after the words of its level (区县, 乡镇, 基层 …); whether a village's level (村级, 社区) was among them, and whether it was 社区.</summary>
    private static (string Name, bool Village, bool Community) Level(string name)
    {
        var village = false;
        var community = false;
        var changed = true;
        while (changed)
        {
            changed = false;
            // 各镇(街道)… — a bracketed level.
            if (name.StartsWith('(') && name.IndexOf(')') is > 0 and var close && close + 1 < name.Length)
            {
                name = name[(close + 1)..];
                changed = true;
                continue;
            }
            if (Levels.FirstOrDefault(l => name.Length > l.Length && name.StartsWith(l, StringComparison.Ordinal)) is { } level)
            {
                name = name[level.Length..];
                changed = true;
                continue;
            }
            if (VillageLevels.FirstOrDefault(l => name.Length > l.Length && name.StartsWith(l, StringComparison.Ordinal)) is { } villageLevel)
            {
                name = name[villageLevel.Length..];
                village = true;
                community |= villageLevel == "社区";
                changed = true;
            }
        }
        return (name, village, community);
    }

    /// <summary>The part's field (市场监管) and the issuer's name without its place (市场监督管理局) share a word of two characters.</summary>
    private static bool SharesField(string field, string issuer)
    {
        var own = WithoutPlace(issuer);
        for (var i = 0; i + 2 <= field.Length; i++)
        {
            var word = field.Substring(i, 2);
            if (word.All(TextNormaliser.IsChinese) && !word.Any(c => PlaceChars.Contains(c)) && !GenericWords.Contains(word)
                && own.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>北湖县市场监管局 → 市场监管局: the name after the place that opens it.</summary>
    private static string WithoutPlace(string issuer)
    {
        var name = issuer;
        for (var round = 0; round < 2; round++)
        {
            var at = name.IndexOfAny(PlaceChars.ToCharArray(), 1);
            if (at < 1 || at > PlaceReach || at + 1 >= name.Length)
            {
                break;
            }
            name = name[(at + 1)..];
        }
        return name;
    }
}

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 31) Who an addressee line addresses, read by grammar as the issuer's own people or parts. An approver: "a body
/// writing to its own staff, parts or members — 馆内各部室, 台内各预报岗位, 乡机关全体职工, 所属各单位, or a firm's or an
/// institution's people by their jobs (各带团导游, 各计调、导游, 各位队员) — governs its own work; a village named there is where
/// the work is done, unless a sentence tells the village committee, its cadres or its grid staff to act."
/// <list type="bullet">
/// <item>A lead that marks the issuer's own (<see cref="OwnLead"/>): the issuer's head before 内 or 里 (馆内, 台内, 队内, 行内:
/// the head ends one of the issuer's names or is a short form it holds), a level or head of the issuer's before 机关 (镇机关,
/// 局机关: the organ's own office), 我 or 本 before the issuer's head (我社, 本馆), or 所属, 下属, 直属 ([own_people.subordinate_leads]).</item>
/// <item>A class of people by their jobs from an issuer that governs no village (<see cref="JobClass"/>): the issuer's name is
/// a firm's or an institution's ([own_people.free_heads]: …公司, …社, …馆, …台, …队, …院, …校, …厂, …协会, …事务所), with no
/// government, township or village word before its head; the part follows 各, 各位 or 全体 (or a class line's 各), holds no
/// village, township or government marker and names no village's own post ([own_parts.village_posts]: 信息员, 协管员 …).</item>
/// </list>
/// Never a part holding a village, township or government marker after its lead (镇内各村, 本村村民, 所属各村).
/// </summary>
internal static class OwnPeople
{
    private static readonly string[] SubordinateLeads = RecognitionCues.Instance.List("own_people.subordinate_leads");
    private static readonly string[] InsideWords = RecognitionCues.Instance.List("own_people.inside_words");
    private static readonly string[] FreeHeads = RecognitionCues.Instance.List("own_people.free_heads");
    private static readonly string[] SubUnitEnds = RecognitionCues.Instance.List("own_people.sub_unit_ends");
    private static readonly string[] NotOwn = RecognitionCues.Instance.List("internal_paper.not_own");
    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");
    private static readonly string[] VillagePosts = RecognitionCues.Instance.List("own_parts.village_posts");
    private static readonly string[] ShortForms = RecognitionCues.Instance.List("own_parts.short_forms");

    // 镇机关, 区局机关: the level or head before 机关, at most this long.
    private const int OrganHead = 3;

    /// <summary>
    /// The length of a lead opening the part that marks the issuer's own (馆内, 台内, 镇机关, 我社, 本馆, 所属), or 0.
    /// </summary>
    internal static int OwnLead(string part, IReadOnlyList<string> issuers)
    {
        if (issuers.Count == 0)
        {
            return 0;
        }
        if (SubordinateLeads.FirstOrDefault(l => part.StartsWith(l, StringComparison.Ordinal)) is { } sub)
        {
            return sub.Length;
        }
        // 我社, 本馆, 我公司: 我 or 本 before a head the issuer's name ends with.
        if (part.Length > 2 && part[0] is '我' or '本')
        {
            for (var n = Math.Min(3, part.Length - 2); n >= 1; n--)
            {
                var head = part.Substring(1, n);
                if (issuers.Any(i => Heads(i, head)))
                {
                    return 1 + n;
                }
            }
        }
        // 馆内, 台内, 队里, 公司内; 镇机关, 局机关.
        foreach (var inside in InsideWords)
        {
            var at = part.IndexOf(inside, StringComparison.Ordinal);
            if (at < 1)
            {
                continue;
            }
            var head = part[..at];
            if (inside == "机关" ? head.Length <= OrganHead && issuers.Any(i => i.Contains(head, StringComparison.Ordinal))
                : head.Length <= 2 && issuers.Any(i => Heads(i, head)))
            {
                return at + inside.Length;
            }
        }
        return 0;
    }

    /// <summary>The issuer's name ends with the head (its own kind: …馆, …气象台), or holds it as a short form (银行 → 行).</summary>
    private static bool Heads(string issuer, string head) =>
        issuer.EndsWith(head, StringComparison.Ordinal) && issuer.Length > head.Length
        || EndsBody(issuer, head)
        || head.Length >= 2 && issuer.Contains(head, StringComparison.Ordinal) && ShortForms.Contains(head)
        || head.Length == 1 && ShortForms.Any(s => s.Length > 1 && s.Contains(head, StringComparison.Ordinal) && issuer.Contains(s, StringComparison.Ordinal));

    /// <summary>市博物馆社教部, 县人民医院护理部: the head ends the body's name, only one of its own sub-units following.</summary>
    private static bool EndsBody(string issuer, string head)
    {
        for (var at = issuer.IndexOf(head, StringComparison.Ordinal); at > 0; at = issuer.IndexOf(head, at + 1, StringComparison.Ordinal))
        {
            var rest = issuer[(at + head.Length)..];
            if (rest.Length is > 0 and <= 5 && SubUnitEnds.Any(e => rest.EndsWith(e, StringComparison.Ordinal)) && !NotOwn.Any(n => rest.Contains(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether one of the issuer's names is a firm's or an institution's that governs no village: a free head
    /// ([own_people.free_heads]) with no government, township or village word before it, ending the name or followed only by
    /// one of its own sub-units (计调部, 办公室), a year or another unit of its kind (青山分队).
    /// </summary>
    internal static bool GovernsNoVillage(IReadOnlyList<string> issuers) => issuers.Any(FreeBody);

    private static bool FreeBody(string name)
    {
        foreach (var head in FreeHeads)
        {
            for (var at = name.IndexOf(head, StringComparison.Ordinal); at > 0; at = name.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                var body = name[..(at + head.Length)];
                var rest = name[(at + head.Length)..];
                if (NotOwn.Any(n => body.Contains(n, StringComparison.Ordinal)) || Governing.Any(g => body.Contains(g, StringComparison.Ordinal)))
                {
                    return false;
                }
                if (rest.Length == 0 || char.IsDigit(rest[0]) || rest.StartsWith("关于", StringComparison.Ordinal)
                    || rest.Length <= 5 && !NotOwn.Any(n => rest.Contains(n, StringComparison.Ordinal))
                       && (rest.EndsWith(head, StringComparison.Ordinal) || SubUnitEnds.Any(e => rest.EndsWith(e, StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] Villagers = RecognitionCues.Instance.List("own_people.villagers");
    private static readonly string[] PersonLeads = RecognitionCues.Instance.List("own_people.person_leads");
    private static readonly string[] PersonTails = RecognitionCues.Instance.List("own_people.person_tails");
    private static readonly string[] LevyWords = RecognitionCues.Instance.List("own_people.levy_words");
    private static readonly string[] LeviedDues = RecognitionCues.Instance.List("document_scope.levied_dues");
    private static readonly string[] HandedUp = RecognitionCues.Instance.List("document_scope.handed_up");

    /// <summary>
    /// (phase 31) 村民朋友们：, 各位乡亲：, 【银杏村委会】各位村民： — the first line (after a chat tag) addresses the village's
    /// people as persons ([own_people.villagers] after a lead of persons and before a plural or a friendly tail), not the
    /// village as a body (村委会, 村民小组, 各村); the line, or null.
    /// </summary>
    internal static string? VillagersAddressed(string text)
    {
        var line = text.TrimStart();
        if (OwnParts.ChatTag(line) is { } tag)
        {
            line = line[(tag.Length + 2)..].TrimStart();
        }
        var colon = line.IndexOf(':');
        if (colon < 2 || colon > DocumentAddressee.MaxAddresseeLine || line[..colon].Contains('\n'))
        {
            return null;
        }
        var parts = DocumentAddressee.Parts(line[..colon]);
        return parts.Length > 0 && parts.All(Villager) ? line[..colon] : null;
    }

    private static bool Villager(string part)
    {
        var p = DocumentText.StripBrackets(part);
        if (PersonLeads.FirstOrDefault(l => p.StartsWith(l, StringComparison.Ordinal)) is { } lead)
        {
            p = p[lead.Length..];
        }
        if (Villagers.FirstOrDefault(v => p.StartsWith(v, StringComparison.Ordinal)) is not { } who)
        {
            return false;
        }
        var tail = p[who.Length..];
        return tail.Length == 0 || PersonTails.Contains(tail);
    }

    /// <summary>
    /// (phase 31) 某村的一事一议筹资款通知: …各户交组长，组长开具收据… — in the village's own paper raising
    /// money for its own project by its own procedure, whose title names that money ([own_people.levy_words]), a receipt or a
    /// collection in a clause naming no tax or fee and handing nothing on is of that levy. The title's word, or null.
    /// </summary>
    internal static string? OwnLevyHandled(string? title, FieldReading field, int sourceStart)
    {
        if (title is null || LevyWords.FirstOrDefault(w => title.Contains(w, StringComparison.Ordinal)) is not { } levy)
        {
            return null;
        }
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var words = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        return LeviedDues.Any(d => words.Contains(d, StringComparison.Ordinal)) || HandedUp.Any(h => words.Contains(h, StringComparison.Ordinal))
            ? null : levy;
    }

    /// <summary>
    /// (phase 31) 某某物业公司关于…的内部纪要, 某某旅行社内部通知: a title whose issuer (its opening name, up to 关于) governs
    /// no village and that calls the paper 内部 — the issuer's own inside; the issuer and the word, or null. A government's or a
    /// township's 内部 is not read so (it may be passed on to the villages).
    /// </summary>
    internal static string? StatedInside(string title, IReadOnlyList<string> issuers)
    {
        var at = title.IndexOf("内部", StringComparison.Ordinal);
        if (at < 0 || issuers.Count == 0)
        {
            return null;
        }
        var opening = title.IndexOf("关于", StringComparison.Ordinal) is > 1 and var about ? title[..about] : null;
        return opening is not null && FreeBody(opening) ? $"{opening}内部" : null;
    }

    private static readonly string[] ChatWords = RecognitionCues.Instance.List("own_people.chat_words");
    // 某某勘测有限公司|东片测量组|群消息: the group's name between the firm's head and the chat word.
    private const int GroupReach = 10;

    /// <summary>
    /// (phase 32) 某某勘测有限公司东片测量组群消息 over a text opening with the group's tag: a firm's or an institution's
    /// own work group (a free body's name, then one of its groups ending with a sub-unit's end: 组, 部, 室 …, then a chat word:
    /// [own_people.chat_words]) — its members are the firm's staff. The firm and group, or null. A township's, a station's or a
    /// village's group (no free body, or a village, township or government word) is not read so: their groups hold the
    /// villages' cadres.
    /// </summary>
    internal static string? OwnChat(string? title, string text)
    {
        if (title is null || OwnParts.ChatTag(text) is null)
        {
            return null;
        }
        var bare = DocumentText.StripBrackets(title);
        if (ChatWords.Where(w => bare.EndsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length) is not { } chat || bare.Contains("关于", StringComparison.Ordinal))
        {
            return null;
        }
        var group = bare[..^chat.Length];
        if (NotOwn.Any(n => group.Contains(n, StringComparison.Ordinal)) || Governing.Any(g => group.Contains(g, StringComparison.Ordinal)))
        {
            return null;
        }
        foreach (var head in FreeHeads)
        {
            for (var at = group.IndexOf(head, StringComparison.Ordinal); at > 0; at = group.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                var rest = group[(at + head.Length)..];
                // 某某救援队工作群: the body's own group, no sub-unit named.
                if (rest.Length == 0 || rest.Length <= GroupReach && SubUnitEnds.Any(e => rest.EndsWith(e, StringComparison.Ordinal)))
                {
                    return group;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// 各带团导游, 各计调、导游, 各位队员: a class of people named by their jobs, in a paper of an issuer that governs no village.
    /// The rest is the part after its lead (各, 各位, 全体) — or the bare part on a line that names a class.
    /// </summary>
    internal static bool JobClass(string rest, bool classLed, IReadOnlyList<string> issuers) =>
        classLed && rest.Length >= 2 && !NotOwn.Any(n => rest.Contains(n, StringComparison.Ordinal))
        && !VillagePosts.Any(p => rest.Contains(p, StringComparison.Ordinal))
        && GovernsNoVillage(issuers);
}

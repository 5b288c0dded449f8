using System.Text.RegularExpressions;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 30) A body's rules for the people it hires and pays, or for its own work: an approver reads 某某护林员的管理考核办法
/// (本办法所称护林员，是指由区林业局选聘、支付劳务报酬…的人员) as the bureau rating and equipping the rangers it
/// pays, and 某某监管所年度工作考评细则 as the station scoring its own work — neither rates a village. Two shapes, read from
/// the paper itself, not from the line of work:
/// <list type="bullet">
/// <item>a definition of the rules' people (本办法所称X，是指…的人员) whose X the title names and whose definition says they are
/// hired or paid ([staff_rules.hiring]: 选聘, 聘用, 劳务 …) and names no village (村, 社区: a post the village fills is the
/// village's);</item>
/// <item>a title that opens with a body's name ending with an office head ([staff_rules.own_heads]: 所, 站, 中心, 公司 …, not a
/// government, a department or a village) and goes straight on to its own year's work and a rating rule (…某年度工作考评细则).</item>
/// <item>(phase 32) a title that opens with such an office's name and, after at most a year and a few words of its work, names
/// its own inside or staff ([staff_rules.insides]: 内部, 站内, 职工, 工作人员 …) right before a word of managing staff
/// ([staff_rules.staff_managing]: 分工, 考勤, 考核 …): …站2027年内部岗位分工办法, …站职工考勤管理规定;</item>
/// <item>(phase 32) rules (a title ending with [own_parts.rule_genres]) whose first sentence says their people are the issuer's
/// own staff (…，均为本院在编职工; 是本站工作人员).</item>
/// </list>
/// The paper's inside then is those people or that body: what a sentence asks of no one it asks of them. A sentence that names
/// the villages (所在村…扣分, 各村配合检查) keeps its reading, as everywhere.
/// </summary>
internal static class StaffRules
{
    private static readonly string[] Hiring = RecognitionCues.Instance.List("staff_rules.hiring");
    private static readonly string[] OwnHeads = RecognitionCues.Instance.List("staff_rules.own_heads");
    private static readonly string[] VillageMarks = RecognitionCues.Instance.List("village_markers");
    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");

    private static readonly Regex Definition = new(@"本(?:办法|细则|规定|制度|规则|标准)所称([\u4e00-\u9fff]{2,12}?)[,，]?(?:是指|指)([^。;；\n]{4,120}?)的(?:人员|员工|工作人员|从业人员)", RegexOptions.CultureInvariant);
    private static readonly Regex OwnWorkTitle = new(@"^(?:\d{4}年)?(?:度)?(?:年度)?工作(?:评分|考核|考评|绩效考核|目标考核)(?:细则|办法|方案|标准|实施细则)$", RegexOptions.CultureInvariant);
    // (phase 32) …站2027年内部岗位分工办法, …中心年度内部考勤规定, …站职工考勤管理规定: after the office's name (a year and
    // a few words of its work between), a word of its own inside and a word of managing its own staff.
    private static readonly string[] Insides = RecognitionCues.Instance.List("staff_rules.insides");
    private static readonly string[] StaffManaging = RecognitionCues.Instance.List("staff_rules.staff_managing");
    private const int InsideReach = 12;
    private const int ManagingReach = 4;

    // (phase 32) 本院派往各村的技术员，均为本院职工: the rules' people said to be the issuer's own staff (本院, 本站, 本公司 …
    // before a staff word), in the description's first sentence.
    private static readonly Regex OwnStaffStated = new(@"^[^。\n]{2,60}?(?:是|均为|均是|均系|属于)(本(?:院|站|所|中心|公司|单位|行|局|馆|校|队)(?:在编|正式|聘用)?(?:职工|员工|工作人员|干部|人员))", RegexOptions.CultureInvariant);
    private static readonly string[] RuleGenres = RecognitionCues.Instance.List("own_parts.rule_genres");

    internal static string? Of(string title, string description)
    {
        var bare = DocumentText.StripBrackets(title);
        if ((SpokenOf(bare, description) ?? OrganRules(bare)) is { } spoken)
        {
            return spoken;
        }
        // (phase 32) Rules whose first sentence says their people are the issuer's own staff govern its staff.
        if (RuleGenres.Any(g => bare.EndsWith(g, StringComparison.Ordinal))
            && OwnStaffStated.Match(FirstSentence(description)) is { Success: true } stated)
        {
            return stated.Groups[1].Value;
        }
        var defined = Definition.Match(description);
        if (defined.Success)
        {
            var people = defined.Groups[1].Value;
            var body = defined.Groups[2].Value;
            if (bare.Contains(people, StringComparison.Ordinal) && Hiring.Any(h => body.Contains(h, StringComparison.Ordinal))
                && !VillageMarks.Any(v => body.Contains(v, StringComparison.Ordinal) || people.Contains(v, StringComparison.Ordinal)))
            {
                return $"本办法所称{people}";
            }
        }
        foreach (var head in OwnHeads)
        {
            for (var at = bare.IndexOf(head, StringComparison.Ordinal); at > 0; at = bare.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                var name = bare[..(at + head.Length)];
                if (VillageMarks.Any(v => name.Contains(v, StringComparison.Ordinal)) || Governing.Any(g => name.Contains(g, StringComparison.Ordinal)))
                {
                    continue;
                }
                if (OwnWorkTitle.IsMatch(bare[name.Length..]))
                {
                    return $"{name}自身工作";
                }
                if ((OwnStaffManaged(bare[name.Length..]) ?? OwnStaffPay(bare[name.Length..])) is { } inside)
                {
                    return $"{name}{inside}";
                }
            }
        }
        return null;
    }

    private static readonly string[] SelfGenres = RecognitionCues.Instance.List("staff_rules.self_genres");
    private static readonly string[] SelfHeads = [.. RecognitionCues.Instance.List("own_people.free_heads"), .. RecognitionCues.Instance.List("staff_rules.self_heads")];
    private static readonly string[] SelfMarks = RecognitionCues.Instance.List("staff_rules.self_marks");
    private static readonly string[] SelfWords = RecognitionCues.Instance.List("staff_rules.self_words");
    private static readonly string[] NotInstitution = RecognitionCues.Instance.List("telling_papers.not_institution");
    private static readonly string[] AssignedToVillages = RecognitionCues.Instance.List("clause_reader.assigned_to_villages");

    /// <summary>
    /// (phase 36) A body's own rules, spoken of itself: a title that opens with the name of a body that governs no village (its
    /// head one of [own_people.free_heads] or [staff_rules.self_heads]: …纸品厂, …殡仪馆, …电视台, …救助保护中心; no village,
    /// government or township centre's word in it: [village_markers], [internal_paper.governing], [telling_papers.not_institution])
    /// and ends with a genre of rules ([staff_rules.self_genres]: 制度, 细则, 办法 …; no village word in the title but the staff's
    /// assignment to villages, [clause_reader.assigned_to_villages]: 包村服务, 驻村联络员), whose text
    /// speaks of the body as its own (<see cref="SpeaksOfItself"/>: 本厂, 馆内, 台里, 厂长, 中心在编人员, 中心实行…). An approver:
    /// "a body's rules for its own staff and units put nothing on a village; a village named there is where its staff work,
    /// unless a sentence tells the village to act." The body's name, or null.
    /// </summary>
    private static string? SpokenOf(string bare, string description)
    {
        if (!SelfGenres.Any(g => bare.EndsWith(g, StringComparison.Ordinal)) || NamesVillage(bare))
        {
            return null;
        }
        foreach (var head in SelfHeads)
        {
            for (var at = bare.IndexOf(head, StringComparison.Ordinal); at > 0; at = bare.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                var name = bare[..(at + head.Length)];
                if (name.Contains("关于", StringComparison.Ordinal)
                    || Governing.Any(g => name.Contains(g, StringComparison.Ordinal)) || NotInstitution.Any(n => name.Contains(n, StringComparison.Ordinal)))
                {
                    continue;
                }
                if (SpeaksOfItself(description, head))
                {
                    return $"{name}内部制度";
                }
            }
        }
        return null;
    }

    // 石桥镇机关干部包村工作考核办法, 县水利局2026年机关考勤管理制度: a body's name, a year perhaps, then its organ (机关).
    private static readonly Regex Organ = new(@"^(?<name>[\u4e00-\u9fff]{2,20}?)(?:\d{4}(?:年度|年))?机关", RegexOptions.CultureInvariant);

    /// <summary>
    /// (phase 36) The rules of a body's organ for its own staff: a title ending with a genre of rules ([staff_rules.self_genres])
    /// that opens with a body's name and its organ (…镇机关干部…考核办法, …局机关考勤管理制度, …妇联机关2026年…考核细则), with no
    /// village word but the staff's assignment to villages (包村, 驻村: [clause_reader.assigned_to_villages]). An approver: "the
    /// organ's rules rate and manage its own cadres; the villages they are linked to are where they work." Any body, a township's
    /// or a bureau's too: what such rules ask of a village they say in a sentence naming it, which keeps its reading. The organ,
    /// or null.
    /// </summary>
    private static string? OrganRules(string bare)
    {
        if (!SelfGenres.Any(g => bare.EndsWith(g, StringComparison.Ordinal)) || Organ.Match(bare) is not { Success: true } organ
            || organ.Groups["name"].Value.Contains("关于", StringComparison.Ordinal))
        {
            return null;
        }
        return NamesVillage(bare) ? null : $"{organ.Groups["name"].Value}机关";
    }

    // (phase 36) Whether a title names a village other than in its staff's assignment to villages (农技人员包村服务考核办法,
    // 驻村联络员管理制度 name none).
    private static bool NamesVillage(string title)
    {
        var unassigned = AssignedToVillages.Aggregate(title, (t, a) => t.Replace(a, "", StringComparison.Ordinal));
        return VillageMarks.Any(v => unassigned.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>
    /// (phase 36) Whether the text names the body by its head as its own: 本 + the head (本厂, 本中心), the head before a word of
    /// its inside, its head or its staff ([staff_rules.self_marks]: 馆内, 台里, 厂长, 中心在编人员), or the head opening a clause
    /// (中心实行…, 一、中心每季度…); or a word by which any body speaks of itself ([staff_rules.self_words]: 本单位, 本校).
    /// </summary>
    private static bool SpeaksOfItself(string text, string head)
    {
        if (SelfWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }
        for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
        {
            var end = at + head.Length;
            if (at > 0 && text[at - 1] == '本' || SelfMarks.Any(m => string.CompareOrdinal(text, end, m, 0, m.Length) == 0)
                || OpensClause(text, at))
            {
                return true;
            }
        }
        return false;
    }

    // 一、中心…, 第二条 厂…, ，中心…: the offset opens a line, a clause or a numbered item.
    private static bool OpensClause(string text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }
        return j < 0 || text[j] is '\n' or ',' or '。' or ':' or ';' or '、' or '.' || text[j] == '条' && text.LastIndexOf('第', j) is var d && d >= 0 && j - d <= 4;
    }

    private static readonly string[] StaffPay = RecognitionCues.Instance.List("staff_rules.staff_pay");
    // 妇女保健科2026年绩效分配: a section's name and a year before the pay word.
    private const int PayReach = 14;

    /// <summary>
    /// (phase 33) The rest of a title after an office's name, when it names the sharing out of the office's own staff's pay
    /// ([staff_rules.staff_pay]: 绩效分配, 奖金分配 …) after at most a section's name and a year; the pay word, or null. The pay
    /// shared out inside a hospital, a school or a station goes to its own people, whom its scores rank. No village word (…村医
    /// 绩效分配: the village's doctors) and no 关于 may stand before it.
    /// </summary>
    private static string? OwnStaffPay(string rest)
    {
        foreach (var pay in StaffPay)
        {
            var at = rest.IndexOf(pay, StringComparison.Ordinal);
            if (at >= 0 && at <= PayReach && !rest[..at].Contains("关于", StringComparison.Ordinal)
                && !VillageMarks.Any(v => rest[..at].Contains(v, StringComparison.Ordinal)))
            {
                return pay;
            }
        }
        return null;
    }

    // 第一条 …: the first sentence, after an article's number.
    private static string FirstSentence(string description)
    {
        var text = description.TrimStart();
        var end = text.IndexOfAny(['。', '\n']);
        var sentence = end < 0 ? text : text[..end];
        return Regex.Replace(sentence, @"^(?:第[一二三四五六七八九十\d]+条|[一二三四五六七八九十\d]+[、.])\s*", "");
    }

    /// <summary>
    /// (phase 32) The rest of a title after an office's name, when it names the office's own inside (内部, 职工, 工作人员:
    /// [staff_rules.insides]) after at most a year and a few words of its work, and right after it a word of managing staff
    /// ([staff_rules.staff_managing]: 分工, 考勤, 考核 …); the inside word, or null. No village word may stand before it
    /// (…站村级防疫员考勤…: the village's posts).
    /// </summary>
    private static string? OwnStaffManaged(string rest)
    {
        foreach (var inside in Insides)
        {
            var at = rest.IndexOf(inside, StringComparison.Ordinal);
            if (at < 0 || at > InsideReach || rest[..at].Contains("关于", StringComparison.Ordinal)
                || VillageMarks.Any(v => rest[..at].Contains(v, StringComparison.Ordinal)))
            {
                continue;
            }
            var after = rest[(at + inside.Length)..];
            if (StaffManaging.Any(w => after.IndexOf(w, StringComparison.Ordinal) is >= 0 and var m && m <= ManagingReach))
            {
                return inside;
            }
        }
        return null;
    }
}

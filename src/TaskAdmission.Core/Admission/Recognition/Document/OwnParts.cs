using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 29) The grammar of "the issuer's own": a paper whose addressee line names the issuer's own parts or people, read
/// from how the line names them rather than from a list of trades. An approver: "公司各党支部, 全行客户经理, 项目部全体员工,
/// 各站站长 (from 站点), 各位田管员 (in 田管群) — the issuer's name or its short form is repeated before the part, or the kind of
/// the part is a word of the issuer's name: they are its own units and staff, and the paper governs its own work. A village
/// named there is where the work is done, unless a sentence tells the village (its committee, cadres or grid staff) to act."
/// <list type="bullet">
/// <item>The issuer (<see cref="IssuerNames"/>): the organisation's name opening the title (up to 关于 or the paper's
/// subject), a chat group's tag opening the text (【某某种业-基地田管群】), and the signature lines at the text's end that
/// are nothing but a name.</item>
/// <item>An addressee part that is the issuer's own (<see cref="IsOwnPart"/>): a lead that repeats the issuer's short form
/// ([own_parts.short_forms] found in the issuer's name: 公司各…, 本行…, 全行…, 项目部全体…, 中心各…); or, after 各/各位/全体,
/// a part whose kind (the name without a post ending: 站站长 → 站, 田管员 → 田管) is a word of the issuer's name; or the
/// issuer's staff as such (员工, 职工: [document_addressee.members]). Never a part holding a village, township or government
/// marker ([internal_paper.not_own]) — 党 only after the issuer's short form (公司各党支部; 各党支部 alone may be the
/// villages').</item>
/// <item>The people a stated object line names (<see cref="StatedPeople"/>: 参赛对象：全行客户经理, 考核对象：项目部全体员工).</item>
/// <item>A company's own rules by its title (<see cref="OwnRules"/>: 某某公司…执行手册, …员工守则): the title opens with an
/// enterprise's name and ends with a genre of rules ([own_parts.rule_genres]).</item>
/// <item>In such a paper, a sentence whose every village is only the place of the work (到结对社区, 驻社区社工, 在各社区服务点),
/// the recipient of a report (向…社区居委会通报) or the bare word qualifying the issuer's own post (社区金融专员 — not a village's
/// own post: [village] 网格员, 村干部, 社区工作者 …; not 各村协理员, each village's; not after 请, 由, 督促 …) does not put the
/// work on the village (<see cref="VillageOnlyPlace"/>).
/// Only assessments, check-ins and prohibited work: a certificate the village issues (到村委会开具…证明), a board hung at
/// the village, a model village or a pledge keep their reading.</item>
/// </list>
/// </summary>
internal static class OwnParts
{
    private static readonly string[] ShortForms = RecognitionCues.Instance.List("own_parts.short_forms");
    private static readonly string[] PostEndings = RecognitionCues.Instance.List("own_parts.post_endings");
    private static readonly string[] NotOwn = RecognitionCues.Instance.List("internal_paper.not_own");
    private static readonly string[] Members = RecognitionCues.Instance.List("document_addressee.members");
    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");
    private static readonly string[] Owners = RecognitionCues.Instance.List("internal_paper.owners");
    private static readonly string[] RuleGenres = RecognitionCues.Instance.List("own_parts.rule_genres");
    private static readonly string[] PlaceLeads = RecognitionCues.Instance.List("own_parts.place_leads");
    private static readonly string[] PlaceFillers = RecognitionCues.Instance.List("own_parts.place_fillers");
    private static readonly string[] ReportVerbs = RecognitionCues.Instance.List("own_parts.report_verbs");
    private static readonly string[] PersonHeads = RecognitionCues.Instance.List("own_parts.person_heads");
    private static readonly string[] ObjectWords = [.. RecognitionCues.Instance.List("own_parts.object_words"), .. DocumentScope.AssessedObjectWords];
    private static readonly string[] TitleCuts = ["关于", "“", "\"", "《", "(", " "];

    // A name line at the text's end: at most this long.
    private const int NameLine = 30;
    // 向业委会及社区居委会通报: the reach from 向 to the village, and from the village to the report verb.
    private const int RecipientReach = 12;
    private const int ReportReach = 8;
    // 社区金融专员: the words between the village and the post's head.
    private const int QualifierReach = 4;

    /// <summary>The issuer's names the paper gives: the title's opening organisation, a chat tag, the signature lines.</summary>
    internal static IReadOnlyList<string> IssuerNames(string? title, string text)
    {
        var names = new List<string>();
        if (title is not null)
        {
            var cut = TitleCuts.Select(c => title.IndexOf(c, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(title.Length).Min();
            if (cut >= 2)
            {
                names.Add(title[..cut]);
            }
        }
        if (ChatTag(text) is { } tag)
        {
            names.Add(tag);
        }
        // (phase 30) 我公司, 经公司研究, 公司每周对…: the head the paper calls its issuer by.
        if (SubordinateUnits.SelfName(text) is { } self)
        {
            names.Add(self);
        }
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The last lines: a signature, perhaps followed by a date line.
        foreach (var line in lines.Skip(Math.Max(1, lines.Length - 3)))
        {
            if (line.Length is >= 2 and <= NameLine && line.All(c => TextNormaliser.IsChinese(c) || c is '(' or ')' or '-')
                && !char.IsDigit(line[0]))
            {
                names.Add(line);
            }
        }
        return names;
    }

    /// <summary>【某某种业-基地田管群】 opening the text: a chat group's tag, the sender's name; or null.</summary>
    internal static string? ChatTag(string text)
    {
        var t = text.TrimStart();
        // The normalised text writes 【】 as [].
        if (!t.StartsWith('[') && !t.StartsWith('【'))
        {
            return null;
        }
        var close = t.IndexOfAny([']', '】']);
        return close > 2 && close <= DocumentAddressee.MaxAddresseeLine ? t[1..close] : null;
    }

    /// <summary>
    /// (phase 32) 【柳林镇村建管理群】执法中队 张队：⏎杨家村的赵支书在吗？ — in a chat message, the line right after the group's
    /// tag that is only a poster's name, as the chat shows it (a body or a role, a space, then a person: a name, or a surname
    /// with a title — 张队, 王主任, 吴斌 — and the colon closing the line), says who posts; whom the message speaks to comes
    /// after it. Not a line whose last part names a class (各村, 全体…) or a village: 石桥镇 各村： is spoken to the villages.
    /// Read on the text as written, where the space still stands. The offset of the next line in the normalised text, or null.
    /// </summary>
    internal static int? AfterChatPoster(NormalisedText text)
    {
        var t = text.Text;
        var lead = t.Length - t.TrimStart().Length;
        if (ChatTag(t) is not { } tag)
        {
            return null;
        }
        var from = lead + tag.Length + 2;
        var end = t.IndexOf('\n', from);
        if (end < 0 || end == from)
        {
            return null;
        }
        var (sourceStart, sourceEnd) = text.ToSource(from, end);
        var line = text.Source[sourceStart..sourceEnd].Trim();
        var colon = line.Length > 0 && line[^1] is ':' or '：' ? line.Length - 1 : -1;
        var parts = colon > 0 ? line[..colon].Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries) : [];
        return parts.Length == 2 && parts[1].Length is >= 2 and <= PosterName && parts[1].All(TextNormaliser.IsChinese)
            && !NamesClass(parts[0]) && !NamesClass(parts[1]) && !DocumentAddressee.IsVillage(parts[1], RecognitionCues.Instance)
            ? end + 1 : null;
    }

    // A poster's own name or a surname with a title: 张队, 王主任, 杨国华.
    private const int PosterName = 3;

    /// <summary>
    /// (phase 35) 乡武装部 胡部长：活动结束后两小时内，在小程序里提交现场视频 — in a chat message (the text opens with a group's
    /// tag), a line that opens with the poster's name and its colon says who posts, not who acts: the poster asks, and what the
    /// message asks falls to those it speaks to. The clause is short, stands at the start of a line, is closed by a colon, names
    /// no village and no class (各村, 全体…), and ends with a person's title ([own_parts.poster_titles]: 部长, 主任, 书记 …).
    /// A body that is told to act at a line's start (县执法大队负责：) ends with no title and keeps its reading.
    /// </summary>
    internal static bool PosterClause(ClauseReader reader, int clauseIndex)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        if (clause.End >= text.Length || text[clause.End] != ':' || ChatTag(text) is null)
        {
            return false;
        }
        var name = text[clause.Start..clause.End].Trim();
        var opensLine = clause.Start == 0 || text[..clause.Start].TrimEnd(' ', '\t') is var before && (before.Length == 0 || before[^1] is '\n' or ']' or '】');
        return opensLine && name.Length is >= 2 and <= PosterLine && !NamesClass(name)
            && PosterTitles.Any(t => name.EndsWith(t, StringComparison.Ordinal) && name.Length > t.Length)
            && !reader.NamesVillage(clauseIndex);
    }

    // A body's name and the poster's: 乡武装部胡部长, 镇城建办孙工程师.
    private const int PosterLine = 14;
    private static readonly string[] PosterTitles = RecognitionCues.Instance.List("own_parts.poster_titles");

    private static bool NamesClass(string part) =>
        part.StartsWith('各') || part.StartsWith("全体", StringComparison.Ordinal) || part.StartsWith("广大", StringComparison.Ordinal)
        || part.StartsWith("有关", StringComparison.Ordinal);

    /// <summary>Whether an addressee part names the issuer's own unit, post or staff (see the class summary).</summary>
    internal static bool IsOwnPart(string part, IReadOnlyList<string> issuers, bool classLine = false)
    {
        if (issuers.Count == 0)
        {
            return false;
        }
        var rest = DocumentText.StripBrackets(part);
        var prefixed = false;
        // (phase 31) 馆内各部室, 台内各预报岗位, 乡机关全体职工, 我社…, 所属各单位: a lead of the issuer's own (OwnPeople.OwnLead).
        if (OwnPeople.OwnLead(rest, issuers) is > 0 and var own)
        {
            rest = rest[own..];
            prefixed = true;
        }
        var lead = !prefixed && (rest.StartsWith('本') || rest.StartsWith('全') && !rest.StartsWith("全体", StringComparison.Ordinal));
        if (lead)
        {
            rest = rest[1..];
        }
        if (!prefixed && ShortForms.Where(s => rest.StartsWith(s, StringComparison.Ordinal) && issuers.Any(i => Repeats(i, s))).MaxBy(s => s.Length) is { } shortForm)
        {
            rest = rest[shortForm.Length..];
            prefixed = true;
        }
        else if (lead)
        {
            // 全镇…, 全区…, 本村…: no short form of the issuer's.
            return false;
        }
        var opened = classLine;
        foreach (var opener in (string[])["各位", "全体", "各", "全"])
        {
            if (rest.StartsWith(opener, StringComparison.Ordinal))
            {
                rest = rest[opener.Length..];
                opened = opener != "全";
                break;
            }
        }
        if (rest.Length < 2 || NotOwn.Any(n => n != "党" || !prefixed ? rest.Contains(n, StringComparison.Ordinal) : false))
        {
            return false;
        }
        if (prefixed || Members.Any(m => rest.EndsWith(m, StringComparison.Ordinal)))
        {
            return true;
        }
        // (phase 31) 各带团导游, 各计调、导游, 各位队员: a class of people by their jobs from a firm or an institution.
        if (OwnPeople.JobClass(rest, opened, issuers))
        {
            return true;
        }
        // 站站长 → 站 (站点), 田管员 → 田管 (田管群): the kind of the part is a word of the issuer's name — the whole stem,
        // or its last character when that is a unit's kind (站, 店, 厂 …: a one-character short form).
        var stem = PostEndings.Where(p => rest.Length > p.Length && rest.EndsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length) is { } post
            ? rest[..^post.Length] : rest;
        return issuers.Any(i => stem.Length >= 2 && i.Contains(stem, StringComparison.Ordinal)
            || ShortForms.Contains(stem[^1].ToString()) && i.Contains(stem[^1]));
    }

    /// <summary>
    /// The issuer's name holds the short form as an organisation's head: a word of two characters or more anywhere (…公司党委,
    /// …项目部); one character (行, 站) only as the name's last, or inside a longer short form the name holds (银行, 站点).
    /// </summary>
    private static bool Repeats(string issuer, string shortForm) =>
        shortForm.Length >= 2 ? issuer.Contains(shortForm, StringComparison.Ordinal)
            : issuer.EndsWith(shortForm, StringComparison.Ordinal)
              || ShortForms.Any(t => t.Length > 1 && t.Contains(shortForm, StringComparison.Ordinal) && issuer.Contains(t, StringComparison.Ordinal));

    /// <summary>考核对象：项目部全体员工, 参赛对象：全行客户经理 — the people a stated object line names when all are the issuer's own; or null.</summary>
    internal static string? StatedPeople(string text, IReadOnlyList<string> issuers)
    {
        foreach (var word in ObjectWords)
        {
            var at = text.IndexOf(word + ":", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var from = at + word.Length + 1;
            var to = text.IndexOfAny(['。', ';', '\n', ','], from);
            var named = text[from..(to < 0 ? text.Length : to)].Trim();
            var parts = System.Text.RegularExpressions.Regex.Replace(named, @"\([^()]*\)", "").Split(['、', '和', '及'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // (phase 32) 接收人：钢筋班全体, 交底对象：木工班组全体人员 — the whole of one of a firm's own units (a crew, a
            // workshop: InternalPaper.IsOwnUnit) is its people too.
            return parts.Length > 0 && parts.All(p => IsOwnPart(p, issuers) || WholeUnit(p) is { } unit && InternalPaper.IsOwnUnit(unit)) ? named : null;
        }
        return null;
    }

    private static readonly string[] WholeTails = ["全体人员", "全体成员", "全体员工", "全体"];

    /// <summary>(phase 32) 钢筋班全体, 木工班组全体人员: the unit whose whole a part names, or null.</summary>
    internal static string? WholeUnit(string part) =>
        WholeTails.FirstOrDefault(t => part.Length > t.Length + 1 && part.EndsWith(t, StringComparison.Ordinal)) is { } tail ? part[..^tail.Length] : null;

    /// <summary>某某公司…手册, 某某集团员工守则: an enterprise's own rules by its title; the title, or null.</summary>
    internal static string? OwnRules(string title)
    {
        var bare = DocumentText.StripBrackets(title);
        if (!RuleGenres.Any(g => bare.EndsWith(g, StringComparison.Ordinal)))
        {
            return null;
        }
        var cut = TitleCuts.Select(c => bare.IndexOf(c, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(bare.Length).Min();
        var name = bare[..cut];
        var owner = Owners.Where(o => o.Length >= 2).Select(o => (o, at: name.IndexOf(o, StringComparison.Ordinal))).Where(x => x.at > 0).Select(x => x.at + x.o.Length).DefaultIfEmpty(-1).Min();
        if (owner < 0 || Governing.Any(g => name[..owner].Contains(g, StringComparison.Ordinal)) || NotOwn.Any(n => name[..owner].Contains(n, StringComparison.Ordinal)))
        {
            return null;
        }
        return name[..owner];
    }

    /// <summary>
    /// The cue when every village the sentence holding the offset names is only a place, a report's recipient or the
    /// qualifier of a post that is not the village's own; null when it names none or one that acts or is acted on.
    /// </summary>
    internal static string? VillageOnlyPlace(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var reader = field.Reader;
        var text = reader.Text;
        string? cue = null;
        for (var i = first; i <= last; i++)
        {
            var clause = field.Clauses[i];
            var mentions = reader.Mentions(i);
            var placeEnd = -1;
            foreach (var village in mentions.Where(m => m.Kind == ActorKind.Village).OrderBy(m => m.Start))
            {
                // (phase 31) 到桃园村、柳湾村: a village listed right after a place is a place too.
                if (placeEnd >= 0 && village.Start > placeEnd && village.Start - placeEnd <= NameReach + 1
                    && text[placeEnd..village.Start] is var between && (between[0] is '、' or '和' or '及' or '与')
                    && between[1..].All(TextNormaliser.IsChinese))
                {
                    placeEnd = village.End;
                    continue;
                }
                if (Agency.Negation(text, clause.Start, clause.End, village.Start, village.End, cues) is not null
                    || ClauseScope.MentionNegated(text, clause, village, cues) is not null)
                {
                    continue;
                }
                var before = text[clause.Start..village.Start];
                var trimmed = TrimFillers(before);
                var after = text[village.End..clause.End];
                if (PlaceLeads.Any(p => trimmed.EndsWith(p, StringComparison.Ordinal))
                    && !HandingVerbs.Any(h => trimmed.EndsWith(h + "到", StringComparison.Ordinal) || trimmed.EndsWith(h + "至", StringComparison.Ordinal)))
                {
                    cue ??= text[Math.Max(clause.Start, village.Start - 4)..village.End];
                    placeEnd = village.End;
                    continue;
                }
                // (phase 36) 每人包联3个村, 每名干部联系2至3个村: the villages the issuer's people are assigned to are where they work.
                if (VillageWordStart(village, cues) is var wordStart && AssignedVillages(TrimFillers(text[clause.Start..wordStart])) is { } assigned)
                {
                    cue ??= assigned + text[wordStart..village.End];
                    placeEnd = village.End;
                    continue;
                }
                // (phase 31) 在双河村, 去桂花村: the village's own name between the place lead and the village word the reader found.
                if (NamedPlace(trimmed) is { } named)
                {
                    cue ??= text[Math.Max(clause.Start, village.Start - named)..village.End];
                    placeEnd = village.End;
                    continue;
                }
                // (phase 31) 柏林村“半山云舍”: a village's name right before a quoted name says where the named house or firm is.
                if (QuotedNameAfter(after, cues))
                {
                    cue ??= village.Text + after[..Math.Min(after.Length, 8)];
                    continue;
                }
                var to = before.LastIndexOf('向');
                if (to >= 0 && before.Length - to <= RecipientReach
                    && ReportVerbs.Any(v => after.IndexOf(v, StringComparison.Ordinal) is >= 0 and <= ReportReach))
                {
                    cue ??= text[(clause.Start + to)..village.End];
                    continue;
                }
                // Only the bare word qualifies a post (社区金融专员); 各村协理员, 本村…员 name each village's own people, and
                // 请…, 由…, 督促… before the post hand it the act.
                if (village.Text is "社区" or "村" && (before.Length == 0 || !"各本该全每".Contains(before[^1])) && !Delegating(trimmed, cues) && QualifiedPost(village, after, cues) is { } post)
                {
                    cue ??= village.Text + post;
                    continue;
                }
                // (phase 32) 电话回访业主单位和所在村, 参考镇村反馈: a village the issuer's people ask for its view, or whose
                // view they weigh, judges their work; it is neither rated nor tasked.
                if (Consulted(trimmed, after) is { } consulted)
                {
                    cue ??= consulted.Before ? consulted.Word + village.Text : village.Text + consulted.Word;
                    continue;
                }
                return null;
            }
        }
        return cue;
    }

    /// <summary>
    /// (phase 30) The cue when every village the sentence holding the offset names is only the bare name of one of the issuer's
    /// own units its addressee line names (各网格 on a firm's line: its marketing grid, 公司…对各网格排名, 评选示范网格); null when
    /// it names none, or a village's own body or people (村网格, 网格员, 村委会).
    /// </summary>
    internal static string? OwnUnitsOnly(FieldReading field, int sourceStart, string ownLine)
    {
        var units = DocumentAddressee.Parts(ownLine).Select(Bare).Where(u => u.Length >= 2).ToArray();
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || units.Length == 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        string? cue = null;
        for (var i = first; i <= last; i++)
        {
            foreach (var village in field.Reader.Mentions(i).Where(m => m.Kind == ActorKind.Village))
            {
                var bare = Bare(village.Text);
                if (!units.Contains(bare, StringComparer.Ordinal) || RecognitionCues.Instance.Village.Contains(bare, StringComparer.Ordinal))
                {
                    return null;
                }
                cue ??= village.Text;
            }
        }
        return cue;
    }

    /// <summary>
    /// (phase 30) 二、工作安排：各所为本次检查的主体，要逐户检查…；违法的依法查处。 — the cue when the line holding
    /// the offset opens (after its number and heading) with a unit the issuer's addressee line gives as its own, and names no
    /// village up to the offset's sentence: the unit is the subject of the line's work.
    /// </summary>
    internal static string? OwnUnitSubject(FieldReading field, int sourceStart, string ownLine)
    {
        var units = DocumentAddressee.Parts(ownLine).Select(u => DocumentText.StripBrackets(u).Trim())
            .SelectMany(u => u.StartsWith('各') ? new[] { u, u[1..] } : [u]).Where(u => u.Length >= 2).ToArray();
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0 || units.Length == 0)
        {
            return null;
        }
        var (sentenceFirst, last) = DocumentText.SentenceClauses(field, k);
        var reader = field.Reader;
        var text = reader.Text;
        // (phase 31) 各支行的放贷进度按月排名。 — a sentence of its own opening with one of the units, naming no village.
        if (Enumerable.Range(sentenceFirst, last - sentenceFirst + 1).All(i => !reader.Mentions(i).Any(m => m.Kind == ActorKind.Village))
            && units.Where(u => text[field.Clauses[sentenceFirst].Start..field.Clauses[last].End].TrimStart().StartsWith(u, StringComparison.Ordinal)).MaxBy(u => u.Length) is { } opener)
        {
            return opener;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, field.Clauses[k].Start - 1)) + 1;
        var first = k;
        while (first > 0 && field.Clauses[first - 1].End > lineStart)
        {
            first--;
        }
        for (var i = first; i <= last; i++)
        {
            if (reader.Mentions(i).Any(m => m.Kind == ActorKind.Village))
            {
                return null;
            }
        }
        var opening = LineHeading.Replace(text[lineStart..field.Clauses[last].End], "");
        return units.Where(u => opening.StartsWith(u, StringComparison.Ordinal)).MaxBy(u => u.Length);
    }

    // 三、, (三), 1., 1、 and a short heading before its colon (工作要求:).
    private static readonly System.Text.RegularExpressions.Regex LineHeading =
        new(@"^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.]\s*)?(?:[^,:;。]{1,8}:)?\s*", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static string Bare(string name)
    {
        var bare = DocumentText.StripBrackets(name).Trim();
        return bare.Length > 1 && bare[0] is '各' or '每' or '该' or '全' ? bare[1..] : bare;
    }

    // 在双|河村, 去桂花|村: the characters of a village's name between a place lead and the village word found.
    private const int NameReach = 3;

    /// <summary>
    /// The length back to a place lead ([own_parts.place_leads]) when only the characters of a name (Chinese, no list join)
    /// stand between it and the village word; or null. Not after a verb handing work down (落实到, 分解到).
    /// </summary>
    private static int? NamedPlace(string before)
    {
        for (var n = 1; n <= Math.Min(NameReach, before.Length - 1); n++)
        {
            var name = before[^n..];
            if (!name.All(TextNormaliser.IsChinese) || name.Any(c => "各本该全每和及与、".Contains(c)))
            {
                return null;
            }
            var lead = before[..^n];
            if (PlaceLeads.Any(p => lead.EndsWith(p, StringComparison.Ordinal))
                && !HandingVerbs.Any(h => lead.EndsWith(h + "到", StringComparison.Ordinal) || lead.EndsWith(h + "至", StringComparison.Ordinal)))
            {
                return n + 1;
            }
        }
        return null;
    }

    /// <summary>柏林村“半山云舍”: a quoted name (two characters at least, no village word in it) right after the village.</summary>
    private static bool QuotedNameAfter(string after, RecognitionCues cues)
    {
        if (after.Length < 4 || after[0] is not ('“' or '"'))
        {
            return false;
        }
        var close = after.IndexOfAny(['”', '"'], 1);
        if (close < 3)
        {
            return false;
        }
        var name = after[1..close];
        return !cues.Village.Any(v => name.Contains(v, StringComparison.Ordinal)) && !name.Contains('村') && !name.Contains("社区", StringComparison.Ordinal);
    }

    private static bool Delegating(string before, RecognitionCues cues) =>
        before.EndsWith('由') || cues.Delegation.Any(d => before.EndsWith(d, StringComparison.Ordinal));

    private static readonly string[] AssignmentLeads = RecognitionCues.Instance.List("own_parts.assignment_leads");
    // 3个, 2至3个, 1-2个: the count of villages a person is assigned.
    private static readonly System.Text.RegularExpressions.Regex AssignedCount = new(@"(?:\d+(?:[至到\-~]\d+)?个)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// (phase 36) The words before a village that assign the issuer's people to it ([own_parts.assignment_leads]: 包联, 联系, 包保,
    /// 挂联 …, a count between: 每人包联3个村, 联系2至3个村), or null.
    /// </summary>
    private static string? AssignedVillages(string before)
    {
        var count = AssignedCount.Match(before);
        var lead = before[..count.Index];
        return AssignmentLeads.FirstOrDefault(a => lead.EndsWith(a, StringComparison.Ordinal)) is { } found ? found + count.Value : null;
    }

    // Where the village's word starts inside the mention (个村 after 包联3: jieba may glue the count's measure word to it).
    private static int VillageWordStart(Mention village, RecognitionCues cues) =>
        village.Start + cues.VillageMarkers.Select(m => village.Text.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();

    private static string TrimFillers(string before)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var f in PlaceFillers)
            {
                if (before.EndsWith(f, StringComparison.Ordinal))
                {
                    before = before[..^f.Length];
                    changed = true;
                }
            }
        }
        return before;
    }

    // 电话回访业主单位和|所在村: the reach from a consulting verb to the village.
    private const int ConsultReach = 10;
    private static readonly string[] ConsultingVerbs = RecognitionCues.Instance.List("own_parts.consulting_verbs");
    private static readonly string[] ViewNouns = RecognitionCues.Instance.List("own_parts.view_nouns");

    /// <summary>
    /// (phase 32) The village as the one consulted: a consulting verb ([own_parts.consulting_verbs]: 回访, 征求, 听取 …) shortly
    /// before it, with no punctuation and no handing verb between (回访业主单位和所在村, 征求所在村), or its view named right
    /// after it ([own_parts.view_nouns]: 反馈, 意见, 建议: 镇村反馈, 所在村的意见) and no 对 right before it (对村的评价 rates the
    /// village). The word and whether it stands before the village, or null.
    /// </summary>
    private static (string Word, bool Before)? Consulted(string before, string after)
    {
        var lead = before[Math.Max(0, before.Length - ConsultReach)..];
        foreach (var verb in ConsultingVerbs)
        {
            var at = lead.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && lead[(at + verb.Length)..] is var between && between.All(c => TextNormaliser.IsChinese(c) || c == '、')
                && !between.Contains('请') && !between.Contains('由') && !HandingVerbs.Any(h => h.Length >= 2 && between.Contains(h, StringComparison.Ordinal)))
            {
                return (verb, true);
            }
        }
        var rest = after.StartsWith('的') ? after[1..] : after;
        if (!before.EndsWith('对') && ViewNouns.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is { } view)
        {
            return (view, false);
        }
        return null;
    }

    /// <summary>社区 + 金融专员: the post the village word qualifies, when it is no village's own post; or null.</summary>
    private static string? QualifiedPost(Mention village, string after, RecognitionCues cues)
    {
        for (var n = 1; n <= Math.Min(QualifierReach + 2, after.Length); n++)
        {
            var words = after[..n];
            if (!words.All(TextNormaliser.IsChinese))
            {
                return null;
            }
            if (PersonHeads.Any(h => words.EndsWith(h, StringComparison.Ordinal)) && !words.EndsWith("动员", StringComparison.Ordinal))
            {
                var whole = village.Text + words;
                if (cues.Village.Any(v => v.Length >= 2 && whole.EndsWith(v, StringComparison.Ordinal) || v.Length >= 2 && words.Contains(v, StringComparison.Ordinal))
                    || NotOwn.Any(m => words.Contains(m, StringComparison.Ordinal)) || VillagePosts.Any(p => words.Contains(p, StringComparison.Ordinal)))
                {
                    return null;
                }
                return words;
            }
        }
        return null;
    }

    // 分解到各村, 落实到村, 发到社区: 到 after a verb that hands something down makes the village its receiver, not a place.
    private static readonly string[] HandingVerbs = RecognitionCues.Instance.List("own_parts.handing_verbs");

    private static readonly string[] VillagePosts = RecognitionCues.Instance.List("own_parts.village_posts");
}

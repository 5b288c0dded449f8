using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// The addressee line (主送) of a notice — the villages, other bodies, or no one — and the tests of a name as a body or a
/// village that it and the document's scope use.
/// </summary>
internal static class DocumentAddressee
{
    internal const int MaxAddresseeLine = 40;

    // The normalised memo header (To: →  to:).
    private const string MemoTo = "to:";

    internal static bool NamesVillageWord(string text, RecognitionCues cues) =>
        cues.Village.Any(v => v.Length >= 2 && text.Contains(v, StringComparison.Ordinal));

    /// <summary>
    /// The addressee line (主送): the description's first line when it is a short list of bodies ending with a colon
    /// (各部门、各乡镇：, 各村(社区)、镇属各单位：, 杨家村民委员会：). Villages when any body listed is a village.
    /// </summary>
    internal static (DocumentReading.Addressee Addressed, string? Line) AddresseeOf(string text, RecognitionCues cues, IReadOnlyList<string>? issuers = null)
    {
        var line = text.TrimStart();
        // (phase 29) 【某某种业-基地田管群】各位田管员： — a chat group's tag is the sender; the addressee follows it.
        if (issuers is not null && OwnParts.ChatTag(line) is { } tag)
        {
            line = line[(tag.Length + 2)..];
        }
        var end = line.IndexOf('\n');
        line = (end >= 0 ? line[..end] : line).Trim();
        // (phase 32) To: 项目全体成员 — a memo's header names whom it is sent to, as a line ending with a colon does.
        if (line.StartsWith(MemoTo, StringComparison.Ordinal) && line.Length > MemoTo.Length + 1)
        {
            line = line[MemoTo.Length..].Trim() + ":";
        }
        // 石门村：你村村民刘某… — the addressee may open the first line, the text running on after its colon.
        var colon = line.IndexOf(':');
        if (colon < 2 || colon > MaxAddresseeLine)
        {
            return (DocumentReading.Addressee.None, null);
        }
        var said = line[(colon + 1)..].TrimStart();
        line = line[..colon];
        if (line.Contains('。') || line.Contains(',') || line.Contains('!') || line.Contains('?'))
        {
            return (DocumentReading.Addressee.None, null);
        }
        var parts = Parts(line);
        // Every part a body (各部门, 柳林镇党委, 政府, 各镇(街道)民政办) or a village (杨家村民委员会, 村(社区)同志们): a heading
        // (评审打分表(满分100分)：) or a greeting (各位居民朋友好) is no addressee.
        // 交办单位：云台街道党工委 — a field's label (a short 单位/部门 without 各) is no addressee.
        // (phase 14) 各民宿经营者：, 广大养殖户： — private persons addressed: the paper speaks to them, not to the villages.
        // (phase 26) An institution counts on a line naming a class (各中小学校、幼儿园, 各景区, 全区各…大队部): one body named by
        // its own name (石桥镇妇联：) may be the township's own office working through the villages.
        var named = NamesClass(line);
        // (phase 28) 各支行：, 各门店店长：, 各车间、班组：: an outside body's own units or posts (InternalPaper.IsOwnUnit).
        // (phase 29) 公司各党支部：, 全行客户经理：, 各站站长： (…站点): the issuer's own parts or people (OwnParts.IsOwnPart).
        // (phase 30) 各村级驿站 from a courier, 社区卫生中心 from the health bureau: the issuer's subordinate units, no village.
        bool Village(string p) => IsVillage(p, cues) && !(issuers is not null && SubordinateUnits.IsUnit(p, issuers, named));
        if (parts.Length == 0 || !parts.All(p => Village(p) || IsBody(p, cues) || IsPrivate(p, cues) || named && IsInstitution(p)
                || IsOwn(p, named, issuers, cues))
            || parts.Any(p => p.Length <= 4 && !p.StartsWith('各') && (p.EndsWith("单位", StringComparison.Ordinal) || p.EndsWith("部门", StringComparison.Ordinal))))
        {
            return (DocumentReading.Addressee.None, null);
        }
        // (phase 16) 各镇人民政府：请各村… — bodies named as a class (各…, 有关…) are whom the paper is sent to, whatever the
        // line asks after the colon; only one body named by its own name speaks.
        if (!parts.Any(Village) && !parts.Any(p => ClassLeads.Any(l => p.StartsWith(l, StringComparison.Ordinal)))
            && AsksVillages(said, cues) is { } asked)
        {
            // (phase 11) 石桥镇乡村振兴办：请各村书记认真落实 — a body's name before a colon on a line that goes on to ask the
            // villages is who speaks (a forwarding cover, a chat message's sender), not whom the paper is sent to.
            return (DocumentReading.Addressee.Villages, asked);
        }
        return (parts.Any(Village) ? DocumentReading.Addressee.Villages : DocumentReading.Addressee.Others, line);
    }

    /// <summary>
    /// (phase 29) Whether every part of an addressee line read as other bodies is the issuer's own unit, post or staff
    /// (InternalPaper.IsOwnUnit, OwnParts.IsOwnPart, a body's members: 全体员工).
    /// </summary>
    internal static bool OwnLine(string line, IReadOnlyList<string> issuers, RecognitionCues cues)
    {
        var parts = Parts(line);
        var named = NamesClass(line);
        return parts.Length > 0 && parts.All(p => IsOwn(p, named, issuers, cues));
    }

    /// <summary>The parts of an addressee line (各部门、各乡镇, 公司各党支部 全体员工).</summary>
    internal static string[] Parts(string line) => line.Split(['、', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the line opens by naming a class of bodies or of private persons (各…, 有关…, 广大…).</summary>
    private static bool NamesClass(string line) => ClassLeads.Concat(PrivateLeads).Any(l => line.StartsWith(l, StringComparison.Ordinal));

    /// <summary>
    /// Whether a part that is no village is the issuer's own: a unit or post of an outside body on a line naming a class
    /// (InternalPaper.IsOwnUnit), or a part or the people of the issuer the paper names (OwnParts.IsOwnPart).
    /// </summary>
    private static bool IsOwn(string part, bool named, IReadOnlyList<string>? issuers, RecognitionCues cues) =>
        !IsVillage(part, cues) && (named && InternalPaper.IsOwnUnit(part) || issuers is not null && OwnParts.IsOwnPart(part, issuers, named)
            // (phase 32) 项目全体成员, 安装班全体: the whole of one of a firm's own units.
            || OwnParts.WholeUnit(part) is { } unit && InternalPaper.IsOwnUnit(unit))
        || issuers is not null && SubordinateUnits.IsUnit(part, issuers, named);

    private static readonly string[] AskingOpeners = RecognitionCues.Instance.List("document_addressee.asking_openers");
    private static readonly string[] ClassLeads = RecognitionCues.Instance.List("document_addressee.class_leads");

    /// <summary>
    /// The village word that the words after the colon open with, asked directly (请各村…, 各社区要…, 请村(社区)…), or null.
    /// 石门村：你村村民… names the addressee before the colon, and 各部门：请… asks no village.
    /// </summary>
    private static string? AsksVillages(string said, RecognitionCues cues)
    {
        var rest = said;
        var opener = AskingOpeners.FirstOrDefault(o => rest.StartsWith(o, StringComparison.Ordinal));
        rest = opener is null ? rest : rest[opener.Length..];
        // Without 请 only the villages as a whole (各村, 各社区) open an ask: 社区卫生中心… is a body's name.
        return cues.Village.Where(v => v.Length >= 2 && rest.StartsWith(v, StringComparison.Ordinal) && (opener is not null || v.StartsWith('各')))
            .MaxBy(v => v.Length);
    }

    // (phase 26) 各中小学校、幼儿园, 各镇（街道）妇联, 各景区, 少先队大队部: institutions and mass organisations that are no
    // village; a paper sent to them as a class rates and asks them. Kept out of [body_suffixes], whose words also cut the
    // clause reading.
    private static readonly string[] Institutions = RecognitionCues.Instance.List("document_addressee.institutions");

    private static bool IsInstitution(string part) =>
        DocumentText.StripBrackets(part) is { Length: >= 2 } name && Institutions.Any(i => name.EndsWith(i, StringComparison.Ordinal));

    internal static bool IsBody(string part, RecognitionCues cues)
    {
        var name = DocumentText.StripBrackets(part);
        return name.Length >= 2 && (cues.BodySuffixes.Any(b => name.EndsWith(b, StringComparison.Ordinal))
            || name.EndsWith("政府", StringComparison.Ordinal) || name.EndsWith("党委", StringComparison.Ordinal) || name.EndsWith("单位", StringComparison.Ordinal)
            || name.EndsWith("部门", StringComparison.Ordinal) || name.EndsWith("乡镇", StringComparison.Ordinal) || name.EndsWith("镇街", StringComparison.Ordinal));
    }

    private static readonly string[] PrivateLeads = RecognitionCues.Instance.List("document_addressee.private_leads");

    private static readonly string[] Members = RecognitionCues.Instance.List("document_addressee.members");

    /// <summary>(phase 14) 各民宿经营者, 广大养殖户, 各位家长: private persons (a [private] word ending the name), not a body.
    /// (phase 23) So are a body's own staff or members addressed as such (各位客户经理, 各位会员: [document_addressee.members]).</summary>
    internal static bool IsPrivate(string part, RecognitionCues cues)
    {
        var name = DocumentText.StripBrackets(part);
        var lead = PrivateLeads.FirstOrDefault(l => name.StartsWith(l, StringComparison.Ordinal));
        return lead is not null && name.Length > lead.Length
            && (cues.Private.Any(w => name.EndsWith(w, StringComparison.Ordinal)) || Members.Any(w => name.EndsWith(w, StringComparison.Ordinal)));
    }

    internal static bool VillageName(string name, RecognitionCues cues)
    {
        var bare = DocumentText.StripBrackets(name);
        return bare.EndsWith('村') || bare.EndsWith("社区", StringComparison.Ordinal)
            || cues.Village.Any(v => v.Length >= 2 && bare.Contains(v, StringComparison.Ordinal));
    }

    internal static bool IsVillage(string part, RecognitionCues cues)
    {
        var name = DocumentText.StripBrackets(part).Replace("各", "", StringComparison.Ordinal).Replace("亲爱的", "", StringComparison.Ordinal);
        if (name.EndsWith("同志们", StringComparison.Ordinal))
        {
            name = name[..^3];
        }
        return name.StartsWith('村') || name.StartsWith("社区", StringComparison.Ordinal) || name.StartsWith("居委", StringComparison.Ordinal)
            || cues.Village.Any(v => v.Length >= 2 && name.EndsWith(v, StringComparison.Ordinal) && !cues.NotVillage.Any(n => name.EndsWith(n, StringComparison.Ordinal)))
            || name.EndsWith('村');
    }
}

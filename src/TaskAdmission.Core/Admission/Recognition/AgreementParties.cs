using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 22) Who 甲方, 乙方 (委托方, 受托方, 采购人 …: [agreement_parties.parties]) are in an agreement or contract: the
/// paper names them in its head lines (乙方：银杏村民委员会, 乙方：某某服务有限公司) or in a bracket right after the word
/// (甲方（镇人居办）, 乙方（社区居委会）). An approver reads "乙方负责…" as the act of the party so named — the provider a
/// department pays, or the village that signs. A party named as a village (its name ends with a village word: 村民委员会,
/// 居委会, 某某村, 某某社区) is the village; any other name is another body. A party word the paper does not name stays
/// unread, as before. When one paper holds two agreements, a word takes the nearest naming before it.
/// </summary>
internal sealed class AgreementParties
{
    private static readonly string[] PartyWords = [.. RecognitionCues.Instance.List("agreement_parties.parties").OrderByDescending(p => p.Length)];
    // A bracket after the party word that is a place to sign, not a name (甲方（盖章）).
    private static readonly string[] SigningNotes = RecognitionCues.Instance.List("agreement_parties.signing_notes");
    private const int MaxName = 30;

    private readonly List<(string Party, int At, ActorKind Kind)> namings;

    private AgreementParties(List<(string Party, int At, ActorKind Kind)> namings) => this.namings = namings;

    /// <summary>The party words this paper names, longest first.</summary>
    public IEnumerable<string> Words => namings.Select(n => n.Party).Distinct();

    /// <summary>
    /// (phase 25) The parties, when the paper names two or more and none is a village (甲方：区城管中心, 乙方：某科技公司):
    /// an agreement binds those who sign it, so what it says without naming the villages is theirs. Null otherwise.
    /// </summary>
    /// <remarks>(phase 27) A procurement names its purchaser but not the supplier it has yet to choose (采购人：柳林镇人民政府 …
    /// 供应商派驻值守…人员不少于9人): a provider word that names a business by its own form ([agreement_parties.providers]:
    /// 供应商, 服务商, 中标人 …) counts as the second party when the paper does not name it.</remarks>
    public string? OthersOnly =>
        namings.Count > 0 && namings.All(n => n.Kind == ActorKind.Other)
        && namings.Select(n => n.Party).Append(unnamedProvider).OfType<string>().Distinct().Count() >= 2
            ? string.Join("、", namings.OrderBy(n => n.At).Select(n => n.Party).Append(unnamedProvider).OfType<string>().Distinct())
            : null;

    private string? unnamedProvider;

    private static readonly string[] Providers = RecognitionCues.Instance.List("agreement_parties.providers");

    public static AgreementParties Read(string text, RecognitionCues cues, IReadOnlyList<string> villageWords)
    {
        var namings = new List<(string, int, ActorKind)>();
        foreach (var party in PartyWords)
        {
            for (var at = text.IndexOf(party, StringComparison.Ordinal); at >= 0; at = text.IndexOf(party, at + party.Length, StringComparison.Ordinal))
            {
                if (Named(text, at + party.Length) is { } name && !namings.Any(n => n.Item2 <= at && at < n.Item2 + n.Item1.Length))
                {
                    namings.Add((party, at, IsVillage(name, cues, villageWords) ? ActorKind.Village : ActorKind.Other));
                }
            }
        }
        return new AgreementParties(namings)
        {
            unnamedProvider = Providers.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal) && !namings.Any(n => n.Item1 == p)),
        };
    }

    /// <summary>The kind of the party the word at <paramref name="at"/> stands for, or null when the paper does not name it.</summary>
    public ActorKind? KindOf(string word, int at)
    {
        var named = namings.Where(n => n.Party == word).ToList();
        if (named.Count == 0)
        {
            return null;
        }
        return (named.LastOrDefault(n => n.At <= at) is { Party: not null } before ? before : named.MinBy(n => n.At)).Kind;
    }

    /// <summary>
    /// The name given right after a party word: after a colon (乙方：某某村民委员会; a role in brackets may stand between, 甲方（采购人）：)
    /// up to the end of the name, or inside a bracket that opens right after the word (乙方（保洁公司）). Null when there is none
    /// or the bracket is a place to sign (甲方（盖章）：).
    /// </summary>
    private static string? Named(string text, int from)
    {
        var at = from;
        string? bracketed = null;
        if (at < text.Length && text[at] is '(' or '（')
        {
            var close = text.IndexOfAny([')', '）'], at);
            if (close < 0 || close - at > MaxName)
            {
                return null;
            }
            bracketed = text[(at + 1)..close];
            if (SigningNotes.Any(s => bracketed.Contains(s, StringComparison.Ordinal)))
            {
                return null;
            }
            at = close + 1;
        }
        if (at < text.Length && text[at] is ':' or '：')
        {
            // (phase 27) 乙方：（护线员个人） — a name given in a bracket right after the colon (a blank form's hint of who
            // signs) names the party as well as a name written out.
            if (at + 1 < text.Length && text[at + 1] is '(' or '（' && text.IndexOfAny([')', '）'], at + 1) is var shut and > 0
                && shut - at - 2 is > 0 and <= MaxName && text[(at + 2)..shut] is var hinted && hinted.IndexOfAny(['\n', '，', ',', '。']) < 0
                && !SigningNotes.Any(s => hinted.Contains(s, StringComparison.Ordinal)))
            {
                return hinted;
            }
            var end = at + 1;
            while (end < text.Length && end - at <= MaxName && !char.IsWhiteSpace(text[end]) && text[end] is not ('，' or ',' or '；' or ';' or '。' or '、' or '(' or '（'))
            {
                end++;
            }
            var name = text[(at + 1)..end];
            return name.Length > 0 ? name : null;
        }
        // (phase 32) 当事人：甲方 村民赵某；乙方 … — on a line of parties, the name right after the word (the text's
        // reading drops the space between Chinese words), up to the next party's separator or the line's end.
        if (bracketed is null && at < text.Length && (text[at] is ' ' or '\u3000' || TextNormaliser.IsChinese(text[at])) && PartiesLine(text, from))
        {
            var start = at;
            while (start < text.Length && text[start] is ' ' or '\u3000')
            {
                start++;
            }
            var end = start;
            while (end < text.Length && end - start <= MaxName && !char.IsWhiteSpace(text[end]) && text[end] is not ('，' or ',' or '；' or ';' or '。' or '、'))
            {
                end++;
            }
            return end > start && end - start <= MaxName ? text[start..end] : null;
        }
        // (phase 34) 甲方县教育局、乙方县卫生健康局共同签署本责任书 — parties named inline, one after the other: the
        // name right after the word, ending in a body's or a village's name, joined by 、/和/与 to another party so named.
        if (bracketed is null && InlineNamed(text, from) is { } inline)
        {
            return inline;
        }
        return bracketed is { Length: > 0 } ? bracketed : null;
    }

    private static bool PartyAt(string text, int at) => PartyWords.Any(p => string.CompareOrdinal(text, at, p, 0, p.Length) == 0);

    private static readonly string[] BodyTails = RecognitionCues.Instance.List("agreement_parties.body_tails");
    private static readonly char[] PartyJoins = ['、', '和', '与', '及'];

    /// <summary>
    /// (phase 34) The name written right after a party word with no mark between (甲方县文化和旅游局), up to a list join, a mark or
    /// 经 (经协商): only when it ends with a body's or a village's tail ([agreement_parties.body_tails]) and a join links it to
    /// another party word right after it, or a join and a party's name ending the same way stand right before the word.
    /// 甲方负责督促…, 乙方应当… name no one (a verb follows the word, and the run ends with no body's tail).
    /// </summary>
    private static string? InlineNamed(string text, int from)
    {
        if (from >= text.Length || !TextNormaliser.IsChinese(text[from]))
        {
            return null;
        }
        var end = from;
        while (end < text.Length && end - from <= MaxName && TextNormaliser.IsChinese(text[end]) && text[end] != '经'
            && !(Array.IndexOf(PartyJoins, text[end]) >= 0 && PartyAt(text, end + 1)))
        {
            end++;
        }
        var name = text[from..end];
        if (name.Length < 2 || end - from > MaxName || !BodyTails.Any(t => name.EndsWith(t, StringComparison.Ordinal)))
        {
            return null;
        }
        var joinedAfter = end < text.Length && Array.IndexOf(PartyJoins, text[end]) >= 0 && PartyAt(text, end + 1);
        var word = PartyWords.FirstOrDefault(p => from >= p.Length && string.CompareOrdinal(text, from - p.Length, p, 0, p.Length) == 0);
        var at = word is null ? -1 : from - word.Length;
        var joinedBefore = at > 0 && Array.IndexOf(PartyJoins, text[at - 1]) >= 0
            && BodyTails.Any(t => text.AsSpan(0, at - 1).EndsWith(t, StringComparison.Ordinal))
            && PartyWords.Any(p => text.LastIndexOf(p, at - 1, Math.Min(at, MaxName + p.Length + 1), StringComparison.Ordinal) >= 0);
        return joinedAfter || joinedBefore ? name : null;
    }

    private static readonly string[] PartyHeads = RecognitionCues.Instance.List("agreement_parties.party_heads");

    /// <summary>(phase 32) Whether the line of the offset opens with a heading of the parties (当事人：, 协议双方：).</summary>
    private static bool PartiesLine(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var line = text.AsSpan(lineStart, at - lineStart).TrimStart();
        foreach (var head in PartyHeads)
        {
            if (line.StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // A village is named by a name ending with a village word (村民委员会, 社区居委会, 石桥村, 花苑社区), not with a word that
    // only ends like one (农村, 乡村: [not_village]). (phase 25) Nor by a village word that starts inside such a word: 区农业
    // 农村委 ends with 村委, but its 村 is the last of 农村 — a department's name.
    private static bool IsVillage(string name, RecognitionCues cues, IReadOnlyList<string> villageWords) =>
        villageWords.Any(v => name.EndsWith(v, StringComparison.Ordinal) && !StartsInsideNotVillage(name, name.Length - v.Length, cues))
        && !cues.NotVillage.Any(n => name.EndsWith(n, StringComparison.Ordinal));

    private static bool StartsInsideNotVillage(string name, int at, RecognitionCues cues) =>
        cues.NotVillage.Any(n => Enumerable.Range(0, at).Any(from => from + n.Length > at && string.CompareOrdinal(name, from, n, 0, n.Length) == 0));
}

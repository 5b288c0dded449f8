namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 30) A negation that is what is pledged or quoted, not a refusal of the act. A pledge is named by what it promises,
/// and what it promises is mostly a negation: 签署不燃放承诺, 签订“问题不反弹”保证书, 与家属签订“不搞土葬”承诺书 — the 不 stands
/// between the signing verb and the pledge noun, or inside the quotation marks that name the pledge, and negates nothing
/// outside it. Likewise a negation inside a quotation that closes before the phrase (写明“本村不发生火灾”，签字按手印，拍照发群)
/// belongs to the quoted words. A negation before the signing verb (不得要求各村签订承诺书, 不再签订保证书) still refuses it.
/// </summary>
internal static class PledgeContent
{
    private static readonly string[] PledgeNouns = [.. RecognitionCues.Instance.List("pledge_content.nouns").OrderByDescending(w => w.Length)];
    private static readonly string[] SigningVerbs = RecognitionCues.Instance.List("pledge_content.signing_verbs");
    private static readonly string[] CertificateNouns = [.. RecognitionCues.Instance.List("pledge_content.certificate_nouns").OrderByDescending(w => w.Length)];
    private static readonly string[] IssuingVerbs = RecognitionCues.Instance.List("pledge_content.issuing_verbs");
    private static readonly string[] DemandWords = RecognitionCues.Instance.List("pledge_content.demand_words");
    private const string ClauseMarks = "，。；：！？,;:!?\n";
    private const int SigningReach = 16;
    private const int QuoteReach = 60;

    /// <summary>Whether the negation at <paramref name="negationAt"/> only names the content of a pledge or a quotation before the phrase at [hitStart, hitEnd).</summary>
    internal static bool Names(string text, int negationAt, int hitStart, int hitEnd) =>
        Question(text, negationAt) || InQuotation(text, negationAt, hitStart) || PledgedContent(text, negationAt, hitEnd) || CertifiedContent(text, negationAt, hitEnd);

    /// <summary>
    /// 有无前科, 有没有欠款, 是不是本人: an alternative question asks whether, it negates nothing — 无/没 right after 有, or 不
    /// between the same character twice.
    /// </summary>
    private static bool Question(string text, int at) =>
        at > 0 && (text[at] is '无' or '没' && text[at - 1] == '有'
            || text[at] == '不' && at + 1 < text.Length && text[at - 1] == text[at + 1]);

    /// <summary>
    /// (phase 30) A certificate is named by what it proves, and what it proves is often a negation (不扰民证明, 未再婚的证明, 非转卖
    /// 证明): a negation that is no modal ([negation_before]: 不需, 无需, 不予 …) and runs, with no clause mark and no verb of
    /// issuing or asking ([pledge_content.issuing_verbs]), into the certificate noun the phrase ends in is its content.
    /// </summary>
    private static bool CertifiedContent(string text, int negationAt, int hitEnd)
    {
        if (hitEnd <= negationAt || CertificateNouns.FirstOrDefault(n => EndsAt(text, hitEnd, n)) is null
            || RecognitionCues.Instance.NegationBefore.Any(c => string.CompareOrdinal(text, negationAt, c, 0, c.Length) == 0))
        {
            return false;
        }
        var content = text[(negationAt + 1)..hitEnd];
        return !content.Any(c => ClauseMarks.Contains(c))
            && !IssuingVerbs.Concat(DemandWords).Any(v => content.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>The negation stands inside quotation marks (“…”, 「…」, 《…》, "…") that close before the phrase starts.</summary>
    private static bool InQuotation(string text, int negationAt, int hitStart)
    {
        var from = Math.Max(0, negationAt - QuoteReach);
        for (var i = negationAt - 1; i >= from; i--)
        {
            var c = text[i];
            if (c is '”' or '」' or '》' or '\n')
            {
                return false;
            }
            if (c is '“' or '「' or '《')
            {
                var close = c switch { '“' => '”', '「' => '」', _ => '》' };
                var end = text.IndexOf(close, negationAt);
                return ClosedBefore(text, end, hitStart);
            }
        }
        // ASCII quotes: an odd number of them on the line before the negation opens a quotation.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, negationAt - 1)) + 1;
        var count = 0;
        for (var i = lineStart; i < negationAt; i++)
        {
            if (text[i] == '"')
            {
                count++;
            }
        }
        if (count % 2 == 1)
        {
            var end = text.IndexOf('"', negationAt);
            return ClosedBefore(text, end, hitStart);
        }
        return false;
    }

    /// <summary>
    /// The negation is the pre-modifier of a pledge noun the phrase ends in: a signing verb stands before it within reach, and no
    /// clause mark stands between the verb and the pledge noun (签署不燃放承诺, 签下不发生事故的保证书).
    /// </summary>
    private static bool PledgedContent(string text, int negationAt, int hitEnd)
    {
        if (hitEnd <= negationAt || PledgeNouns.FirstOrDefault(n => EndsAt(text, hitEnd, n)) is null)
        {
            return false;
        }
        for (var i = negationAt + 1; i < hitEnd; i++)
        {
            if (ClauseMarks.Contains(text[i]))
            {
                return false;
            }
        }
        // 不再要求签承诺书, 不得让各村签订保证书: the negation governs a demand or a signing after it, not the pledge's content.
        var content = text[(negationAt + 1)..hitEnd];
        if (SigningVerbs.Concat(DemandWords).Any(v => content.Contains(v, StringComparison.Ordinal)))
        {
            return false;
        }
        var from = Math.Max(0, negationAt - SigningReach);
        var before = text[from..negationAt];
        var verb = SigningVerbs.Select(v => (v, at: before.LastIndexOf(v, StringComparison.Ordinal))).Where(x => x.at >= 0).OrderByDescending(x => x.at + x.v.Length).FirstOrDefault();
        if (verb.v is null)
        {
            return false;
        }
        // Between the verb and the negation: the pledge's own words, no clause mark and no second negation (签订不得…).
        var between = before[(verb.at + verb.v.Length)..];
        return !between.Any(c => ClauseMarks.Contains(c));
    }

    /// <summary>
    /// The quotation closes before the phrase and a clause mark stands between: the quoted words are a clause of their own (写明
    /// “本村不发生火灾”，拍照发群). A quotation right before the phrase (“不需另交材料”改为…出具) is read on with it.
    /// </summary>
    private static bool ClosedBefore(string text, int close, int hitStart)
    {
        if (close < 0 || close >= hitStart)
        {
            return false;
        }
        for (var i = close + 1; i < hitStart; i++)
        {
            if (ClauseMarks.Contains(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsAt(string text, int end, string word) =>
        end - word.Length >= 0 && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    private static readonly string[] PromiseVerbs = RecognitionCues.Instance.List("pledge_content.promise_verbs");
    private const string NounEndings = "书函卡状墙";

    /// <summary>
    /// (phase 30) Whether an earlier clause whose village subject is under a negation only states what is promised or quoted —
    /// the clause stands inside a quotation that closes before the phrase (写明“全村旱季不起山火…”，签字按手印，拍照发群), or a
    /// promise verb opens it before the village (承诺会期全村不出现进京访，…按承诺追责) — so the village is not exempted.
    /// </summary>
    internal static bool Promised(string text, int clauseStart, int clauseEnd, int hitStart)
    {
        var clause = text[clauseStart..clauseEnd];
        var negation = clause.IndexOf('不');
        if (negation < 0)
        {
            negation = clause.IndexOfAny(['无', '没', '禁', '严']);
        }
        if (negation >= 0 && InQuotation(text, clauseStart + negation, hitStart))
        {
            return true;
        }
        var lead = negation >= 0 ? clause[..negation] : clause;
        return PromiseVerbs.Any(v => lead.IndexOf(v, StringComparison.Ordinal) is var at and >= 0
            && (at + v.Length >= lead.Length || !NounEndings.Contains(lead[at + v.Length])));
    }
}

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 26b) A pledge a body makes to the villages: the title names the body, then 向 and the villages, then a pledging
/// verb ([pledges_made.verbs]: 作出, 做出, 许下) or nothing before the pledge's word at its end ([pledges_made.papers]:
/// 白沙街道办事处向各社区作出的便民承诺书, 石门街道向各社区许下的承诺). An approver: "the township pledges; the villages
/// receive the pledge and sign nothing." The pledge's words in such a paper are the body's — unless a sentence has the
/// villages act (各村签字…: read as it stands) or has the paper handed back ([pledges_made.returns]: …签字后交回).
/// <para>Not a pledge sent for the villages to sign (白沙镇向各村下发的安全承诺书: no pledging verb), nor one a village
/// opens the title with.</para>
/// </summary>
internal static class PledgesMade
{
    private static readonly string[] Verbs = RecognitionCues.Instance.List("pledges_made.verbs");
    private static readonly string[] Papers = RecognitionCues.Instance.List("pledges_made.papers");
    private static readonly string[] Returns = RecognitionCues.Instance.List("pledges_made.returns");

    // How many characters may stand between 向 and the village word (全镇各村: 全镇).
    private const int ScopeReach = 3;

    /// <summary>The body that pledges to the villages in the title (白沙街道办事处), or null.</summary>
    internal static string? Maker(string title, RecognitionCues cues)
    {
        var t = DocumentGenre.WithoutAsides(title.Trim());
        var to = t.IndexOf('向');
        if (to < 2 || Papers.Where(p => t.EndsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length) is not { } paper)
        {
            return null;
        }
        var maker = t[..to];
        maker = maker.StartsWith("关于", StringComparison.Ordinal) ? maker[2..] : maker;
        if (!DocumentAddressee.IsBody(maker, cues) || DocumentAddressee.NamesVillageWord(maker, cues) || DocumentScope.OneVillageNamed(maker) is not null)
        {
            return null;
        }
        var after = t[(to + 1)..^paper.Length];
        var village = cues.Village.Select(v => (Word: v, At: after.IndexOf(v, StringComparison.Ordinal)))
            .Where(v => v.At is >= 0 and <= ScopeReach).OrderBy(v => v.At).ThenByDescending(v => v.Word.Length).FirstOrDefault();
        if (village.Word is null)
        {
            return null;
        }
        var between = after[(village.At + village.Word.Length)..];
        return between.Length == 0 || Verbs.Any(v => between.StartsWith(v, StringComparison.Ordinal)) ? maker : null;
    }

    /// <summary>Whether the sentence holding the offset has the pledge handed back (…签字后交回, 报镇备案).</summary>
    internal static bool HandedBack(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var sentence = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        return Returns.Any(r => sentence.Contains(r, StringComparison.Ordinal));
    }
}

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// When an allowed certificate wins over a prohibited one — in the pre-check and in "try it" alike. The allowed
/// certificate's match shares words with the prohibited one's (婚姻登记档案遗失 … 婚姻状况证明): those words describe the
/// specific allowed certificate, which wins over the broad prohibited one. So does an allowed certificate matched in the
/// same field whose title names the prohibited one as its special case (婚姻登记档案遗失情形下的婚姻状况证明 contains
/// 婚姻状况证明): the field speaks of that case. Words of their own (居住证明及亲属关系证明) leave the prohibition standing, and
/// so does (phase 15) a prohibited fact nearer the shared 证明 than the allowed one's (林权证遗失证明 certifies a loss).
/// </summary>
public static class CertificateCover
{
    public static bool Covers(RecognitionHit allowed, RecognitionHit prohibited) =>
        (allowed.Field == prohibited.Field
            && allowed.Spans.Min(s => s.Start) < prohibited.Spans.Max(s => s.Start + s.Length)
            && prohibited.Spans.Min(s => s.Start) < allowed.Spans.Max(s => s.Start + s.Length)
            && !NearerTheHead(prohibited, allowed))
        // The title is read with the description: a description stating the special case covers the title's certificate too.
        // (phase 32) Within the description, only in the sentence stating the case: 婚姻登记档案遗失的，村委会出具婚姻状况证明。
        // 申请低保的，也请村委会出具婚姻状况证明 — the second sentence asks the paper for another case.
        || (((allowed.Field == prohibited.Field && SameSentence(allowed, prohibited)) || prohibited.Field == "title")
            && allowed.Entry.Item.TitleZh.Contains(prohibited.Entry.Item.TitleZh.Trim(), StringComparison.Ordinal));

    // (phase 36) Or the allowed case stands in the paragraph that opens the list the prohibited paper is an item of (…其他材料，
    // 包括：⏎1. …婚姻状况证明).
    private static bool SameSentence(RecognitionHit a, RecognitionHit b) => a.Sentence < 0 || b.Sentence < 0 || a.Sentence == b.Sentence
        || b.ListLead.From >= 0 && a.Sentence >= b.ListLead.From && a.Sentence <= b.ListLead.To;

    /// <summary>
    /// Whether an allowed certificate wins over the prohibited match: it covers the match itself, or another prohibited
    /// certificate's match the words overlap (遗失时出具婚姻状况证明 in a title overlaps 婚姻状况证明, which the allowed
    /// 婚姻登记档案遗失情形下的婚姻状况证明 covers: the words describe that case, not a lost document).
    /// </summary>
    /// <remarks>
    /// (phase 36) Also the contents a covered paper is told to state, right after its name (…出具的婚姻状况证明，写明双方何时以
    /// 夫妻名义共同生活): a match opening with a word of contents ([certificate_cover.contents]: 写明, 注明, 载明 …) that starts
    /// at most a comma after a covered certificate's match is what that paper says, not another paper.
    /// </remarks>
    public static bool Covered(RecognitionHit prohibited, IReadOnlyCollection<RecognitionHit> allowed, IEnumerable<RecognitionHit> prohibitedHits) =>
        allowed.Any(a => Covers(a, prohibited))
        || prohibitedHits.Any(p => p.Entry.Item.Code != prohibited.Entry.Item.Code && (Overlap(p, prohibited) || ContentsOf(p, prohibited))
            && allowed.Any(a => Covers(a, p)));

    private static readonly string[] Contents = RecognitionCues.Instance.List("certificate_cover.contents");

    /// <summary>The most characters between a paper's name and the words of its contents (，).</summary>
    private const int ContentsGap = 2;

    private static bool ContentsOf(RecognitionHit paper, RecognitionHit contents) =>
        paper.Field == contents.Field && Contents.Any(c => contents.MatchedText.StartsWith(c, StringComparison.Ordinal))
        && contents.Spans.Min(s => s.Start) - paper.Spans.Max(s => s.Start + s.Length) is >= 0 and <= ContentsGap;

    /// <summary>
    /// (phase 15) 林权证遗失证明: both matches end on the same document word (证明), and the prohibited one's fact (遗失) stands
    /// after the allowed one's (林权证), next to the head of the noun phrase — the paper is a certificate of loss, about a
    /// forest-right certificate, and the prohibition stands. Only between phrases of fact + document word (two spans or more
    /// each): a listed title matched whole (婚姻登记档案遗失情形下的婚姻状况证明) keeps covering what it contains.
    /// </summary>
    private static bool NearerTheHead(RecognitionHit prohibited, RecognitionHit allowed)
    {
        if (prohibited.Spans.Count >= 2 && allowed.Spans.Count == 1 && allowed.Field == prohibited.Field)
        {
            // (phase 27) 证明这本承包经营权证确已丢失: an allowed certificate matched by one word (the document the paper is
            // about) inside the prohibited match, with the prohibited fact (遗失) after it — the paper certifies the loss.
            var only = allowed.Spans[0];
            var first = prohibited.Spans.Min(s => s.Start);
            return only.Start > first && only.Start + only.Length <= prohibited.Spans.Max(s => s.Start + s.Length)
                && prohibited.Spans.Any(s => s.Start >= only.Start + only.Length);
        }
        if (prohibited.Spans.Count < 2 || allowed.Spans.Count < 2)
        {
            return false;
        }
        var p = prohibited.Spans.OrderBy(s => s.Start).ToList();
        var a = allowed.Spans.OrderBy(s => s.Start).ToList();
        return p[^1].Start == a[^1].Start && p[^1].Length == a[^1].Length && p[^2].Start >= a[^2].Start + a[^2].Length;
    }

    private static bool Overlap(RecognitionHit a, RecognitionHit b) =>
        a.Field == b.Field
        && a.Spans.Min(s => s.Start) < b.Spans.Max(s => s.Start + s.Length)
        && b.Spans.Min(s => s.Start) < a.Spans.Max(s => s.Start + s.Length);
}

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// When an allowed certificate wins over a prohibited one — in the pre-check and in "try it" alike. The allowed
/// certificate's match shares words with the prohibited one's (婚姻登记档案遗失 … 婚姻状况证明): those words describe the
/// specific allowed certificate, which wins over the broad prohibited one. So does an allowed certificate matched in the
/// same field whose title names the prohibited one as its special case (婚姻登记档案遗失情形下的婚姻状况证明 contains
/// 婚姻状况证明): the field speaks of that case. Words of their own (居住证明及亲属关系证明) leave the prohibition standing.
/// </summary>
public static class CertificateCover
{
    public static bool Covers(RecognitionHit allowed, RecognitionHit prohibited) =>
        (allowed.Field == prohibited.Field
            && allowed.Spans.Min(s => s.Start) < prohibited.Spans.Max(s => s.Start + s.Length)
            && prohibited.Spans.Min(s => s.Start) < allowed.Spans.Max(s => s.Start + s.Length))
        // The title is read with the description: a description stating the special case covers the title's certificate too.
        || ((allowed.Field == prohibited.Field || prohibited.Field == "title")
            && allowed.Entry.Item.TitleZh.Contains(prohibited.Entry.Item.TitleZh.Trim(), StringComparison.Ordinal));

    /// <summary>
    /// Whether an allowed certificate wins over the prohibited match: it covers the match itself, or another prohibited
    /// certificate's match the words overlap (遗失时出具婚姻状况证明 in a title overlaps 婚姻状况证明, which the allowed
    /// 婚姻登记档案遗失情形下的婚姻状况证明 covers: the words describe that case, not a lost document).
    /// </summary>
    public static bool Covered(RecognitionHit prohibited, IReadOnlyCollection<RecognitionHit> allowed, IEnumerable<RecognitionHit> prohibitedHits) =>
        allowed.Any(a => Covers(a, prohibited))
        || prohibitedHits.Any(p => p.Entry.Item.Code != prohibited.Entry.Item.Code && Overlap(p, prohibited) && allowed.Any(a => Covers(a, p)));

    private static bool Overlap(RecognitionHit a, RecognitionHit b) =>
        a.Field == b.Field
        && a.Spans.Min(s => s.Start) < b.Spans.Max(s => s.Start + s.Length)
        && b.Spans.Min(s => s.Start) < a.Spans.Max(s => s.Start + s.Length);
}

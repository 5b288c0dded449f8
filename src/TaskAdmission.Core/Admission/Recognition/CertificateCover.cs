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
}

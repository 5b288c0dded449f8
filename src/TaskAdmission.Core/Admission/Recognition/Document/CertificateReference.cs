using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 9) A certificate named by no fact — 出具证明, 出具上述证明, 开具该证明 — in a notice that names an allowed
/// certificate the village issues (林地承包经营情况证明, 家庭经济困难学生情况证明): it refers back to that certificate and
/// demands no other paper. A bare 出具证明 in a notice naming no allowed certificate keeps its reading.
/// </summary>
internal static class CertificateReference
{
    private static readonly string[] BackReferences = RecognitionCues.Instance.List("certificate_reference.back_references");

    /// <summary>The allowed certificate a factless certificate match refers back to, or null.</summary>
    internal static string? ReferredTo(RecognitionHit hit, IReadOnlyList<RecognitionHit> hits, RecognitionCues cues)
    {
        if (hit.Entry.Target != RecogniserTarget.ProhibitedCertificate)
        {
            return null;
        }
        var rest = TextNormaliser.Fold(hit.MatchedText);
        foreach (var verb in cues.CertificateIssuing)
        {
            rest = rest.Replace(verb, "", StringComparison.Ordinal);
        }
        if (!rest.EndsWith("证明", StringComparison.Ordinal))
        {
            return null;
        }
        rest = rest[..^2];
        if (rest.Length > 0 && !BackReferences.Contains(rest))
        {
            return null;
        }
        return hits.FirstOrDefault(h => h.Entry.Target == RecogniserTarget.AllowedCertificate && h.Verdict.Fires
            && TextNormaliser.Fold(h.MatchedText).EndsWith("证明", StringComparison.Ordinal))?.MatchedText;
    }
}

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// What a lexicon makes of a notice: every match — firing or not, each with its reason — the stored phrases that did not
/// compile, and whether the work budget ran out. Hits aimed at prohibited work or certificates and rule families come
/// first, as a reviewer reads them.
/// </summary>
public sealed record TrialResult(IReadOnlyList<RecognitionHit> Hits, IReadOnlyList<LexiconProblem> Problems, bool Truncated)
{
    /// <summary>
    /// The firing matches that would block or route the task (not the ones that only feed suggestions), without the
    /// prohibited certificates a firing allowed one wins over, as in the pre-check (<see cref="CertificateCover"/>).
    /// </summary>
    public IEnumerable<RecognitionHit> Findings => Hits.Where(h => h.Verdict.Fires && h.Entry.Target is not (RecogniserTarget.Admissible or RecogniserTarget.AllowedCertificate)
        && !(h.Entry.Target == RecogniserTarget.ProhibitedCertificate
            && CertificateCover.Covered(h, [.. Hits.Where(a => a.Verdict.Fires && a.Entry.Target == RecogniserTarget.AllowedCertificate)],
                Hits.Where(p => p.Verdict.Fires && p.Entry.Target == RecogniserTarget.ProhibitedCertificate))));
}

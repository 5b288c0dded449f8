namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>What the recognisers found in a task's text; <see cref="Truncated"/> when the work budget ran out.</summary>
public sealed class TextAnalysis(IReadOnlyList<RecognitionHit> hits, bool truncated)
{
    public IReadOnlyList<RecognitionHit> Hits { get; } = hits;

    public IEnumerable<RecognitionHit> Fired => Hits.Where(h => h.Verdict.Fires);

    public bool Truncated { get; } = truncated;

    /// <summary>
    /// (phase 21) Why the paper is not a task for the villages and demands nothing of them in its own voice (its genre or
    /// addressee line, <see cref="Document.PaperStance"/>), or null: its findings are then a person's review, not a refusal.
    /// </summary>
    public string? NotForVillages { get; init; }

    /// <summary>The firing hits of each entry matching <paramref name="target"/>, in the order the entries first fired.</summary>
    public IEnumerable<IGrouping<RecogniserEntry, RecognitionHit>> FiredBy(RecogniserTarget target) =>
        Fired.Where(h => h.Entry.Target == target).GroupBy(h => h.Entry);
}

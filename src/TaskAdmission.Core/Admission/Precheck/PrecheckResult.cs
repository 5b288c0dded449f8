using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>The pre-check's answer; nothing in it is stored by the check itself.</summary>
public sealed record PrecheckResult(
    PrecheckOutcome Outcome,
    IReadOnlyList<PrecheckFinding> Findings,
    IReadOnlyList<SuggestedItem> SuggestedItems,
    int VillageCount,
    IReadOnlyDictionary<DemandKind, double> ProjectedBurden)
{
    /// <summary>Early signals from the title and description of an incomplete form (<see cref="Prechecker.Signals"/>), not a check.</summary>
    public bool Provisional { get; init; }
}

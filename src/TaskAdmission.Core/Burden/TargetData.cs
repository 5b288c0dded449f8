namespace TaskAdmission.Core.Burden;

/// <summary>
/// What a target is judged on, already narrowed to its jurisdiction and kind: the annual baseline total (null when
/// none), the jurisdiction's ledger totals per year, and each village's counts per year (for caps).
/// </summary>
public sealed record TargetData(
    decimal? Baseline,
    IReadOnlyDictionary<int, BurdenCounts> ScopeYears,
    IReadOnlyDictionary<int, IReadOnlyList<BurdenCounts>> VillageYears);

using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// One row of the burden ledger (负担台账): a village's counts of one demand kind, from one department and one source,
/// in one calendar year, in the 29 columns of <see cref="BurdenCounts"/>. Kept current by increments in the
/// transaction of each dispatch, cancellation, completion and founded report — never recounted on a page view.
/// One wide row per year (not one row per month, quarter and year) because dispatch to 10,000 villages then upserts
/// 10,000 rows per kind instead of 170,000 (docs/benchmarks.md).
/// </summary>
public sealed class BurdenLedgerRow : LedgerCountColumns
{
    public string VillageCode { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public string DistrictCode { get; set; } = "";

    /// <summary>The department that put the work on the village; "" when a founded report named none we know.</summary>
    public string DepartmentCode { get; set; } = "";

    public BurdenSource Source { get; set; }

    /// <summary>The demand kind; <see cref="DemandKind.None"/> for a founded report whose kind was not given.</summary>
    public DemandKind Kind { get; set; }

    public int Year { get; set; }
}

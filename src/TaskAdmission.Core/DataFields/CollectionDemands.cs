using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.DataFields;

/// <summary>
/// The demand kinds through which a task collects data from villages: reports, surveys and ledgers. The pre-check's
/// title comparison looks only at tasks that ask for these, and a declared reuse takes exactly these off the ledger.
/// </summary>
public static class CollectionDemands
{
    public const DemandKind Kinds = DemandKind.Report | DemandKind.Survey | DemandKind.Ledger;

    public static bool Collects(DemandKind kind) => (kind & Kinds) != DemandKind.None;
}

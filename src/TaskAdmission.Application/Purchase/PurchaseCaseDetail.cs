using TaskAdmission.Core.Purchase;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Purchase;

/// <summary>One case as its detail page shows it: the case with villages, milestones and payments, its provider, the
/// reports, acceptances and files, and the step it waits on (the open workflow task, if any).</summary>
public sealed record PurchaseCaseDetail(
    PurchaseCase Case,
    Provider? Provider,
    IReadOnlyList<MilestoneReport> Reports,
    IReadOnlyList<Acceptance> Acceptances,
    IReadOnlyList<PurchaseFileInfo> Files,
    UserTaskRecord? OpenTask)
{
    public string? Step => OpenTask?.ElementId;
}

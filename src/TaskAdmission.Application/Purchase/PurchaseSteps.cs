using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

/// <summary>The user tasks of workflows/service-purchase.bpmn, the case status each belongs to, and who acts on it.</summary>
public static class PurchaseSteps
{
    public const string ProcessId = "service_purchase";
    public const string CancelMessage = "PurchaseCancel";

    public const string Describe = nameof(Describe);
    public const string SelectProvider = nameof(SelectProvider);
    public const string DraftAgreement = nameof(DraftAgreement);
    public const string ProviderConfirm = nameof(ProviderConfirm);
    public const string DepartmentSign = nameof(DepartmentSign);
    public const string Report = nameof(Report);
    public const string Accept = nameof(Accept);
    public const string Settle = nameof(Settle);

    /// <summary>The step a case waits on in each open status (Report and Accept both belong to delivery).</summary>
    public static string? Of(PurchaseStatus status, Milestone? current) => status switch
    {
        PurchaseStatus.Describing => Describe,
        PurchaseStatus.SelectingProvider => SelectProvider,
        PurchaseStatus.Drafting => DraftAgreement,
        PurchaseStatus.AwaitingProvider => ProviderConfirm,
        PurchaseStatus.AwaitingSignature => DepartmentSign,
        PurchaseStatus.InDelivery => current?.Status == MilestoneStatus.Reported ? Accept : Report,
        PurchaseStatus.Settling => Settle,
        _ => null,
    };

    /// <summary>
    /// Whether the actor does the step: the department's submitter drafts, pays and closes, its head signs, either
    /// accepts; the provider's steps are the village committee's own when it is the provider, else the department
    /// records them on the provider's behalf (social organisations and companies have no accounts here).
    /// </summary>
    public static bool MayAct(string step, PurchaseCase c, Provider? provider, Actor actor)
    {
        var department = actor.DepartmentCode == c.DepartmentCode;
        return step switch
        {
            ProviderConfirm or Report when provider?.Kind == ProviderKind.VillageCommittee =>
                actor.Role == AppRoles.VillageCommittee && actor.OrgUnitCode == provider.VillageCode,
            DepartmentSign => department && actor.Role == AppRoles.DepartmentHead,
            Accept => department && actor.Role is AppRoles.DepartmentSubmitter or AppRoles.DepartmentHead,
            _ => department && actor.Role == AppRoles.DepartmentSubmitter,
        };
    }
}

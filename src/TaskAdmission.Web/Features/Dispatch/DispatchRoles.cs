using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Features.Dispatch;

/// <summary>Who reads dispatched work in an area, and who may revoke it.</summary>
public static class DispatchRoles
{
    public const string Readers = AppRoles.TownshipApprover + "," + AppRoles.JointReviewer + "," + AppRoles.Supervisor;
    public const string Revokers = AppRoles.TownshipApprover + "," + AppRoles.JointReviewer;
}

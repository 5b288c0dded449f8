using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>Who opens which purchase screen; the use cases then narrow it to the scope (department, district, village).</summary>
public static class PurchaseRoles
{
    /// <summary>Cases and the money view: the department, and the district's joint reviewers and supervisors (read only).</summary>
    public const string Readers = $"{AppRoles.DepartmentSubmitter},{AppRoles.DepartmentHead},{AppRoles.JointReviewer},{AppRoles.Supervisor}";

    /// <summary>The provider register: the readers and the list administrator who manages it.</summary>
    public const string ProviderReaders = $"{Readers},{AppRoles.ListAdministrator}";

    /// <summary>Files: the readers and the village committee that is a case's provider.</summary>
    public const string FileReaders = $"{Readers},{AppRoles.VillageCommittee}";

    public static string[] Split(string roles) => roles.Split(',');
}

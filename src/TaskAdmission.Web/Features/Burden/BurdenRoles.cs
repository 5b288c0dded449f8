using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>Who opens which burden screen; the use cases narrow each to the user's scope.</summary>
public static class BurdenRoles
{
    /// <summary>The dashboard: township, district (joint review), supervisor, list administrator (民政), and a village for itself.</summary>
    public const string Area = $"{AppRoles.TownshipApprover},{AppRoles.JointReviewer},{AppRoles.Supervisor},{AppRoles.ListAdministrator},{AppRoles.VillageCommittee}";

    /// <summary>Baselines and targets are kept by the list administrator.</summary>
    public const string Keeper = AppRoles.ListAdministrator;

    /// <summary>A department's scorecard: the supervisor, and the department itself.</summary>
    public const string Scorecard = $"{AppRoles.Supervisor},{AppRoles.DepartmentSubmitter},{AppRoles.DepartmentHead}";

    public static readonly string[] AreaRoles = Area.Split(',');
    public static readonly string[] ScorecardRoles = Scorecard.Split(',');
}

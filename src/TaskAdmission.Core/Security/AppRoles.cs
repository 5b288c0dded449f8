namespace TaskAdmission.Core.Security;

/// <summary>The roles of domain.md; every user holds one role and one scope.</summary>
public static class AppRoles
{
    public const string DepartmentSubmitter = nameof(DepartmentSubmitter);
    public const string DepartmentHead = nameof(DepartmentHead);
    public const string TownshipApprover = nameof(TownshipApprover);
    public const string JointReviewer = nameof(JointReviewer);
    public const string VillageCommittee = nameof(VillageCommittee);
    public const string ListAdministrator = nameof(ListAdministrator);
    public const string Supervisor = nameof(Supervisor);
    public const string SystemAdministrator = nameof(SystemAdministrator);

    /// <summary>The role a department API key acts as.</summary>
    public const string DepartmentSystem = nameof(DepartmentSystem);

    public static readonly IReadOnlyList<string> All =
    [
        DepartmentSubmitter, DepartmentHead, TownshipApprover, JointReviewer,
        VillageCommittee, ListAdministrator, Supervisor, SystemAdministrator,
    ];

    /// <summary>Roles whose scope is a department; every other role is scoped to an org unit.</summary>
    public static bool IsDepartmentScoped(string role) =>
        role is DepartmentSubmitter or DepartmentHead or DepartmentSystem;

    /// <summary>The org-unit level a role's scope must be at (null = department-scoped or any level).</summary>
    public static int? RequiredOrgLevel(string role) => role switch
    {
        TownshipApprover => 3,
        VillageCommittee => 4,
        JointReviewer => 2,
        _ => null,
    };
}

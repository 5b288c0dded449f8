using System.Security.Claims;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Components.Layout;

/// <summary>Which menu entries each role sees. Pages carry the same roles in their [Authorize] attributes.</summary>
public static class MenuCatalogue
{
    private static readonly MenuSection[] Sections =
    [
        new("Nav.Home", [new("/", "Nav.Home", []), new("/tasks", "Nav.Tasks", []), new("/notifications", "Nav.Notifications", [])]),
        new("Nav.Village",
        [
            new("/village", "Nav.VillageInbox", [AppRoles.VillageCommittee]),
            new("/village/check", "Nav.VillageCheck", [AppRoles.VillageCommittee]),
            new("/village/report", "Nav.VillageReport", [AppRoles.VillageCommittee]),
            new("/village/reports", "Nav.VillageReports", [AppRoles.VillageCommittee]),
        ]),
        new("Nav.Admission",
        [
            new("/admission/new", "Nav.NewSubmission", [AppRoles.DepartmentSubmitter]),
            new("/admission/submissions", "Nav.Submissions",
                [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor]),
            new("/admission/sign-off", "Nav.SignOff", [AppRoles.DepartmentHead]),
            new("/admission/reviews", "Nav.Reviews", [AppRoles.TownshipApprover, AppRoles.JointReviewer]),
        ]),
        new("Nav.Dispatch",
        [
            new("/dispatch", "Nav.DispatchedWork", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor]),
            new("/dispatch/exit-requests", "Nav.ExitRequests", [AppRoles.TownshipApprover]),
            new("/department/reports", "Nav.DepartmentReports", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead]),
        ]),
        new("Nav.Purchase",
        [
            new("/purchase", "Nav.PurchaseCases", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor]),
            new("/purchase/money", "Nav.PurchaseMoney", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor]),
            new("/purchase/providers", "Nav.PurchaseProviders",
                [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator]),
        ]),
        new("Nav.Supervision",
        [
            new("/supervision", "Nav.SupervisionHome", [AppRoles.Supervisor]),
            new("/supervision/reports", "Nav.ReportCases", [AppRoles.Supervisor]),
            new("/supervision/departments", "Nav.DepartmentRecords", [AppRoles.Supervisor]),
            new("/audit", "Nav.AuditLog", [AppRoles.Supervisor]),
        ]),
        new("Nav.Burden",
        [
            new("/burden", "Nav.BurdenDashboard", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator, AppRoles.VillageCommittee]),
            new("/burden/departments", "Nav.BurdenScorecards", [AppRoles.Supervisor]),
            new("/burden/department", "Nav.BurdenMyScorecard", [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead]),
            new("/burden/baselines", "Nav.BurdenBaselines", [AppRoles.ListAdministrator]),
            new("/burden/targets", "Nav.BurdenTargets", [AppRoles.ListAdministrator]),
            new("/burden/collection", "Nav.BurdenCollection", [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator, AppRoles.VillageCommittee]),
            new("/burden/fields", "Nav.DataFields", [AppRoles.ListAdministrator]),
        ]),
        new("Nav.Lists",
        [
            new("/lists", "Nav.ListBrowser", []),
            new("/lists/diff", "Nav.ListDiff", []),
            new("/lists/admin", "Nav.ListSets", [AppRoles.ListAdministrator]),
            new("/lists/admin/import", "Nav.ListImport", [AppRoles.ListAdministrator]),
            new("/lists/admin/misjudgements", "Nav.Misjudgements", [AppRoles.ListAdministrator]),
        ]),
        new("Nav.Admin",
        [
            new("/admin/org-units", "Nav.OrgUnits", [AppRoles.SystemAdministrator]),
            new("/admin/departments", "Nav.Departments", [AppRoles.SystemAdministrator]),
            new("/admin/users", "Nav.Users", [AppRoles.SystemAdministrator]),
            new("/admin/api-keys", "Nav.ApiKeys", [AppRoles.SystemAdministrator]),
            new("/admin/calendar", "Nav.Calendar", [AppRoles.SystemAdministrator]),
            new("/admin/workflows", "Nav.Workflows", [AppRoles.SystemAdministrator]),
            new("/audit", "Nav.AuditLog", [AppRoles.SystemAdministrator]),
            new("/admin/audit", "Nav.AuditVerify", [AppRoles.SystemAdministrator]),
            new("/admin/workflows/instances", "Nav.WorkflowInstances", [AppRoles.SystemAdministrator]),
            new("/admin/workflows/definitions", "Nav.WorkflowDefinitions", [AppRoles.SystemAdministrator]),
        ]),
        new("Nav.Account", [new("/account/change-password", "Nav.ChangePassword", []), new("/account/two-factor", "Nav.TwoFactor", [])]),
    ];

    /// <summary>The sections with at least one entry the user may open; an entry with no roles is for everyone signed in.</summary>
    public static IReadOnlyList<MenuSection> For(ClaimsPrincipal user) =>
        Sections
            .Select(s => s with { Items = s.Items.Where(i => i.Roles.Length == 0 || i.Roles.Any(user.IsInRole)).ToArray() })
            .Where(s => s.Items.Length > 0)
            .ToList();
}

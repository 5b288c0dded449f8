using TaskAdmission.Core.Security;

namespace TaskAdmission.Core.Notifications;

/// <summary>The audience keys: a role family and one scope code. A user reads the notifications of its own key.</summary>
public static class NotificationAudience
{
    public static string Village(string code) => $"village:{code}";

    public static string Township(string code) => $"township:{code}";

    public static string Department(string code) => $"department:{code}";

    public static string Supervisor(string code) => $"supervisor:{code}";

    public static string JointReview(string code) => $"joint:{code}";

    /// <summary>One person (workflow tasks assigned by name, carbon copies).</summary>
    public static string User(string userName) => $"user:{userName}";

    /// <summary>Everything a signed-in user reads: its own key and the key of its role and scope (when the role has one).</summary>
    public static IReadOnlyList<string> AllFor(string userName, string role, string? departmentCode, string? orgUnitCode) =>
        For(role, departmentCode, orgUnitCode) is { } shared ? [User(userName), shared] : [User(userName)];

    /// <summary>The key of a signed-in user's role and scope, or null when the role receives nothing.</summary>
    public static string? For(string role, string? departmentCode, string? orgUnitCode) => role switch
    {
        AppRoles.VillageCommittee when orgUnitCode is not null => Village(orgUnitCode),
        AppRoles.TownshipApprover when orgUnitCode is not null => Township(orgUnitCode),
        AppRoles.Supervisor when orgUnitCode is not null => Supervisor(orgUnitCode),
        AppRoles.JointReviewer when orgUnitCode is not null => JointReview(orgUnitCode),
        _ when AppRoles.IsDepartmentScoped(role) && departmentCode is not null => Department(departmentCode),
        _ => null,
    };
}

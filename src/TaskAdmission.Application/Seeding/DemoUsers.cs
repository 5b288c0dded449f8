using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Seeding;

/// <summary>The demo sign-ins, one per role (two villages, so isolation can be seen). README lists the same.</summary>
public static class DemoUsers
{
    public const string Password = "Demo@2026!";

    public static readonly IReadOnlyList<NewDemoUser> All =
    [
        new("submitter", "民政局经办人 王芳", AppRoles.DepartmentSubmitter, "CITY-MZ"),
        new("depthead", "民政局负责人 李强", AppRoles.DepartmentHead, "CITY-MZ"),
        new("township", "石桥镇审核人 张伟", AppRoles.TownshipApprover, "990100100000"),
        new("jointreview", "青山区联审成员 刘洋", AppRoles.JointReviewer, "990100000000"),
        new("village", "石桥村村委会 陈静", AppRoles.VillageCommittee, "990100100100"),
        new("village2", "柏林村村委会 杨磊", AppRoles.VillageCommittee, "990100100200"),
        new("listadmin", "市民政局清单管理员 赵敏", AppRoles.ListAdministrator, "990000000000"),
        new("supervisor", "青山区纪检监察 黄勇", AppRoles.Supervisor, "990100000000"),
        new("admin", "系统管理员 周杰", AppRoles.SystemAdministrator, "990000000000"),
    ];
}

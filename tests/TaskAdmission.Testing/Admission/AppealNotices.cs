using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Testing.Admission;

/// <summary>
/// The notice the appeal tests send: a city department's task for one township's villages, funded and in time, whose
/// text alone decides the pre-check (by default 招商引资 put on the villages, which the machine refuses).
/// </summary>
public static class AppealNotices
{
    public const string Refused = "请各村完成年度招商引资任务。";

    public static SubmissionInput For(DateOnly today, string title, string[] targets, string description = Refused) =>
        new(new PrecheckRequest
        {
            DepartmentCode = "CITY-MZ",
            Title = title,
            Description = description,
            ClaimedItemCodes = ["XZ-04"],
            TargetOrgUnitCodes = targets,
            StartDate = today.AddDays(70),
            EndDate = today.AddDays(400),
            Demands = [new DemandRequest(DemandKind.FieldWork, 1, DemandPeriod.Quarter)],
            Support = new SupportRequest(2000),
        }, "王芳", "023-12345678");
}

using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Villages.Reports;

/// <summary>
/// The rules of a village's report, in one place like <c>SubmissionValidator</c>: the use case looks the department
/// up and refuses with these problems (codes rendered from the villages' Error.{code} texts).
/// </summary>
public static class ReportValidator
{
    /// <param name="departmentKnown">Whether the given department code exists (null when no code was given).</param>
    public static List<FieldProblem> Validate(
        bool? departmentKnown, string? departmentName, string? demand, ReportChannel channel, DateOnly demandedOn, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        var what = (demand ?? "").Trim();
        if (what.Length == 0)
        {
            problems.Add(new("demand", "DemandRequired"));
        }
        else if (what.Length > UnadmittedReport.DemandMax)
        {
            problems.Add(new("demand", "DetailsTooLong", UnadmittedReport.DemandMax));
        }
        var name = (departmentName ?? "").Trim();
        if (departmentKnown == false)
        {
            problems.Add(new("departmentCode", "UnknownDepartment"));
        }
        else if (departmentKnown is null && name.Length == 0)
        {
            problems.Add(new("departmentName", "DepartmentRequired"));
        }
        else if (name.Length > UnadmittedReport.DepartmentNameMax)
        {
            problems.Add(new("departmentName", "DetailsTooLong", UnadmittedReport.DepartmentNameMax));
        }
        if (demandedOn > today)
        {
            problems.Add(new("demandedOn", "DateInFuture"));
        }
        else if (demandedOn < today.AddYears(-2))
        {
            problems.Add(new("demandedOn", "DateTooOld"));
        }
        if (!Enum.IsDefined(channel))
        {
            problems.Add(new("channel", "Required"));
        }
        return problems;
    }
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Common;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Tasks;

/// <summary>How the workflow console writes times and refusals in the reader's language.</summary>
public static class ConsoleText
{
    public static string Time(DateTimeOffset at) => ChinaClock.Local(at.UtcDateTime).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A refusal's problem as a sentence from WorkflowsResource (<c>Problem.{code}</c>, with the problem's arguments).</summary>
    public static string Problem(IProblem problem, IStringLocalizer<WorkflowsResource> w) =>
        w[$"Problem.{(problem.Code.Length == 0 ? "NotFound" : problem.Code)}", problem is FieldProblem f ? f.Arguments : []];

    /// <summary>A person's display name, or the sign-in name when the person is unknown (the platform's own actors read as the system).</summary>
    public static string Person(string? userName, IReadOnlyDictionary<string, string> names, IStringLocalizer<WorkflowsResource> w) =>
        userName is null ? "" : names.GetValueOrDefault(userName) ?? (PeopleNames.IsSystem(userName) ? w["Timeline.System"] : userName);
}

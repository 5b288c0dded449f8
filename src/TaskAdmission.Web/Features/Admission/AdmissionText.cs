using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>How the admission screens write dates, times, demand kinds and field messages in the user's language.</summary>
public static class AdmissionText
{
    // Times are stored in UTC; people read them in the platform's time zone (China Standard Time) in their culture's format.
    private static readonly TimeZoneInfo China = WorkflowEngineOptions.ChinaStandardTime();

    public static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    public static bool English => Language == AppLanguage.En;

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China).ToString("g", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset at) => Time(at.UtcDateTime);

    public static string Time(DateTime? utc) => utc is null ? "" : Time(utc.Value);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is null ? "" : Date(date.Value);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    public static string Demand(DemandKind kind) => ListLabels.Demand(kind, Language);

    /// <summary>A field problem as a sentence; the form's own fields (frequency) are named from our resources.</summary>
    public static string Problem(FieldProblem problem, IStringLocalizer<AdmissionResource> a) =>
        problem.Field == "frequency" && problem.Code == "TooLong"
            ? a["Form.FrequencyTooLong", problem.Arguments.FirstOrDefault() ?? SubmissionForm.FrequencyMax]
            : SubmissionMessages.Text(problem, Language);

    public static void AddTo(FormErrors errors, IEnumerable<FieldProblem> problems, IStringLocalizer<AdmissionResource> a)
    {
        foreach (var problem in problems)
        {
            errors.Add(problem.Field.Length == 0 ? "form" : SubmissionForm.ErrorKey(problem.Field), Problem(problem, a));
        }
    }
}

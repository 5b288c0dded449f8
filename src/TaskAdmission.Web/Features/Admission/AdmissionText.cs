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
    public static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    public static bool English => Language == AppLanguage.En;

    /// <summary>A stored UTC time as people read it: China's time, in their culture's format.</summary>
    public static string Time(DateTime utc) => ChinaClock.Local(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset at) => Time(at.UtcDateTime);

    public static string Time(DateTime? utc) => utc is null ? "" : Time(utc.Value);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is null ? "" : Date(date.Value);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    public static string Demand(DemandKind kind) => ListLabels.Demand(kind, Language);

    /// <summary>
    /// Who decided: the workflow's own deciders ("system:precheck", "system:emergency", "joint-review") by what they are,
    /// people by display name and post.
    /// </summary>
    public static string DecidedBy(Decision d, PeopleNames people, IStringLocalizer<AdmissionResource> a, IStringLocalizer<SharedResource> s) =>
        a[$"Decisions.By.{d.DecidedBy}"] is { ResourceNotFound: false } text ? text : people.Of(d.DecidedBy, s);

    /// <summary>A refusal's problem as a sentence; the form's own fields (frequency) are named from our resources.</summary>
    public static string Problem(IProblem problem, IStringLocalizer<AdmissionResource> a) =>
        problem is FieldProblem { Field: "frequency", Code: "TooLong" } f
            ? a["Form.FrequencyTooLong", f.Arguments.FirstOrDefault() ?? SubmissionForm.FrequencyMax]
            : ProblemText.Of(problem, Language);

    /// <summary>The first problem of a refusal as one sentence (a conflict, a gone task), for a message above a form.</summary>
    public static string Problem(RefusalException refusal, IStringLocalizer<AdmissionResource> a) =>
        refusal.Problems.Count > 0 ? Problem(refusal.Problems[0], a) : a["NotFound.Submission"];

    public static void AddTo(FormErrors errors, RefusalException refusal, IStringLocalizer<AdmissionResource> a) =>
        errors.Add(refusal, p => Problem(p, a), fieldKey: SubmissionForm.ErrorKey);

    /// <summary>The live form's own check (before anything is sent), shown like a refusal's problems.</summary>
    public static void AddTo(FormErrors errors, IEnumerable<FieldProblem> problems, IStringLocalizer<AdmissionResource> a) =>
        AddTo(errors, RefusalException.Invalid([.. problems]), a);
}

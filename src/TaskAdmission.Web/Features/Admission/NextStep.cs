using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>What happens next to a submission, in words (the "next step" column and the detail header).</summary>
public static class NextStep
{
    public static string Text(Submission s, IStringLocalizer<AdmissionResource> a) => s.Status switch
    {
        SubmissionStatus.InReview when s.PrecheckOutcome is { } outcome => a[$"Next.InReview.{outcome}"],
        _ => a[$"Next.{s.Status}"],
    };
}

using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission;

/// <summary>An open review task with the submission it is about (null only if the submission is no longer visible).</summary>
public sealed record ReviewItem(UserTaskRecord Task, Submission? Submission);

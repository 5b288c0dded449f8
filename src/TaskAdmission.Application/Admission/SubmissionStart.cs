namespace TaskAdmission.Application.Admission;

/// <summary>How far a new submission goes at once: it stays a draft, waits for the department head, or enters review.</summary>
public enum SubmissionStart
{
    Draft,

    /// <summary>A person's submission through the API: the head signs it off before it leaves the department.</summary>
    SignOff,

    /// <summary>A department system's submission: its key or token stands for the department's sign-off.</summary>
    Review,
}

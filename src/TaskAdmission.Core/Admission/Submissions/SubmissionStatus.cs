namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>Where a submission stands. Values are persisted by name.</summary>
public enum SubmissionStatus
{
    /// <summary>Being written by the department; not yet sent.</summary>
    Draft,

    /// <summary>Waiting for the department head to sign off before it leaves the department.</summary>
    AwaitingSignOff,

    /// <summary>Checked and under township or joint review.</summary>
    InReview,

    /// <summary>Returned for revision; the department edits and resubmits.</summary>
    Returned,

    /// <summary>Admitted for every target village.</summary>
    Admitted,

    /// <summary>Admitted for some townships' villages only.</summary>
    PartiallyAdmitted,

    /// <summary>Specially admitted by the district joint review, with conditions and a validity period.</summary>
    SpecialAdmitted,

    /// <summary>Needed but not on the lists: to be bought as a service (entrustment agreement).</summary>
    PurchaseOfService,

    /// <summary>An emergency, admitted at once and reviewed afterwards.</summary>
    EmergencyAdmitted,

    /// <summary>Not admitted.</summary>
    Rejected,

    /// <summary>Withdrawn by the department before the first decision.</summary>
    Withdrawn,

    /// <summary>Admitted once, then revoked (exit).</summary>
    Revoked,
}

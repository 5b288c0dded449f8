using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Admission.Appeals;

/// <summary>What a department sends: a reason and an explanation per blocking finding, and an optional overall note.</summary>
public sealed record AppealInput(IReadOnlyList<FindingObjection> Findings, string? Note);

/// <summary>
/// An appeal as the department, the joint reviewers of the districts it reaches and the list editors see it.
/// <see cref="DistrictCode"/> is the lead district (its joint-review office decides); <see cref="Districts"/> every district
/// the task reaches, the lead one among them.
/// </summary>
public sealed record AppealView(
    Guid Id, Guid SubmissionId, string SubmissionNumber, string SubmissionTitle, string Description, string DepartmentCode, string DistrictCode,
    string? Note, string AppealedBy, DateTime AppealedAtUtc, AppealStatus Status, string? DecidedBy, DateTime? DecidedAtUtc, string? DecisionNote,
    Guid? OpenTaskId, IReadOnlyList<AppealFindingView> Findings)
{
    public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>Whether the actor is a joint reviewer of the lead district while the review is open: the one desk that decides.</summary>
    public bool DecidableBy(Actor actor) => OpenTaskId is not null && actor.Role == AppRoles.JointReviewer && actor.OrgUnitCode == DistrictCode;
}

/// <summary>
/// One appealed finding with the department's reason and, once decided, the reviewer's verdict. The message and basis
/// are kept in both languages, as the stored pre-check has them (<see cref="MessageIn"/>).
/// </summary>
public sealed record AppealFindingView(
    Guid Id, int Position, string Rule, string? ItemCode, string? ListSet, string? LegalBasis, string Message, string? Phrase, string? MatchedText,
    string? Sentence, int? SpanStart, int? SpanLength, AppealReason Reason, string Explanation, FindingVerdict? Verdict, string? VerdictReason)
{
    public string? MessageEn { get; init; }
    public string? LegalBasisEn { get; init; }

    /// <summary>The message in the reader's language (the Chinese one for an appeal made before the English was kept).</summary>
    public string MessageIn(bool english) => english && !string.IsNullOrEmpty(MessageEn) ? MessageEn : Message;

    /// <summary>The legal basis in the reader's language (likewise).</summary>
    public string? LegalBasisIn(bool english) => english && !string.IsNullOrEmpty(LegalBasisEn) ? LegalBasisEn : LegalBasis;
}

/// <summary>Which overruled findings the list editors' queue shows: by rule, item, and whether handled.</summary>
public sealed record MisjudgementFilter(string? Rule = null, string? ItemCode = null, bool? Handled = null);

/// <summary>One row of the list editors' queue (机审误判记录): an overruled finding with both reasons and its notice.</summary>
public sealed record MisjudgementRow(
    Guid FindingId, Guid AppealId, string SubmissionNumber, string SubmissionTitle, string DepartmentCode, string DistrictCode,
    string Rule, string? ItemCode, string? ListSet, string? Phrase, string? MatchedText, string? Sentence, int? SpanStart, int? SpanLength,
    AppealReason DepartmentReason, string DepartmentExplanation, string? ReviewerReason, string? DecidedBy, DateTime? DecidedAtUtc,
    string? HandledNote, string? HandledBy, DateTime? HandledAtUtc)
{
    public bool Handled => HandledAtUtc is not null;

    /// <summary>The finding's message as appealed, in Chinese and (when kept) in English.</summary>
    public string Message { get; init; } = "";
    public string? MessageEn { get; init; }

    /// <summary>The message in the reader's language (the Chinese one for an appeal made before the English was kept).</summary>
    public string MessageIn(bool english) => english && !string.IsNullOrEmpty(MessageEn) ? MessageEn : Message;
}

/// <summary>How often the joint-review offices upheld and overruled one rule on one item (precision as approvers see it).</summary>
public sealed record VerdictTally(string Rule, string? ItemCode, int Upheld, int Overruled)
{
    /// <summary>Upheld / (upheld + overruled): the share of appealed refusals the approvers agreed with.</summary>
    public double Precision => Upheld + Overruled == 0 ? 0 : (double)Upheld / (Upheld + Overruled);
}

using TaskAdmission.Core.Admission.Appeals;

namespace TaskAdmission.Application.Admission.Appeals;

/// <summary>What a department sends: a reason and an explanation per blocking finding, and an optional overall note.</summary>
public sealed record AppealInput(IReadOnlyList<FindingObjection> Findings, string? Note);

/// <summary>An appeal as the department, the district's joint reviewers and the list editors see it.</summary>
public sealed record AppealView(
    Guid Id, Guid SubmissionId, string SubmissionNumber, string SubmissionTitle, string Description, string DepartmentCode, string DistrictCode,
    string? Note, string AppealedBy, DateTime AppealedAtUtc, AppealStatus Status, string? DecidedBy, DateTime? DecidedAtUtc, string? DecisionNote,
    Guid? OpenTaskId, IReadOnlyList<AppealFindingView> Findings);

/// <summary>One appealed finding with the department's reason and, once decided, the reviewer's verdict.</summary>
public sealed record AppealFindingView(
    Guid Id, int Position, string Rule, string? ItemCode, string? ListSet, string? LegalBasis, string Message, string? Phrase, string? MatchedText,
    string? Sentence, int? SpanStart, int? SpanLength, AppealReason Reason, string Explanation, FindingVerdict? Verdict, string? VerdictReason);

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
}

/// <summary>How often the joint-review offices upheld and overruled one rule on one item (precision as approvers see it).</summary>
public sealed record VerdictTally(string Rule, string? ItemCode, int Upheld, int Overruled)
{
    /// <summary>Upheld / (upheld + overruled): the share of appealed refusals the approvers agreed with.</summary>
    public double Precision => Upheld + Overruled == 0 ? 0 : (double)Upheld / (Upheld + Overruled);
}

using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Admission.Appeals;

/// <summary>
/// A department's request for a human review (申请人工复核) of a pre-check refusal: one per submission. The district's
/// joint-review office decides each blocking finding (维持 upheld / 撤销 overruled); only when every one is overruled does
/// the submission go back into admission to the joint review (workflows/precheck-appeal.bpmn).
/// </summary>
public sealed class PrecheckAppeal
{
    public const int NoteMax = 1000;

    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }

    /// <summary>The submission's number, kept for the audit trail and the list editors' queue.</summary>
    public string SubmissionNumber { get; set; } = "";

    public string DepartmentCode { get; set; } = "";

    /// <summary>
    /// The lead district, whose joint-review office decides: the refusal's (the submission's first district in code order,
    /// as a system decision is recorded). Every district the task reaches is in <see cref="Districts"/>.
    /// </summary>
    public string DistrictCode { get; set; } = "";

    /// <summary>Every district the submission's villages are in (the lead one too): who else may read the appeal.</summary>
    public List<AppealDistrict> Districts { get; set; } = [];

    /// <summary>The department's overall note (optional).</summary>
    public string? Note { get; set; }

    public string AppealedBy { get; set; } = "";
    public DateTime AppealedAtUtc { get; set; }

    /// <summary>Changed only by <see cref="MoveTo"/>, along <see cref="Lifecycle"/>.</summary>
    public AppealStatus Status { get; private set; }

    /// <summary>Open until decided: upheld (the refusal stands) or overruled (every finding; back to human review).</summary>
    public static readonly Lifecycle<AppealStatus> Lifecycle = new(new Dictionary<AppealStatus, AppealStatus[]>
    {
        [AppealStatus.Open] = [AppealStatus.Upheld, AppealStatus.Overruled],
    });

    public void MoveTo(AppealStatus to) => Status = Lifecycle.Move(Status, to);

    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>The reviewer's overall note (optional).</summary>
    public string? DecisionNote { get; set; }

    public Guid? WorkflowInstanceId { get; set; }

    /// <summary>Optimistic concurrency: two reviewers deciding at once, one wins.</summary>
    public int Version { get; set; }

    public List<AppealFinding> Findings { get; set; } = [];
}

/// <summary>Where an appeal stands.</summary>
public enum AppealStatus
{
    Open,

    /// <summary>At least one finding upheld: the refusal stands (the findings overruled still reach the list editors' queue).</summary>
    Upheld,

    /// <summary>Every finding overruled: the submission went back to the joint review.</summary>
    Overruled,
}

/// <summary>Why the department says a blocking finding is wrong.</summary>
public enum AppealReason
{
    /// <summary>不涉及村(社区)承担: the work is not the village's.</summary>
    NotVillageWork,

    /// <summary>由其他主体承担: someone else (the department, a township, a company) does it.</summary>
    OtherBody,

    /// <summary>表述为否定或禁止: the text forbids or negates the act.</summary>
    Negated,

    /// <summary>误读词语或另有含义: a word read in the wrong sense.</summary>
    MisreadWord,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>The reviewer's verdict on one finding.</summary>
public enum FindingVerdict
{
    /// <summary>维持: the machine was right.</summary>
    Upheld,

    /// <summary>撤销: the machine was wrong; the finding lands in the list editors' queue.</summary>
    Overruled,
}

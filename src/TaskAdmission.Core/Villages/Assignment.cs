using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Villages;

/// <summary>
/// Admitted work dispatched (派发) to one village: what is asked, by when, the support promised and the decision it
/// rests on. Created in the transaction that admits the village; never shown to the village unless the village row
/// and the submission are still admitted.
/// </summary>
public sealed class Assignment
{
    public const int TitleMax = 200;
    public const int DemandsMax = 4000;
    public const int ListItemsMax = 2000;
    public const int NoteMax = 2000;

    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public string VillageCode { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public string DistrictCode { get; set; } = "";
    public string DepartmentCode { get; set; } = "";

    /// <summary>The admission decision (township admit, special or emergency admission) this assignment rests on.</summary>
    public Guid DecisionId { get; set; }

    /// <summary>The submission's title when dispatched.</summary>
    public string Title { get; set; } = "";

    /// <summary>The claimed list items with their titles when dispatched, as JSON (<see cref="AssignmentListItems"/>).</summary>
    public string ListItemsJson { get; set; } = "[]";

    /// <summary>The demands as JSON (<see cref="AssignmentDemands"/>), frozen at dispatch.</summary>
    public string DemandsJson { get; set; } = "[]";

    /// <summary>
    /// Set at dispatch when the submission declares it reuses another task's collection and that task was running in
    /// this village then: the data is already collected here, so the ledger does not count this assignment's
    /// collecting demands (<see cref="DataFields.CollectionDemands"/>) a second time.
    /// </summary>
    public bool CollectionReused { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly EndDate { get; set; }
    public bool Emergency { get; set; }

    public decimal FundingYuan { get; set; }
    public SupportState FundingState { get; set; }
    public SupportState TrainingState { get; set; }
    public SupportState StaffState { get; set; }
    public SupportState EquipmentState { get; set; }

    /// <summary>Changed only by <see cref="MoveTo"/> (and the bulk cancel of a revocation), along <see cref="Lifecycle"/>.</summary>
    public AssignmentStatus Status { get; private set; }

    /// <summary>Acknowledged, worked on and done by the village, or cancelled by a revocation while still open.</summary>
    public static readonly Lifecycle<AssignmentStatus> Lifecycle = new(new Dictionary<AssignmentStatus, AssignmentStatus[]>
    {
        [AssignmentStatus.Open] = [AssignmentStatus.Acknowledged, AssignmentStatus.InProgress, AssignmentStatus.Done, AssignmentStatus.Cancelled],
        [AssignmentStatus.Acknowledged] = [AssignmentStatus.InProgress, AssignmentStatus.Done, AssignmentStatus.Cancelled],
        [AssignmentStatus.InProgress] = [AssignmentStatus.Done, AssignmentStatus.Cancelled],
    });

    public void MoveTo(AssignmentStatus to) => Status = Lifecycle.Move(Status, to);
    public DateTime DispatchedAtUtc { get; set; }
    public DateTime? AcknowledgedAtUtc { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? CompletedBy { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>Set once when the support check told the township and supervisor; never repeated.</summary>
    public DateTime? SupportFlaggedAtUtc { get; set; }

    /// <summary>Set once when the village was reminded that the due date is near; never repeated.</summary>
    public DateTime? RemindedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: two clicks on two phones cannot both win.</summary>
    public int Version { get; set; }

    public bool IsOpen => Status is AssignmentStatus.Open or AssignmentStatus.Acknowledged or AssignmentStatus.InProgress;

    public SupportState StateOf(SupportKind kind) => kind switch
    {
        SupportKind.Funding => FundingState,
        SupportKind.Training => TrainingState,
        SupportKind.Staff => StaffState,
        _ => EquipmentState,
    };

    public void SetState(SupportKind kind, SupportState state)
    {
        switch (kind)
        {
            case SupportKind.Funding: FundingState = state; break;
            case SupportKind.Training: TrainingState = state; break;
            case SupportKind.Staff: StaffState = state; break;
            default: EquipmentState = state; break;
        }
    }

    /// <summary>Support promised that the village has not confirmed as arrived (pending or reported missing).</summary>
    public IEnumerable<SupportKind> Outstanding() =>
        Enum.GetValues<SupportKind>().Where(k => StateOf(k) is SupportState.Pending or SupportState.Missing);
}

using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Purchase;

/// <summary>One step of the agreement's payment schedule: what is delivered, by when, what it pays, and what was paid.</summary>
public sealed class Milestone
{
    public const int TitleMax = 200;
    public const int MaxPerCase = 20;

    public Guid Id { get; set; }
    public Guid CaseId { get; set; }

    /// <summary>1, 2, 3 …: milestones are delivered and accepted in this order.</summary>
    public int Sequence { get; set; }
    public string Title { get; set; } = "";
    public long AmountFen { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>Changed only by <see cref="MoveTo"/>, along <see cref="Lifecycle"/>.</summary>
    public MilestoneStatus Status { get; private set; }
    public string? AcceptedBy { get; set; }
    public DateTime? AcceptedAtUtc { get; set; }

    /// <summary>Σ payment entries of this milestone (reversals negative); never above <see cref="AmountFen"/>.</summary>
    public long PaidFen { get; set; }

    /// <summary>Optimistic concurrency: two acceptances, or two payments, of one milestone cannot both win.</summary>
    public int Version { get; set; }

    public decimal Amount => Money.FromFen(AmountFen);

    public long UnpaidFen => Status == MilestoneStatus.Accepted ? AmountFen - PaidFen : 0;

    /// <summary>Reported, then accepted or sent back for rework, which is reported again.</summary>
    public static readonly Lifecycle<MilestoneStatus> Lifecycle = new(new Dictionary<MilestoneStatus, MilestoneStatus[]>
    {
        [MilestoneStatus.Planned] = [MilestoneStatus.Reported],
        [MilestoneStatus.Reported] = [MilestoneStatus.Accepted, MilestoneStatus.Rework],
        [MilestoneStatus.Rework] = [MilestoneStatus.Reported],
    });

    public void MoveTo(MilestoneStatus to) => Status = Lifecycle.Move(Status, to);
}

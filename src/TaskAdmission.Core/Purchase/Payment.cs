namespace TaskAdmission.Core.Purchase;

/// <summary>
/// One entry of a milestone's payment record: a payment (positive fen) or the reversal of one (红字冲销: the same
/// amount, negative, pointing at the payment it cancels). Entries are never edited or deleted; a wrong payment is
/// reversed and recorded again.
/// </summary>
public sealed class Payment
{
    public const int VoucherMax = 50;
    public const int NoteMax = 500;

    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid MilestoneId { get; set; }

    /// <summary>Whole fen; negative only on a reversal.</summary>
    public long AmountFen { get; set; }

    /// <summary>The China date the money moved (a reversal: the date it was booked).</summary>
    public DateOnly PaidOn { get; set; }

    /// <summary>凭证号 of the payment (of the reversing voucher on a reversal).</summary>
    public string VoucherNumber { get; set; } = "";
    public string? Note { get; set; }

    /// <summary>The payment this entry reverses; unique, so a payment is reversed at most once.</summary>
    public Guid? ReversalOfId { get; set; }

    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }

    public bool IsReversal => ReversalOfId is not null;
}

using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Purchase;

/// <summary>
/// The money rules, over one case with its milestones and payment entries, in memory (the use cases run them on the
/// loaded case and save in one transaction; the property tests run random sequences through them):
/// a case is signed within its budget; only an accepted milestone is paid, never above its unpaid amount nor the
/// contract's; a payment is corrected by a reversing entry, once; the running totals always equal a recount.
/// A refused command changes nothing.
/// </summary>
public static class PurchaseLedger
{
    /// <summary>The contract takes effect: the price becomes the contracted amount. Refused over budget.</summary>
    public static void Sign(PurchaseCase c, string by, DateTime atUtc, DateOnly today)
    {
        if (AgreementValidator.OverBudget(c.PriceFen, c.BudgetFen) is { } over)
        {
            throw RefusalException.Invalid([over]);
        }
        c.SignedBy = by;
        c.SignedAtUtc = atUtc;
        c.SignedOn = today;
        c.ContractFen = c.PriceFen;
    }

    /// <summary>The department's acceptance of the reported milestone: passed adds its amount to what is accepted.</summary>
    public static void Accept(PurchaseCase c, Milestone m, bool passed, string by, DateTime atUtc)
    {
        if (m.Status != MilestoneStatus.Reported)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        m.MoveTo(passed ? MilestoneStatus.Accepted : MilestoneStatus.Rework);
        m.Version++;
        if (passed)
        {
            m.AcceptedBy = by;
            m.AcceptedAtUtc = atUtc;
            c.AcceptedFen += m.AmountFen;
        }
    }

    /// <summary>Records a payment of an accepted milestone; returns the entry (added to the case) or refuses.</summary>
    public static Payment Pay(PurchaseCase c, Milestone m, long amountFen, DateOnly paidOn, string voucher, string? note, string by, DateTime atUtc)
    {
        if (m.Status != MilestoneStatus.Accepted)
        {
            throw PurchaseProblem.Invalid("milestoneId", PurchaseProblemCode.MilestoneNotAccepted);
        }
        if (amountFen <= 0)
        {
            throw PurchaseProblem.Invalid("amount", PurchaseProblemCode.MoneyZero);
        }
        if (amountFen > m.AmountFen - m.PaidFen)
        {
            throw PurchaseProblem.Invalid("amount", PurchaseProblemCode.PaymentExceedsMilestone, Money.FormatFen(m.AmountFen - m.PaidFen));
        }
        if (amountFen > c.ContractFen - c.PaidFen)
        {
            throw PurchaseProblem.Invalid("amount", PurchaseProblemCode.PaymentExceedsContract, Money.FormatFen(c.ContractFen - c.PaidFen));
        }
        return Add(c, m, amountFen, paidOn, voucher, note, null, by, atUtc);
    }

    /// <summary>Reverses one payment entry in full with a negative entry (红字冲销); a payment is reversed at most once.</summary>
    public static Payment Reverse(PurchaseCase c, Milestone m, Payment original, DateOnly bookedOn, string voucher, string reason, string by, DateTime atUtc)
    {
        if (original.IsReversal)
        {
            throw PurchaseProblem.Invalid("paymentId", PurchaseProblemCode.NotAPayment);
        }
        if (c.Payments.Any(p => p.ReversalOfId == original.Id))
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.AlreadyReversed);
        }
        return Add(c, m, -original.AmountFen, bookedOn, voucher, reason, original.Id, by, atUtc);
    }

    /// <summary>What the entries add up to, counted again from scratch (accepted, paid, and paid per milestone).</summary>
    public static (long AcceptedFen, long PaidFen, IReadOnlyDictionary<Guid, long> PaidByMilestone) Recount(PurchaseCase c) =>
        (c.Milestones.Where(m => m.Status == MilestoneStatus.Accepted).Sum(m => m.AmountFen),
         c.Payments.Sum(p => p.AmountFen),
         c.Milestones.ToDictionary(m => m.Id, m => c.Payments.Where(p => p.MilestoneId == m.Id).Sum(p => p.AmountFen)));

    /// <summary>Every accepted milestone is paid in full (the case may close).</summary>
    public static long Unpaid(PurchaseCase c) => c.Milestones.Sum(m => m.AmountFen - m.PaidFen);

    private static Payment Add(PurchaseCase c, Milestone m, long amountFen, DateOnly on, string voucher, string? note, Guid? reversalOf, string by, DateTime atUtc)
    {
        var payment = new Payment
        {
            Id = Guid.NewGuid(),
            CaseId = c.Id,
            MilestoneId = m.Id,
            AmountFen = amountFen,
            PaidOn = on,
            VoucherNumber = voucher.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ReversalOfId = reversalOf,
            RecordedBy = by,
            RecordedAtUtc = atUtc,
        };
        c.Payments.Add(payment);
        m.PaidFen += amountFen;
        m.Version++;
        c.PaidFen += amountFen;
        return payment;
    }
}

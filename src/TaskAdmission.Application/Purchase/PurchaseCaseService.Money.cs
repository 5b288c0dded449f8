using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Purchase;

public sealed partial class PurchaseCaseService
{
    private static readonly PurchaseStatus[] Paying = [PurchaseStatus.InDelivery, PurchaseStatus.Settling];

    /// <summary>Records a payment of an accepted milestone (amount, date, voucher); never above what is unpaid of it or of the contract.</summary>
    public async Task<Payment> PayAsync(Guid id, PaymentInput input, Actor actor, CancellationToken ct = default)
    {
        var (c, provider) = await LoadForMoneyAsync(id, actor, ct);
        var milestone = c.Milestones.FirstOrDefault(m => m.Id == input.MilestoneId)
            ?? throw PurchaseProblem.Invalid("milestoneId", PurchaseProblemCode.BadValue);
        var problems = Money.Check("amount", input.Amount, positive: true).ToList();
        if (input.PaidOn is not { } paidOn)
        {
            problems.Add(new PurchaseProblem("paidOn", PurchaseProblemCode.Required));
        }
        else if (paidOn > clock.Today)
        {
            problems.Add(new PurchaseProblem("paidOn", PurchaseProblemCode.PaidOnInFuture));
        }
        else if (milestone.AcceptedAtUtc is { } accepted && paidOn < ChinaClock.DayOf(accepted))
        {
            problems.Add(new PurchaseProblem("paidOn", PurchaseProblemCode.PaidOnBeforeAcceptance, ChinaClock.DayOf(accepted).ToString("yyyy-MM-dd")));
        }
        Voucher(problems, input.VoucherNumber);
        if ((input.Note ?? "").Trim().Length > Payment.NoteMax)
        {
            problems.Add(new PurchaseProblem("note", PurchaseProblemCode.TooLong, Payment.NoteMax));
        }
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var payment = PurchaseLedger.Pay(c, milestone, Money.ToFen(input.Amount!.Value), input.PaidOn!.Value, input.VoucherNumber, input.Note, actor.UserName, clock.UtcNow);
        db.PurchasePayments.Add(payment);
        audit.Record(actor.UserName, "purchase.pay", Subject(c),
            $"milestone #{milestone.Sequence}: {Yuan(payment.AmountFen)} yuan on {payment.PaidOn:yyyy-MM-dd}, voucher {payment.VoucherNumber}; paid in all {Yuan(c.PaidFen)} of {Yuan(c.ContractFen)}");
        if (provider?.VillageCode is { } village)
        {
            notifier.Add(NotificationAudience.Village(village), NotificationKind.PurchasePaymentRecorded, c.Title, $"/village/purchase/{c.Id}");
        }
        await SaveAsync(ct);
        return payment;
    }

    /// <summary>Corrects a payment by reversing it in full (红字冲销) with the reason and the reversing voucher; never by editing it.</summary>
    public async Task<Payment> ReverseAsync(Guid id, Guid paymentId, string? reason, string voucher, Actor actor, CancellationToken ct = default)
    {
        var (c, _) = await LoadForMoneyAsync(id, actor, ct);
        var original = c.Payments.FirstOrDefault(p => p.Id == paymentId) ?? throw PurchaseProblem.Invalid("paymentId", PurchaseProblemCode.BadValue);
        var problems = new List<PurchaseProblem>();
        var text = (reason ?? "").Trim();
        if (text.Length == 0 || text.Length > Payment.NoteMax)
        {
            problems.Add(new PurchaseProblem("reason", text.Length == 0 ? PurchaseProblemCode.Required : PurchaseProblemCode.TooLong, Payment.NoteMax));
        }
        Voucher(problems, voucher);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var milestone = c.Milestones.Single(m => m.Id == original.MilestoneId);
        var reversal = PurchaseLedger.Reverse(c, milestone, original, clock.Today, voucher, text, actor.UserName, clock.UtcNow);
        db.PurchasePayments.Add(reversal);
        audit.Record(actor.UserName, "purchase.reverse", Subject(c),
            $"milestone #{milestone.Sequence}: reversed {Yuan(original.AmountFen)} yuan of voucher {original.VoucherNumber} by {reversal.VoucherNumber}: {text}; paid in all {Yuan(c.PaidFen)}");
        await SaveAsync(ct);
        return reversal;
    }

    /// <summary>Closes a case whose every milestone is accepted and paid in full.</summary>
    public async Task CloseAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var (c, _) = await LoadForStepAsync(id, PurchaseSteps.Settle, actor, ct);
        if (PurchaseLedger.Unpaid(c) is > 0 and var unpaid)
        {
            throw PurchaseProblem.Invalid("", PurchaseProblemCode.NotFullyPaid, Yuan(unpaid));
        }
        c.MoveTo(PurchaseStatus.Closed);
        audit.Record(actor.UserName, "purchase.close", Subject(c), $"contract {Yuan(c.ContractFen)} yuan, paid {Yuan(c.PaidFen)} yuan");
        await CompleteStepAsync(c, PurchaseSteps.Settle, actor, null, null, ct);
    }

    /// <summary>Cancels an open case with a reason, at any step while no money is paid (every payment reversed counts as none).</summary>
    public async Task CancelAsync(Guid id, string? reason, Actor actor, CancellationToken ct = default)
    {
        var (c, provider) = await LoadAsync(id, actor, ct);
        if (!(actor.DepartmentCode == c.DepartmentCode && actor.Role is AppRoles.DepartmentSubmitter or AppRoles.DepartmentHead))
        {
            throw PurchaseProblem.Forbidden(PurchaseProblemCode.NotYourStep);
        }
        var text = RequireReasonUnless(false, reason, "reason");
        if (!c.IsOpen)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        if (c.PaidFen > 0)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.MoneyPaid);
        }
        c.Version++;
        c.MoveTo(PurchaseStatus.Cancelled);
        c.CancelReason = text;
        c.CancelledBy = actor.UserName;
        c.CancelledAtUtc = clock.UtcNow;
        audit.Record(actor.UserName, "purchase.cancel", Subject(c), $"{text}; budget {Yuan(c.BudgetFen)}, contract {Yuan(c.ContractFen)} released");
        if (provider?.VillageCode is { } village && c.AgreementNumber is not null)
        {
            notifier.Add(NotificationAudience.Village(village), NotificationKind.PurchaseMilestoneDecided, c.Title, $"/village/purchase/{c.Id}");
        }
        try
        {
            var delivered = await engine.DeliverMessageAsync(PurchaseSteps.CancelMessage, c.Id.ToString(), null, ct);
            if (!delivered.Delivered)
            {
                // The workflow already ended or never started (an old case): the case's own rows are the record.
                await SaveAsync(ct);
            }
        }
        catch (Exception ex) when (ex is WorkflowConflictException or WorkflowOperationException or DbUpdateException)
        {
            throw PurchaseProblem.ConflictFrom(ex);
        }
    }

    /// <summary>Payments and reversals: the department's submitter, on a signed case still being delivered or settled.</summary>
    private async Task<(PurchaseCase Case, Provider? Provider)> LoadForMoneyAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var (c, provider) = await LoadAsync(id, actor, ct);
        if (!(actor.Role == AppRoles.DepartmentSubmitter && actor.DepartmentCode == c.DepartmentCode))
        {
            throw PurchaseProblem.Forbidden(PurchaseProblemCode.NotYourStep);
        }
        if (!Paying.Contains(c.Status))
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        c.Version++;
        return (c, provider);
    }

    private static void Voucher(List<PurchaseProblem> problems, string? voucher)
    {
        var v = (voucher ?? "").Trim();
        if (v.Length == 0 || v.Length > Payment.VoucherMax)
        {
            problems.Add(new PurchaseProblem("voucherNumber", v.Length == 0 ? PurchaseProblemCode.Required : PurchaseProblemCode.TooLong, Payment.VoucherMax));
        }
    }
}

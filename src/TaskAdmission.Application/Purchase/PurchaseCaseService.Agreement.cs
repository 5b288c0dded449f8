using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

public sealed partial class PurchaseCaseService
{
    /// <summary>Chooses the provider: the covered village's committee by entrustment, or a registered provider with a reason.</summary>
    public async Task SelectProviderAsync(Guid id, ProviderSelection selection, Actor actor, CancellationToken ct = default)
    {
        var (c, _) = await LoadForStepAsync(id, PurchaseSteps.SelectProvider, actor, ct);
        var org = await OrgDirectory.LoadAsync(db, ct);
        var villages = c.Villages.Select(v => new CoveredVillage(v.VillageCode, Ancestry(org, v.VillageCode))).ToList();
        Provider? provider = selection.Mode switch
        {
            SelectionMode.DirectEntrustment when villages.Count == 1 => await providers.VillageCommitteeAsync(villages[0].VillageCode, org, actor.UserName, ct),
            SelectionMode.Choice when selection.ProviderId is { } pid => await db.PurchaseProviders.FirstOrDefaultAsync(p => p.Id == pid, ct),
            _ => null,
        };
        var problems = SelectionRules.Validate(selection, provider, villages);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        c.ProviderId = provider!.Id;
        c.SelectionMode = selection.Mode;
        c.SelectionReason = string.IsNullOrWhiteSpace(selection.Reason) ? null : selection.Reason.Trim();
        c.MoveTo(PurchaseStatus.Drafting);
        audit.Record(actor.UserName, "purchase.provider", Subject(c), $"{selection.Mode}: {provider.Name} {provider.CreditCode ?? provider.VillageCode}; {c.SelectionReason}");
        await CompleteStepAsync(c, PurchaseSteps.SelectProvider, actor, new { provider = ProviderScope(c, provider) }, c.SelectionReason, ct);
    }

    /// <summary>Drafts (or redrafts) the agreement: price within budget, the payment schedule adding up to the price.</summary>
    public async Task DraftAsync(Guid id, AgreementDraft draft, Actor actor, CancellationToken ct = default)
    {
        var (c, provider) = await LoadForStepAsync(id, PurchaseSteps.DraftAgreement, actor, ct);
        var problems = AgreementValidator.Validate(draft, c.BudgetFen, c.PeriodStart, c.PeriodEnd);
        var number = draft.AgreementNumber.Trim();
        if (number.Length > 0 && await db.PurchaseCases.AnyAsync(x => x.AgreementNumber == number && x.Id != c.Id, ct))
        {
            problems.Add(new PurchaseProblem("agreementNumber", PurchaseProblemCode.AgreementNumberTaken, number));
        }
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        c.AgreementNumber = number;
        c.AgreementScope = draft.Scope.Trim();
        c.AcceptanceCriteria = draft.AcceptanceCriteria.Trim();
        c.PriceFen = Money.ToFen(draft.Price!.Value);
        // Nothing was reported while drafting, so the schedule is replaced whole.
        db.PurchaseMilestones.RemoveRange(c.Milestones);
        c.Milestones.Clear();
        for (var i = 0; i < draft.Milestones.Count; i++)
        {
            var m = draft.Milestones[i];
            var milestone = new Milestone
            {
                Id = Guid.NewGuid(), CaseId = c.Id, Sequence = i + 1, Title = m.Title.Trim(), AmountFen = Money.ToFen(m.Amount!.Value), DueDate = m.DueDate!.Value,
            };
            // Added explicitly: reached only through the navigation, a client-set Guid key would be taken for an existing row.
            db.PurchaseMilestones.Add(milestone);
            c.Milestones.Add(milestone);
        }
        c.ProviderConfirmedBy = null;
        c.ProviderConfirmedAtUtc = null;
        c.MoveTo(PurchaseStatus.AwaitingProvider);
        audit.Record(actor.UserName, "purchase.draft", Subject(c),
            $"{number}: price {Yuan(c.PriceFen)} yuan (budget {Yuan(c.BudgetFen)}); schedule " + string.Join(", ", c.Milestones.Select(m => $"#{m.Sequence} {Yuan(m.AmountFen)} by {m.DueDate:yyyy-MM-dd}")));
        if (provider?.VillageCode is { } village)
        {
            notifier.Add(NotificationAudience.Village(village), NotificationKind.PurchaseAgreementToConfirm, c.Title, $"/village/purchase/{c.Id}");
        }
        await CompleteStepAsync(c, PurchaseSteps.DraftAgreement, actor, null, null, ct);
    }

    /// <summary>The provider confirms the draft (the parties' names are fixed then), or asks for changes with a reason.</summary>
    public async Task ConfirmByProviderAsync(Guid id, bool confirm, string? comment, Actor actor, CancellationToken ct = default)
    {
        var (c, provider) = await LoadForStepAsync(id, PurchaseSteps.ProviderConfirm, actor, ct);
        var reason = RequireReasonUnless(confirm, comment, "reason");
        if (confirm)
        {
            c.PartyAName = (await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == c.DepartmentCode, ct))?.NameZh ?? c.DepartmentCode;
            c.PartyBName = provider!.Name;
            c.ProviderConfirmedBy = actor.UserName;
            c.ProviderConfirmedAtUtc = clock.UtcNow;
            c.MoveTo(PurchaseStatus.AwaitingSignature);
        }
        else
        {
            c.MoveTo(PurchaseStatus.Drafting);
        }
        audit.Record(actor.UserName, confirm ? "purchase.provider.confirm" : "purchase.provider.revise", Subject(c), reason);
        await CompleteStepAsync(c, PurchaseSteps.ProviderConfirm, actor, new { outcome = confirm ? "confirm" : "revise" }, reason, ct);
    }

    /// <summary>The department head signs (never over budget: the contract takes effect) or sends the draft back with a reason.</summary>
    public async Task SignAsync(Guid id, bool sign, string? comment, Actor actor, CancellationToken ct = default)
    {
        var (c, provider) = await LoadForStepAsync(id, PurchaseSteps.DepartmentSign, actor, ct);
        var reason = RequireReasonUnless(sign, comment, "reason");
        if (sign)
        {
            PurchaseLedger.Sign(c, actor.UserName, clock.UtcNow, clock.Today);
            c.MoveTo(PurchaseStatus.InDelivery);
            audit.Record(actor.UserName, "purchase.sign", Subject(c), $"{c.AgreementNumber}: contract {Yuan(c.ContractFen)} yuan with {c.PartyBName}");
        }
        else
        {
            c.ProviderConfirmedBy = null;
            c.ProviderConfirmedAtUtc = null;
            c.MoveTo(PurchaseStatus.Drafting);
            audit.Record(actor.UserName, "purchase.sign.revise", Subject(c), reason);
        }
        await CompleteStepAsync(c, PurchaseSteps.DepartmentSign, actor, new { outcome = sign ? "sign" : "revise", remaining = c.Milestones.Count }, reason, ct);
    }

    /// <summary>Who does the provider's steps: the village committee's village, else the department on the provider's behalf.</summary>
    private static string ProviderScope(PurchaseCase c, Provider provider) =>
        provider.Kind == ProviderKind.VillageCommittee && provider.VillageCode is { } village ? village : c.DepartmentCode;

    private static IReadOnlyCollection<string> Ancestry(OrgDirectory org, string village)
    {
        var codes = new List<string>();
        for (var unit = org.Find(village)?.ParentCode is { } p ? org.Find(p) : null; unit is not null; unit = unit.ParentCode is null ? null : org.Find(unit.ParentCode))
        {
            codes.Add(unit.Code);
        }
        return codes;
    }

    /// <summary>A reason is required when the answer is "no" (send back, rework, cancel); returns it trimmed (or null).</summary>
    private static string? RequireReasonUnless(bool yes, string? comment, string field)
    {
        var text = comment?.Trim();
        if (!yes && string.IsNullOrEmpty(text))
        {
            throw PurchaseProblem.Invalid(field, PurchaseProblemCode.Required);
        }
        if (text?.Length > PurchaseCase.ReasonMax)
        {
            throw PurchaseProblem.Invalid(field, PurchaseProblemCode.TooLong, PurchaseCase.ReasonMax);
        }
        return string.IsNullOrEmpty(text) ? null : text;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Purchase;

public sealed partial class PurchaseCaseService
{
    /// <summary>A department starts a case itself: the description is checked and stored, and the describe step is done at once.</summary>
    public async Task<PurchaseCase> StartAsync(CaseDescription description, Actor actor, CancellationToken ct = default)
    {
        if (actor.Role != AppRoles.DepartmentSubmitter || actor.DepartmentCode is null)
        {
            throw PurchaseProblem.Forbidden(PurchaseProblemCode.NotYourStep);
        }
        var org = await OrgDirectory.LoadAsync(db, ct);
        var problems = CaseDescriptionValidator.Validate(description, code => org.Find(code)?.Kind);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var c = NewCase(actor.DepartmentCode, CaseOrigin.Department, null, actor.UserName);
        Describe(c, description, org);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.PurchaseCases.Add(c);
        audit.Record(actor.UserName, "purchase.start", Subject(c), $"budget {Yuan(c.BudgetFen)} yuan ({c.FundingSource})");
        await SaveAsync(ct);
        await StartWorkflowAsync(c, actor.UserName, ct);
        c.MoveTo(PurchaseStatus.SelectingProvider);
        await CompleteStepAsync(c, PurchaseSteps.Describe, actor, null, null, ct);
        await tx.CommitAsync(ct);
        return c;
    }

    /// <summary>
    /// The joint review decided "purchase of service": the submission becomes a case of its department, carrying its
    /// title, description, villages and demands, its period and (as a first figure) its funding per village times the
    /// villages. Runs inside the decision's transaction; a second call for the same submission returns the first case.
    /// </summary>
    public async Task<PurchaseCase> StartFromReviewAsync(Submission submission, CancellationToken ct = default)
    {
        if (await db.PurchaseCases.FirstOrDefaultAsync(c => c.SubmissionId == submission.Id, ct) is { } existing)
        {
            return existing;
        }
        var c = NewCase(submission.DepartmentCode, CaseOrigin.JointReview, submission.Id, "joint-review");
        c.Title = submission.Title;
        c.ServiceDescription = submission.Description;
        c.DemandsJson = AssignmentDemands.Serialize(submission.Demands.OrderBy(d => d.Position).Select(d => d.ToRequest()));
        var perVillage = decimal.Round(submission.FundingYuanPerVillage, 2);
        c.BudgetFen = perVillage > 0 && perVillage * submission.Villages.Count <= Money.MaxYuan ? Money.ToFen(perVillage) * submission.Villages.Count : 0;
        c.FundingSource = FundingSource.DepartmentBudget;
        c.PeriodStart = submission.StartDate;
        c.PeriodEnd = submission.EndDate;
        c.Villages = [.. submission.Villages.Select(v => new PurchaseCaseVillage { CaseId = c.Id, VillageCode = v.VillageCode, TownshipCode = v.TownshipCode, DistrictCode = v.DistrictCode })];
        db.PurchaseCases.Add(c);
        audit.Record("joint-review", "purchase.start", Subject(c), $"from submission {submission.Number}; budget {Yuan(c.BudgetFen)} yuan proposed");
        notifier.Add(NotificationAudience.Department(c.DepartmentCode), NotificationKind.PurchaseStarted, c.Title, $"/purchase/cases/{c.Id}");
        await db.SaveChangesAsync(ct);
        await StartWorkflowAsync(c, "joint-review", ct);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>The describe step of a case started by a joint review: the department completes and confirms the description.</summary>
    public async Task DescribeAsync(Guid id, CaseDescription description, Actor actor, CancellationToken ct = default)
    {
        var (c, _) = await LoadForStepAsync(id, PurchaseSteps.Describe, actor, ct);
        var org = await OrgDirectory.LoadAsync(db, ct);
        var problems = CaseDescriptionValidator.Validate(description, code => org.Find(code)?.Kind);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var budgetBefore = c.BudgetFen;
        Describe(c, description, org);
        c.MoveTo(PurchaseStatus.SelectingProvider);
        audit.Record(actor.UserName, "purchase.describe", Subject(c), $"budget {Yuan(budgetBefore)} → {Yuan(c.BudgetFen)} yuan ({c.FundingSource})");
        await CompleteStepAsync(c, PurchaseSteps.Describe, actor, null, null, ct);
    }

    private PurchaseCase NewCase(string department, CaseOrigin origin, Guid? submissionId, string by)
    {
        var now = clock.UtcNow;
        return new PurchaseCase
        {
            Id = Guid.NewGuid(),
            Number = $"GM{ChinaClock.Local(now):yyyyMMdd}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}",
            DepartmentCode = department,
            Origin = origin,
            SubmissionId = submissionId,
            CreatedBy = by,
            CreatedAtUtc = now,
        };
    }

    private static void Describe(PurchaseCase c, CaseDescription d, OrgDirectory org)
    {
        c.Title = d.Title.Trim();
        c.ServiceDescription = d.ServiceDescription.Trim();
        c.Deliverables = d.Deliverables.Trim();
        c.BudgetFen = Money.ToFen(d.Budget!.Value);
        c.FundingSource = d.FundingSource!.Value;
        c.PeriodStart = d.PeriodStart!.Value;
        c.PeriodEnd = d.PeriodEnd!.Value;
        var codes = d.VillageCodes.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
        c.Villages.RemoveAll(v => !codes.Contains(v.VillageCode));
        foreach (var code in codes.Where(code => c.Villages.All(v => v.VillageCode != code)))
        {
            c.Villages.Add(new PurchaseCaseVillage
            {
                CaseId = c.Id,
                VillageCode = code,
                TownshipCode = org.Ancestor(code, 3)?.Code ?? "",
                DistrictCode = org.Ancestor(code, 2)?.Code ?? "",
            });
        }
    }

    private async Task StartWorkflowAsync(PurchaseCase c, string initiator, CancellationToken ct)
    {
        var started = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = PurchaseSteps.ProcessId,
            BusinessKey = c.Id.ToString(),
            Initiator = initiator,
            Variables = new Dictionary<string, JsonElement>
            {
                ["caseId"] = JsonSerializer.SerializeToElement(c.Id),
                ["department"] = JsonSerializer.SerializeToElement(c.DepartmentCode),
                ["provider"] = JsonSerializer.SerializeToElement(c.DepartmentCode),
            },
        }, ct);
        c.WorkflowInstanceId = started.InstanceId;
    }
}

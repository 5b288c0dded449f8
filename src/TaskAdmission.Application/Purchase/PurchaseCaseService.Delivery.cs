using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

public sealed partial class PurchaseCaseService
{
    /// <summary>The provider reports the current milestone delivered: its own words, files only if it wants (never proof by photo).</summary>
    public async Task<MilestoneReport> ReportAsync(Guid id, string text, IReadOnlyList<FileUpload> files, Actor actor, CancellationToken ct = default)
    {
        var (c, _) = await LoadForStepAsync(id, PurchaseSteps.Report, actor, ct);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > MilestoneReport.TextMax)
        {
            throw trimmed.Length == 0 ? PurchaseProblem.Invalid("text", PurchaseProblemCode.Required) : PurchaseProblem.Invalid("text", PurchaseProblemCode.TooLong, MilestoneReport.TextMax);
        }
        if (files.Count > MilestoneReport.MaxFiles)
        {
            throw PurchaseProblem.Invalid("files", PurchaseProblemCode.TooMany, MilestoneReport.MaxFiles);
        }
        var milestone = c.CurrentMilestone!;
        var report = new MilestoneReport
        {
            Id = Guid.NewGuid(), CaseId = c.Id, MilestoneId = milestone.Id, Text = trimmed, ReportedBy = actor.UserName, ReportedAtUtc = clock.UtcNow,
        };
        foreach (var file in files)
        {
            db.PurchaseFiles.Add(NewFile(c, PurchaseFileUse.Report, file, actor, report.Id));
        }
        db.PurchaseReports.Add(report);
        milestone.MoveTo(MilestoneStatus.Reported);
        milestone.Version++;
        audit.Record(actor.UserName, "purchase.report", Subject(c), $"milestone #{milestone.Sequence}, {files.Count} files");
        await CompleteStepAsync(c, PurchaseSteps.Report, actor, null, null, ct);
        return report;
    }

    /// <summary>
    /// The department's acceptance (验收) of the reported milestone <paramref name="milestoneId"/>: pass (it becomes payable)
    /// or rework with the reasons (back to the provider). Two people accepting at once: one wins, the other gets a conflict.
    /// </summary>
    public async Task AcceptAsync(Guid id, Guid milestoneId, bool passed, string? reasons, Actor actor, CancellationToken ct = default)
    {
        var (c, provider) = await LoadForStepAsync(id, PurchaseSteps.Accept, actor, ct);
        var milestone = c.CurrentMilestone!;
        if (milestone.Id != milestoneId)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.WrongStep);
        }
        var text = (reasons ?? "").Trim();
        if (!passed && text.Length == 0)
        {
            throw PurchaseProblem.Invalid("reasons", PurchaseProblemCode.Required);
        }
        if (text.Length > Acceptance.ReasonsMax)
        {
            throw PurchaseProblem.Invalid("reasons", PurchaseProblemCode.TooLong, Acceptance.ReasonsMax);
        }
        PurchaseLedger.Accept(c, milestone, passed, actor.UserName, clock.UtcNow);
        db.PurchaseAcceptances.Add(new Acceptance
        {
            Id = Guid.NewGuid(), CaseId = c.Id, MilestoneId = milestone.Id, Passed = passed, Reasons = text, DecidedBy = actor.UserName, DecidedAtUtc = clock.UtcNow,
        });
        var remaining = c.Milestones.Count(m => m.Status != MilestoneStatus.Accepted);
        if (passed && remaining == 0)
        {
            c.MoveTo(PurchaseStatus.Settling);
        }
        audit.Record(actor.UserName, passed ? "purchase.accept" : "purchase.rework", Subject(c),
            $"milestone #{milestone.Sequence} {Yuan(milestone.AmountFen)} yuan; accepted in all {Yuan(c.AcceptedFen)}; {text}");
        if (provider?.VillageCode is { } village)
        {
            notifier.Add(NotificationAudience.Village(village), NotificationKind.PurchaseMilestoneDecided, c.Title, $"/village/purchase/{c.Id}");
        }
        await CompleteStepAsync(c, PurchaseSteps.Accept, actor, new { outcome = passed ? "pass" : "rework", remaining }, text.Length == 0 ? null : text, ct);
    }
}

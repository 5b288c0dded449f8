using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// AdmissionPrecheck: checks the submission as it now stands, keeps the result (both languages) as the record the
/// reviewers rely on, and sets the routing variables: outcome, townships to review, joint reviewers.
/// </summary>
public sealed class PrecheckActivity(AppDbContext db, ChinaClock clock, PrecheckService prechecker, Microsoft.Extensions.Options.IOptions<AdmissionOptions> options,
    VillageInboxCache inbox)
    : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionPrecheck";

    /// <summary>Run by a submitting command on the rows it wrote (<see cref="AdmissionActivityBase.HoldWritten"/>), the step evicts through it.</summary>
    protected override VillageInboxCache Inbox => inbox;

    protected override async Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var submittedOn = ChinaClock.DayOf(submission.SubmittedAtUtc ?? context.Now.UtcDateTime);
        // Reuses the context the submitting command built a moment ago when nothing it rests on changed since.
        var zh = await prechecker.PrecheckSubmissionAsync(submission, submittedOn, AppLanguage.ZhCn, ct);
        // The same findings in English: the check's reading of the text (most of its work) is reused, not redone.
        var en = Prechecker.Check(zh.Request, zh.Context, AppLanguage.En, zh.Analysis);
        var result = zh.Result;
        if (context.GetVariable<Guid?>("appealId") is { } appealId)
        {
            // Back from an appeal the joint-review office overruled: a person decides (PrecheckAppealVerdictActivity).
            var overruled = await Db.AppealFindings.AsNoTracking()
                .Where(f => f.AppealId == appealId && f.Verdict == Core.Admission.Appeals.FindingVerdict.Overruled).ToListAsync(ct);
            (result, en) = (Appeals.AppealedPrecheck.Apply(result, overruled, english: false), Appeals.AppealedPrecheck.Apply(en, overruled, english: true));
        }
        submission.PrecheckOutcome = result.Outcome;
        submission.PrecheckJson = JsonSerializer.Serialize(new StoredPrecheck(result, en), StoredPrecheck.Json);
        submission.MoveTo(SubmissionStatus.InReview);

        // After a return only the returning townships review again; the others' decisions stand.
        var pending = context.GetVariable<List<string>>("pendingTownships");
        var townships = pending is { Count: > 0 }
            ? pending
            : Villages(submission).Select(v => v.TownshipCode).Distinct().Order().ToList();
        context.SetVariable("outcome", result.Outcome.ToString());
        context.SetVariable("townships", townships);
        context.SetVariable("department", submission.DepartmentCode);
        if (result.Outcome == PrecheckOutcome.JointReview)
        {
            context.SetVariable("jointReviewers", await JointReviewersAsync(submission, context, ct));
            context.SetVariable("jointRatio", options.Value.RatioFor(Villages(submission).Select(v => v.DistrictCode).Distinct()));
            context.SetVariable("district", Villages(submission).Select(v => v.DistrictCode).Order().First());
        }
    }

    /// <summary>Every joint-review member of the districts the task reaches; none configured is an incident an operator must fix.</summary>
    private async Task<List<string>> JointReviewersAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var districts = Villages(submission).Select(v => v.DistrictCode).Distinct().ToList();
        var reviewers = await (
            from u in Db.Users
            join ur in Db.UserRoles on u.Id equals ur.UserId
            join r in Db.Roles on ur.RoleId equals r.Id
            where r.Name == AppRoles.JointReviewer && u.OrgUnitCode != null && districts.Contains(u.OrgUnitCode)
            orderby u.UserName
            select new { u.UserName, u.LockoutEnd }).ToListAsync(ct);
        // Locked members cannot sign; filtered here because SQLite cannot compare DateTimeOffset in SQL.
        var now = context.Now;
        var members = reviewers.Where(r => r.LockoutEnd is null || r.LockoutEnd < now).Select(r => r.UserName).OfType<string>().ToList();
        return members.Count > 0
            ? members
            : throw new InvalidOperationException($"No joint-review members are configured for {string.Join(", ", districts)}; add users with role JointReviewer, then retry this incident.");
    }
}

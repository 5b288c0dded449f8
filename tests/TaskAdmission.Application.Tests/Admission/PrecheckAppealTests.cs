using TaskAdmission.Testing.Admission;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Admission.Appeals;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// A department contests a pre-check refusal (复核申请); the district's joint-review office upholds or overrules each
/// finding; an overrule sends the submission to the joint review and lands in the list editors' queue. Each provider.
/// </summary>
public abstract class PrecheckAppealTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private const string Shiqiao = "990100100000";
    private const string ShiqiaoVillage = "990100100100";
    private const string Qingshan = "990100000000";
    private const string Baishui = "990200000000";
    private const string Yuntai = "990300000000";
    private static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    private static readonly Actor Head = new("mzhead", AppRoles.DepartmentHead, "CITY-MZ", null);
    private static readonly Actor OtherDepartment = new("gasubmitter", AppRoles.DepartmentSubmitter, "CITY-GA", null);
    private static readonly Actor Reviewer = new("jointreview", AppRoles.JointReviewer, null, Qingshan);
    private static readonly Actor CityListAdmin = Actor.ListAdministrator("listadmin", "990000000000");

    private Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        app.WithScopeAsync(services => action(services.GetRequiredService<TService>()));

    private Task<DateOnly> TodayAsync() => WithAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));

    /// <summary>A request the pre-check refuses (招商引资 is prohibited work), sent to one village's township (or the targets given).</summary>
    private async Task<Submission> RefusedAsync(string title, string target = Shiqiao, string description = "请各村完成年度招商引资任务。", string[]? targets = null)
    {
        var today = await TodayAsync();
        var input = AppealNotices.For(today, title, targets ?? [target], description);
        var submission = await WithAsync<AdmissionService, Submission>(s => s.CreateAsync(input, Submitter, start: true));
        var stored = await ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Rejected, stored.Status);
        return stored;
    }

    private Task<Submission> ReloadAsync(Guid id) => WithAsync<AdmissionService, Submission>(async s => (await s.GetAsync(id, Submitter))!);

    /// <summary>The appeals in the actor's 待办, where a joint reviewer meets them (the business key of the appeal task is the appeal's id).</summary>
    private async Task<List<string?>> AppealsToDoAsync(Actor actor) =>
        (await WithAsync<TodoService, TodoPage>(s => s.ListAsync(actor, new TodoFilter { Process = PrecheckAppealService.ProcessId })))
        .Rows.Select(r => r.BusinessKey).ToList();

    private static AppealInput Objections(Submission submission, AppealReason reason = AppealReason.OtherBody,
        string explanation = "招商引资由乡镇招商办承担，村里只转发通知，不承担任务指标。") =>
        new([.. PrecheckAppealService.Blocking(submission).Select((_, i) => new FindingObjection(i, reason, explanation))], "请人工复核");

    private Task<PrecheckAppeal> AppealAsync(Submission submission, Actor? actor = null, AppealInput? input = null) =>
        WithAsync<PrecheckAppealService, PrecheckAppeal>(s => s.AppealAsync(submission.Id, input ?? Objections(submission), actor ?? Submitter));

    private Task DecideAsync(PrecheckAppeal appeal, FindingVerdict verdict, Actor? reviewer = null, string? reason = "“招商引资”在此指乡镇的任务，村只转发通知，机审误判") =>
        WithAsync<PrecheckAppealService, int>(async s =>
        {
            await s.DecideAsync(appeal.Id, [.. appeal.Findings.Select(f => new FindingRuling(f.Position, verdict, reason))], "复核意见", reviewer ?? Reviewer);
            return 0;
        });

    /// <summary>The reviewer rules each finding as <paramref name="verdictOf"/> says (a reason for each overrule).</summary>
    private Task RuleAsync(PrecheckAppeal appeal, Func<int, FindingVerdict> verdictOf) =>
        WithAsync<PrecheckAppealService, int>(async s =>
        {
            await s.DecideAsync(appeal.Id, [.. appeal.Findings.Select(f => new FindingRuling(f.Position, verdictOf(f.Position),
                verdictOf(f.Position) == FindingVerdict.Overruled ? "此条机审误判，村只转发通知" : null))], "复核意见", Reviewer);
            return 0;
        });

    private Task<List<TaskAdmission.Workflows.Persistence.UserTaskRecord>> JointReviewTasksAsync(Submission submission) =>
        WithAsync<AdmissionService, List<TaskAdmission.Workflows.Persistence.UserTaskRecord>>(async s =>
            [.. (await s.ReviewTasksAsync(Reviewer)).Where(t => t.BusinessKey == submission.Id.ToString())]);

    private async Task<RefusalException> RefusedWithAsync(Func<Task> action) => await Assert.ThrowsAsync<RefusalException>(action);

    [Fact]
    public async Task Overruled_GoesBackToTheJointReview_WhichCanAdmit_AndTheFindingLandsInTheListEditorsQueue()
    {
        var submission = await RefusedAsync("复核撤销后特殊准入");
        var appeal = await AppealAsync(submission, Head);

        // The reviewer sees the text, each finding's span in its sentence, item, list version, basis and the department's reason.
        var seen = (await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, Reviewer)))!;
        var finding = Assert.Single(seen.Findings, f => f.Rule == "PROHIBITED_ITEM");
        Assert.Contains("招商引资", finding.Sentence);
        Assert.Equal("招商引资", finding.Sentence!.Substring(finding.SpanStart!.Value, finding.SpanLength!.Value));
        Assert.NotNull(finding.ListSet);
        Assert.Equal(AppealReason.OtherBody, finding.Reason);
        Assert.NotNull(seen.OpenTaskId);
        Assert.Contains(appeal.Id.ToString(), await AppealsToDoAsync(Reviewer));
        Assert.DoesNotContain(appeal.Id.ToString(), await AppealsToDoAsync(new Actor("bs", AppRoles.JointReviewer, null, Baishui)));

        await DecideAsync(appeal, FindingVerdict.Overruled);

        var reopened = await ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.InReview, reopened.Status);
        Assert.Equal(PrecheckOutcome.JointReview, reopened.PrecheckOutcome);
        var stored = StoredPrecheck.Read(reopened.PrecheckJson)!;
        Assert.DoesNotContain(stored.Zh.Findings, f => f.Severity == FindingSeverity.Block);
        Assert.Contains(stored.Zh.Findings, f => f.Rule == "PROHIBITED_ITEM" && f.Message.StartsWith(AppealedPrecheck.OverruledZh, StringComparison.Ordinal));
        Assert.Contains(stored.En.Findings, f => f.Rule == "PROHIBITED_ITEM" && f.Message.StartsWith(AppealedPrecheck.OverruledEn, StringComparison.Ordinal));
        Assert.Equal(AppealStatus.Overruled, (await WithAsync<PrecheckAppealService, AppealView?>(s => s.ForSubmissionAsync(submission.Id, Submitter)))!.Status);

        // The joint review decides as for any task outside the list (its own activities and form).
        var task = (await WithAsync<AdmissionService, IReadOnlyList<TaskAdmission.Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(Reviewer)))
            .Single(t => t.BusinessKey == submission.Id.ToString());
        Assert.Equal("JointReview", task.ElementId);
        await WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, DecisionKind.SpecialAdmission, "经复核属乡镇招商任务，村仅配合宣传", Reviewer));
        Assert.Equal(SubmissionStatus.SpecialAdmitted, (await ReloadAsync(submission.Id)).Status);

        var (notices, audit) = await WithAsync<AppDbContext, (List<Notification>, List<string>)>(async db => (
            await db.Notifications.Where(n => n.Audience == NotificationAudience.Department("CITY-MZ") && n.Subject == submission.Title).ToListAsync(),
            await db.AuditEntries.Where(a => a.Subject == $"submission:{submission.Number}").Select(a => a.Action).ToListAsync()));
        Assert.Contains(notices, n => n.Link == $"/admission/submissions/{submission.Id}");
        Assert.Contains("submission.appeal", audit);
        Assert.Contains("submission.appeal-decision", audit);
        Assert.Contains("submission.reopen", audit);

        // The list editors' queue: the rule, item, span, phrase and both reasons; a CSV; handled with a note.
        var row = Assert.Single(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin)),
            r => r.SubmissionNumber == submission.Number);
        Assert.Equal("PROHIBITED_ITEM", row.Rule);
        Assert.Equal("招商引资由乡镇招商办承担，村里只转发通知，不承担任务指标。", row.DepartmentExplanation);
        Assert.Contains("机审误判", row.ReviewerReason);
        Assert.Contains("招商引资", row.MatchedText ?? row.Sentence);
        Assert.False(row.Handled);
        Assert.Contains(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin, new MisjudgementFilter(Rule: "PROHIBITED_ITEM", Handled: false))),
            r => r.FindingId == row.FindingId);
        Assert.DoesNotContain(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin, new MisjudgementFilter(Rule: "LEAD_TIME"))),
            r => r.FindingId == row.FindingId);
        var csv = Encoding.UTF8.GetString(await WithAsync<PrecheckAppealService, byte[]>(s => s.MisjudgementsCsvAsync(CityListAdmin)));
        Assert.StartsWith("\uFEFFsubmission,rule,item", csv);
        Assert.Contains($"{submission.Number},PROHIBITED_ITEM,", csv);
        Assert.Contains("OtherBody,招商引资由乡镇招商办承担，村里只转发通知，不承担任务指标。", csv);

        await WithAsync<PrecheckAppealService, int>(async s => { await s.MarkHandledAsync(row.FindingId, "已在草稿 v7 调整短语", CityListAdmin); return 0; });
        var handled = Assert.Single(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin, new MisjudgementFilter(Handled: true))),
            r => r.FindingId == row.FindingId);
        Assert.Equal("已在草稿 v7 调整短语", handled.HandledNote);
        Assert.Equal(RefusalKind.Conflict, (await RefusedWithAsync(() => WithAsync<PrecheckAppealService, int>(async s =>
        {
            await s.MarkHandledAsync(row.FindingId, "again", CityListAdmin);
            return 0;
        }))).Kind);
        var tally = Assert.Single(await WithAsync<PrecheckAppealService, List<VerdictTally>>(s => s.TalliesAsync(CityListAdmin)), t => t.Rule == "PROHIBITED_ITEM" && t.ItemCode == row.ItemCode);
        Assert.True(tally.Overruled >= 1);
    }

    [Fact]
    public async Task Overruled_ThenTheJointReviewRejects_AndAPersonsRefusalCannotBeAppealed()
    {
        var submission = await RefusedAsync("复核撤销后联审不予准入");
        var appeal = await AppealAsync(submission);
        await DecideAsync(appeal, FindingVerdict.Overruled);
        var task = (await WithAsync<AdmissionService, IReadOnlyList<TaskAdmission.Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(Reviewer)))
            .Single(t => t.BusinessKey == submission.Id.ToString());
        await WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, DecisionKind.Reject, "确属招商引资任务，不予准入", Reviewer));

        var rejected = await ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Rejected, rejected.Status);
        Assert.Null(PrecheckAppealService.MachineRefusalOf(rejected));
        Assert.Null(await WithAsync<PrecheckAppealService, DateOnly?>(s => s.AppealableUntilAsync(submission.Id, Submitter)));
        Assert.Equal("AlreadyAppealed", (await RefusedWithAsync(() => AppealAsync(rejected))).Code);
    }

    [Fact]
    public async Task AllUpheld_KeepsTheRefusal_TellsTheDepartment_AndCountsForTheRule()
    {
        var submission = await RefusedAsync("复核维持");
        var appeal = await AppealAsync(submission);
        var before = await WithAsync<AppDbContext, int>(db => db.Notifications.CountAsync(n => n.Audience == NotificationAudience.Department("CITY-MZ") && n.Subject == submission.Title));
        await DecideAsync(appeal, FindingVerdict.Upheld, reason: null);

        var kept = await ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Rejected, kept.Status);
        Assert.Equal(submission.WorkflowInstanceId, kept.WorkflowInstanceId);
        var view = (await WithAsync<PrecheckAppealService, AppealView?>(s => s.ForSubmissionAsync(submission.Id, Submitter)))!;
        Assert.Equal(AppealStatus.Upheld, view.Status);
        Assert.All(view.Findings, f => Assert.Equal(FindingVerdict.Upheld, f.Verdict));
        Assert.Null(view.OpenTaskId);
        Assert.Equal(before + 1, await WithAsync<AppDbContext, int>(db => db.Notifications.CountAsync(n => n.Audience == NotificationAudience.Department("CITY-MZ") && n.Subject == submission.Title)));
        Assert.DoesNotContain(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin)), r => r.AppealId == appeal.Id);
        Assert.Contains(await WithAsync<PrecheckAppealService, List<VerdictTally>>(s => s.TalliesAsync(CityListAdmin)), t => t.Rule == "PROHIBITED_ITEM" && t.Upheld >= 1);
        // Decided once: a second appeal is a conflict.
        Assert.Equal("AlreadyAppealed", (await RefusedWithAsync(() => AppealAsync(kept))).Code);
    }

    [Fact]
    public async Task OnlyTheOwnDepartment_OnlyAMachineRefusal_AndOneAppealForARetriedRequest()
    {
        var submission = await RefusedAsync("复核范围");
        Assert.Equal(RefusalKind.NotFound, (await RefusedWithAsync(() => AppealAsync(submission, OtherDepartment))).Kind);
        Assert.Equal(RefusalKind.NotFound, (await RefusedWithAsync(() => AppealAsync(submission, Reviewer))).Kind);
        Assert.Null(await WithAsync<PrecheckAppealService, DateOnly?>(s => s.AppealableUntilAsync(submission.Id, OtherDepartment)));
        Assert.NotNull(await WithAsync<PrecheckAppealService, DateOnly?>(s => s.AppealableUntilAsync(submission.Id, Submitter)));

        var first = await AppealAsync(submission);
        var retried = await RefusedWithAsync(() => AppealAsync(submission));
        Assert.Equal((RefusalKind.Conflict, "AlreadyAppealed"), (retried.Kind, retried.Code));
        Assert.Equal(1, await WithAsync<AppDbContext, int>(db => db.PrecheckAppeals.CountAsync(a => a.SubmissionId == submission.Id)));
        Assert.Null(await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(first.Id, OtherDepartment)));
        Assert.Null(await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(first.Id, new Actor("bs", AppRoles.JointReviewer, null, Baishui))));
        Assert.Empty(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(Submitter)));

        // A submission in review was not refused by the machine.
        var today = await TodayAsync();
        var inReview = await WithAsync<AdmissionService, Submission>(s => s.CreateAsync(AppealNotices.For(today, "农村留守老人关爱走访(复核)", [Shiqiao], "请各村每季度入户走访独居和留守老人,填写关爱服务记录。"), Submitter, start: true));
        var notRefused = await RefusedWithAsync(() => WithAsync<PrecheckAppealService, PrecheckAppeal>(s => s.AppealAsync(inReview.Id, new([new(0, AppealReason.Other, "这不是机审不予准入的事项")], null), Submitter)));
        Assert.Equal((RefusalKind.Conflict, "NotAppealable"), (notRefused.Kind, notRefused.Code));
    }

    [Fact]
    public async Task BadInput_IsRefusedFieldByField_AndNothingIsStored()
    {
        var submission = await RefusedAsync("复核填写");
        var count = PrecheckAppealService.Blocking(submission).Count;
        Assert.True(count >= 1);
        var refused = await RefusedWithAsync(() => AppealAsync(submission, input: new([new FindingObjection(0, null, "太短")], new string('注', PrecheckAppeal.NoteMax + 1))));
        Assert.Equal(RefusalKind.Invalid, refused.Kind);
        var fields = refused.ProblemsOf<FieldProblem>().Select(p => (p.Field, p.Code)).ToList();
        Assert.Contains(("findings[0].reason", "AppealReasonRequired"), fields);
        Assert.Contains(("findings[0].explanation", "AppealExplanationTooShort"), fields);
        Assert.Contains(("note", "TooLong"), fields);
        var tooLong = await RefusedWithAsync(() => AppealAsync(submission, input: Objections(submission, explanation: new string('长', AppealFinding.ExplanationMax + 1))));
        Assert.Contains(tooLong.ProblemsOf<FieldProblem>(), p => p is { Field: "findings[0].explanation", Code: "TooLong" });
        var empty = await RefusedWithAsync(() => AppealAsync(submission, input: new([], null)));
        Assert.Contains(empty.ProblemsOf<FieldProblem>(), p => p is { Field: "findings[0].reason", Code: "AppealReasonRequired" });
        Assert.Equal(0, await WithAsync<AppDbContext, int>(db => db.PrecheckAppeals.CountAsync(a => a.SubmissionId == submission.Id)));

        // The reviewer must rule on every finding, and give a reason to overrule.
        var appeal = await AppealAsync(submission);
        var noReason = await RefusedWithAsync(() => DecideAsync(appeal, FindingVerdict.Overruled, reason: " "));
        Assert.Contains(noReason.ProblemsOf<FieldProblem>(), p => p is { Field: "findings[0].reason", Code: "ReasonRequired" });
        var none = await RefusedWithAsync(() => WithAsync<PrecheckAppealService, int>(async s => { await s.DecideAsync(appeal.Id, [], null, Reviewer); return 0; }));
        Assert.Contains(none.ProblemsOf<FieldProblem>(), p => p is { Field: "findings[0].verdict", Code: "VerdictRequired" });
        Assert.Equal(SubmissionStatus.Rejected, (await ReloadAsync(submission.Id)).Status);
        Assert.Equal(AppealStatus.Open, (await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, Reviewer)))!.Status);
    }

    [Fact]
    public async Task Window_IsTenWorkingDaysFromTheRefusal_OnTheCalendar()
    {
        var submission = await RefusedAsync("复核期限");
        var refusedAt = submission.Decisions.Single().DecidedAtUtc;
        var deadline = await WithAsync<PrecheckAppealService, DateOnly>(s => Task.FromResult(s.AppealDeadline(refusedAt, Qingshan)));
        // Ten working days always span a weekend at least (twelve calendar days from a Sunday): the window is not ten calendar days.
        Assert.True(deadline.DayNumber - ChinaClock.DayOf(refusedAt).DayNumber >= 12);

        // The department acts on the deadline's last afternoon, and on the morning after it (China time).
        var late = await RefusedWithAsync(() => AppealAtAsync(deadline.AddDays(1), new TimeOnly(1, 0)));
        Assert.Equal((RefusalKind.Conflict, "AppealWindowClosed"), (late.Kind, late.Code));
        Assert.Equal(0, await WithAsync<AppDbContext, int>(db => db.PrecheckAppeals.CountAsync(a => a.SubmissionId == submission.Id)));
        var appeal = await AppealAtAsync(deadline, new TimeOnly(9, 0));
        Assert.Equal(AppealStatus.Open, appeal.Status);

        Task<PrecheckAppeal> AppealAtAsync(DateOnly day, TimeOnly utc) => app.WithScopeAsync(services =>
        {
            var clock = new ChinaClock(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(day.ToDateTime(utc), TimeSpan.Zero)));
            return ActivatorUtilities.CreateInstance<PrecheckAppealService>(services, clock).AppealAsync(submission.Id, Objections(submission), Submitter);
        });
    }

    [Fact]
    public async Task TwoReviewersAtOnce_OneWins_AndTheOtherDistrictCannotDecide()
    {
        const string bsTownship = "990200100000";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserService>();
            var db = services.GetRequiredService<AppDbContext>();
            foreach (var name in new[] { "bs-appeal-a", "bs-appeal-b" })
            {
                if (!await db.Users.AnyAsync(u => u.UserName == name))
                {
                    Assert.NotEmpty(await users.CreateAsync(new(name, name, "Joint@Pass123", AppRoles.JointReviewer, Baishui), Actor.SystemAdministrator("test")));
                }
            }
            return 0;
        });
        var a = new Actor("bs-appeal-a", AppRoles.JointReviewer, null, Baishui);
        var b = new Actor("bs-appeal-b", AppRoles.JointReviewer, null, Baishui);
        var submission = await RefusedAsync("复核并发", bsTownship);
        var appeal = await AppealAsync(submission);
        Assert.Equal(Baishui, appeal.DistrictCode);

        Assert.Equal(RefusalKind.NotFound, (await RefusedWithAsync(() => DecideAsync(appeal, FindingVerdict.Overruled, Reviewer))).Kind);
        Assert.NotNull((await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, b)))!.OpenTaskId);
        await DecideAsync(appeal, FindingVerdict.Upheld, a, reason: null);
        var lost = await RefusedWithAsync(() => DecideAsync(appeal, FindingVerdict.Overruled, b));
        Assert.Equal((RefusalKind.Conflict, "TaskGone"), (lost.Kind, lost.Code));

        var view = (await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, b)))!;
        Assert.Equal(("bs-appeal-a", AppealStatus.Upheld), (view.DecidedBy, view.Status));
        Assert.All(view.Findings, f => Assert.Equal(FindingVerdict.Upheld, f.Verdict));
        Assert.Equal(SubmissionStatus.Rejected, (await ReloadAsync(submission.Id)).Status);
        // A district list administrator sees its own district's verdicts only.
        Assert.Contains(await WithAsync<PrecheckAppealService, List<VerdictTally>>(s => s.TalliesAsync(Actor.ListAdministrator("bs-list", Baishui))), t => t.Upheld >= 1);
        Assert.Empty(await WithAsync<PrecheckAppealService, List<VerdictTally>>(s => s.TalliesAsync(Actor.ListAdministrator("qs-list", "990300000000"))));
    }

    [Fact]
    public async Task AVillage_NeverSeesARefusedOrAppealedTask()
    {
        var submission = await RefusedAsync("复核村不可见");
        var village = new Actor("village", AppRoles.VillageCommittee, null, ShiqiaoVillage);
        async Task AssertUnseenAsync()
        {
            var inbox = await WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(s => s.OpenAsync(village));
            Assert.DoesNotContain(inbox.SelectMany(g => g.Assignments), x => x.SubmissionId == submission.Id);
            Assert.Equal(0, await WithAsync<AppDbContext, int>(db => db.Assignments.CountAsync(x => x.SubmissionId == submission.Id)));
            Assert.Null(await WithAsync<PrecheckAppealService, AppealView?>(s => s.ForSubmissionAsync(submission.Id, village)));
        }

        await AssertUnseenAsync();
        var appeal = await AppealAsync(submission);
        await AssertUnseenAsync();
        await DecideAsync(appeal, FindingVerdict.Overruled);
        Assert.Equal(SubmissionStatus.InReview, (await ReloadAsync(submission.Id)).Status);
        await AssertUnseenAsync();
    }

    [Fact]
    public async Task OneFindingUpheld_KeepsTheRefusal_AndTheOverruledOneStillReachesTheListEditors()
    {
        // Two prohibited items: 招商引资 and 代征税款. The office confirms one and overrules the other.
        var submission = await RefusedAsync("复核部分维持", description: "请各村完成年度招商引资任务。村委会每月代征本村个体工商户税款，按时足额上缴。");
        var blocking = PrecheckAppealService.Blocking(submission);
        Assert.True(blocking.Count >= 2, string.Join("; ", blocking.Select(f => $"{f.Rule}/{f.ItemCode}")));
        var appeal = await AppealAsync(submission);

        await RuleAsync(appeal, position => position == 0 ? FindingVerdict.Upheld : FindingVerdict.Overruled);

        var kept = await ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Rejected, kept.Status);
        Assert.Equal(submission.WorkflowInstanceId, kept.WorkflowInstanceId);
        Assert.NotNull(PrecheckAppealService.MachineRefusalOf(kept));
        Assert.Empty(await JointReviewTasksAsync(submission));
        var view = (await WithAsync<PrecheckAppealService, AppealView?>(s => s.ForSubmissionAsync(submission.Id, Submitter)))!;
        Assert.Equal(AppealStatus.Upheld, view.Status);
        Assert.Equal(FindingVerdict.Upheld, view.Findings[0].Verdict);
        Assert.All(view.Findings.Skip(1), f => Assert.Equal(FindingVerdict.Overruled, f.Verdict));
        // The machine was wrong on the others all the same: they are misjudgements for the list editors.
        Assert.Equal(blocking.Count - 1, (await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin)))
            .Count(r => r.AppealId == appeal.Id));
    }

    [Fact]
    public async Task AReopenedSubmission_WhosePrecheckStillBlocks_CanOnlyBeRejectedByTheJointReview()
    {
        var submission = await RefusedAsync("复核撤销后仍有禁止事项");
        var appeal = await AppealAsync(submission);
        await DecideAsync(appeal, FindingVerdict.Overruled);
        // The re-check finds a block again (as when the list gained an item since the refusal): the stored pre-check says so.
        await WithAsync<AppDbContext, int>(async db =>
        {
            var stored = await db.Submissions.SingleAsync(s => s.Id == submission.Id);
            var precheck = StoredPrecheck.Read(stored.PrecheckJson)!;
            static PrecheckResult Block(PrecheckResult r) =>
                r with { Findings = [.. r.Findings.Select(f => f.Rule == PrecheckRules.ProhibitedItem ? f with { Severity = FindingSeverity.Block } : f)] };
            stored.PrecheckJson = JsonSerializer.Serialize(new StoredPrecheck(Block(precheck.Zh), Block(precheck.En)), StoredPrecheck.Json);
            return await db.SaveChangesAsync();
        });
        var task = Assert.Single(await JointReviewTasksAsync(submission));

        foreach (var kind in new[] { DecisionKind.SpecialAdmission, DecisionKind.PurchaseOfService })
        {
            var refused = await RefusedWithAsync(() => WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, kind, "复核已撤销，准予特殊准入", Reviewer)));
            Assert.Equal((RefusalKind.Conflict, "PrecheckStillBlocks"), (refused.Kind, refused.Code));
        }
        Assert.Equal(SubmissionStatus.InReview, (await ReloadAsync(submission.Id)).Status);
        Assert.Equal(0, await WithAsync<AppDbContext, int>(db => db.Assignments.CountAsync(x => x.SubmissionId == submission.Id)));
        Assert.Contains("未经人工复核撤销", SubmissionMessages.Text(new FieldProblem("", "PrecheckStillBlocks"), AppLanguage.ZhCn));
        Assert.Contains("can only reject", SubmissionMessages.Text(new FieldProblem("", "PrecheckStillBlocks"), AppLanguage.En));

        await WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, DecisionKind.Reject, "仍含禁止事项，不予准入", Reviewer));
        Assert.Equal(SubmissionStatus.Rejected, (await ReloadAsync(submission.Id)).Status);
    }

    [Fact]
    public async Task ARevisedSubmission_CannotBeAppealed_AndAnAppealedOne_CannotBeRevisedUntilDecided()
    {
        // Revised as new first: the work lives on in the revision, so the refusal is not appealed as well.
        var revised = await RefusedAsync("复核与修改重提(先修改)");
        var copy = await WithAsync<AdmissionService, Submission>(s => s.ReviseAsNewAsync(revised.Id, Submitter));
        Assert.Equal(revised.Id, copy.RevisionOf);
        Assert.Null(await WithAsync<PrecheckAppealService, DateOnly?>(s => s.AppealableUntilAsync(revised.Id, Submitter)));
        var refused = await RefusedWithAsync(() => AppealAsync(revised));
        Assert.Equal((RefusalKind.Conflict, "RevisedAsNew"), (refused.Kind, refused.Code));
        Assert.Equal(0, await WithAsync<AppDbContext, int>(db => db.PrecheckAppeals.CountAsync(a => a.SubmissionId == revised.Id)));

        // Appealed first: no revision while the office has not ruled; once the refusal is upheld, revising is the way on.
        var appealed = await RefusedAsync("复核与修改重提(先复核)");
        var appeal = await AppealAsync(appealed);
        var pending = await RefusedWithAsync(() => WithAsync<AdmissionService, Submission>(s => s.ReviseAsNewAsync(appealed.Id, Submitter)));
        Assert.Equal((RefusalKind.Conflict, "AppealPending"), (pending.Kind, pending.Code));
        Assert.Equal(0, await WithAsync<AppDbContext, int>(db => db.Submissions.CountAsync(s => s.RevisionOf == appealed.Id)));
        await DecideAsync(appeal, FindingVerdict.Upheld, reason: null);
        Assert.Equal(appealed.Id, (await WithAsync<AdmissionService, Submission>(s => s.ReviseAsNewAsync(appealed.Id, Submitter))).RevisionOf);
    }

    [Fact]
    public async Task ATaskReachingTwoDistricts_IsDecidedByTheFirstInCodeOrder_ReadByBoth_AndItsMisjudgementsReachBothListAdministrators()
    {
        const string baishuiTownship = "990200100000";
        var submission = await RefusedAsync("复核两区", targets: [baishuiTownship, Shiqiao]);
        var baishuiReviewer = new Actor("bs-two-districts", AppRoles.JointReviewer, null, Baishui);
        var outsider = new Actor("yt-two-districts", AppRoles.JointReviewer, null, Yuntai);

        var appeal = await AppealAsync(submission);

        // The lead district decides, whichever the department listed first; both are stored on the appeal.
        Assert.Equal(Qingshan, submission.Decisions.Single().OrgUnitCode);
        Assert.Equal(Qingshan, appeal.DistrictCode);
        Assert.Equal([Qingshan, Baishui], appeal.Districts.Select(d => d.DistrictCode));
        Assert.Contains(appeal.Id.ToString(), await AppealsToDoAsync(Reviewer));

        // Baishui's joint reviewers read it (read-only); a district it does not reach sees nothing; a village nothing.
        var read = await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, baishuiReviewer));
        Assert.NotNull(read);
        Assert.Equal([Qingshan, Baishui], read.Districts);
        Assert.False(read.DecidableBy(baishuiReviewer));
        Assert.True((await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, Reviewer)))!.DecidableBy(Reviewer));
        Assert.NotNull(await WithAsync<PrecheckAppealService, AppealView?>(s => s.ForSubmissionAsync(submission.Id, baishuiReviewer)));
        Assert.Null(await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, outsider)));
        Assert.Null(await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, new Actor("village", AppRoles.VillageCommittee, null, "990200100100"))));
        Assert.Equal(RefusalKind.NotFound, (await RefusedWithAsync(() => DecideAsync(appeal, FindingVerdict.Overruled, baishuiReviewer))).Kind);
        Assert.Equal(AppealStatus.Open, read.Status);

        await DecideAsync(appeal, FindingVerdict.Overruled);

        // Baishui sees who decided; its list administrators see the overruled finding, its CSV and its tallies.
        var decided = (await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, baishuiReviewer)))!;
        Assert.Equal(("jointreview", AppealStatus.Overruled), (decided.DecidedBy, decided.Status));
        foreach (var district in new[] { Baishui, Qingshan })
        {
            var admin = Actor.ListAdministrator($"list-{district}", district);
            Assert.Contains(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(admin)), r => r.AppealId == appeal.Id);
            Assert.Contains($"{submission.Number},PROHIBITED_ITEM,", Encoding.UTF8.GetString(await WithAsync<PrecheckAppealService, byte[]>(s => s.MisjudgementsCsvAsync(admin))));
            Assert.Contains(await WithAsync<PrecheckAppealService, List<VerdictTally>>(s => s.TalliesAsync(admin)), t => t.Rule == "PROHIBITED_ITEM" && t.Overruled >= 1);
        }
        var elsewhere = Actor.ListAdministrator("list-yuntai", Yuntai);
        Assert.DoesNotContain(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(elsewhere)), r => r.AppealId == appeal.Id);
        Assert.DoesNotContain(submission.Number, Encoding.UTF8.GetString(await WithAsync<PrecheckAppealService, byte[]>(s => s.MisjudgementsCsvAsync(elsewhere))));
        Assert.Null(await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, elsewhere)));
        Assert.Empty(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(new Actor("village", AppRoles.VillageCommittee, null, "990200100100"))));
    }

    [Fact]
    public async Task TheMigrationsBackFill_GivesAnAppealMadeBeforeIt_EveryDistrictOfItsSubmissionsVillages()
    {
        var submission = await RefusedAsync("复核区县回填", targets: ["990200100000", Shiqiao]);
        var appeal = await AppealAsync(submission);
        // As an appeal made before the districts were kept: none stored. Then the migration's back-fill statements run.
        var districts = await WithAsync<AppDbContext, List<string>>(async db =>
        {
            await db.AppealDistricts.Where(d => d.AppealId == appeal.Id).ExecuteDeleteAsync();
            var provider = db.Database.IsNpgsql() ? "Postgres" : "Sqlite";
            var resource = $"TaskAdmission.Application.Persistence.Migrations.{provider}.20261205072558_AppealDistrictsAndEnglish.sql";
            using var reader = new StreamReader(typeof(AppDbContext).Assembly.GetManifestResourceStream(resource)!);
            var statements = (await reader.ReadToEndAsync()).Split(";\n").Select(x => string.Join('\n', x.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal))).Trim())
                .Where(x => x.StartsWith("INSERT", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, statements.Count);
            foreach (var statement in statements)
            {
                await db.Database.ExecuteSqlRawAsync(statement);
            }
            return await db.AppealDistricts.Where(d => d.AppealId == appeal.Id).Select(d => d.DistrictCode).OrderBy(d => d).ToListAsync();
        });

        Assert.Equal([Qingshan, Baishui], districts);
        Assert.NotNull(await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, new Actor("bs-backfill", AppRoles.JointReviewer, null, Baishui))));
    }

    [Fact]
    public async Task AnAppealKeepsEachFindingInBothLanguages_AsTheStoredPrecheckHadThem()
    {
        var submission = await RefusedAsync("复核双语");
        var stored = StoredPrecheck.Read(submission.PrecheckJson)!;
        var zh = stored.Zh.Findings.First(f => f.Severity == FindingSeverity.Block);
        var en = stored.En.Findings.First(f => f.Severity == FindingSeverity.Block);
        Assert.NotEqual(zh.Message, en.Message);

        var appeal = await AppealAsync(submission);

        var finding = (await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, Reviewer)))!.Findings[0];
        Assert.Equal(zh.Message, finding.MessageIn(english: false));
        Assert.Equal(en.Message, finding.MessageIn(english: true));
        Assert.Equal(en.LegalBasis, finding.LegalBasisIn(english: true));
        // Kept on the appeal: what the submission's stored pre-check says later does not change what was appealed.
        await WithAsync<AppDbContext, int>(db => db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.PrecheckJson, (string?)null)));
        Assert.Equal(en.Message, (await WithAsync<PrecheckAppealService, AppealView?>(s => s.GetAsync(appeal.Id, Reviewer)))!.Findings[0].MessageIn(english: true));
        await DecideAsync(appeal, FindingVerdict.Overruled);
        var row = Assert.Single(await WithAsync<PrecheckAppealService, List<MisjudgementRow>>(s => s.MisjudgementsAsync(CityListAdmin)), r => r.AppealId == appeal.Id);
        Assert.Equal((zh.Message, en.Message), (row.MessageIn(english: false), row.MessageIn(english: true)));
    }

    [Fact]
    public async Task Csv_DisarmsAFormulaBehindALeadingTab()
    {
        var submission = await RefusedAsync("复核导出公式", description: "请各村做好以下工作。\n\t=HYPERLINK(\"http://x\",\"详情\")各村完成年度招商引资任务。");
        var appeal = await AppealAsync(submission);
        await DecideAsync(appeal, FindingVerdict.Overruled);

        var csv = Encoding.UTF8.GetString(await WithAsync<PrecheckAppealService, byte[]>(s => s.MisjudgementsCsvAsync(CityListAdmin)));

        var line = Assert.Single(csv.Split("\r\n"), l => l.StartsWith(submission.Number + ",", StringComparison.Ordinal));
        Assert.Contains("\"'\t=HYPERLINK(\"\"http://x\"\"", line);
        Assert.DoesNotContain("\"\t=HYPERLINK", line);
    }

    [Fact]
    public async Task TwoListEditorsMarkingOneFindingHandled_TheFirstNoteStands_AndTheOtherIsTold()
    {
        var submission = await RefusedAsync("复核误判并发处理");
        var appeal = await AppealAsync(submission);
        await DecideAsync(appeal, FindingVerdict.Overruled);
        var findingId = await WithAsync<AppDbContext, Guid>(db => db.AppealFindings.Where(f => f.AppealId == appeal.Id).Select(f => f.Id).FirstAsync());

        // The second editor's request read the finding (not handled yet) before the first one's was saved.
        var late = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            Assert.Null((await db.AppealFindings.SingleAsync(f => f.Id == findingId)).HandledAtUtc);
            await WithAsync<PrecheckAppealService, int>(async s => { await s.MarkHandledAsync(findingId, "第一位：已在草稿 v7 调整短语", CityListAdmin); return 0; });
            return await Assert.ThrowsAsync<RefusalException>(() => services.GetRequiredService<PrecheckAppealService>()
                .MarkHandledAsync(findingId, "第二位：另行处理", Actor.ListAdministrator("listadmin2", "990000000000")));
        });

        Assert.Equal((RefusalKind.Conflict, "AlreadyHandled"), (late.Kind, late.Code));
        var (note, by, entries) = await WithAsync<AppDbContext, (string?, string?, int)>(async db => (
            await db.AppealFindings.Where(f => f.Id == findingId).Select(f => f.HandledNote).SingleAsync(),
            await db.AppealFindings.Where(f => f.Id == findingId).Select(f => f.HandledBy).SingleAsync(),
            await db.AuditEntries.CountAsync(a => a.Subject == $"submission:{submission.Number}" && a.Action == "appeal.finding-handled")));
        Assert.Equal(("第一位：已在草稿 v7 调整短语", "listadmin", 1), (note, by, entries));
    }

    [Fact]
    public async Task ARefusalWithoutADistrict_HasTheSameWindowOnThePageAsInTheAppeal()
    {
        var submission = await RefusedAsync("复核期限无区县");
        var refusedAt = submission.Decisions.Single().DecidedAtUtc;
        // A refusal with no district recorded (the decisions are append-only: their triggers are set aside for this).
        await WithAsync<AppDbContext, int>(async db =>
        {
            await AuditTampering.WithoutTriggersAsync(db, "decisions", () =>
                db.Decisions.Where(d => d.SubmissionId == submission.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.OrgUnitCode, "")));
            return 0;
        });
        // One working day in general, thirty in Qingshan (the submission's district); the department comes back on a day between.
        var options = new AdmissionOptions { AppealWindowWorkingDays = 1, AppealWindowsWorkingDays = { [Qingshan] = 30 } };
        var (general, qingshan) = await app.WithScopeAsync(services =>
        {
            var service = ActivatorUtilities.CreateInstance<PrecheckAppealService>(services, Microsoft.Extensions.Options.Options.Create(options));
            return Task.FromResult((service.AppealDeadline(refusedAt, ""), service.AppealDeadline(refusedAt, Qingshan)));
        });
        Assert.True(general.AddDays(3) < qingshan);
        var day = general.AddDays(3);

        var (offered, appeal) = await app.WithScopeAsync(async services =>
        {
            var clock = new ChinaClock(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero)));
            var service = ActivatorUtilities.CreateInstance<PrecheckAppealService>(services, clock, Microsoft.Extensions.Options.Options.Create(options));
            var until = await service.AppealableUntilAsync(submission.Id, Submitter);
            return (until, await service.AppealAsync(submission.Id, Objections(submission), Submitter));
        });

        Assert.Equal(qingshan, offered);
        Assert.Equal(Qingshan, appeal.DistrictCode);
    }
}

public sealed class SqlitePrecheckAppealTests(SqliteApplicationHost app) : PrecheckAppealTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresPrecheckAppealTests(PostgresApplicationHost app) : PrecheckAppealTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;

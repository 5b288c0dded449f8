using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// The joint decision, the emergency admission and the post-hoc review read the submission's village rows without
/// tracking them and write its status with one version-guarded UPDATE: what the change tracker did for them — refuse a
/// step whose submission changed meanwhile, admit and dispatch the villages, cancel a revoked township's work — they
/// still do.
/// </summary>
public abstract class UntrackedStepTests<TApp>(TApp app) where TApp : ApplicationHost
{
    protected const string Other = "990199000001";
    protected static readonly Actor JointMember = new("jointreview", AppRoles.JointReviewer, null, VillageScenario.Qingshan);

    protected VillageScenario Scenario { get; } = new(app.Services);

    protected TApp App => app;

    /// <summary>A task no list covers, to one township: the pre-check sends it to the district's joint review.</summary>
    protected async Task<Submission> SubmitForJointReviewAsync(string title)
    {
        var today = await Scenario.TodayAsync();
        var input = VillageScenario.Input(today, title, [VillageScenario.Shiqiao]);
        input = input with { Request = input.Request with { ClaimedItemCodes = [], Description = $"{title}：在各村设立快递收发点。" } };
        var submission = await Scenario.WithAsync<AdmissionService, Submission>(s => s.CreateAsync(input, VillageScenario.Submitter, start: true));
        Assert.Equal(PrecheckOutcome.JointReview, (await Scenario.ReloadAsync(submission.Id)).PrecheckOutcome);
        return submission;
    }

    protected async Task<Guid> TaskForAsync(Actor actor, Guid submissionId) =>
        (await Scenario.WithAsync<AdmissionService, IReadOnlyList<TaskAdmission.Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(actor)))
            .Single(t => t.BusinessKey == submissionId.ToString()).Id;

    protected Task<List<Assignment>> AssignmentsAsync(Guid submissionId) =>
        Scenario.WithAsync<AppDbContext, List<Assignment>>(db => db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submissionId).ToListAsync());

    /// <summary>
    /// The deciding request reads the submission (version v); another request changes it and commits before the
    /// decision's step writes; returns the refusal the decision met (null if it went through).
    /// </summary>
    private Task<RefusalException?> DecideAfterAnotherRequestChangedItAsync(Submission submission, Guid task, DecisionKind kind, string reason, string? conditions = null) =>
        Scenario.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            Assert.Equal(submission.Version, (await db.Submissions.FirstAsync(s => s.Id == submission.Id)).Version);
            await Scenario.WithAsync<AppDbContext, int>(other => other.Submissions.Where(s => s.Id == submission.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1)));
            return await Refusals.CatchAsync(() => services.GetRequiredService<AdmissionService>().DecideAsync(task, kind, reason, JointMember, conditions));
        });

    [Fact]
    public async Task JointDecision_RefusesTheStep_WhenTheSubmissionChangedAfterTheDecisionReadIt_AndChangesNothing()
    {
        var submission = await SubmitForJointReviewAsync("联审并发修改");
        var task = await TaskForAsync(JointMember, submission.Id);

        // The deciding request reads the submission (version v); another request changes it and commits before the
        // countersign's step writes. The step's UPDATE is guarded by v: the decision is refused, as a lost race.
        var refusal = await DecideAfterAnotherRequestChangedItAsync(submission, task, DecisionKind.SpecialAdmission, "确有必要", "每村每年不超过4次");

        Assert.Equal(RefusalKind.Conflict, refusal?.Kind);
        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.InReview, stored.Status);
        Assert.Equal(submission.Version + 1, stored.Version); // the other request's change, and nothing of the refused step
        Assert.All(stored.Villages, v => Assert.False(v.Admitted));
        Assert.DoesNotContain(stored.Decisions, d => d.Kind == DecisionKind.SpecialAdmission);
        Assert.Empty(await AssignmentsAsync(submission.Id));
        Assert.Equal(task, await TaskForAsync(JointMember, submission.Id)); // still open: the member may decide again

        // Decided again on the submission as it now stands, it is admitted.
        await Scenario.WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task, DecisionKind.SpecialAdmission, "确有必要", JointMember));
        Assert.Equal(SubmissionStatus.SpecialAdmitted, (await Scenario.ReloadAsync(submission.Id)).Status);
    }

    [Fact]
    public async Task JointRejection_RefusesTheStep_WhenTheSubmissionChangedAfterTheDecisionReadIt_AndChangesNothing()
    {
        // A rejection leaves the task unadmitted, so its step writes the status with its save, checked by the version read.
        var submission = await SubmitForJointReviewAsync("联审不同意并发修改");
        var task = await TaskForAsync(JointMember, submission.Id);

        var refusal = await DecideAfterAnotherRequestChangedItAsync(submission, task, DecisionKind.Reject, "不属于村级职责");

        Assert.Equal(RefusalKind.Conflict, refusal?.Kind);
        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.InReview, stored.Status);
        Assert.Equal(submission.Version + 1, stored.Version);
        Assert.DoesNotContain(stored.Decisions, d => d.Kind == DecisionKind.Reject);
        Assert.Equal(task, await TaskForAsync(JointMember, submission.Id));

        await Scenario.WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task, DecisionKind.Reject, "不属于村级职责", JointMember));
        Assert.Equal(SubmissionStatus.Rejected, (await Scenario.ReloadAsync(submission.Id)).Status);
    }

    [Fact]
    public async Task JointRejection_RejectsWithoutAdmittingOrDispatching()
    {
        var submission = await SubmitForJointReviewAsync("联审不同意");

        await Scenario.WithAsync<AdmissionService, Decision>(async s => await s.DecideAsync(await TaskForAsync(JointMember, submission.Id), DecisionKind.Reject, "不属于村级职责", JointMember));

        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Rejected, stored.Status);
        Assert.True(stored.Version > submission.Version);
        Assert.All(stored.Villages, v => Assert.False(v.Admitted));
        Assert.Single(stored.Decisions, d => d.Kind == DecisionKind.Reject && d.WorkflowTaskId is null);
        Assert.Empty(await AssignmentsAsync(submission.Id));
    }

    [Fact]
    public async Task Emergency_AdmitsAtOnce_ThenARevokingPostReview_TakesExactlyThatTownshipsVillagesOut()
    {
        var submission = await Scenario.SubmitEmergencyAsync("汛期紧急排查", VillageScenario.Shiqiao, VillageScenario.Liulin);
        var admitted = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.EmergencyAdmitted, admitted.Status);
        Assert.All(admitted.Villages, v => Assert.True(v.Admitted));
        Assert.Equal(admitted.Villages.Count, (await AssignmentsAsync(submission.Id)).Count);

        await Scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.PostReviewConfirmed, "确属突发");
        await Scenario.DecideAsync(submission.Id, VillageScenario.Liulin, DecisionKind.PostReviewRevoked, "本镇未受灾");

        var reviewed = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.EmergencyAdmitted, reviewed.Status);
        Assert.True(reviewed.Version > admitted.Version);
        Assert.All(reviewed.Villages, v => Assert.Equal(v.TownshipCode == VillageScenario.Shiqiao, v.Admitted));
        var assignments = await AssignmentsAsync(submission.Id);
        var liulin = reviewed.Villages.Where(v => v.TownshipCode == VillageScenario.Liulin).Select(v => v.VillageCode).ToHashSet();
        Assert.All(assignments, a => Assert.Equal(liulin.Contains(a.VillageCode), a.Status == AssignmentStatus.Cancelled));
    }

    /// <summary>
    /// Submits in a scope of its own and, in that scope after the command, what the context tracks of the submission and
    /// whether a further save of the context writes anything (rows in the submission's collection that the context did not
    /// track would be taken for new ones).
    /// </summary>
    protected async Task<(Submission Submission, int TrackedRows, EntityState State, int SavedAfter)> SubmitInScopeAsync(SubmissionInput input) =>
        await Scenario.WithAsync(async services =>
        {
            var submission = await services.GetRequiredService<AdmissionService>().CreateAsync(input, VillageScenario.Submitter, start: true);
            var db = services.GetRequiredService<AppDbContext>();
            var tracked = db.ChangeTracker.Entries<SubmissionVillage>().Count();
            var state = db.Entry(submission).State;
            return (submission, tracked, state, await db.SaveChangesAsync());
        });

    [Fact]
    public async Task SubmittingCommand_StartsOnTheRowsItWrote_UntrackedThroughout_AndHandsThemOver()
    {
        var today = await Scenario.TodayAsync();
        var (submission, trackedRows, state, savedAfter) = await SubmitInScopeAsync(
            VillageScenario.Input(today, "提交命令不跟踪村行", [VillageScenario.Shiqiao, VillageScenario.Liulin]));

        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.InReview, stored.Status);
        Assert.Equal(PrecheckOutcome.TownshipReview, stored.PrecheckOutcome);
        Assert.Equal(stored.Version, submission.Version);
        // The caller gets the rows as stored; the context tracks none of them, nor the submission, and saves nothing more.
        Assert.Equal(stored.Villages.Select(v => v.VillageCode).Order(StringComparer.Ordinal), submission.Villages.Select(v => v.VillageCode).Order(StringComparer.Ordinal));
        Assert.All(submission.Villages, v => Assert.False(v.Admitted));
        Assert.Equal(0, trackedRows);
        Assert.Equal(EntityState.Detached, state);
        Assert.Equal(0, savedAfter);
        // The pre-check routed it from the written rows: each township reviews it.
        foreach (var township in new[] { VillageScenario.Shiqiao, VillageScenario.Liulin })
        {
            await TaskForAsync(VillageScenario.Township(township), submission.Id);
        }
        Assert.Empty(await AssignmentsAsync(submission.Id));
    }

    [Fact]
    public async Task EmergencyInsideTheSubmittingCommand_AdmitsAndDispatchesEveryWrittenRow_WithItsDecision()
    {
        var today = await Scenario.TodayAsync();
        var (submission, trackedRows, state, savedAfter) = await SubmitInScopeAsync(
            VillageScenario.Input(today, "提交命令内的突发准入", [VillageScenario.Shiqiao, VillageScenario.Liulin], emergency: true));

        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.EmergencyAdmitted, stored.Status);
        Assert.Equal(SubmissionStatus.EmergencyAdmitted, submission.Status);
        Assert.Equal(stored.Version, submission.Version);
        Assert.All(stored.Villages, v => Assert.True(v.Admitted));
        Assert.All(submission.Villages, v => Assert.True(v.Admitted)); // the rows handed over say what was stored
        Assert.Single(stored.Decisions, d => d.Kind == DecisionKind.EmergencyAdmission);
        Assert.Equal((0, EntityState.Detached, 0), (trackedRows, state, savedAfter));
        Assert.Equal(stored.Villages.Select(v => v.VillageCode).Order(StringComparer.Ordinal),
            (await AssignmentsAsync(submission.Id)).Select(a => a.VillageCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MachineRejectionInsideTheSubmittingCommand_RecordsItOnTheWrittenRows_AdmittingNone()
    {
        var today = await Scenario.TodayAsync();
        var input = VillageScenario.Input(today, "提交命令内的机审不予准入", [VillageScenario.Shiqiao]);
        var (submission, trackedRows, state, _) = await SubmitInScopeAsync(input with { Request = input.Request with { Description = "请各村完成年度招商引资任务。" } });

        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Rejected, stored.Status);
        var rejection = Assert.Single(stored.Decisions);
        Assert.Contains("PROHIBITED_ITEM", rejection.Reason);
        Assert.Equal(stored.Villages[0].DistrictCode, rejection.OrgUnitCode); // from the rows the command wrote
        Assert.All(stored.Villages, v => Assert.False(v.Admitted));
        Assert.Equal((0, EntityState.Detached), (trackedRows, state));
        Assert.Empty(await AssignmentsAsync(submission.Id));
    }

    [Fact]
    public async Task PostReview_RevokingEveryTownship_RevokesTheTask()
    {
        var submission = await Scenario.SubmitEmergencyAsync("紧急排查全撤销", VillageScenario.Shiqiao);

        await Scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.PostReviewRevoked, "本镇未受灾");

        var reviewed = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.Revoked, reviewed.Status);
        Assert.All(reviewed.Villages, v => Assert.False(v.Admitted));
        Assert.All(await AssignmentsAsync(submission.Id), a => Assert.Equal(AssignmentStatus.Cancelled, a.Status));
    }
}

public sealed class PostgresUntrackedStepTests(PostgresApplicationHost app) : UntrackedStepTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;

/// <summary>
/// On SQLite, too, and what each step evicts from this process's inbox cache: no listener on SQLite, so whatever is
/// evicted here is the step's own write path — exactly the villages whose inbox changed, and no other.
/// </summary>
public sealed class SqliteUntrackedStepTests(SqliteApplicationHost app) : UntrackedStepTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>
{
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();

    private async Task<T> WithCachedAsync<T>(IEnumerable<string> villages, Func<Task<T>> action)
    {
        cache.Connected(TimeSpan.FromMinutes(1));
        try
        {
            foreach (var village in villages)
            {
                cache.Store(cache.Begin(village), OpenInbox.Of("test", Array.Empty<byte>()));
            }
            return await action();
        }
        finally
        {
            cache.Disconnected();
        }
    }

    [Fact]
    public async Task JointSpecialAdmission_EvictsExactlyItsVillages_AtItsCommit_AndAdmitsAndDispatchesThem()
    {
        var submission = await SubmitForJointReviewAsync("联审特别准入只清本任务的村");
        var task = await TaskForAsync(JointMember, submission.Id);

        var (admittedEvicted, otherKept, taskTold) = await WithCachedAsync([VillageScenario.ShiqiaoVillage, VillageScenario.BailinVillage, Other], async () =>
        {
            var tasks = cache.Tasks.Sequence;
            await Scenario.WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task, DecisionKind.SpecialAdmission, "确有必要", JointMember, "每村每年不超过4次"));
            return (!cache.TryGet(VillageScenario.ShiqiaoVillage, out _) && !cache.TryGet(VillageScenario.BailinVillage, out _),
                cache.TryGet(Other, out _), cache.Tasks.Sequence > tasks);
        });

        Assert.True(admittedEvicted, "a specially admitted village kept its cached inbox");
        Assert.True(otherKept, "a village the admission did not reach lost its cached inbox");
        Assert.True(taskTold, "the pre-check's running-task index was not told of the admitted task");
        var stored = await Scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.SpecialAdmitted, stored.Status);
        Assert.Equal("每村每年不超过4次", stored.Decisions.Single(d => d.WorkflowTaskId is null).Conditions);
        Assert.All(stored.Villages, v => Assert.True(v.Admitted));
        Assert.Equal(stored.Villages.Select(v => v.VillageCode).Order(StringComparer.Ordinal),
            (await AssignmentsAsync(submission.Id)).Select(a => a.VillageCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EmergencyInsideTheSubmittingCommand_EvictsExactlyItsVillages_AtItsCommit()
    {
        var today = await Scenario.TodayAsync();
        var (evicted, otherKept, taskTold) = await WithCachedAsync([VillageScenario.ShiqiaoVillage, VillageScenario.BailinVillage, Other], async () =>
        {
            var tasks = cache.Tasks.Sequence;
            await Scenario.WithAsync<AdmissionService, Submission>(s =>
                s.CreateAsync(VillageScenario.Input(today, "提交命令内突发只清本任务的村", [VillageScenario.Shiqiao], emergency: true), VillageScenario.Submitter, start: true));
            return (!cache.TryGet(VillageScenario.ShiqiaoVillage, out _) && !cache.TryGet(VillageScenario.BailinVillage, out _),
                cache.TryGet(Other, out _), cache.Tasks.Sequence > tasks);
        });

        Assert.True(evicted, "a village the emergency admitted kept its cached inbox");
        Assert.True(otherKept, "a village the emergency did not reach lost its cached inbox");
        Assert.True(taskTold, "the pre-check's running-task index was not told of the admitted task");
    }

    [Fact]
    public async Task SubmissionGoingToReview_LeavesEveryCachedInbox()
    {
        // Not admitted, its rows show nothing to any village: nothing is evicted but the task for the running-task index.
        var today = await Scenario.TodayAsync();
        var (kept, taskTold) = await WithCachedAsync([VillageScenario.ShiqiaoVillage, VillageScenario.BailinVillage, Other], async () =>
        {
            var tasks = cache.Tasks.Sequence;
            await Scenario.WithAsync<AdmissionService, Submission>(s =>
                s.CreateAsync(VillageScenario.Input(today, "提交审核不清村的缓存", [VillageScenario.Shiqiao]), VillageScenario.Submitter, start: true));
            return (cache.TryGet(VillageScenario.ShiqiaoVillage, out _) && cache.TryGet(VillageScenario.BailinVillage, out _) && cache.TryGet(Other, out _),
                cache.Tasks.Sequence > tasks);
        });

        Assert.True(kept, "a submission in review evicted a village's cached inbox");
        Assert.True(taskTold, "the pre-check's running-task index was not told of the new task");
    }

    [Fact]
    public async Task RevokingPostReview_EvictsTheRevokedTownshipsVillages_AndNoOther()
    {
        var submission = await Scenario.SubmitEmergencyAsync("事后审查撤销只清本镇的村", VillageScenario.Shiqiao, VillageScenario.Liulin);
        var liulinVillage = (await Scenario.ReloadAsync(submission.Id)).Villages.First(v => v.TownshipCode == VillageScenario.Liulin).VillageCode;
        await Scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.PostReviewConfirmed, "确属突发");

        var (revokedEvicted, confirmedKept, otherKept) = await WithCachedAsync([liulinVillage, VillageScenario.ShiqiaoVillage, Other], async () =>
        {
            await Scenario.DecideAsync(submission.Id, VillageScenario.Liulin, DecisionKind.PostReviewRevoked, "本镇未受灾");
            return (!cache.TryGet(liulinVillage, out _), cache.TryGet(VillageScenario.ShiqiaoVillage, out _), cache.TryGet(Other, out _));
        });

        Assert.True(revokedEvicted, "a village whose township revoked the emergency kept the inbox with its work");
        Assert.True(confirmedKept, "a village whose township confirmed the emergency lost its cached inbox");
        Assert.True(otherKept, "a village the task does not reach lost its cached inbox");
    }
}

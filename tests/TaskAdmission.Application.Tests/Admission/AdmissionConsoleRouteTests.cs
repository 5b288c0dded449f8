using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// What the admission route takes from the console: a district's ratio countersign (云台区 admits specially when half of
/// its members agree), and reminders with escalation when a joint review is overdue.
/// </summary>
public sealed class AdmissionConsoleRouteTests(AdmissionConsoleRouteTests.Host app) : IClassFixture<AdmissionConsoleRouteTests.Host>
{
    private const string Yuntai = "990300000000";
    private const string YuntaiCommunity = "990300100100";
    private static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    private static readonly Actor A = new("yt-joint-a", AppRoles.JointReviewer, null, Yuntai);
    private static readonly Actor B = new("yt-joint-b", AppRoles.JointReviewer, null, Yuntai);

    /// <summary>The Application layer on SQLite with 云台区's countersign ratio set to one half.</summary>
    public sealed class Host() : ApplicationHost(Application.Persistence.DatabaseProvider.Sqlite)
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { [$"Admission:JointReviewRatios:{Yuntai}"] = "0.5" };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private async Task<Submission> SubmitOffListAsync() => await app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        foreach (var member in new[] { A, B })
        {
            if (!await db.Users.AnyAsync(u => u.UserName == member.UserName))
            {
                await sp.GetRequiredService<UserService>().CreateAsync(new NewUser(member.UserName, member.UserName, "Joint@Pass123", member.Role, Yuntai), Actor.SystemAdministrator("test"));
            }
        }
        var admission = sp.GetRequiredService<AdmissionService>();
        var today = admission.Today;
        return await admission.CreateAsync(new SubmissionInput(new PrecheckRequest
        {
            DepartmentCode = "CITY-MZ", Title = "村级快递服务点建设", Description = "在各村设立快递收发点。", ClaimedItemCodes = [],
            TargetOrgUnitCodes = [YuntaiCommunity], StartDate = today.AddDays(70), EndDate = today.AddDays(400),
            Demands = [new DemandRequest(DemandKind.FieldWork, 1, DemandPeriod.Quarter)], Support = new SupportRequest(2000),
        }, "王芳", "023-12345678"), Submitter, start: true);
    });

    private Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync(Guid instance) =>
        app.WithScopeAsync<WorkflowEngine, IReadOnlyList<UserTaskRecord>>(async e => (await e.QueryTasksAsync(new TaskQuery { InstanceId = instance })).Items);

    [Fact]
    public async Task RatioCountersign_OfTheDistrict_AdmitsSpeciallyWhenHalfTheMembersAgree_AndCancelsTheRest()
    {
        var submission = await SubmitOffListAsync();
        var tasks = await OpenTasksAsync(submission.WorkflowInstanceId!.Value);
        Assert.Equal(2, tasks.Count(t => t.ElementId == "JointReview"));

        await app.WithScopeAsync<AdmissionService, Decision>(s => s.DecideAsync(tasks.Single(t => t.Assignee == A.UserName).Id, DecisionKind.SpecialAdmission, "确有必要", A));

        var done = await app.WithScopeAsync<AdmissionService, Submission?>(s => s.GetAsync(submission.Id, Submitter));
        Assert.Equal(SubmissionStatus.SpecialAdmitted, done!.Status);
        Assert.Empty(await OpenTasksAsync(submission.WorkflowInstanceId!.Value));
    }

    [Fact]
    public async Task OverdueJointReview_RemindsEachMember_AndEscalatesToTheDistrictsJointReviewAndSupervisors()
    {
        var submission = await SubmitOffListAsync();
        var instance = submission.WorkflowInstanceId!.Value;
        var timer = await app.WithScopeAsync<AppDbContext, Guid>(db =>
            db.WorkflowTimers.Where(t => t.InstanceId == instance && t.ElementId == "JointOverdue" && t.Status == TimerStatus.Pending).Select(t => t.Id).SingleAsync());

        app.Clock.Advance(TimeSpan.FromDays(40));
        await app.WithScopeAsync<WorkflowEngine, WorkflowCommandResult>(e => e.FireTimerAsync(timer));

        var notes = await app.WithScopeAsync<AppDbContext, List<Notification>>(db => db.Notifications.Where(n => n.Subject.StartsWith(submission.Number)).ToListAsync());
        Assert.Contains(notes, n => n.Audience == NotificationAudience.User(A.UserName) && n.Kind == NotificationKind.TaskReminded);
        Assert.Contains(notes, n => n.Audience == NotificationAudience.User(B.UserName) && n.Kind == NotificationKind.TaskReminded);
        Assert.Contains(notes, n => n.Audience == NotificationAudience.JointReview(Yuntai) && n.Kind == NotificationKind.TaskEscalated);
        Assert.Contains(notes, n => n.Audience == NotificationAudience.Supervisor(Yuntai) && n.Kind == NotificationKind.TaskEscalated);
        Assert.Equal(2, (await OpenTasksAsync(instance)).Count(t => t.ElementId == "JointReview"));
    }
}

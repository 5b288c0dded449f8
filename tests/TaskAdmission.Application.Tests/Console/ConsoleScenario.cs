using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Application.Workflows.Tasks;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Tests.Console;

/// <summary>
/// The console's test process (workflows/test/console-approval.bpmn: apply → township review → 2/3 countersign → district
/// approval) on the demo city, with a second approver in 石桥镇 and two more joint reviewers in 青山区.
/// </summary>
internal sealed class ConsoleScenario(ApplicationHost app)
{
    public const string Shiqiao = "990100100000";
    public const string Hewan = "990100200000";
    public const string Qingshan = "990100000000";

    public static readonly Actor Initiator = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    public static readonly Actor Township = new("township", AppRoles.TownshipApprover, null, Shiqiao);
    public static readonly Actor Township2 = new("township-b", AppRoles.TownshipApprover, null, Shiqiao);
    public static readonly Actor HewanApprover = new("hewan-a", AppRoles.TownshipApprover, null, Hewan);
    public static readonly Actor Joint = new("jointreview", AppRoles.JointReviewer, null, Qingshan);
    public static readonly Actor Joint2 = new("joint-b", AppRoles.JointReviewer, null, Qingshan);
    public static readonly Actor Joint3 = new("joint-c", AppRoles.JointReviewer, null, Qingshan);
    public static readonly Actor Supervisor = new("supervisor", AppRoles.Supervisor, null, Qingshan);

    private static readonly SemaphoreSlim Once = new(1, 1);

    /// <summary>Adds the extra users once per database (the fixture is shared by a class's tests).</summary>
    public async Task PrepareAsync()
    {
        await Once.WaitAsync();
        try
        {
            await app.WithScopeAsync(async services =>
            {
                var users = services.GetRequiredService<UserService>();
                var db = services.GetRequiredService<AppDbContext>();
                foreach (var actor in new[] { Township2, HewanApprover, Joint2, Joint3 })
                {
                    if (!await db.Users.AnyAsync(u => u.UserName == actor.UserName))
                    {
                        await users.CreateAsync(new NewUser(actor.UserName, $"测试 {actor.UserName}", "Test@2026!long", actor.Role, actor.OrgUnitCode!), Actor.SystemAdministrator("admin"));
                    }
                }
                return 0;
            });
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>Deploys the process and starts one instance as the submitter; returns its id.</summary>
    public Task<Guid> StartAsync(params string[] signers) => app.WithScopeAsync<WorkflowEngine, Guid>(async engine =>
    {
        var xml = await File.ReadAllTextAsync(RepositoryPaths.Combine("workflows", "test", "console-approval.bpmn"));
        var deployed = await engine.DeployAsync(xml);
        var started = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = deployed.ProcessId,
            Initiator = Initiator.UserName,
            BusinessKey = "console-" + Guid.NewGuid().ToString("N")[..8],
            Variables = WorkflowVariables.From(new { township = Shiqiao, district = Qingshan, signers = signers.Length > 0 ? signers : [Joint.UserName, Joint2.UserName] }),
        });
        return started.InstanceId;
    });

    public Task<T> OpsAsync<T>(Func<TaskOperationsService, Task<T>> use) => app.WithScopeAsync(use);

    public Task OpsAsync(Func<TaskOperationsService, Task> use) => app.WithScopeAsync<TaskOperationsService, int>(async s => { await use(s); return 0; });

    public Task<TodoPage> InboxAsync(Actor actor, TodoFilter? filter = null) =>
        app.WithScopeAsync<TodoService, TodoPage>(s => s.ListAsync(actor, filter ?? new TodoFilter()));

    /// <summary>The open task of an element in an instance (the only one, or the one assigned to <paramref name="assignee"/>).</summary>
    public async Task<UserTaskRecord> OpenTaskAsync(Guid instanceId, string elementId, string? assignee = null) =>
        (await app.WithScopeAsync<WorkflowEngine, PagedResult<UserTaskRecord>>(e => e.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, Take = 100 })))
            .Items.Single(t => t.ElementId == elementId && (assignee is null || t.Assignee == assignee));

    public async Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync(Guid instanceId) =>
        (await app.WithScopeAsync<WorkflowEngine, PagedResult<UserTaskRecord>>(e => e.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, Take = 100 }))).Items;

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) =>
        app.WithScopeAsync<WorkflowEngine, IReadOnlyList<JournalEntry>>(e => e.GetJournalAsync(instanceId));

    public Task<InstanceStatus> StatusAsync(Guid instanceId) =>
        app.WithScopeAsync<AppDbContext, InstanceStatus>(db => db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.Status).SingleAsync());

    /// <summary>The initiator fills in the application; the instance then waits at the township review.</summary>
    public async Task<UserTaskRecord> ToReviewAsync(Guid instanceId)
    {
        var apply = await OpenTaskAsync(instanceId, "Apply");
        await OpsAsync(s => s.CompleteAsync(apply.Id, Initiator, true, "已填写"));
        return await OpenTaskAsync(instanceId, "Review");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Workflows;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Application.Workflows.Notifications;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Tests.Workflows.Bpmn;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>The transaction rule: a use case's domain changes and the engine's change set commit together or not at all.</summary>
public abstract class WorkflowTransactionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(WorkflowTestHost.Monday0900);
    private TestDatabase database = default!;
    private WorkflowTestHost host = default!;

    protected TestDatabase Database => database;

    private protected FakeTimeProvider Clock => clock;

    private protected WorkflowTestHost Host => host;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "wftx");
        await WorkflowTestHost.PrepareAsync(database);
        host = new WorkflowTestHost(database, clock);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task CompleteTask_SavesTheCallersDomainChanges_InTheSameCommit()
    {
        var task = (await host.StartAsync(TwoReviews, new { reviewer = "li.si" })).OpenTasks[0];
        await using var scope = host.Scope();

        scope.ServiceProvider.GetRequiredService<AuditLog>().Record("li.si", "submission.approve", "SUB-1");
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, "li.si");

        Assert.Equal(1, await AuditCountAsync("SUB-1"));
        Assert.Equal(UserTaskStatus.Completed, (await host.StoreAsync(s => s.GetTaskAsync(task.Id)))!.Status);
    }

    [Fact]
    public async Task CompleteTask_SavesNeitherDomainChangeNorCommand_WhenTheCommitLosesTheRace()
    {
        var task = (await host.StartAsync(Process(Start + UserTask("review") + UserTask("next") + End + Chain("start", "review", "next", "end")))).OpenTasks[0];
        await using var racing = new WorkflowTestHost(database, clock, configure: s => s.AddScoped<IWorkflowStore>(sp =>
            new InterleavingStore(new EfWorkflowStore(sp.GetRequiredService<AppDbContext>()), () => host.CompleteAsync(task.Id, "bob"))));
        await using var scope = racing.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        scope.ServiceProvider.GetRequiredService<AuditLog>().Record("alice", "submission.approve", "SUB-2");
        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, "alice"));

        Assert.Contains("was already completed by bob", error.Message);
        Assert.Equal(0, await AuditCountAsync("SUB-2"));
        Assert.True(db.ChangeTracker.HasChanges(), "the caller's unsaved domain change stays pending for the caller to discard");
        var completed = Assert.Single(await host.JournalAsync(task.InstanceId), j => j.Kind == JournalEntryKind.TaskCompleted);
        Assert.Equal("bob", completed.Actor);
        Assert.Single(await host.OpenTasksAsync(task.InstanceId), t => t.ElementId == "next");
    }

    [Fact]
    public async Task CompleteTask_IsRolledBackWithTheDomainChange_WhenTheCallersTransactionRollsBack()
    {
        var task = (await host.StartAsync(TwoReviews, new { reviewer = "li.si" })).OpenTasks[0];
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record("li.si", "submission.approve", "SUB-3");
            await db.SaveChangesAsync();

            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, "li.si");
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await AuditCountAsync("SUB-3"));
        var stored = await host.StoreAsync(s => s.GetTaskAsync(task.Id));
        Assert.Equal(UserTaskStatus.Open, stored!.Status);
        Assert.Equal(1, (await host.InstanceAsync(task.InstanceId)).Version);
    }

    [Fact]
    public async Task Commit_RefusesToChangeAnOpenTasksCandidateRoles_AndWritesNothing()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        var review = started.OpenTasks[0];
        var current = (await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!.Instance;
        var forged = new WorkflowChangeSet
        {
            ExpectedVersion = current.Version,
            Instance = current with { Version = current.Version + 1 },
            Tasks = [review with { CandidateRoles = ["SystemAdministrator"] }],
        };

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => host.StoreAsync<int>(async s =>
        {
            await s.CommitAsync(forged);
            return 0;
        }));

        Assert.Contains("candidate roles cannot change", error.Message);
        Assert.Equal(current.Version, (await host.InstanceAsync(started.InstanceId)).Version);
        Assert.Equal(review.CandidateRoles, (await host.StoreAsync(s => s.GetTaskAsync(review.Id)))!.CandidateRoles);
    }

    [Fact]
    public async Task Commit_WritesNothing_WhenItUpdatesAClosedTask_EvenAtTheCurrentVersion()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        var review = started.OpenTasks[0];
        await host.CompleteAsync(review.Id, "li.si");
        var current = (await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!.Instance;
        var forged = new WorkflowChangeSet
        {
            ExpectedVersion = current.Version,
            Instance = current with { Version = current.Version + 1, Status = InstanceStatus.Completed },
            Tasks = [review with { Status = UserTaskStatus.Completed, CompletedBy = "mallory" }],
        };

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => host.StoreAsync<int>(async s =>
        {
            await s.CommitAsync(forged);
            return 0;
        }));

        Assert.Contains($"task {review.Id} (review) is no longer open", error.Message);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal((current.Version, InstanceStatus.Running), (instance.Version, instance.Status));
        Assert.Equal("li.si", (await host.StoreAsync(s => s.GetTaskAsync(review.Id)))!.CompletedBy);
    }

    [Fact]
    public async Task Commit_StoresNothing_WhenExpectedVersionIsStale()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        await host.CompleteAsync(started.OpenTasks[0].Id, "li.si");
        var current = (await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!.Instance;
        var timer = new TimerRecord
        {
            Id = Guid.NewGuid(), InstanceId = started.InstanceId, TokenId = 1, ElementId = "t", DueAt = clock.GetUtcNow(), Status = TimerStatus.Pending, CreatedAt = clock.GetUtcNow(),
        };
        var stale = new WorkflowChangeSet { ExpectedVersion = current.Version - 1, Instance = current, Timers = [timer] };

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => host.StoreAsync<int>(async s =>
        {
            await s.CommitAsync(stale);
            return 0;
        }));

        Assert.Contains($"expected version {current.Version - 1} but found {current.Version}", error.Message);
        Assert.Null(await host.StoreAsync(s => s.GetTimerAsync(timer.Id)));
    }

    // On PostgreSQL the rows a step inserts carry no foreign key to their instance (migration WorkflowHotPathForeignKeys):
    // the instance's guarded update, first in the batch, is what keeps a command on an instance that is not there from
    // leaving a task or timer pointing at nothing.
    [Fact]
    public async Task Commit_StoresNoTaskOrTimer_WhenTheInstanceDoesNotExist()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        await host.CompleteAsync(started.OpenTasks[0].Id, "li.si"); // version 2: the change set is an update, not a start
        var current = (await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!;
        var missing = current.Instance with { Id = Guid.NewGuid() };
        var task = current.OpenTasks[0] with { Id = Guid.NewGuid(), InstanceId = missing.Id };
        var timer = new TimerRecord
        {
            Id = Guid.NewGuid(), InstanceId = missing.Id, TokenId = 1, ElementId = "t", DueAt = clock.GetUtcNow(), Status = TimerStatus.Pending, CreatedAt = clock.GetUtcNow(),
        };
        var orphan = new WorkflowChangeSet { ExpectedVersion = missing.Version - 1, Instance = missing, Tasks = [task], Timers = [timer] };

        await Assert.ThrowsAsync<WorkflowConflictException>(() => host.StoreAsync<int>(async s =>
        {
            await s.CommitAsync(orphan);
            return 0;
        }));

        Assert.Null(await host.StoreAsync(s => s.GetTaskAsync(task.Id)));
        Assert.Null(await host.StoreAsync(s => s.GetTimerAsync(timer.Id)));
    }

    [Fact]
    public async Task Commit_Throws_WhenANewInstanceAlreadyExists()
    {
        var started = await host.StartAsync(TwoReviews, new { reviewer = "li.si" });
        var current = (await host.StoreAsync(s => s.LoadInstanceAsync(started.InstanceId)))!.Instance;

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => host.StoreAsync<int>(async s =>
        {
            await s.CommitAsync(new WorkflowChangeSet { ExpectedVersion = 0, Instance = current with { Version = 1 } });
            return 0;
        }));

        Assert.Contains("expected version 0 but found 1", error.Message);
    }

    [Fact]
    public async Task Start_NotifiesTheNewTasksAssignee_InTheCommandsCommit()
    {
        var review = (await host.StartAsync(TwoReviews, new { reviewer = "li.si" })).OpenTasks[0];

        var notification = Assert.Single(await NotificationsAsync($"/tasks/{review.Id}"));
        Assert.Equal((NotificationAudience.User("li.si"), NotificationKind.TaskAssigned), (notification.Audience, notification.Kind));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, DateTime.SpecifyKind(notification.CreatedAtUtc, DateTimeKind.Utc));
        Assert.Null(notification.DeliveredExternallyAtUtc);
    }

    [Fact]
    public async Task AStepThatOpensTwoTasks_NotifiesBothAssignees_InTheCommandsCommit()
    {
        // One command, two new tasks: their notifications are written together (on PostgreSQL one INSERT of arrays).
        var started = await host.StartAsync(Process(
            Start + Parallel("fork") + UserTask("a", "ta:assignee=\"li.si\"") + UserTask("b", "ta:assignee=\"zhao.liu\"") + Parallel("join") + End
            + Flow("f0", "start", "fork") + Flow("f1", "fork", "a") + Flow("f2", "fork", "b") + Flow("f3", "a", "join") + Flow("f4", "b", "join")
            + Flow("f5", "join", "end")));

        Assert.Equal(2, started.OpenTasks.Count);
        foreach (var task in started.OpenTasks)
        {
            var notification = Assert.Single(await NotificationsAsync($"/tasks/{task.Id}"));
            Assert.Equal((NotificationAudience.User(task.Assignee!), NotificationKind.TaskAssigned), (notification.Audience, notification.Kind));
            Assert.Null(notification.DeliveredExternallyAtUtc);
        }
    }

    [Fact]
    public async Task AScopeSavesMoreAfterACommand_WithoutWritingItsNotificationsTwice_AndChainsItsAudit()
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var deployment = await engine.DeployAsync(TwoReviews);
        var started = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = deployment.ProcessId, Initiator = "initiator", Variables = WorkflowVariables.From(new { reviewer = "li.si" }),
        });

        scope.ServiceProvider.GetRequiredService<AuditLog>().Record("initiator", "submission.submit", "SUB-5");
        await db.SaveChangesAsync();

        Assert.Single(await NotificationsAsync($"/tasks/{started.OpenTasks[0].Id}"));
        Assert.True(await ChainedAsync("SUB-5"), "the audit row saved after the command is linked into the chain");
    }

    [Fact]
    public async Task CompleteTask_WithTheCallersAuditRow_ChainsIt_AndNotifiesTheNextTask()
    {
        var started = await host.StartAsync(Process(Start + UserTask("review") + UserTask("next", "ta:assignee=\"zhao.liu\"") + End + Chain("start", "review", "next", "end")));
        await using (var scope = host.Scope())
        {
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record("li.si", "submission.approve", "SUB-6");
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(started.OpenTasks[0].Id, "li.si");
        }

        Assert.True(await ChainedAsync("SUB-6"), "an audit row saved with an engine command is linked into the chain at its commit");
        var next = Assert.Single(await host.OpenTasksAsync(started.InstanceId));
        Assert.Equal(NotificationAudience.User("zhao.liu"), Assert.Single(await NotificationsAsync($"/tasks/{next.Id}")).Audience);
    }

    [Fact]
    public async Task CompleteTask_WritesNoNotificationOfItsOwn_WhenTheCommitLosesTheRace()
    {
        var task = (await host.StartAsync(Process(Start + UserTask("review") + UserTask("next", "ta:assignee=\"zhao.liu\"") + End + Chain("start", "review", "next", "end")))).OpenTasks[0];
        await using var racing = new WorkflowTestHost(database, clock, configure: s => s.AddScoped<IWorkflowStore>(sp =>
            new InterleavingStore(
                new EfWorkflowStore(sp.GetRequiredService<AppDbContext>(), notifications: sp.GetRequiredService<WorkflowNotifications>()),
                () => host.CompleteAsync(task.Id, "bob"))));
        await using var scope = racing.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        await Assert.ThrowsAsync<WorkflowConflictException>(() => scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, "alice"));

        Assert.Empty(db.ChangeTracker.Entries<Notification>());
        await using var read = TestContexts.Open(database);
        Assert.Equal(1, await read.Notifications.CountAsync(n => n.Audience == NotificationAudience.User("zhao.liu")));
    }

    private async Task<List<Notification>> NotificationsAsync(string link)
    {
        await using var db = TestContexts.Open(database);
        return await db.Notifications.Where(n => n.Link == link).ToListAsync();
    }

    private async Task<bool> ChainedAsync(string subject)
    {
        await using var db = TestContexts.Open(database);
        var entry = await db.AuditEntries.SingleAsync(a => a.Subject == subject);
        return entry is { Sequence: not null, PreviousHash: not null, Hash: not null };
    }

    protected async Task<int> AuditCountAsync(string subject)
    {
        await using var db = TestContexts.Open(database);
        return await db.AuditEntries.CountAsync(a => a.Subject == subject);
    }
}

public sealed class SqliteWorkflowTransactionTests() : WorkflowTransactionTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkflowTransactionTests() : WorkflowTransactionTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task CompleteTask_LeavesTheCallersTransactionUsable_WhenTheCommitLosesTheRace()
    {
        // Only PostgreSQL has concurrent writers; on SQLite the competing command would wait for this transaction.
        var task = (await Host.StartAsync(Process(Start + UserTask("review") + End + Chain("start", "review", "end")))).OpenTasks[0];
        await using var racing = new WorkflowTestHost(Database, Clock, configure: s => s.AddScoped<IWorkflowStore>(sp =>
            new InterleavingStore(new EfWorkflowStore(sp.GetRequiredService<AppDbContext>()), () => Host.CompleteAsync(task.Id, "bob"))));
        await using var scope = racing.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record("alice", "submission.approve", "SUB-4");
        await db.SaveChangesAsync();

        await Assert.ThrowsAsync<WorkflowConflictException>(() => scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, "alice"));
        var insideTransaction = await db.AuditEntries.CountAsync(a => a.Subject == "SUB-4");
        await transaction.RollbackAsync();

        Assert.Equal(1, insideTransaction);
        Assert.Equal(0, await AuditCountAsync("SUB-4"));
        Assert.Equal("bob", (await Host.StoreAsync(s => s.GetTaskAsync(task.Id)))!.CompletedBy);
    }
}

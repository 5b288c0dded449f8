using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Tests.Persistence;

public sealed class InMemoryWorkflowStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 29, 1, 0, 0, TimeSpan.Zero);
    private readonly InMemoryWorkflowStore store = new();

    private static InstanceSnapshot Snapshot(Guid id, long version) => new()
    {
        Id = id, ProcessId = "p", DefinitionVersion = 1, Status = InstanceStatus.Running, Version = version, StartedAt = Now, StateJson = "{}",
    };

    private static TimerRecord Timer(Guid instanceId, DateTimeOffset due) => new()
    {
        Id = Guid.NewGuid(), InstanceId = instanceId, TokenId = 1, ElementId = "t", DueAt = due, Status = TimerStatus.Pending, CreatedAt = Now,
    };

    [Fact]
    public async Task Commit_Throws_WhenNewInstanceAlreadyExists()
    {
        var id = Guid.NewGuid();
        await store.CommitAsync(new WorkflowChangeSet { ExpectedVersion = 0, Instance = Snapshot(id, 1) });

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => store.CommitAsync(new WorkflowChangeSet { ExpectedVersion = 0, Instance = Snapshot(id, 1) }));

        Assert.Contains("expected version 0 but found 1", error.Message);
    }

    [Fact]
    public async Task Commit_StoresNothing_WhenVersionConflicts()
    {
        var id = Guid.NewGuid();
        await store.CommitAsync(new WorkflowChangeSet { ExpectedVersion = 0, Instance = Snapshot(id, 1) });
        var stale = new WorkflowChangeSet { ExpectedVersion = 0, Instance = Snapshot(id, 1), Timers = [Timer(id, Now)] };

        await Assert.ThrowsAsync<WorkflowConflictException>(() => store.CommitAsync(stale));

        Assert.Empty((await store.LoadInstanceAsync(id))!.PendingTimers);
    }

    [Fact]
    public async Task LeaseDueTimers_LeasesOnlyDueAndFreeTimers_AndReleasesExpiredLeases()
    {
        var id = Guid.NewGuid();
        var due = Timer(id, Now.AddMinutes(-1));
        var later = Timer(id, Now.AddHours(1));
        await store.CommitAsync(new WorkflowChangeSet { ExpectedVersion = 0, Instance = Snapshot(id, 1), Timers = [due, later] });

        var first = await store.LeaseDueTimersAsync(Now, "w1", TimeSpan.FromMinutes(2), 10);
        var second = await store.LeaseDueTimersAsync(Now, "w2", TimeSpan.FromMinutes(2), 10);
        var afterExpiry = await store.LeaseDueTimersAsync(Now.AddMinutes(3), "w2", TimeSpan.FromMinutes(2), 10);

        Assert.Equal(due.Id, Assert.Single(first).Id);
        Assert.Equal("w1", first[0].LeaseOwner);
        Assert.Empty(second);
        Assert.Equal("w2", Assert.Single(afterExpiry).LeaseOwner);
    }

    [Fact]
    public async Task Outbox_IsPendingUntilMarkedDispatched()
    {
        var id = Guid.NewGuid();
        var message = new OutboxMessage { Id = Guid.NewGuid(), InstanceId = id, Type = "Mail", PayloadJson = "{}", CreatedAt = Now };
        await store.CommitAsync(new WorkflowChangeSet { ExpectedVersion = 0, Instance = Snapshot(id, 1), Outbox = [message] });

        var pending = await store.GetPendingOutboxAsync(10);
        await store.MarkOutboxDispatchedAsync(message.Id, Now);

        Assert.Equal(message.Id, Assert.Single(pending).Id);
        Assert.Empty(await store.GetPendingOutboxAsync(10));
    }

    [Fact]
    public async Task AddDefinition_Throws_WhenVersionExists()
    {
        var definition = new DeployedDefinition("p", 1, null, "h", "<x/>", Now);
        await store.AddDefinitionAsync(definition);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => store.AddDefinitionAsync(definition with { ContentHash = "other" }));
    }
}

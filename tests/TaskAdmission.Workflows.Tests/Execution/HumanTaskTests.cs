using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class HumanTaskTests
{
    private readonly EngineHarness harness = new();

    private static readonly string Candidates = Process(Start() + UserTask("review", """ta:candidateRoles="TownshipApprover" ta:candidateScope="${town}" """) + UserTask("after") + End()
        + Chain("start", "review", "after", "end"));

    private async Task<UserTaskRecord> StartCandidateTaskAsync(string town = "T1") =>
        Assert.Single((await harness.StartAsync(Candidates, new { town })).OpenTasks);

    private async Task<JournalEntry> LastJournalAsync(Guid instanceId, JournalEntryKind kind) =>
        (await harness.Engine.GetJournalAsync(instanceId)).Last(j => j.Kind == kind);

    [Fact]
    public async Task Claim_AssignsTask_AndRemovesItFromCandidateInbox()
    {
        var task = await StartCandidateTaskAsync();
        var candidates = new TaskQuery { CandidateRoles = ["TownshipApprover"], CandidateScopes = ["T1"] };
        var before = await harness.Engine.QueryTasksAsync(candidates);

        await harness.Engine.ClaimTaskAsync(task.Id, "li.si", "我来处理");

        Assert.Equal(task.Id, Assert.Single(before.Items).Id);
        Assert.Empty((await harness.Engine.QueryTasksAsync(candidates)).Items);
        Assert.Equal(task.Id, Assert.Single((await harness.Engine.QueryTasksAsync(new TaskQuery { Assignee = "li.si" })).Items).Id);
        var entry = await LastJournalAsync(task.InstanceId, JournalEntryKind.TaskClaimed);
        Assert.Equal(("li.si", "我来处理"), (entry.Actor, entry.Comment));
    }

    [Fact]
    public async Task Claim_ThrowsConflict_WhenClaimedBySomeoneElse()
    {
        var task = await StartCandidateTaskAsync();
        await harness.Engine.ClaimTaskAsync(task.Id, "li.si");

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => harness.Engine.ClaimTaskAsync(task.Id, "wang.wu"));

        Assert.Contains("already claimed by li.si", error.Message);
    }

    [Fact]
    public async Task Release_ReturnsTaskToCandidates()
    {
        var task = await StartCandidateTaskAsync();
        await harness.Engine.ClaimTaskAsync(task.Id, "li.si");

        await harness.Engine.ReleaseTaskAsync(task.Id, "li.si", "忙不过来");

        Assert.Null((await harness.Store.GetTaskAsync(task.Id))!.Assignee);
        Assert.Equal("忙不过来", (await LastJournalAsync(task.InstanceId, JournalEntryKind.TaskReleased)).Comment);
    }

    [Fact]
    public async Task Complete_Throws_WhenActorIsNotAssignee()
    {
        var task = await StartCandidateTaskAsync();
        await harness.Engine.ClaimTaskAsync(task.Id, "li.si");

        var error = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.CompleteTaskAsync(task.Id, "wang.wu"));

        Assert.Equal($"task {task.Id} is assigned to li.si, not wang.wu", error.Message);
    }

    [Fact]
    public async Task Complete_ThrowsConflictNamingWinner_WhenCompletedTwice()
    {
        var task = await StartCandidateTaskAsync();
        await harness.Engine.CompleteTaskAsync(task.Id, "li.si");

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => harness.Engine.CompleteTaskAsync(task.Id, "li.si"));

        Assert.Contains($"task {task.Id} (review) was already completed by li.si at", error.Message);
    }

    [Fact]
    public async Task Transfer_MakesNewAssigneeTheOwner()
    {
        var task = await StartCandidateTaskAsync();
        await harness.Engine.ClaimTaskAsync(task.Id, "li.si");

        await harness.Engine.TransferTaskAsync(task.Id, "li.si", "zhao.liu", "请赵处理");
        var completed = await harness.Engine.CompleteTaskAsync(task.Id, "zhao.liu");

        var entry = await LastJournalAsync(task.InstanceId, JournalEntryKind.TaskTransferred);
        Assert.Equal(("li.si", "请赵处理", "transferred to zhao.liu"), (entry.Actor, entry.Comment, entry.Detail));
        Assert.Equal("zhao.liu", (await harness.Store.GetTaskAsync(task.Id))!.CompletedBy);
        Assert.Equal("after", Assert.Single(completed.OpenTasks).ElementId);
    }

    [Fact]
    public async Task Delegate_ThenResolve_ReturnsTaskToOwner_WhoCompletesWithDelegatesVariables()
    {
        var task = await StartCandidateTaskAsync();
        await harness.Engine.ClaimTaskAsync(task.Id, "li.si");

        await harness.Engine.DelegateTaskAsync(task.Id, "li.si", "expert", "请给意见");
        var delegated = (await harness.Store.GetTaskAsync(task.Id))!;
        var ownerTooEarly = await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.CompleteTaskAsync(task.Id, "li.si"));
        await harness.Engine.ResolveTaskAsync(task.Id, "expert", EngineHarness.Vars(new { expertOpinion = "可行" }), "已审");
        var resolved = (await harness.Store.GetTaskAsync(task.Id))!;
        await harness.Engine.CompleteTaskAsync(task.Id, "li.si", EngineHarness.Vars(new { outcome = "approve" }));

        Assert.Equal(("expert", "li.si", DelegationState.Pending), (delegated.Assignee, delegated.Owner, delegated.Delegation));
        Assert.Contains("must be resolved", ownerTooEarly.Message);
        Assert.Equal(("li.si", DelegationState.Resolved), (resolved.Assignee, resolved.Delegation));
        Assert.Equal("\"可行\"", await harness.VariableAsync(task.InstanceId, "expertOpinion"));
    }

    [Fact]
    public async Task Remind_SendsOutboxNotification_AndJournals()
    {
        var task = await StartCandidateTaskAsync();

        await harness.Engine.RemindAsync(task.Id, "initiator", "请尽快");

        var message = Assert.Single(await harness.OutboxAsync());
        Assert.Equal("TaskReminder", message.Type);
        Assert.Contains("TownshipApprover", message.PayloadJson);
        Assert.Equal(("initiator", "请尽快"), ((await LastJournalAsync(task.InstanceId, JournalEntryKind.Reminded)).Actor, (await LastJournalAsync(task.InstanceId, JournalEntryKind.Reminded)).Comment));
    }

    [Fact]
    public async Task CarbonCopy_IsListedForRecipient_AndCanBeMarkedRead()
    {
        var task = await StartCandidateTaskAsync();

        await harness.Engine.CarbonCopyAsync(task.InstanceId, "li.si", ["boss", "clerk"], "知悉", task.Id);
        var unread = await harness.Engine.QueryCarbonCopiesAsync("boss", unreadOnly: true);
        await harness.Engine.MarkCarbonCopyReadAsync(unread.Items[0].Id, "boss");

        var copy = Assert.Single(unread.Items);
        Assert.Equal(("li.si", "知悉", "review"), (copy.From, copy.Comment, copy.ElementId));
        Assert.Empty((await harness.Engine.QueryCarbonCopiesAsync("boss", unreadOnly: true)).Items);
        Assert.NotNull(Assert.Single((await harness.Engine.QueryCarbonCopiesAsync("boss")).Items).ReadAt);
        Assert.Equal(2, (await harness.OutboxAsync()).Count(m => m.Type == "CarbonCopy"));
        await Assert.ThrowsAsync<WorkflowOperationException>(() => harness.Engine.MarkCarbonCopyReadAsync(copy.Id, "clerk"));
    }

    [Fact]
    public async Task TaskQuery_FiltersByScope_AndPages()
    {
        for (var i = 0; i < 3; i++) await StartCandidateTaskAsync("T1");
        await StartCandidateTaskAsync("T2");

        var firstPage = await harness.Engine.QueryTasksAsync(new TaskQuery { CandidateRoles = ["TownshipApprover"], CandidateScopes = ["T1"], Take = 2 });
        var secondPage = await harness.Engine.QueryTasksAsync(new TaskQuery { CandidateRoles = ["TownshipApprover"], CandidateScopes = ["T1"], Skip = 2, Take = 2 });
        var otherRole = await harness.Engine.QueryTasksAsync(new TaskQuery { CandidateRoles = ["JointReviewer"] });

        Assert.Equal((2, 3), (firstPage.Items.Count, firstPage.TotalCount));
        Assert.Single(secondPage.Items);
        Assert.All(firstPage.Items.Concat(secondPage.Items), t => Assert.Equal("T1", t.CandidateScope));
        Assert.Empty(otherRole.Items);
    }
}

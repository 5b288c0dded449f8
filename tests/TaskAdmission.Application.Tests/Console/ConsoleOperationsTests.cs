using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Tests.Console.ConsoleScenario;

namespace TaskAdmission.Application.Tests.Console;

/// <summary>The console's approval operations through the use cases, on each provider: who may do what, and what each leaves behind.</summary>
public abstract class ConsoleOperationsTests<TApp>(TApp app) : IAsyncLifetime where TApp : ApplicationHost
{
    private readonly ConsoleScenario scenario = new(app);

    public Task InitializeAsync() => scenario.PrepareAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Transfer_ThenTheColleagueDecides_AuditedAndNotified()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        await scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township));

        await scenario.OpsAsync(s => s.TransferAsync(review.Id, Township, Township2.UserName, "我出差,请代为审核"));

        Assert.Contains((await scenario.InboxAsync(Township2)).Rows, r => r.TaskId == review.Id);
        Assert.DoesNotContain((await scenario.InboxAsync(Township)).Rows, r => r.TaskId == review.Id);
        await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.CompleteAsync(review.Id, Township, true, "我来批")));
        await scenario.OpsAsync(s => s.CompleteAsync(review.Id, Township2, true, "同意"));
        var journal = await scenario.JournalAsync(instance);
        Assert.Contains(journal, j => j.Kind == JournalEntryKind.TaskTransferred && j.Actor == Township.UserName && j.Comment == "我出差,请代为审核");
        Assert.Contains(journal, j => j.Kind == JournalEntryKind.TaskCompleted && j.ElementId == "Review" && j.Actor == Township2.UserName);
        Assert.True(await AuditedAsync("task.transfer", review.Id));
        Assert.True(await NotifiedAsync(NotificationAudience.User(Township2.UserName), NotificationKind.TaskTransferred, review.Id));
    }

    [Fact]
    public async Task RequestCounts_ReadOncePerRequest_AnswerTheInboxTotalAsACountedPageWould()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        var mine = new TodoFilter { Claim = TodoClaim.Mine };

        var (first, second, other, page, overdue, claimedOnly) = await app.WithScopeAsync(async services =>
        {
            var shared = services.GetRequiredService<RequestTodoCounts>();
            var todo = services.GetRequiredService<TodoService>();
            var read = shared.GetAsync(Township);
            return (read, shared.GetAsync(Township), shared.GetAsync(Township2), await todo.ListAsync(Township, new TodoFilter(), read),
                await todo.ListAsync(Township, new TodoFilter { OverdueOnly = true }, read), await todo.ListAsync(Township, mine, read));
        });

        Assert.Same(first, second);
        Assert.NotSame(first, other);
        var counts = await first;
        Assert.Contains(page.Rows, r => r.TaskId == review.Id);
        Assert.Equal((await scenario.InboxAsync(Township)).Total, page.Total);
        Assert.Equal(counts.Todo, page.Total);
        Assert.Equal(counts.Overdue, overdue.Total);
        Assert.Equal((await scenario.InboxAsync(Township, new TodoFilter { OverdueOnly = true })).Total, overdue.Total);
        Assert.Equal((await scenario.InboxAsync(Township, mine)).Total, claimedOnly.Total);
    }

    [Fact]
    public async Task Delegate_ThenResolve_ReturnsTheTaskToTheDelegator_WhoDecides()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        await scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township));

        await scenario.OpsAsync(s => s.DelegateAsync(review.Id, Township, Township2.UserName, "请核实经费"));
        var refused = await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.CompleteAsync(review.Id, Township2, true, "我直接批了")));
        Assert.Equal("TaskDelegated", refused.Code);
        await scenario.OpsAsync(s => s.ResolveAsync(review.Id, Township2, "经费已核实"));

        var back = await scenario.OpenTaskAsync(instance, "Review");
        Assert.Equal(Township.UserName, back.Assignee);
        Assert.True(await NotifiedAsync(NotificationAudience.User(Township.UserName), NotificationKind.TaskResolved, review.Id));
        await scenario.OpsAsync(s => s.CompleteAsync(review.Id, Township, true, "同意"));
        Assert.Contains(await scenario.OpenTasksAsync(instance), t => t.ElementId == "Sign");
    }

    [Fact]
    public async Task Return_ToAChosenEarlierStep_RecreatesItForWhoeverDidIt()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        await scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township));
        var detail = await scenario.OpsAsync(s => s.GetAsync(review.Id, Township));
        Assert.Equal(["Apply"], detail.ReturnTargets.Select(t => t.Id));

        var invalid = await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.ReturnAsync(review.Id, Township, "Sign", "退到后面")));
        Assert.Equal(RefusalKind.Invalid, invalid.Kind);
        await scenario.OpsAsync(s => s.ReturnAsync(review.Id, Township, "Apply", "请补充经费测算"));

        var apply = await scenario.OpenTaskAsync(instance, "Apply");
        Assert.Equal(Initiator.UserName, apply.Assignee);
        Assert.DoesNotContain(await scenario.OpenTasksAsync(instance), t => t.ElementId == "Review");
        Assert.True(await NotifiedAsync(NotificationAudience.User(Initiator.UserName), NotificationKind.TaskReturned, apply.Id));
    }

    [Fact]
    public async Task Withdraw_WorksUntilTheNextStepActs_ThenIsRefused()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        var apply = (await scenario.JournalAsync(instance)).First(j => j.Kind == JournalEntryKind.TaskCompleted && j.ElementId == "Apply").TaskId!.Value;

        await scenario.OpsAsync(s => s.WithdrawAsync(apply, Initiator, "材料填错了"));
        Assert.Contains(await scenario.OpenTasksAsync(instance), t => t.ElementId == "Apply" && t.Assignee == Initiator.UserName);
        Assert.DoesNotContain(await scenario.OpenTasksAsync(instance), t => t.Id == review.Id);

        var again = await scenario.ToReviewAsync(instance);
        var secondApply = (await scenario.JournalAsync(instance)).Last(j => j.Kind == JournalEntryKind.TaskCompleted && j.ElementId == "Apply").TaskId!.Value;
        await scenario.OpsAsync(s => s.ClaimAsync(again.Id, Township));
        var refused = await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.WithdrawAsync(secondApply, Initiator, "还想改")));
        Assert.Equal("WithdrawTooLate", refused.Code);
        Assert.Equal(Township.UserName, (await scenario.OpenTaskAsync(instance, "Review")).Assignee);
    }

    [Fact]
    public async Task AddSigner_ThenTheRatioIsReached_EndsTheCountersign()
    {
        var instance = await scenario.StartAsync(Joint.UserName, Joint2.UserName);
        var review = await scenario.ToReviewAsync(instance);
        await scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township));
        await scenario.OpsAsync(s => s.CompleteAsync(review.Id, Township, true, "同意"));
        var first = await scenario.OpenTaskAsync(instance, "Sign", Joint.UserName);
        await scenario.OpsAsync(s => s.CompleteAsync(first.Id, Joint, true, "同意"));

        var second = await scenario.OpenTaskAsync(instance, "Sign", Joint2.UserName);
        await scenario.OpsAsync(s => s.AddSignersAsync(second.Id, Joint2, [Joint3.UserName], "涉及农业,请农业农村局会签"));
        var countersign = (await scenario.OpsAsync(s => s.GetAsync(second.Id, Joint2))).Countersign!;
        Assert.Equal((3, 1), (countersign.Instances, countersign.Completed));
        Assert.Contains((await scenario.InboxAsync(Joint3)).Rows, r => r.ElementId == "Sign");

        await scenario.OpsAsync(s => s.CompleteAsync(second.Id, Joint2, true, "同意"));

        Assert.DoesNotContain(await scenario.OpenTasksAsync(instance), t => t.ElementId == "Sign");
        Assert.Contains(await scenario.OpenTasksAsync(instance), t => t.ElementId == "Approve");
        Assert.Contains(await scenario.JournalAsync(instance), j => j.Kind == JournalEntryKind.SignersAdded && j.Detail == Joint3.UserName);
    }

    [Fact]
    public async Task CarbonCopy_ReachesTheCopiedInbox_AndTheirBell_ButNeverAVillage()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);

        var copied = await scenario.OpsAsync(s => s.CarbonCopyAsync(review.Id, Township, [Supervisor.UserName], [], "请知悉"));
        var village = await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.CarbonCopyAsync(review.Id, Township, ["village"], [], "请知悉")));

        Assert.Equal(1, copied);
        Assert.Equal("NotACopyRecipient", village.Code);
        var inbox = await scenario.InboxAsync(Supervisor, new TodoFilter { Tab = TodoTab.Copied });
        var row = Assert.Single(inbox.Rows, r => r.InstanceId == instance);
        Assert.True(row.Unread);
        Assert.Equal("请知悉", row.Comment);
        Assert.True(await app.WithScopeAsync<AppDbContext, bool>(db => db.Notifications.AnyAsync(n =>
            n.Audience == NotificationAudience.User(Supervisor.UserName) && n.Kind == NotificationKind.CarbonCopied && n.Link == $"/workflows/instances/{instance}")));
    }

    [Fact]
    public async Task MenuCounts_CountCopies_AlsoForSomeoneWithNoOpenTask()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        var counts = () => app.WithScopeAsync<TodoService, TodoCounts>(s => s.CountsAsync(Supervisor));
        var before = await counts();

        await scenario.OpsAsync(s => s.CarbonCopyAsync(review.Id, Township, [Supervisor.UserName], [], "请知悉"));
        var after = await counts();
        var nobody = await app.WithScopeAsync<TodoService, TodoCounts>(s => s.CountsAsync(new Actor("nobody-" + Guid.NewGuid().ToString("N"), AppRoles.VillageCommittee, null, "990199999999")));

        Assert.Equal(before.CopiedUnread + 1, after.CopiedUnread);
        Assert.Equal((await scenario.InboxAsync(Supervisor)).Total, after.Todo);
        Assert.Equal((await scenario.InboxAsync(Supervisor, new TodoFilter { Tab = TodoTab.Copied })).Rows.Count(r => r.Unread), after.CopiedUnread);
        Assert.Equal(new TodoCounts(0, 0, 0), nobody);
        // The township approver has the review open: the grouped pass and the copies in the same statement.
        var township = await app.WithScopeAsync<TodoService, TodoCounts>(s => s.CountsAsync(Township));
        Assert.Equal((await scenario.InboxAsync(Township)).Total, township.Todo);
        Assert.True(township.Todo >= 1);
    }

    [Fact]
    public async Task TwoApproversClaimAtOnce_OneWins_TheOtherGetsAConflict()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);

        var attempts = await Task.WhenAll(
            Try(() => scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township))),
            Try(() => scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township2))));

        Assert.Single(attempts, a => a is null);
        var loser = Assert.Single(attempts, a => a is not null)!;
        Assert.Equal(RefusalKind.Conflict, loser.Kind);
        var assignee = (await scenario.OpenTaskAsync(instance, "Review")).Assignee;
        Assert.Contains(assignee, new[] { Township.UserName, Township2.UserName });
        Assert.Single(await scenario.JournalAsync(instance), j => j.Kind == JournalEntryKind.TaskClaimed);
    }

    [Fact]
    public async Task Inbox_ShowsOnlyTasksOfTheApproversScope_WithWorkingDaysLeft()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);

        var mine = Assert.Single((await scenario.InboxAsync(Township)).Rows, r => r.TaskId == review.Id);
        Assert.True(mine.Claimable);
        Assert.Equal(3, mine.WorkingDaysLeft);
        Assert.DoesNotContain((await scenario.InboxAsync(HewanApprover)).Rows, r => r.InstanceId == instance);
        await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.ClaimAsync(review.Id, HewanApprover)));
        await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.GetAsync(review.Id, HewanApprover)));
        Assert.True(await NotifiedAsync(NotificationAudience.Township(Shiqiao), NotificationKind.TaskAssigned, review.Id));
        Assert.Contains((await scenario.InboxAsync(Initiator, new TodoFilter { Tab = TodoTab.Started })).Rows, r => r.InstanceId == instance && r.WaitingAt.Contains("乡镇审核"));
    }

    [Fact]
    public async Task Operations_WithoutAComment_AreRefusedAndWriteNothing()
    {
        var instance = await scenario.StartAsync();
        var review = await scenario.ToReviewAsync(instance);
        await scenario.OpsAsync(s => s.ClaimAsync(review.Id, Township));
        var before = (await scenario.JournalAsync(instance)).Count;

        var refused = await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.TransferAsync(review.Id, Township, Township2.UserName, "  ")));
        var stranger = await Assert.ThrowsAsync<RefusalException>(() => scenario.OpsAsync(s => s.TransferAsync(review.Id, Township, HewanApprover.UserName, "请办理")));

        Assert.Equal(("comment", "CommentRequired"), (refused.Problems[0].Field, refused.Code));
        Assert.Equal("NotAColleague", stranger.Code);
        Assert.Equal(before, (await scenario.JournalAsync(instance)).Count);
        Assert.Equal(Township.UserName, (await scenario.OpenTaskAsync(instance, "Review")).Assignee);
    }

    private static async Task<RefusalException?> Try(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (RefusalException refusal)
        {
            return refusal;
        }
    }

    private Task<bool> AuditedAsync(string action, Guid taskId) =>
        app.WithScopeAsync<AppDbContext, bool>(db => db.AuditEntries.AnyAsync(a => a.Action == action && a.Subject == $"workflow-task:{taskId}"));

    private Task<bool> NotifiedAsync(string audience, NotificationKind kind, Guid taskId) =>
        app.WithScopeAsync<AppDbContext, bool>(db => db.Notifications.AnyAsync(n => n.Audience == audience && n.Kind == kind && n.Link == $"/tasks/{taskId}"));
}

public sealed class SqliteConsoleOperationsTests(SqliteApplicationHost app) : ConsoleOperationsTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresConsoleOperationsTests(PostgresApplicationHost app) : ConsoleOperationsTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;

using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Forms.Mapping;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Application.Workflows.Tasks;
using TaskAdmission.Core.Common;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Features.Tasks;
using TaskAdmission.Web.Features.Workflows;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Tasks;

/// <summary>The console's components rendered alone (bUnit): the inbox table, the timeline in words, the operation forms.</summary>
public sealed class ConsoleComponentTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly BunitContext context = new();
    private readonly (CultureInfo, CultureInfo) previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public ConsoleComponentTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        context.Services.AddLocalization();
        // A page would map posted forms; these tests only render them (nothing was posted).
        context.Services.AddSingleton<IFormValueMapper, NothingPosted>();
    }

    public void Dispose()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        context.Dispose();
    }

    private static TodoRow Row(string step, int? left, bool claimable = false, string? assignee = null) => new()
    {
        TaskId = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ProcessId = "p", ProcessName = "准入审批", ElementId = step, Step = step,
        Subject = "ZR20260302-0A1B2C 留守老人走访", FormKey = null, Assignee = assignee, Claimable = claimable, At = Monday,
        DueDate = left is null ? null : new DateOnly(2026, 3, 10), WorkingDaysLeft = left,
    };

    [Fact]
    public void TodoTable_HighlightsOverdueTasks_AndOffersClaimOnlyForUnclaimedOnes()
    {
        var overdue = Row("乡镇审核", -2, claimable: true);
        var held = Row("联审会签", 4, assignee: "li.si");

        var table = context.Render<TodoTable>(p => p.Add(t => t.Tab, TodoTab.Todo).Add(t => t.Rows, [overdue, held]).Add(t => t.Total, 2)
            .Add(t => t.People, new Dictionary<string, string> { ["li.si"] = "李四" }));

        var first = table.Find($"tr[data-task='{overdue.TaskId}']");
        Assert.Contains("table-danger", first.ClassName);
        Assert.Equal("超期 2 个工作日", first.QuerySelector("[data-overdue]")!.TextContent);
        Assert.Equal("claim-form", first.QuerySelector("button[name=ClaimTask]")!.GetAttribute("form"));
        var second = table.Find($"tr[data-task='{held.TaskId}']");
        Assert.Null(second.QuerySelector("button[name=ClaimTask]"));
        Assert.Contains("李四", second.TextContent);
        Assert.DoesNotContain("li.si", second.TextContent);
        Assert.Contains("剩 4 个工作日", second.TextContent);
        Assert.Equal($"/tasks/{held.TaskId}", second.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void TodoTable_CopiedTab_ShowsTheSenderByName_AndUnreadCopies()
    {
        var copy = Row("x", null) with { TaskId = null, From = "zhang.wei", Comment = "请知悉", Unread = true, CopyId = Guid.NewGuid() };

        var table = context.Render<TodoTable>(p => p.Add(t => t.Tab, TodoTab.Copied).Add(t => t.Rows, [copy])
            .Add(t => t.People, new Dictionary<string, string> { ["zhang.wei"] = "石桥镇审核人 张伟" }));

        var row = table.Find("tbody tr");
        Assert.Contains("石桥镇审核人 张伟", row.TextContent);
        Assert.Contains("未读", row.TextContent);
        Assert.Contains("请知悉", row.TextContent);
        Assert.Equal($"/workflows/instances/{copy.InstanceId}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Timeline_TellsWhoDidWhatToWhom_InWords_WithTheCommentAndChangedData()
    {
        var instance = Guid.NewGuid();
        JournalEntry Entry(long n, JournalEntryKind kind, string? element, string? actor, string? comment = null, string? detail = null, string? variables = null) =>
            new() { Id = Guid.NewGuid(), InstanceId = instance, Sequence = n, At = Monday.AddMinutes(n), Kind = kind, ElementId = element, Actor = actor, Comment = comment, Detail = detail, VariablesJson = variables };
        JournalEntry[] entries =
        [
            Entry(1, JournalEntryKind.InstanceStarted, null, "wang.fang", variables: """{"amount":2000}"""),
            Entry(2, JournalEntryKind.ElementEntered, "Review", null),
            Entry(3, JournalEntryKind.TaskTransferred, "Review", "zhang.wei", "出差,请代办", "transferred to li.si"),
            Entry(4, JournalEntryKind.TaskReturned, "Review", "li.si", "请补充材料", "returned to Apply"),
        ];

        var timeline = context.Render<InstanceTimeline>(p => p.Add(t => t.Entries, entries)
            .Add(t => t.Elements, new Dictionary<string, string> { ["Review"] = "乡镇审核", ["Apply"] = "填写申请" })
            .Add(t => t.People, new Dictionary<string, string> { ["wang.fang"] = "王芳", ["zhang.wei"] = "张伟", ["li.si"] = "李四" }));

        var items = timeline.FindAll("ol[data-testid=timeline] > li");
        Assert.Equal(3, items.Count);
        Assert.Contains("amount = 2000", items[0].TextContent);
        Assert.Contains("张伟", items[1].TextContent);
        Assert.Contains("转办给 李四", items[1].TextContent);
        Assert.Contains("出差,请代办", items[1].TextContent);
        Assert.Contains("退回到“填写申请”", items[2].TextContent);
        Assert.DoesNotContain("li.si", timeline.Find("ol").TextContent);
        Assert.Equal(4, timeline.FindAll("details tbody tr").Count);
    }

    [Fact]
    public void TaskOperations_OfferTransferAndDelegateToColleagues_AndEachAsksForAComment()
    {
        var detail = Detail() with { CanHandOver = true, CanRemind = false };
        Person[] colleagues = [new("township-b", "石桥镇审核人 李明", "TownshipApprover")];

        var ops = context.Render<TaskOperations>(p => p.Add(o => o.Detail, detail).Add(o => o.Colleagues, colleagues));

        Assert.Equal(["transfer", "delegate"], ops.FindAll("form[data-op]").Select(f => f.GetAttribute("data-op")));
        var transfer = ops.Find("form[data-op=transfer]");
        Assert.Equal("石桥镇审核人 李明", transfer.QuerySelector("select option[value='township-b']")!.TextContent);
        var comment = transfer.QuerySelector("textarea[name='Input.Comment']")!;
        Assert.True(comment.HasAttribute("required"));
        Assert.Equal("500", comment.GetAttribute("maxlength"));
        Assert.Equal("办理意见（必填）", transfer.QuerySelector($"label[for='{comment.Id}']")!.TextContent);
    }

    [Fact]
    public void OperationForm_ShowsTheRefusal_BesideTheComment()
    {
        var errors = new FormErrors();
        errors.Add(RefusalException.Invalid("comment", "CommentRequired", 500), p => "请填写意见（不超过 500 字）。");

        var form = context.Render<OperationForm>(p => p.Add(f => f.Op, "return").Add(f => f.Title, "退回").Add(f => f.Submit, "退回")
            .Add(f => f.CommentLabel, "办理意见（必填）").Add(f => f.Errors, errors)
            .Add(f => f.Choices, [("Apply", "填写申请")]).Add(f => f.ChoiceField, "Target"));

        var textarea = form.Find("textarea");
        Assert.Contains("is-invalid", textarea.ClassName);
        Assert.Equal("请填写意见（不超过 500 字）。", form.Find($"#{textarea.GetAttribute("aria-describedby")}").TextContent);
        Assert.Equal("Input.Target", form.Find("select").GetAttribute("name"));
    }

    [Fact]
    public void CountersignProgress_ShowsNOfM_AndTheRatioRule()
    {
        var view = new CountersignView("Sign", false, "${nrOfApproved / nrOfInstances >= 2/3}",
        [
            new CountersignSigner("a", CountersignSignerState.Signed, "approve", "a", null),
            new CountersignSigner("b", CountersignSignerState.Active, null, null, Guid.NewGuid()),
            new CountersignSigner("c", CountersignSignerState.Removed, null, null, null),
        ]);

        var progress = context.Render<CountersignProgress>(p => p.Add(c => c.Countersign, view).Add(c => c.People, new Dictionary<string, string> { ["a"] = "甲" }));

        Assert.Equal("会签进度：1/2 已签", progress.Find("h2").TextContent);
        Assert.Equal("Ratio", progress.Find("[data-rule]").GetAttribute("data-rule"));
        Assert.Contains("甲", progress.Find("[data-signer=a]").TextContent);
        Assert.Contains("已签 · 同意", progress.Find("[data-signer=a]").TextContent);
    }

    private static TaskDetail Detail() => new()
    {
        Task = new UserTaskRecord
        {
            Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ProcessId = "p", ElementId = "Review", Name = "乡镇审核", TokenId = 1,
            Status = UserTaskStatus.Open, Assignee = "township", Owner = "township", CreatedAt = Monday,
        },
        Subject = "s", ProcessName = "p", InstanceStatus = InstanceStatus.Running,
    };

    private sealed class NothingPosted : IFormValueMapper
    {
        public bool CanMap(Type valueType, string scopeName, string? formName) => false;

        public void Map(FormValueMappingContext context)
        {
        }
    }
}

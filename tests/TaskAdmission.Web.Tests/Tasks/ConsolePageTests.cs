using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Tasks;

/// <summary>The inbox and the task page through the real app: the township approver claims, is refused without a comment, transfers.</summary>
public sealed class ConsolePageTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>An instance of workflows/test/console-approval.bpmn waiting at the 石桥镇 review, and a second 石桥镇 approver.</summary>
    private Task<Guid> StartAtReviewAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (!await db.Users.AnyAsync(u => u.UserName == "township-b"))
        {
            await sp.GetRequiredService<UserService>().CreateAsync(
                new NewUser("township-b", "石桥镇审核人 李明", "Test@2026!long", AppRoles.TownshipApprover, "990100100000"), Actor.SystemAdministrator("admin"));
        }
        return (await ConsoleApprovalInstances.StartAtReviewAsync(app)).Review;
    });

    [Fact]
    public async Task Approver_ClaimsFromTheInbox_IsRefusedWithoutAComment_ThenTransfers()
    {
        var review = await StartAtReviewAsync();
        var township = await app.SignedInClientAsync("township");

        var inbox = Parse(await township.GetStringAsync("/tasks?sort=received"));
        Assert.NotNull(inbox.QuerySelector($"tr[data-task='{review}'] button[name=ClaimTask][value='{review}']"));
        Assert.NotNull(Parse(await township.GetStringAsync("/")).QuerySelector("[data-todo-count]"));
        var claim = await TestApp.HiddenFieldsAsync(township, "/tasks", "#claim-form");
        var claimed = await township.PostAsync("/tasks", new FormUrlEncodedContent([.. claim, new("ClaimTask", review.ToString())]));
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        Assert.EndsWith($"/tasks/{review}", claimed.Headers.Location!.OriginalString);

        var page = $"/tasks/{review}";
        var refused = await TestApp.PostFormAsync(township, page, "[transfer]op", ("Input.To", "township-b"), ("Input.Comment", ""));
        Assert.Equal("请填写意见（不超过 500 字）。", refused.QuerySelector("form[data-op=transfer] #transfer-comment-error")!.TextContent);

        var form = await TestApp.FormFieldsAsync(township, page, "[transfer]op");
        var transferred = await township.PostAsync(page, new FormUrlEncodedContent([.. form, new("Input.To", "township-b"), new("Input.Comment", "出差一周,请代为审核")]));
        Assert.Equal(HttpStatusCode.Redirect, transferred.StatusCode);

        var colleague = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await app.SignInAsync(colleague, "township-b", "Test@2026!long")).StatusCode);
        var task = Parse(await colleague.GetStringAsync(page));
        Assert.Contains("石桥镇审核人 李明", task.QuerySelector("#task-state")!.TextContent);
        var entry = task.QuerySelector("#timeline li[data-kind=TaskTransferred]")!.TextContent;
        Assert.Contains("转办给 石桥镇审核人 李明", entry);
        Assert.Contains("出差一周,请代为审核", entry);
        var bell = Parse(await colleague.GetStringAsync("/notifications"));
        Assert.Contains(bell.QuerySelectorAll("li"), li => li.TextContent.Contains("有待办转给您"));
    }

    [Fact]
    public async Task AnotherTownshipsApprover_CannotSeeTheTask()
    {
        var review = await StartAtReviewAsync();
        var supervisor = await app.SignedInClientAsync("supervisor");

        var page = Parse(await supervisor.GetStringAsync($"/tasks/{review}"));

        Assert.NotNull(page.QuerySelector("#task-missing"));
        Assert.Null(page.QuerySelector("#task-operations"));
        Assert.DoesNotContain(Parse(await supervisor.GetStringAsync("/tasks")).QuerySelectorAll("tr[data-task]"), r => r.GetAttribute("data-task") == review.ToString());
    }
}

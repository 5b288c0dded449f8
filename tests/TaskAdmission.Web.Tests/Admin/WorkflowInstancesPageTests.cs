using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Admin;

/// <summary>
/// The operators' instance list (/admin/workflows/instances), the cancel form on the instance page and retrying a
/// selection of incidents, through the real app on each database.
/// </summary>
public abstract class WorkflowInstancesPageTests<TApp>(TApp app) where TApp : TestApp
{
    private const string ListPath = "/admin/workflows/instances";

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<(InstanceStatus Status, DateTime StartedAtUtc, int Version)> RowAsync(Guid id) => app.WithScopeAsync(async sp =>
    {
        var row = await sp.GetRequiredService<AppDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(w => w.Id == id);
        return (row.Status, row.StartedAtUtc, row.DefinitionVersion);
    });

    private Task<List<string>> AuditActionsAsync(Guid instance) => OperatorRetryInstances.AuditActionsAsync(app, instance);

    private static bool Lists(IHtmlDocument page, Guid instance) => page.QuerySelector($"#instances tr[data-instance='{instance}']") is not null;

    [Fact]
    public async Task InstanceList_FiltersByKeyProcessVersionStateAndStartDay()
    {
        var (instance, _, key) = await OperatorRetryInstances.StartStuckAsync(app);
        var (_, startedAt, version) = await RowAsync(instance);
        var day = ChinaClock.DayOf(startedAt);
        var admin = await app.SignedInClientAsync("admin");

        var byKey = Parse(await admin.GetStringAsync($"{ListPath}?key={key}"));
        var all = Parse(await admin.GetStringAsync($"{ListPath}?process=operator_retry&version={version}&status=Running&key={key}&from={Day(day)}&to={Day(day)}"));
        var otherState = Parse(await admin.GetStringAsync($"{ListPath}?status=Completed&key={key}"));
        var otherVersion = Parse(await admin.GetStringAsync($"{ListPath}?version={version + 1000}&key={key}"));
        var later = Parse(await admin.GetStringAsync($"{ListPath}?from={Day(day.AddDays(1))}&key={key}"));
        var earlier = Parse(await admin.GetStringAsync($"{ListPath}?to={Day(day.AddDays(-1))}&key={key}"));

        Assert.True(Lists(byKey, instance));
        var row = byKey.QuerySelector($"#instances tr[data-instance='{instance}']")!;
        Assert.Contains("办理中", row.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/admin/workflows/{instance}']"));
        Assert.NotNull(row.QuerySelector($"a[href='/workflows/instances/{instance}']"));
        Assert.Equal("显示 1 条，共 1 条", byKey.QuerySelector("#instances caption")!.TextContent.Trim());
        Assert.True(Lists(all, instance));
        Assert.False(Lists(otherState, instance));
        Assert.False(Lists(otherVersion, instance));
        Assert.False(Lists(later, instance));
        Assert.False(Lists(earlier, instance));
    }

    [Fact]
    public async Task InstanceList_FindsAnInstanceByItsId_AndIgnoresAMalformedFilterValue()
    {
        var (instance, _, _) = await OperatorRetryInstances.StartStuckAsync(app);
        var admin = await app.SignedInClientAsync("admin");

        var page = Parse(await admin.GetStringAsync($"{ListPath}?key={instance}&version=abc&from=yesterday"));

        Assert.True(Lists(page, instance));
        Assert.Equal("", page.QuerySelector("#f-version")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Cancel_WithoutReason_ShowsTheFieldMessage_ThenWithAReason_EndsTheInstance_JournaledAndAudited()
    {
        var (instance, _, _) = await OperatorRetryInstances.StartStuckAsync(app);
        var admin = await app.SignedInClientAsync("admin");
        var path = $"/admin/workflows/{instance}";

        var refused = await TestApp.PostFormAsync(admin, path, "workflow-cancel", ("Input.Reason", "  "));

        Assert.Equal("请填写“原因”。", refused.QuerySelector("#cancel-reason-error")!.TextContent.Trim());
        Assert.Equal(InstanceStatus.Running, (await RowAsync(instance)).Status);
        Assert.Empty(await AuditActionsAsync(instance));

        var form = await TestApp.FormFieldsAsync(admin, path, "workflow-cancel");
        var response = await admin.PostAsync(path, new FormUrlEncodedContent([.. form, new("Input.Reason", "申请人已撤销申请")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InstanceStatus.Cancelled, (await RowAsync(instance)).Status);
        Assert.Equal(["workflow.cancel admin"], await AuditActionsAsync(instance));
        var cancelled = Parse(await admin.GetStringAsync($"{ListPath}?key={instance}&status=Cancelled"));
        Assert.Contains("已取消", cancelled.QuerySelector($"#instances tr[data-instance='{instance}']")!.TextContent);

        var again = await admin.PostAsync(path, new FormUrlEncodedContent([.. form, new("Input.Reason", "再取消一次")]));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("操作未执行", Parse(await again.Content.ReadAsStringAsync()).QuerySelector("#cancel-reason-error")!.TextContent);
        Assert.Equal(["workflow.cancel admin"], await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task RetrySelected_RetriesEachTickedIncident_AndSaysHowManyContinued()
    {
        var (fixedOne, fixedIncident, _) = await OperatorRetryInstances.StartStuckAsync(app);
        var (stillBroken, brokenIncident, _) = await OperatorRetryInstances.StartStuckAsync(app);
        await app.WithScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().SetVariableAsync(fixedOne, "ready", JsonSerializer.SerializeToElement(true), "test", "fixed"));
        var admin = await app.SignedInClientAsync("admin");
        var form = await TestApp.FormFieldsAsync(admin, "/admin/workflows", "workflow-retry");

        var response = await admin.PostAsync("/admin/workflows", new FormUrlEncodedContent(
            [.. form, new("Selected", fixedIncident.ToString()), new("Selected", brokenIncident.ToString()), new("RetrySelected", "1")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("已重试：1 个继续运行，1 个再次出错，0 个被拒绝（如已被他人处理）。", page.QuerySelector("#workflow-result")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"#workflow-incidents tr[data-instance='{fixedOne}']"));
        Assert.NotNull(page.QuerySelector($"#workflow-incidents tr[data-instance='{stillBroken}']"));
        Assert.Equal(["workflow.retry admin"], await AuditActionsAsync(fixedOne));
        Assert.Equal(["workflow.retry admin"], await AuditActionsAsync(stillBroken));
    }
}

public sealed class SqliteWorkflowInstancesPageTests(SqliteWorkflowOperationsApp app)
    : WorkflowInstancesPageTests<SqliteWorkflowOperationsApp>(app), IClassFixture<SqliteWorkflowOperationsApp>;

public sealed class PostgresWorkflowInstancesPageTests(PostgresWorkflowOperationsApp app)
    : WorkflowInstancesPageTests<PostgresWorkflowOperationsApp>(app), IClassFixture<PostgresWorkflowOperationsApp>;

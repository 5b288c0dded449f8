using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Admin;

/// <summary>
/// The workflow operations pages (/admin/workflows, /admin/workflows/{id}) through the real app. Each test starts its
/// own instance of workflows/test/operator-retry.bpmn, which stops with an incident until "ready" is true.
/// </summary>
public abstract class WorkflowOperationsPageTests<TApp>(TApp app) where TApp : TestApp
{
    private const string ListPath = "/admin/workflows";

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static Task<IHtmlDocument> PostAsync(HttpClient client, string path, string formName, params (string Key, string Value)[] fields) =>
        TestApp.PostFormAsync(client, path, formName, fields);

    private static string Fixture() => File.ReadAllText(RepositoryPaths.Combine("workflows", "test", "operator-retry.bpmn"));

    /// <summary>A new instance stuck at "notify" with one open incident.</summary>
    private Task<(Guid Instance, Guid Incident, string Key)> StartStuckAsync() => app.WithScopeAsync(async sp =>
    {
        var engine = sp.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Fixture());
        var key = $"OPS-{Guid.NewGuid():N}"[..16];
        var started = await engine.StartAsync(new StartInstanceRequest { ProcessId = "operator_retry", BusinessKey = key });
        Assert.Single(started.NewIncidents);
        return (started.InstanceId, started.NewIncidents[0].Id, key);
    });

    /// <summary>Deploys a new version of the fixture changed by <paramref name="edit"/> (unique, so always a new version).</summary>
    private Task<int> DeployVersionAsync(Func<string, string> edit) => app.WithScopeAsync(async sp =>
    {
        var xml = edit(Fixture()).Replace("name=\"Notify, then review\"", $"name=\"Notify, then review {Guid.NewGuid():N}\"", StringComparison.Ordinal);
        var deployed = await sp.GetRequiredService<WorkflowEngine>().DeployAsync(xml);
        Assert.True(deployed.IsNewVersion);
        return deployed.Version;
    });

    /// <summary>A version with the same element ids.</summary>
    private Task<int> DeploySameIdsAsync() => DeployVersionAsync(xml => xml);

    /// <summary>A version without "notify" (start goes straight to review), so a token at notify has no counterpart.</summary>
    private Task<int> DeployWithoutNotifyAsync() => DeployVersionAsync(xml => xml
        .Replace("<bpmn:serviceTask id=\"notify\" name=\"Notify\" ta:type=\"test.fail-until-ready\" />", "", StringComparison.Ordinal)
        .Replace("<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"notify\" />", "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"review\" />", StringComparison.Ordinal)
        .Replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"notify\" targetRef=\"review\" />", "", StringComparison.Ordinal));

    /// <summary>A version where "notify" is called "notify_v2" (same service task, same flows).</summary>
    private Task<int> DeployRenamedAsync() => DeployVersionAsync(xml => xml
        .Replace("id=\"notify\"", "id=\"notify_v2\"", StringComparison.Ordinal)
        .Replace("targetRef=\"notify\"", "targetRef=\"notify_v2\"", StringComparison.Ordinal)
        .Replace("sourceRef=\"notify\"", "sourceRef=\"notify_v2\"", StringComparison.Ordinal));

    /// <summary>The dry run's row for <paramref name="source"/>: the target selected in its mapping select, and the problem.</summary>
    private static (string Target, string Problem) PlannedTarget(IHtmlDocument page, string source)
    {
        var row = page.QuerySelector($"#migrate-plan tr[data-source='{source}']")!;
        return (row.QuerySelector("select option[selected]")?.GetAttribute("value") ?? "", row.QuerySelector("td.text-danger")!.TextContent.Trim());
    }

    /// <summary>Posts the form named <paramref name="formName"/> as rendered on <paramref name="page"/> (it may exist only after a dry run).</summary>
    private static async Task<IHtmlDocument> PostFromPageAsync(HttpClient client, string path, IHtmlDocument page, string formName, params (string Key, string Value)[] fields)
    {
        var form = page.QuerySelector($"form:has(input[name=_handler][value='{formName}'])") ?? throw new InvalidOperationException($"no form {formName}");
        var hidden = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (key, value) in fields) hidden[key] = value;
        var response = await client.PostAsync(path, new FormUrlEncodedContent(hidden));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    private static bool HasForm(IHtmlDocument page, string formName) => page.QuerySelector($"form:has(input[name=_handler][value='{formName}'])") is not null;

    private Task<WorkflowInstanceView> InstanceAsync(Guid id) => app.WithScopeAsync(async sp => (await sp.GetRequiredService<WorkflowEngine>().GetInstanceAsync(id))!);

    private Task<List<string>> AuditActionsAsync(Guid instance) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Subject == $"workflow-instance:{instance}")
            .OrderBy(a => a.Id).Select(a => a.Action + " " + a.Actor).ToListAsync());

    /// <summary>Journal rows as "kind|element|actor|comment|outcome": the kind as stored (the cell shows its label).</summary>
    private static List<string> Journal(IHtmlDocument page) =>
        page.QuerySelectorAll("#workflow-journal tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Skip(1)
            .Select(c => c.GetAttribute("data-kind") ?? c.TextContent.Trim()))).ToList();

    /// <summary>The label the journal shows for the first entry of <paramref name="kind"/>.</summary>
    private static string? JournalLabel(IHtmlDocument page, string kind) =>
        page.QuerySelector($"#workflow-journal td[data-kind='{kind}']")?.TextContent.Trim();

    [Theory]
    [InlineData("township", "/admin/workflows")]
    [InlineData("village", "/admin/workflows")]
    [InlineData("township", "/admin/workflows/00000000-0000-0000-0000-000000000001")]
    [InlineData("listadmin", "/admin/workflows/00000000-0000-0000-0000-000000000001")]
    public async Task WorkflowPages_AreRefused_ForNonAdministrators(string userName, string path)
    {
        var client = await app.SignedInClientAsync(userName);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task IncidentList_ShowsTheStuckInstance_AndRetryContinuesIt_OnceTheCauseIsFixed()
    {
        var (instance, incident, key) = await StartStuckAsync();
        var admin = await app.SignedInClientAsync("admin");

        var list = Parse(await admin.GetStringAsync(ListPath));
        var row = list.QuerySelector($"#workflow-incidents tr[data-instance='{instance}']");
        Assert.NotNull(row);
        Assert.Contains(key, row!.TextContent);
        Assert.Contains("the notification service is not ready", row.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/admin/workflows/{instance}']"));

        var again = await PostAsync(admin, ListPath, "workflow-retry", ("IncidentId", incident.ToString()));
        Assert.Contains("又产生异常", again.QuerySelector("#workflow-result")!.TextContent);
        Assert.Equal(["notify"], (await InstanceAsync(instance)).ActiveElementIds);

        await app.WithScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().SetVariableAsync(instance, "ready", JsonSerializer.SerializeToElement(true), "test", "fixed"));
        var open = await app.WithScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().Store.GetIncidentsAsync(instance));
        var second = open.Single(i => i.Status == IncidentStatus.Open).Id;
        var done = await PostAsync(admin, ListPath, "workflow-retry", ("IncidentId", second.ToString()));

        Assert.Contains("已继续执行", done.QuerySelector("#workflow-result")!.TextContent);
        Assert.Contains("review", done.QuerySelector("#workflow-result")!.TextContent);
        Assert.Null(done.QuerySelector($"#workflow-incidents tr[data-instance='{instance}']"));
        var view = await InstanceAsync(instance);
        Assert.Equal(["review"], view.ActiveElementIds);
        Assert.False(view.HasOpenIncidents);
        Assert.Equal(["workflow.retry admin", "workflow.retry admin"], await AuditActionsAsync(instance));
        Assert.Contains(Journal(Parse(await admin.GetStringAsync($"{ListPath}/{instance}"))), j => j.StartsWith("IncidentResolved|notify|admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetryOfAResolvedIncident_ShowsTheConflict_NotAnErrorPage()
    {
        var (instance, incident, _) = await StartStuckAsync();
        var admin = await app.SignedInClientAsync("admin");
        var form = await TestApp.FormFieldsAsync(admin, ListPath, "workflow-retry");
        await PostAsync(admin, ListPath, "workflow-retry", ("IncidentId", incident.ToString()));

        var response = await admin.PostAsync(ListPath, new FormUrlEncodedContent([.. form, new("IncidentId", incident.ToString())]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("操作未执行", page.QuerySelector("#workflow-result")!.TextContent);
        Assert.Contains("already resolved", page.QuerySelector("#workflow-result")!.TextContent);
        Assert.Equal(["workflow.retry admin"], await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task MoveToken_MovesTheInstance_AndIsJournaledAndAudited()
    {
        var (instance, _, _) = await StartStuckAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";

        var page = await PostAsync(admin, path, "workflow-move", ("Move.From", "notify"), ("Move.To", "review"), ("Move.Reason", "通知已线下送达"));

        Assert.Contains("已继续执行", page.QuerySelector("#workflow-result")!.TextContent);
        Assert.Equal("review", page.QuerySelector("#workflow-active")!.TextContent.Trim());
        Assert.Equal(["review"], (await InstanceAsync(instance)).ActiveElementIds);
        Assert.Contains(Journal(page), j => j.StartsWith("TokenMoved|notify|admin|通知已线下送达", StringComparison.Ordinal));
        Assert.Equal("运维调整环节", JournalLabel(page, "TokenMoved"));
        Assert.Equal(["workflow.move admin"], await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task SetVariable_ChangesTheInstance_IsJournaled_AndARetryFromTheInstancePageThenContinues()
    {
        var (instance, incident, _) = await StartStuckAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";

        var page = await PostAsync(admin, path, "workflow-set-variable", ("Variable.Name", "ready"), ("Variable.Value", "true"), ("Variable.Reason", "通知服务已恢复"));

        Assert.Contains("\"ready\": true", page.QuerySelector("#workflow-variables")!.TextContent);
        Assert.True((await InstanceAsync(instance)).Variables["ready"].GetBoolean());
        Assert.Contains(Journal(page), j => j.StartsWith("VariableSet||admin|通知服务已恢复", StringComparison.Ordinal));

        var retried = await PostAsync(admin, path, "workflow-instance-retry", ("IncidentId", incident.ToString()));

        Assert.Contains("已继续执行", retried.QuerySelector("#workflow-result")!.TextContent);
        Assert.Equal(["review"], (await InstanceAsync(instance)).ActiveElementIds);
        Assert.Equal(["workflow.set-variable admin", "workflow.retry admin"], await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task InvalidForms_ShowFieldMessages_AndChangeNothing()
    {
        var (instance, _, _) = await StartStuckAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";

        var badJson = await PostAsync(admin, path, "workflow-set-variable", ("Variable.Name", "ready"), ("Variable.Value", "{yes"), ("Variable.Reason", ""));
        var badMove = await PostAsync(admin, path, "workflow-move", ("Move.From", "notify"), ("Move.To", "nowhere"), ("Move.Reason", new string('x', 501)));

        Assert.Contains("不是有效的 JSON", badJson.QuerySelector("#var-value-error")!.TextContent);
        Assert.Equal("请填写“原因”。", badJson.QuerySelector("#var-reason-error")!.TextContent.Trim());
        Assert.Contains("is-invalid", badJson.QuerySelector("#var-value")!.ClassName);
        Assert.Contains("流程定义中没有环节“nowhere”", badMove.QuerySelector("#move-to-error")!.TextContent);
        Assert.Contains("不能超过 500 个字符", badMove.QuerySelector("#move-reason-error")!.TextContent);
        var view = await InstanceAsync(instance);
        Assert.False(view.Variables.ContainsKey("ready"));
        Assert.Equal(["notify"], view.ActiveElementIds);
        Assert.Empty(await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task MigrateDryRun_ShowsTheMapping_AndMigrateMovesTheInstanceToTheVersion_JournaledAndAudited()
    {
        var (instance, _, _) = await StartStuckAsync();
        var from = (await InstanceAsync(instance)).DefinitionVersion;
        var to = await DeploySameIdsAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";

        var before = Parse(await admin.GetStringAsync(path));
        Assert.NotNull(before.QuerySelector($"#migrate-version option[value='{to}']"));
        Assert.Null(before.QuerySelector($"#migrate-version option[value='{from}']"));
        Assert.False(HasForm(before, "workflow-migrate"));

        var planned = await PostAsync(admin, path, "workflow-migrate-plan", ("Plan.TargetVersion", to.ToString(CultureInfo.InvariantCulture)));

        Assert.Contains($"版本 {from} → {to}", planned.QuerySelector("#workflow-migrate h3")!.TextContent);
        Assert.Equal(("notify", ""), PlannedTarget(planned, "notify"));
        Assert.Null(planned.QuerySelector("#migrate-blocked"));
        Assert.True(HasForm(planned, "workflow-migrate"));
        Assert.Equal(from, (await InstanceAsync(instance)).DefinitionVersion);

        var done = await PostFromPageAsync(admin, path, planned, "workflow-migrate", ("Migrate.Reason", "新版本修正了通知配置"));

        Assert.Contains($"已迁移到版本 {to}", done.QuerySelector("#workflow-result")!.TextContent);
        Assert.Contains($"operator_retry v{to}", done.QuerySelector("#workflow-summary")!.TextContent);
        var view = await InstanceAsync(instance);
        Assert.Equal(to, view.DefinitionVersion);
        Assert.Equal(["notify"], view.ActiveElementIds);
        Assert.Contains(Journal(done), j => j.StartsWith("InstanceMigrated|", StringComparison.Ordinal) && j.Contains("|admin|新版本修正了通知配置|", StringComparison.Ordinal) && j.Contains($"version {from} -> {to}", StringComparison.Ordinal));
        Assert.Equal(["workflow.migrate admin"], await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task MigrateToAVersionThatRenamedTheElement_IsBlocked_UntilTheOperatorMapsIt_ThenMigratesThere()
    {
        var (instance, _, _) = await StartStuckAsync();
        var from = (await InstanceAsync(instance)).DefinitionVersion;
        var to = await DeployRenamedAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";
        var version = to.ToString(CultureInfo.InvariantCulture);

        var planned = await PostAsync(admin, path, "workflow-migrate-plan", ("Plan.TargetVersion", version));

        Assert.Contains("'notify' has no counterpart", PlannedTarget(planned, "notify").Problem);
        var offered = planned.QuerySelectorAll("#migrate-map-notify option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "notify_v2"], offered);
        Assert.Equal("环节 notify 在目标版本中的对应环节", planned.QuerySelector("#migrate-map-notify")!.GetAttribute("aria-label"));
        Assert.False(HasForm(planned, "workflow-migrate"));

        var badMap = await PostAsync(admin, path, "workflow-migrate-plan",
            ("Plan.TargetVersion", version), ("Plan.MappedVersion", version), ("Plan.Map[notify]", "nowhere"));
        Assert.Contains($"“nowhere”不是版本 {to} 中的环节", badMap.QuerySelector("#migrate-map-notify-error")!.TextContent);
        Assert.False(HasForm(badMap, "workflow-migrate"));

        var mapped = await PostAsync(admin, path, "workflow-migrate-plan",
            ("Plan.TargetVersion", version), ("Plan.MappedVersion", version), ("Plan.Map[notify]", "notify_v2"));
        Assert.Equal(("notify_v2", ""), PlannedTarget(mapped, "notify"));
        Assert.True(HasForm(mapped, "workflow-migrate"));
        Assert.Equal(from, (await InstanceAsync(instance)).DefinitionVersion);

        var done = await PostFromPageAsync(admin, path, mapped, "workflow-migrate", ("Migrate.Reason", "通知环节已改名"));

        Assert.Contains($"已迁移到版本 {to}", done.QuerySelector("#workflow-result")!.TextContent);
        var view = await InstanceAsync(instance);
        Assert.Equal(to, view.DefinitionVersion);
        Assert.Equal(["notify_v2"], view.ActiveElementIds);
        var details = await app.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Subject == $"workflow-instance:{instance}").Select(a => a.Details).SingleAsync());
        Assert.Contains("mapping notify -> notify_v2", details);
    }

    [Fact]
    public async Task MigrateToAVersionMissingAnActiveElement_ShowsTheProblem_OffersNoMigrate_AndRefusesAForgedPost()
    {
        var (instance, _, _) = await StartStuckAsync();
        var from = (await InstanceAsync(instance)).DefinitionVersion;
        var to = await DeployWithoutNotifyAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";

        var planned = await PostAsync(admin, path, "workflow-migrate-plan", ("Plan.TargetVersion", to.ToString(CultureInfo.InvariantCulture)));

        var problem = planned.QuerySelector("#migrate-plan tr[data-source='notify'] td.text-danger")!.TextContent;
        Assert.Contains("'notify' has no counterpart", problem);
        Assert.NotNull(planned.QuerySelector("#migrate-blocked"));
        Assert.False(HasForm(planned, "workflow-migrate"));

        var forged = await PostFromPageAsync(
            admin, path, planned, "workflow-migrate-plan",
            ("_handler", "workflow-migrate"), ("Migrate.TargetVersion", to.ToString(CultureInfo.InvariantCulture)), ("Migrate.Reason", "强行迁移"));

        Assert.Contains("操作未执行", forged.QuerySelector("#workflow-result")!.TextContent);
        Assert.Contains("'notify' has no counterpart", forged.QuerySelector("#workflow-result")!.TextContent);
        Assert.Equal(from, (await InstanceAsync(instance)).DefinitionVersion);
        Assert.DoesNotContain(Journal(forged), j => j.StartsWith("InstanceMigrated|", StringComparison.Ordinal));
        Assert.Empty(await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task MigrateWithoutReason_ShowsTheFieldMessage_AndChangesNothing()
    {
        var (instance, _, _) = await StartStuckAsync();
        var from = (await InstanceAsync(instance)).DefinitionVersion;
        var to = await DeploySameIdsAsync();
        var admin = await app.SignedInClientAsync("admin");
        var path = $"{ListPath}/{instance}";
        var planned = await PostAsync(admin, path, "workflow-migrate-plan", ("Plan.TargetVersion", to.ToString(CultureInfo.InvariantCulture)));

        var page = await PostFromPageAsync(admin, path, planned, "workflow-migrate", ("Migrate.Reason", "  "));

        Assert.Equal("请填写“原因”。", page.QuerySelector("#migrate-reason-error")!.TextContent.Trim());
        Assert.Contains("is-invalid", page.QuerySelector("#migrate-reason")!.ClassName);
        Assert.True(HasForm(page, "workflow-migrate"));
        Assert.Equal(from, (await InstanceAsync(instance)).DefinitionVersion);
        Assert.Empty(await AuditActionsAsync(instance));
    }

    [Fact]
    public async Task Lookup_FindsTheInstance_ByBusinessKey_AndTheMenuLinksToThePage()
    {
        var (instance, _, key) = await StartStuckAsync();
        var admin = await app.SignedInClientAsync("admin");

        var page = Parse(await admin.GetStringAsync($"{ListPath}?q={key}"));
        var home = Parse(await admin.GetStringAsync("/"));

        Assert.NotNull(page.QuerySelector($"#workflow-found a[href='/admin/workflows/{instance}']"));
        Assert.NotNull(home.QuerySelector($"a[href='{ListPath}']"));
    }
}

public sealed class SqliteWorkflowOperationsPageTests(SqliteWorkflowOperationsApp app)
    : WorkflowOperationsPageTests<SqliteWorkflowOperationsApp>(app), IClassFixture<SqliteWorkflowOperationsApp>;

public sealed class PostgresWorkflowOperationsPageTests(PostgresWorkflowOperationsApp app)
    : WorkflowOperationsPageTests<PostgresWorkflowOperationsApp>(app), IClassFixture<PostgresWorkflowOperationsApp>;

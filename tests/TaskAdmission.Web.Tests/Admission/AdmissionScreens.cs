using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>Steps the admission screen tests share: the form's fields, users of other scopes, submissions made through the use cases.</summary>
internal static partial class AdmissionScreens
{
    public const string Shiqiao = "990100100000";
    public const string Liulin = "990100300000";

    [GeneratedRegex("/admission/submissions/([0-9a-f-]{36})")]
    private static partial Regex DetailPath();

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>A complete, admissible request (elderly-care visits, claimed item XZ-04) as the form posts it.</summary>
    public static List<KeyValuePair<string, string>> ValidFields(string title = "农村留守老人关爱走访", params string[] targets)
    {
        var start = ChinaClock.System.Today.AddDays(80);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title),
            new("Description", "请各村每季度入户走访独居和留守老人,填写关爱服务记录。"),
            new("ClaimedCodes", "XZ-04"),
            new("StartDate", start.ToString("yyyy-MM-dd")),
            new("EndDate", start.AddDays(300).ToString("yyyy-MM-dd")),
            new("Frequency", "每季度一次"),
            new("Demands[0].Kind", "FieldWork"),
            new("Demands[0].Count", "1"),
            new("Demands[0].Period", "Quarter"),
            new("Funding", "2000"),
            new("Staff", "true"),
            new("ContactName", "王芳"),
            new("ContactPhone", "023-12345678"),
        };
        fields.AddRange((targets.Length == 0 ? [Shiqiao] : targets).Select(t => new KeyValuePair<string, string>("Targets", t)));
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value) =>
        [.. fields.Where(f => f.Key != name), new(name, value)];

    /// <summary>Posts a Blazor form of a page: its hidden fields (antiforgery, handler) plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var hidden = await TestApp.FormFieldsAsync(client, path, formName);
        return await client.PostAsync(path, new FormUrlEncodedContent([.. hidden, .. fields]));
    }

    /// <summary>The submission id a redirect points at.</summary>
    public static Guid IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(DetailPath().Match(response.Headers.Location!.ToString()).Groups[1].Value);
    }

    /// <summary>A user with a role and scope the demo set does not have (another township, another department).</summary>
    public static async Task<HttpClient> SignedInAsAsync(TestApp app, string role, string scope)
    {
        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..40];
        var created = await app.WithScopeAsync<UserService, string>(users =>
            users.CreateAsync(new NewUser(userName, "测试用户", DemoUsers.Password, role, scope), Actor.SystemAdministrator("test")));
        Assert.NotEmpty(created);
        return await app.SignedInClientAsync(userName);
    }

    /// <summary>A submission of 市民政局 sent straight into review (as a department system would), for tests about reviewers.</summary>
    public static async Task<Submission> SentAsync(TestApp app, params string[] targets)
    {
        await using var services = app.Services.CreateAsyncScope();
        var admission = services.ServiceProvider.GetRequiredService<AdmissionService>();
        var input = new SubmissionInput(new PrecheckRequest
        {
            DepartmentCode = "CITY-MZ",
            Title = "农村留守老人关爱走访",
            Description = "请各村每季度入户走访独居和留守老人,填写关爱服务记录。",
            ClaimedItemCodes = ["XZ-04"],
            TargetOrgUnitCodes = targets,
            StartDate = admission.Today.AddDays(70),
            EndDate = admission.Today.AddDays(400),
            Demands = [new DemandRequest(DemandKind.FieldWork, 1, DemandPeriod.Quarter)],
            Support = new SupportRequest(2000),
        }, "王芳", "023-12345678");
        return await admission.CreateAsync(input, new Actor("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null), start: true);
    }

    public static async Task<Guid> OpenTaskAsync(TestApp app, Guid submissionId, string township)
    {
        var tasks = await app.WithScopeAsync<AdmissionService, IReadOnlyList<UserTaskRecord>>(admission =>
            admission.ReviewTasksAsync(new Actor("t", AppRoles.TownshipApprover, null, township)));
        return tasks.Single(t => t.BusinessKey == submissionId.ToString()).Id;
    }

    public static async Task<int> SubmissionCountAsync(TestApp app)
    {
        return await app.WithScopeAsync<AppDbContext, int>(db => db.Submissions.CountAsync());
    }
}

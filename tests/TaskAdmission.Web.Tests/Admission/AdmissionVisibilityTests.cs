using System.Net;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>Scope on the screens: what another township or another department asks for does not exist (404).</summary>
public sealed class AdmissionVisibilityTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task ReviewPage_IsNotFound_ForApproverOfAnotherTownship()
    {
        var submission = await SentAsync(app, Shiqiao);
        var task = await OpenTaskAsync(app, submission.Id, Shiqiao);
        var liulin = await SignedInAsAsync(app, AppRoles.TownshipApprover, Liulin);

        var review = await liulin.GetAsync($"/admission/reviews/{task}");
        var detail = await liulin.GetAsync($"/admission/submissions/{submission.Id}");
        var inbox = await liulin.GetStringAsync("/admission/reviews");

        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.DoesNotContain(submission.Number, inbox);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync("township")).GetAsync($"/admission/reviews/{task}")).StatusCode);
    }

    [Fact]
    public async Task Submission_IsNotFound_ForAnotherDepartment()
    {
        var owner = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(owner, "/admission/new", "submission", ValidFields("他部门不可见").Append(new("Action", "save"))));
        var other = await SignedInAsAsync(app, AppRoles.DepartmentSubmitter, "CITY-GA");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admission/submissions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admission/edit/{id}")).StatusCode);
        Assert.DoesNotContain("他部门不可见", await other.GetStringAsync("/admission/submissions"));
        Assert.Contains("他部门不可见", await owner.GetStringAsync("/admission/submissions"));
    }

    [Fact]
    public async Task Draft_IsNotFound_ForTownshipBeforeItIsSent()
    {
        var owner = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(owner, "/admission/new", "submission", ValidFields("草稿不外露").Append(new("Action", "save"))));

        var township = await app.SignedInClientAsync("township");

        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync($"/admission/submissions/{id}")).StatusCode);
    }
}

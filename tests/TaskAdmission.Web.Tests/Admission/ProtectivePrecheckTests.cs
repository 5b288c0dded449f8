using System.Net;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>
/// The protective side of the live pre-check: early signals before the form is complete, a confirmation before a draft
/// the check rejects (不予准入) goes for sign-off or is signed, and the outcome in the head's sign-off inbox.
/// </summary>
public sealed class ProtectivePrecheckTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private const string Prohibited = "各村完成招商引资任务,每季度上报引进项目和资金。";

    private static List<KeyValuePair<string, string>> ProhibitedFields(string title) =>
        ValidFields(title).With("Description", Prohibited).With("ClaimedCodes", "");

    [Fact]
    public async Task LivePanel_ShowsEarlySignalsWithMarkedEvidence_BeforeTheFormIsComplete_EvenWithoutTargets()
    {
        var client = await app.SignedInClientAsync("submitter");
        var hidden = await TestApp.FormFieldsAsync(client, "/admission/new", "submission");

        var response = await client.PostAsync("/admission/fragments/precheck",
            new FormUrlEncodedContent([.. hidden, new("Title", "经济工作安排"), new("Description", Prohibited)]));

        var html = await response.Content.ReadAsStringAsync();
        var panel = Parse(html).QuerySelector(".ta-precheck")!;
        Assert.Equal("true", panel.GetAttribute("data-provisional"));
        Assert.Equal("Rejected", panel.GetAttribute("data-outcome"));
        var finding = panel.QuerySelector("[data-rule=PROHIBITED_ITEM]")!;
        Assert.Contains("负面清单", finding.QuerySelector("[data-testid=finding-rule]")!.TextContent);
        Assert.Contains("招商引资", string.Concat(panel.QuerySelectorAll("[data-testid=precheck-evidence] mark").Select(m => m.TextContent)));
        // Still says what is missing before a real check can run.
        Assert.NotNull(panel.QuerySelector(".ta-precheck-missing"));
    }

    [Fact]
    public async Task SubmitterIsAskedToConfirm_BeforeARejectedDraftGoesForSignOff_AndNothingIsSavedUntilThen()
    {
        var client = await app.SignedInClientAsync("submitter");
        var before = await SubmissionCountAsync(app);

        var asked = await PostFormAsync(client, "/admission/new", "submission", ProhibitedFields("确认测试:招商任务").Append(new("Action", "signoff")));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.NotNull(Parse(await asked.Content.ReadAsStringAsync()).QuerySelector("#confirm-rejected button[value='signoff-confirmed']"));
        Assert.Equal(before, await SubmissionCountAsync(app));

        var id = IdFrom(await PostFormAsync(client, "/admission/new", "submission", ProhibitedFields("确认测试:招商任务").Append(new("Action", "signoff-confirmed"))));
        var detail = Parse(await client.GetStringAsync($"/admission/submissions/{id}"));
        Assert.Equal(nameof(SubmissionStatus.AwaitingSignOff), detail.QuerySelector("[data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task HeadsInboxShowsTheOutcome_AndARejectedDraftIsSignedOnlyAfterConfirmation()
    {
        var submitter = await app.SignedInClientAsync("submitter");
        var rejected = IdFrom(await PostFormAsync(submitter, "/admission/new", "submission", ProhibitedFields("收件箱测试:招商任务").Append(new("Action", "signoff-confirmed"))));
        var head = await app.SignedInClientAsync("depthead");

        var inbox = Parse(await head.GetStringAsync("/admission/sign-off"));
        var row = inbox.QuerySelector($"a[href='/admission/submissions/{rejected}']")!.Closest("tr")!;
        Assert.Equal("不予准入", row.QuerySelector("[data-testid=inbox-outcome]")!.TextContent.Trim());

        var first = await PostFormAsync(head, "/admission/sign-off", "sign-off-inbox", [new("SubmissionId", rejected.ToString())]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(Parse(await first.Content.ReadAsStringAsync()).QuerySelector($"#confirm-sign-off button[name='ConfirmId'][value='{rejected}']"));
        var still = Parse(await submitter.GetStringAsync($"/admission/submissions/{rejected}"));
        Assert.Equal(nameof(SubmissionStatus.AwaitingSignOff), still.QuerySelector("[data-status]")!.GetAttribute("data-status"));

        var confirmed = await PostFormAsync(head, "/admission/sign-off", "sign-off-inbox", [new("ConfirmId", rejected.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var signed = Parse(await submitter.GetStringAsync($"/admission/submissions/{rejected}"));
        Assert.NotEqual(nameof(SubmissionStatus.AwaitingSignOff), signed.QuerySelector("[data-status]")!.GetAttribute("data-status"));
    }
}

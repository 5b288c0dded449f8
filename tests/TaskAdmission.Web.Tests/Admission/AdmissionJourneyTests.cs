using System.Net;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>A submission's whole journey through the screens, each role signed in through the real login form.</summary>
public abstract class AdmissionJourneyTests<TApp>(TApp app) where TApp : TestApp
{
    [Fact]
    public async Task Submission_BecomesAdmitted_WhenHeadSignsOffAndTownshipAdmits()
    {
        var submitter = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(submitter, "/admission/new", "submission", ValidFields("旅程测试:关爱走访").Append(new("Action", "save"))));
        var detailPath = $"/admission/submissions/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(submitter, detailPath, "request-signoff", [])).StatusCode);

        var head = await app.SignedInClientAsync("depthead");
        var inbox = Parse(await head.GetStringAsync("/admission/sign-off"));
        var number = inbox.QuerySelector($"a[href='{detailPath}']")!.TextContent.Trim();
        var signed = await PostFormAsync(head, "/admission/sign-off", "sign-off-inbox", [new("SubmissionId", id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        var township = await app.SignedInClientAsync("township");
        var reviews = Parse(await township.GetStringAsync("/admission/reviews"));
        var row = reviews.QuerySelector($"tr[data-submission='{number}']");
        Assert.NotNull(row);
        Assert.Contains("旅程测试:关爱走访", row!.TextContent);
        var reviewPath = $"/admission/reviews/{row.GetAttribute("data-task")}";
        var review = Parse(await township.GetStringAsync(reviewPath));
        Assert.Equal(["Admit", "Return", "Reject"], review.QuerySelectorAll("input[name='Input.Kind']").Select(i => i.GetAttribute("value")));
        Assert.Equal(6, review.QuerySelectorAll("tr[data-village]").Length);
        // Each row: the village's township and name, its current burden, and its state in this round.
        var village = review.QuerySelector("tr[data-village='990100100100']")!;
        Assert.Equal(["石桥镇", "石桥村", "待审核"], village.QuerySelectorAll("td").Select(td => td.TextContent).Where((_, i) => i != 2));
        Assert.True(int.TryParse(village.QuerySelectorAll("td.text-end").Single().TextContent, out _));
        var decided = await PostFormAsync(township, reviewPath, "decision", [new("Input.Kind", "Admit"), new("Input.Reason", "符合协助清单,经费到位")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var detail = Parse(await submitter.GetStringAsync(detailPath));
        Assert.Equal("Admitted", detail.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Contains("已准入", detail.QuerySelector("[data-status]")!.TextContent);
        Assert.Contains("符合协助清单,经费到位", detail.QuerySelector("[data-decision=Admit]")!.TextContent);
        Assert.Contains("TaskCompleted", detail.QuerySelectorAll("[data-testid=journal] li").Select(li => li.GetAttribute("data-kind")));
        Assert.Equal("TownshipReview", detail.QuerySelector(".ta-precheck")?.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task UnlistedSignboard_GoesToJointReview_AndIsSpeciallyAdmittedWithConditions()
    {
        var submitter = await app.SignedInClientAsync("submitter");
        var fields = ValidFields("各村设立志愿服务站并挂牌")
            .With("Description", "各村设立志愿服务站,悬挂统一牌子,每月报送活动台账。")
            .With("ClaimedCodes", "")
            .With("Demands[0].Kind", "Signboard").With("Demands[0].Period", "Once").With("Demands[0].Signboard", "志愿服务站")
            .Append(new("Action", "signoff"));
        var id = IdFrom(await PostFormAsync(submitter, "/admission/new", "submission", fields));
        var head = await app.SignedInClientAsync("depthead");
        await PostFormAsync(head, "/admission/sign-off", "sign-off-inbox", [new("SubmissionId", id.ToString())]);

        var joint = await app.SignedInClientAsync("jointreview");
        var detailPath = $"/admission/submissions/{id}";
        var reviewLink = Parse(await joint.GetStringAsync(detailPath)).QuerySelector("a[href^='/admission/reviews/']");
        Assert.NotNull(reviewLink);
        var reviewPath = reviewLink!.GetAttribute("href")!;
        var review = Parse(await joint.GetStringAsync(reviewPath));
        Assert.Equal(["SpecialAdmission", "PurchaseOfService", "Reject"], review.QuerySelectorAll("input[name='Input.Kind']").Select(i => i.GetAttribute("value")));
        var validUntil = ChinaClock.System.Today.AddDays(200).ToString("yyyy-MM-dd");
        var decided = await PostFormAsync(joint, reviewPath, "decision",
            [new("Input.Kind", "SpecialAdmission"), new("Input.Reason", "确有需要"), new("Input.Conditions", "每村经费到位后方可挂牌"), new("Input.ValidUntil", validUntil)]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var detail = Parse(await submitter.GetStringAsync(detailPath));
        Assert.Equal("SpecialAdmitted", detail.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Equal("JointReview", detail.QuerySelector(".ta-precheck")?.GetAttribute("data-outcome"));
        Assert.Contains(detail.QuerySelectorAll("[data-decision=SpecialAdmission]"), d => d.TextContent.Contains("每村经费到位后方可挂牌"));
    }

    [Fact]
    public async Task ReturnedSubmission_ShowsTheReason_AndGoesBackToTheTownship_WhenRevised()
    {
        var submission = await SentAsync(app, Shiqiao);
        var township = await app.SignedInClientAsync("township");
        var firstTask = await OpenTaskAsync(app, submission.Id, Shiqiao);
        await PostFormAsync(township, $"/admission/reviews/{firstTask}", "decision", [new("Input.Kind", "Return"), new("Input.Reason", "请写明经费拨付时间")]);

        var submitter = await app.SignedInClientAsync("submitter");
        var editPath = $"/admission/edit/{submission.Id}";
        var edit = Parse(await submitter.GetStringAsync(editPath));
        Assert.Contains("请写明经费拨付时间", edit.QuerySelector("[aria-labelledby=return-reasons]")!.TextContent);
        Assert.Empty(edit.QuerySelectorAll("input[type=checkbox][name=Targets]"));
        var revised = ValidFields("农村留守老人关爱走访(经费次月拨付)").Append(new("Comment", "已写明经费次月拨付")).Append(new("Action", "resubmit"));
        var response = await PostFormAsync(submitter, editPath, "submission", revised);

        Assert.Equal(submission.Id, IdFrom(response));
        var detail = Parse(await submitter.GetStringAsync($"/admission/submissions/{submission.Id}"));
        Assert.Equal("InReview", detail.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Equal("农村留守老人关爱走访(经费次月拨付)", detail.QuerySelector("h1")?.TextContent.Trim());
        var secondTask = await OpenTaskAsync(app, submission.Id, Shiqiao);
        Assert.NotEqual(firstTask, secondTask);
        Assert.Contains(submission.Number, await township.GetStringAsync("/admission/reviews"));

        // The township sees what changed against the version it returned, and why.
        var review = Parse(await township.GetStringAsync($"/admission/reviews/{secondTask}"));
        var changes = review.QuerySelector("[data-testid=revision-changes]");
        Assert.NotNull(changes);
        Assert.Contains("第1版 → 第2版", changes!.QuerySelector("h3")!.TextContent);
        Assert.Equal("已写明经费次月拨付", changes.QuerySelector("[data-testid=change-note]")!.TextContent.Trim());
        Assert.Contains("民政局经办人 王芳", changes.QuerySelector("[data-testid=resubmitted-by]")!.TextContent);
        var title = changes.QuerySelector("tr[data-field=title]")!;
        Assert.Equal("农村留守老人关爱走访", title.Children[1].TextContent.Trim());
        Assert.Equal("［加入：(经费次月拨付)］", title.QuerySelector("td:last-child ins")!.TextContent);
        Assert.Null(changes.QuerySelector("tr[data-field=claimedItemCodes]"));
    }

    [Fact]
    public async Task Resubmit_AsksForAChangeNote_AndRefusesASecondClick()
    {
        var submission = await SentAsync(app, Shiqiao);
        var township = await app.SignedInClientAsync("township");
        await PostFormAsync(township, $"/admission/reviews/{await OpenTaskAsync(app, submission.Id, Shiqiao)}", "decision",
            [new("Input.Kind", "Return"), new("Input.Reason", "请写明经费拨付时间")]);
        var submitter = await app.SignedInClientAsync("submitter");
        var editPath = $"/admission/edit/{submission.Id}";

        var missing = await PostFormAsync(submitter, editPath, "submission", ValidFields("改过的标题").Append(new("Comment", " ")).Append(new("Action", "resubmit")));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = Parse(await missing.Content.ReadAsStringAsync());
        Assert.Contains("请填写修改说明", page.QuerySelector("#changeNote-error")!.TextContent);
        Assert.Equal("农村留守老人关爱走访", Parse(await submitter.GetStringAsync($"/admission/submissions/{submission.Id}")).QuerySelector("h1")!.TextContent.Trim());

        var stale = await TestApp.FormFieldsAsync(submitter, editPath, "submission");
        var resubmit = ValidFields("改过的标题").Append(new("Comment", "已写明拨付时间")).Append(new("Action", "resubmit")).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(submitter, editPath, "submission", resubmit)).StatusCode);
        var second = await submitter.PostAsync(editPath, new FormUrlEncodedContent([.. stale.Where(f => resubmit.All(r => r.Key != f.Key)), .. resubmit]));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("已经重新提交过了", Parse(await second.Content.ReadAsStringAsync()).QuerySelector("[data-testid=not-editable]")!.TextContent);
    }

    [Fact]
    public async Task Remind_IsRecordedInTheJournal()
    {
        var submission = await SentAsync(app, Shiqiao);
        var submitter = await app.SignedInClientAsync("submitter");
        var path = $"/admission/submissions/{submission.Id}";

        var response = await PostFormAsync(submitter, path, "remind", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = Parse(await submitter.GetStringAsync(path + "?done=Reminded"));
        Assert.Contains("已向审核人发送催办提醒", detail.QuerySelector(".alert-success")!.TextContent);
        Assert.Contains("Reminded", detail.QuerySelectorAll("[data-testid=journal] li").Select(li => li.GetAttribute("data-kind")));
    }

    [Fact]
    public async Task ReviewPage_ExplainsConflict_WhenSomeoneElseDecidedFirst()
    {
        var submission = await SentAsync(app, Shiqiao);
        var task = await OpenTaskAsync(app, submission.Id, Shiqiao);
        var first = await app.SignedInClientAsync("township");
        var second = await SignedInAsAsync(app, Core.Security.AppRoles.TownshipApprover, Shiqiao);
        var path = $"/admission/reviews/{task}";
        var staleForm = await TestApp.FormFieldsAsync(second, path, "decision");

        await PostFormAsync(first, path, "decision", [new("Input.Kind", "Admit"), new("Input.Reason", "同意")]);
        var late = await second.PostAsync(path, new FormUrlEncodedContent([.. staleForm, new("Input.Kind", "Reject"), new("Input.Reason", "不同意")]));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = Parse(await late.Content.ReadAsStringAsync());
        Assert.Contains("已由他人处理", page.QuerySelector("[data-testid=review-conflict]")!.TextContent);
        Assert.Null(page.QuerySelector("form input[name='Input.Kind']"));
        // The whole page is shown again (a posted decision reads the page's details only when it is refused).
        Assert.Equal(6, page.QuerySelectorAll("tr[data-village]").Length);
        Assert.NotNull(page.GetElementById("review-precheck-heading"));
    }

    [Fact]
    public async Task ReviewPage_RefusedDecision_ShowsTheErrorOnTheWholePage_AndDecidesNothing()
    {
        var submission = await SentAsync(app, Shiqiao);
        var task = await OpenTaskAsync(app, submission.Id, Shiqiao);
        var township = await app.SignedInClientAsync("township");
        var path = $"/admission/reviews/{task}";

        var refused = await PostFormAsync(township, path, "decision", [new("Input.Kind", "Admit"), new("Input.Reason", " ")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("请填写理由。", page.GetElementById("reason-error")?.TextContent.Trim());
        Assert.Equal(6, page.QuerySelectorAll("tr[data-village]").Length);
        Assert.NotNull(page.GetElementById("review-precheck-heading"));
        Assert.Equal(["Admit", "Return", "Reject"], page.QuerySelectorAll("input[name='Input.Kind']").Select(i => i.GetAttribute("value")));
        Assert.Equal(task, await OpenTaskAsync(app, submission.Id, Shiqiao));
    }

    [Fact]
    public async Task Withdraw_NeedsAReason_ThenEndsTheDraft()
    {
        var submitter = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(submitter, "/admission/new", "submission", ValidFields("撤回测试").Append(new("Action", "save"))));
        var path = $"/admission/submissions/{id}";

        var empty = Parse(await (await PostFormAsync(submitter, path, "withdraw", [new("Reason", " ")])).Content.ReadAsStringAsync());
        var done = await PostFormAsync(submitter, path, "withdraw", [new("Reason", "任务调整")]);

        Assert.Equal("请填写理由。", empty.GetElementById("withdraw-reason-error")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var detail = Parse(await submitter.GetStringAsync(path));
        Assert.Equal("Withdrawn", detail.QuerySelector("[data-status]")?.GetAttribute("data-status"));
    }
}

public sealed class SqliteAdmissionJourneyTests(SqliteTestApp app) : AdmissionJourneyTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresAdmissionJourneyTests(PostgresTestApp app) : AdmissionJourneyTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;

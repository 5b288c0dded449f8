using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Purchase;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Localization;

/// <summary>
/// The app on SQLite with 青山区's demo burden plus work in every state a page can show, made by the demo users
/// themselves (so their names are what the pages must turn into people): a draft, one waiting for sign-off, one
/// returned and resubmitted, one at the joint review, an emergency, admitted work a village acknowledged and
/// reported on, and a purchase case in delivery.
/// </summary>
public sealed class EveryPageApp : IAsyncLifetime
{
    public static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    public static readonly Actor Head = new("depthead", AppRoles.DepartmentHead, "CITY-MZ", null);
    public static readonly Actor Township = new("township", AppRoles.TownshipApprover, null, VillageScenario.Shiqiao);
    public static readonly Actor Village = new("village", AppRoles.VillageCommittee, null, VillageScenario.ShiqiaoVillage);

    public TestApp App { get; } = new BurdenDemoTestApp(DatabaseProvider.Sqlite);

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var today = await App.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        SubmissionInput Input(string title, bool emergency = false) => VillageScenario.Input(today, title, [VillageScenario.ShiqiaoVillage], emergency);
        Task<Submission> Create(string title, bool start) => App.WithScopeAsync<AdmissionService, Submission>(s => s.CreateAsync(Input(title), Submitter, start));

        await Create("全页检查草稿", start: false);
        var waiting = await Create("全页检查待签发", start: false);
        await App.WithScopeAsync<AdmissionService, Submission>(s => s.RequestSignOffAsync(waiting.Id, Submitter));

        var returned = await Create("全页检查退回", start: true);
        await DecideAsync(returned.Id, DecisionKind.Return, "请补充经费来源");
        await App.WithScopeAsync<AdmissionService, Submission>(s => s.UpdateAsync(returned.Id, Input("全页检查退回后修改"), Submitter));

        // A resubmission: its review and detail pages show the comparison with the returned version and the 修改说明.
        var resubmitted = await Create("全页检查重新提交", start: true);
        await DecideAsync(resubmitted.Id, DecisionKind.Return, "请写明经费拨付时间");
        await App.WithScopeAsync<AdmissionService, Submission>(s =>
            s.ResubmitAsync(resubmitted.Id, Submitter, "已写明经费次月拨付；走访改为每月一次", Input("全页检查重新提交（经费次月拨付）")));

        var admitted = await Create("全页检查准入", start: true);
        await DecideAsync(admitted.Id, DecisionKind.Admit, "符合协助清单，经费到位");
        var assignment = await App.WithScopeAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == admitted.Id).Select(a => a.Id).SingleAsync());
        await App.WithScopeAsync<VillageWorkService, int>(async s => { await s.AcknowledgeAsync(assignment, Village); return 0; });
        await App.WithScopeAsync<VillageWorkService, int>(async s => { await s.ReportProgressAsync(assignment, Village, "已走访十二户", null); return 0; });

        await App.WithScopeAsync<AdmissionService, Submission>(s =>
            s.CreateAsync(Input("全页检查突发", emergency: true), Submitter, start: true));

        var purchase = new PurchaseScenario(App.Services);
        await purchase.AwaitingJointReviewAsync("全页检查联审", VillageScenario.ShiqiaoVillage);
        await purchase.SignedCaseAsync("全页检查-2026-001");
    }

    private async Task DecideAsync(Guid submissionId, DecisionKind kind, string reason)
    {
        var task = (await App.WithScopeAsync<AdmissionService, IReadOnlyList<UserTaskRecord>>(s => s.ReviewTasksAsync(Township)))
            .Single(t => t.BusinessKey == submissionId.ToString());
        await App.WithScopeAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, kind, reason, Township));
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

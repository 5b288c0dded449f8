using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Testing.Purchase;

/// <summary>
/// Purchase cases made the real way, for tests and benchmarks: a joint review deciding "purchase of service" through
/// <see cref="AdmissionService"/>, or a department starting one, then each step through <see cref="PurchaseCaseService"/>.
/// </summary>
public sealed class PurchaseScenario(IServiceProvider services)
{
    public const string Department = "CITY-MZ";
    public const string ShiqiaoVillage = VillageScenario.ShiqiaoVillage;
    public const string BailinVillage = VillageScenario.BailinVillage;
    public const string Qingshan = VillageScenario.Qingshan;

    /// <summary>The demo register's social organisation serving 青山区 (demo-providers.csv).</summary>
    public const string SunshineCreditCode = "52990100MJ00000113";

    /// <summary>The demo register's blacklisted association serving 柳林镇.</summary>
    public const string BlacklistedCreditCode = "52990100MJ0000027N";

    public static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, Department, null);
    public static readonly Actor Head = new("depthead", AppRoles.DepartmentHead, Department, null);
    public static readonly Actor JointReviewer = new("jointreview", AppRoles.JointReviewer, null, Qingshan);
    public static readonly Actor Village = new("village", AppRoles.VillageCommittee, null, ShiqiaoVillage);
    public static readonly Actor OtherVillage = new("village2", AppRoles.VillageCommittee, null, BailinVillage);
    public static readonly Actor Supervisor = new("supervisor", AppRoles.Supervisor, null, Qingshan);
    public static readonly Actor ListAdmin = Actor.ListAdministrator("listadmin", "990000000000");

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task WithAsync<TService>(Func<TService, Task> use) where TService : notnull =>
        WithAsync<TService, int>(async s => { await use(s); return 0; });

    public Task<DateOnly> TodayAsync() => WithAsync<PurchaseCaseService, DateOnly>(s => Task.FromResult(s.Today));

    /// <summary>Work not on any list reaching <paramref name="targets"/>, which the joint review decides to buy as a service.</summary>
    public async Task<Submission> JointReviewPurchaseAsync(string title, params string[] targets)
    {
        var (submission, taskId) = await AwaitingJointReviewAsync(title, targets);
        await WithAsync<AdmissionService, Decision>(s => s.DecideAsync(taskId, DecisionKind.PurchaseOfService, "确有需要,但不应由村承担,购买服务", JointReviewer));
        return submission;
    }

    /// <summary>Work not on any list reaching <paramref name="targets"/>, submitted and waiting at the joint review (the task's id).</summary>
    public async Task<(Submission Submission, Guid TaskId)> AwaitingJointReviewAsync(string title, params string[] targets)
    {
        var today = await TodayAsync();
        var input = VillageScenario.Input(today, title, targets);
        input = input with { Request = input.Request with { ClaimedItemCodes = [], Description = $"{title}：在各村设立快递收发点，统一代收代发。" } };
        var submission = await WithAsync<AdmissionService, Submission>(s => s.CreateAsync(input, VillageScenario.Submitter, start: true));
        var task = (await WithAsync<AdmissionService, IReadOnlyList<Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(JointReviewer)))
            .Single(t => t.BusinessKey == submission.Id.ToString());
        return (submission, task.Id);
    }

    public Task<PurchaseCase> CaseOfSubmissionAsync(Guid submissionId) =>
        WithAsync<AppDbContext, PurchaseCase>(db => db.PurchaseCases.Include(c => c.Villages).SingleAsync(c => c.SubmissionId == submissionId));

    public static CaseDescription Description(DateOnly today, decimal budget = 60_000m, params string[] villages) =>
        new("村级快递服务点代办", "在村委会设点，代收代发快递，登记台账由承接方负责", "服务点一个、月度服务记录", villages.Length == 0 ? [ShiqiaoVillage] : villages,
            budget, FundingSource.LocalFinance, today, today.AddDays(300));

    public static AgreementDraft Draft(DateOnly today, string number, params decimal[] milestones) =>
        new(number, "石桥村快递服务点日常运营", milestones.Sum(), "服务点每日开放；月度记录完整；群众满意度不低于90%",
            [.. milestones.Select((m, i) => new MilestoneDraft($"第{i + 1}期", m, today.AddDays(30 * (i + 1))))]);

    public Task<Guid> ProviderIdAsync(string creditCode) =>
        WithAsync<AppDbContext, Guid>(db => db.PurchaseProviders.Where(p => p.CreditCode == creditCode).Select(p => p.Id).SingleAsync());

    /// <summary>A case the department started, signed with the given provider (null = entrust the village committee), in delivery.</summary>
    public async Task<PurchaseCase> SignedCaseAsync(string agreementNumber, string? providerCreditCode = null, params decimal[] milestones)
    {
        var today = await TodayAsync();
        var c = await WithAsync<PurchaseCaseService, PurchaseCase>(s => s.StartAsync(Description(today), Submitter));
        var selection = providerCreditCode is null
            ? new ProviderSelection(SelectionMode.DirectEntrustment, null, null)
            : new ProviderSelection(SelectionMode.Choice, await ProviderIdAsync(providerCreditCode), "熟悉本地情况,报价合理");
        await WithAsync<PurchaseCaseService>(s => s.SelectProviderAsync(c.Id, selection, Submitter));
        await WithAsync<PurchaseCaseService>(s => s.DraftAsync(c.Id, Draft(today, agreementNumber, milestones.Length == 0 ? [20_000m, 30_000m] : milestones), Submitter));
        await WithAsync<PurchaseCaseService>(s => s.ConfirmByProviderAsync(c.Id, true, null, providerCreditCode is null ? Village : Submitter));
        await WithAsync<PurchaseCaseService>(s => s.SignAsync(c.Id, true, null, Head));
        return await ReloadAsync(c.Id);
    }

    /// <summary>The provider reports the current milestone and the department accepts it.</summary>
    public async Task DeliverAndAcceptAsync(Guid caseId, Actor provider)
    {
        await WithAsync<PurchaseCaseService>(s => s.ReportAsync(caseId, "本期服务已完成,记录见附件", [], provider));
        var milestone = (await ReloadAsync(caseId)).CurrentMilestone!;
        await WithAsync<PurchaseCaseService>(s => s.AcceptAsync(caseId, milestone.Id, true, null, Submitter));
    }

    public Task<PurchaseCase> ReloadAsync(Guid id) =>
        WithAsync<AppDbContext, PurchaseCase>(async db =>
        {
            var c = await db.PurchaseCases.AsNoTracking().Include(x => x.Villages).Include(x => x.Milestones).Include(x => x.Payments).AsSplitQuery().SingleAsync(x => x.Id == id);
            c.Milestones.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            return c;
        });
}

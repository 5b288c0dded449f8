using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Testing.Villages;

/// <summary>
/// Admitted work for village tests, made the real way: a department submits through <see cref="AdmissionService"/>,
/// townships decide with <see cref="AdmissionService.DecideAsync"/>, and the workflow's activities dispatch.
/// </summary>
public sealed class VillageScenario(IServiceProvider services)
{
    public const string Shiqiao = "990100100000";
    public const string Hewan = "990100200000";
    public const string Liulin = "990100300000";
    public const string ShiqiaoVillage = "990100100100";
    public const string BailinVillage = "990100100200";
    public const string Qingshan = "990100000000";

    public static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);

    public static Actor Township(string code) => new($"approver-{code}", AppRoles.TownshipApprover, null, code);

    public static Actor Village(string code, string user = "village") => new(user, AppRoles.VillageCommittee, null, code);

    public static Actor Supervisor(string code = Qingshan) => new("supervisor", AppRoles.Supervisor, null, code);

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task WithAsync(Func<IServiceProvider, Task> action) => WithAsync(async sp => { await action(sp); return 0; });

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        WithAsync(sp => action(sp.GetRequiredService<TService>()));

    /// <summary>A listed, funded task (协助清单 XZ-04) with one yearly demand, so repeated submissions stay under the burden cap.</summary>
    public static SubmissionInput Input(DateOnly today, string title, string[] targets, bool emergency = false, decimal funding = 2000, bool training = false) => new(new PrecheckRequest
    {
        DepartmentCode = "CITY-MZ",
        Title = title,
        Description = $"{title}：请各村按年度入户走访独居和留守老人，填写关爱服务记录。",
        ClaimedItemCodes = ["XZ-04"],
        TargetOrgUnitCodes = targets,
        StartDate = emergency ? today : today.AddDays(70),
        EndDate = today.AddDays(400),
        Emergency = emergency,
        EmergencyReason = emergency ? "突发洪水，需立即核查受灾老人" : null,
        Demands = [new DemandRequest(DemandKind.FieldWork, 1, DemandPeriod.Year)],
        Support = new SupportRequest(funding, TrainingProvided: training),
    }, "王芳", "023-12345678");

    public Task<DateOnly> TodayAsync() => WithAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));

    public async Task<Submission> SubmitAsync(string title, params string[] targets)
    {
        var today = await TodayAsync();
        return await WithAsync<AdmissionService, Submission>(s => s.CreateAsync(Input(today, title, targets), Submitter, start: true));
    }

    public async Task<Submission> SubmitEmergencyAsync(string title, params string[] targets)
    {
        var today = await TodayAsync();
        return await WithAsync<AdmissionService, Submission>(s => s.CreateAsync(Input(today, title, targets, emergency: true), Submitter, start: true));
    }

    /// <summary>The township decides its review task of the submission (Admit, Return or Reject).</summary>
    public async Task<Decision> DecideAsync(Guid submissionId, string township, DecisionKind kind, string reason = "符合协助清单,经费到位")
    {
        var actor = Township(township);
        var task = (await WithAsync<AdmissionService, IReadOnlyList<Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(actor)))
            .Single(t => t.BusinessKey == submissionId.ToString());
        return await WithAsync<AdmissionService, Decision>(s => s.DecideAsync(task.Id, kind, reason, actor));
    }

    /// <summary>Submits and has every township it reaches admit it.</summary>
    public async Task<Submission> AdmittedAsync(string title, params string[] townships)
    {
        var submission = await SubmitAsync(title, townships);
        foreach (var township in townships)
        {
            await DecideAsync(submission.Id, township, DecisionKind.Admit);
        }
        return submission;
    }

    public Task<Submission> ReloadAsync(Guid id) =>
        WithAsync<AdmissionService, Submission>(async s => (await s.GetAsync(id, Submitter))!);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Application.Villages.Revocations;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Burden;

/// <summary>
/// The changes that move the burden ledger, made through the real use cases: dispatch (of an admitted submission,
/// written as the admission steps leave it), revocation by a township, a village's exit approved by its township,
/// completion by the village, and a report of unadmitted work triaged and found founded by the district's supervisor.
/// </summary>
public sealed class LedgerWork(ApplicationHost host)
{
    public static readonly string[] Townships = [VillageScenario.Shiqiao, VillageScenario.Hewan, VillageScenario.Liulin];
    public static readonly string[] Departments = ["CITY-MZ", "CITY-GA", "CITY-WJ"];

    public Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use) => host.WithScopeAsync(use);

    public Task<DateOnly> TodayAsync() => WithAsync(sp => Task.FromResult(sp.GetRequiredService<ChinaClock>().Today));

    /// <summary>An admitted submission reaching every village of the townships, dispatched by <see cref="DispatchService"/>; returns how many villages.</summary>
    public Task<(Guid Id, int Villages)> DispatchAsync(string department, IReadOnlyList<DemandRequest> demands, DateOnly start, DateOnly end, params string[] townships) =>
        DispatchAsync(department, demands, start, end, [], null, townships);

    /// <summary>As above, declaring the data fields it collects and, optionally, the task whose collection it reuses (一次采集、多方利用).</summary>
    public async Task<(Guid Id, int Villages)> DispatchAsync(string department, IReadOnlyList<DemandRequest> demands, DateOnly start, DateOnly end,
        IReadOnlyList<string> fields, Guid? reuses, params string[] townships)
    {
        return await WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var now = sp.GetRequiredService<ChinaClock>().UtcNow;
            var villages = await db.OrgUnits.Where(u => townships.Contains(u.ParentCode!)).Select(u => new { u.Code, u.ParentCode }).ToListAsync();
            var submission = new Submission
            {
                Id = Guid.NewGuid(), Number = "ZRLEDGER-" + Guid.NewGuid().ToString("N")[..8], DepartmentCode = department, Title = "台账测试事项",
                Description = "ledger property", TargetOrgUnitCodes = [.. townships], StartDate = start, EndDate = end,
                CreatedBy = "test", CreatedAtUtc = now, SubmittedAtUtc = now, ContactName = "test", ContactPhone = "0",
                CollectedFields = [.. fields], ReusesSubmissionId = reuses,
            };
            submission.MoveTo(SubmissionStatus.InReview);
            submission.MoveTo(SubmissionStatus.Admitted);
            submission.Demands.AddRange(demands.Select((d, i) => new SubmissionDemand
            {
                Id = Guid.NewGuid(), SubmissionId = submission.Id, Position = i, Kind = d.Kind, Count = d.Count, Period = d.Period,
            }));
            submission.Villages.AddRange(villages.Select(v => new SubmissionVillage
            {
                SubmissionId = submission.Id, VillageCode = v.Code, TownshipCode = v.ParentCode!, DistrictCode = VillageScenario.Qingshan, Admitted = true,
            }));
            submission.Decisions.Add(new Decision
            {
                Id = Guid.NewGuid(), SubmissionId = submission.Id, Kind = DecisionKind.SpecialAdmission, OrgUnitCode = VillageScenario.Qingshan,
                DecidedBy = "test", DecidedAtUtc = now, Reason = "测试", PrecheckHash = "",
            });
            db.Submissions.Add(submission);
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();
            var count = await sp.GetRequiredService<DispatchService>().DispatchAsync(submission);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return (submission.Id, count);
        });
    }

    /// <summary>A township revokes a submission for its villages; false when nothing of it is admitted there any more.</summary>
    public Task<bool> RevokeAsync(Guid submissionId, string township) => Refused(sp =>
        sp.GetRequiredService<RevocationService>().RevokeAsync(submissionId, RevocationReason.VillagersDoNotAccept, "村民不认可", VillageScenario.Township(township)));

    /// <summary>The village asks to exit and its township approves.</summary>
    public Task<bool> ExitAsync(Assignment assignment) => Refused(async sp =>
    {
        var request = await sp.GetRequiredService<VillageWorkService>().RequestExitAsync(assignment.Id, VillageScenario.Village(assignment.VillageCode),
            RevocationReason.VillagersDoNotAccept, "不再需要");
        await sp.GetRequiredService<RevocationService>().DecideExitAsync(request.Id, approve: true, "同意退出", VillageScenario.Township(assignment.TownshipCode));
    });

    public Task<bool> CompleteAsync(Assignment assignment) => Refused(sp =>
        sp.GetRequiredService<VillageWorkService>().CompleteAsync(assignment.Id, VillageScenario.Village(assignment.VillageCode), "已完成", null));

    /// <summary>A village reports unadmitted work; the district's supervisor accepts it and finds it founded.</summary>
    public async Task FoundedReportAsync(string village, string? department, DemandKind? kind, DateOnly demandedOn)
    {
        var supervisor = VillageScenario.Supervisor();
        var report = await WithAsync(sp => sp.GetRequiredService<UnadmittedReportService>().SubmitAsync(
            new ReportInput(department, department is null ? "某部门" : null, "要求每周上报照片", ReportChannel.WorkChat, demandedOn, Kind: kind), VillageScenario.Village(village)));
        await WithAsync(async sp => { await sp.GetRequiredService<UnadmittedReportService>().TriageAsync(report.Id, true, "受理", supervisor); return 0; });
        await WithAsync(async sp => { await sp.GetRequiredService<UnadmittedReportService>().FindAsync(report.Id, true, "属实", supervisor); return 0; });
    }

    public Task<List<Assignment>> OpenAssignmentsAsync() =>
        WithAsync(sp => sp.GetRequiredService<AppDbContext>().Assignments.AsNoTracking().Where(a => AdmittedWork.OpenStatuses.Contains(a.Status))
            .OrderBy(a => a.DispatchedAtUtc).ThenBy(a => a.VillageCode).ToListAsync());

    public Task<List<Guid>> AdmittedSubmissionsAsync() =>
        WithAsync(sp => sp.GetRequiredService<AppDbContext>().Submissions.AsNoTracking().Where(s => AdmittedWork.AdmittedStatuses.Contains(s.Status))
            .OrderBy(s => s.CreatedAtUtc).Select(s => s.Id).ToListAsync());

    /// <summary>The ledger as kept, and as counted again from scratch: one line per non-zero row, sorted, so a difference reads as a diff.</summary>
    public Task<(List<string> Kept, List<string> Recounted)> CompareAsync() => WithAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var kept = (await db.BurdenLedger.AsNoTracking().ToListAsync()).Where(r => !r.Counts.IsZero).Select(Line).Order(StringComparer.Ordinal).ToList();
        var recounted = (await BurdenRecount.ComputeAsync(db)).Select(Line).Order(StringComparer.Ordinal).ToList();
        return (kept, recounted);
    });

    public static string Line(BurdenLedgerRow r) => $"{r.VillageCode} {r.DepartmentCode} {r.Source} {r.Kind} {r.Year}: {r.Counts}";

    private async Task<bool> Refused(Func<IServiceProvider, Task> use)
    {
        try
        {
            await WithAsync(async sp => { await use(sp); return 0; });
            return true;
        }
        catch (RefusalException)
        {
            return false;
        }
    }
}

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using Xunit.Abstractions;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>Dispatch to 10,000 synthetic villages of one township, on PostgreSQL, through the real admission flow.</summary>
public sealed class LargeDispatchTests(PostgresApplicationHost app, ITestOutputHelper output) : IClassFixture<PostgresApplicationHost>
{
    public const string Township = "990199000000";

    [Fact]
    public async Task TownshipAdmit_Dispatches10000Assignments_OnPostgres()
    {
        var scenario = new VillageScenario(app.Services);
        await scenario.WithAsync<AppDbContext, int>(async db =>
        {
            db.OrgUnits.Add(new OrgUnit { Code = Township, ParentCode = VillageScenario.Qingshan, Kind = OrgUnitKind.Township, NameZh = "合成镇", NameEn = "Synthetic Town" });
            db.OrgUnits.AddRange(Enumerable.Range(1, 10_000).Select(i => new OrgUnit
            {
                Code = $"990199{i:D6}", ParentCode = Township, Kind = OrgUnitKind.Village, NameZh = $"合成{i}村", NameEn = $"Synthetic Village {i}",
            }));
            return await db.SaveChangesAsync();
        });
        var submission = await scenario.SubmitAsync("万村派发测试", Township);

        var clock = Stopwatch.StartNew();
        await scenario.DecideAsync(submission.Id, Township, DecisionKind.Admit);
        output.WriteLine($"decide (dispatch queued): {clock.ElapsedMilliseconds} ms");
        // 10,000 villages are more than one chunk: the worker dispatches them in chunks after the decision (this host
        // runs it; draining here as well is what a second node does).
        while (await scenario.WithAsync<AppDbContext, bool>(db => db.DispatchJobs.AnyAsync(j => j.SubmissionId == submission.Id)))
        {
            await scenario.WithAsync<DispatchJobRunner, int>(r => r.DrainAsync());
            await Task.Delay(50);
        }
        clock.Stop();
        output.WriteLine($"decide + dispatch to 10,000 villages: {clock.ElapsedMilliseconds} ms");

        var (count, distinct, notified) = await scenario.WithAsync<AppDbContext, (int, int, int)>(async db => (
            await db.Assignments.CountAsync(a => a.SubmissionId == submission.Id),
            await db.Assignments.Where(a => a.SubmissionId == submission.Id).Select(a => a.VillageCode).Distinct().CountAsync(),
            await db.Notifications.CountAsync(n => n.Subject == "万村派发测试" && n.Audience.StartsWith("village:990199"))));
        Assert.Equal(10_000, count);
        Assert.Equal(10_000, distinct);
        Assert.Equal(10_000, notified);
        Assert.Equal(SubmissionStatus.Admitted, (await scenario.ReloadAsync(submission.Id)).Status);

        // A retried dispatch adds nothing.
        var again = await scenario.WithAsync<DispatchService, int>(async d => await d.DispatchAsync(await scenario.WithAsync<AppDbContext, Submission>(db =>
            db.Submissions.Include(s => s.Villages).Include(s => s.Demands).Include(s => s.Decisions).SingleAsync(s => s.Id == submission.Id))));
        Assert.Equal(0, again);
    }
}

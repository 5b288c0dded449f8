using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// A township's admission sets its villages' flag with one set-based statement, and the save after it does not write the
/// loaded village rows again — also now that the rows report their own changes (issue 20: a save no longer compares each
/// loaded village row with its snapshot, so a flag set in memory marks the row modified at once). Every village is
/// admitted as stored, and the submission with it.
/// </summary>
public sealed class AdmittedFlagTests(ChunkedDispatchHost app) : IClassFixture<ChunkedDispatchHost>
{
    [Fact]
    public async Task ATownshipAdmit_SetsEveryVillage_InOneStatement_AndWritesNoVillageRowAgain()
    {
        var scenario = new VillageScenario(app.Services);
        const string prefix = "990177";
        var township = $"{prefix}000000";
        var villages = Enumerable.Range(1, 25).Select(i => $"{prefix}{i:D6}").ToList();
        await scenario.WithAsync<AppDbContext, int>(async db =>
        {
            db.OrgUnits.Add(new OrgUnit { Code = township, ParentCode = VillageScenario.Qingshan, Kind = OrgUnitKind.Township, NameZh = "标记镇", NameEn = "Flag Town" });
            db.OrgUnits.AddRange(villages.Select(v => new OrgUnit { Code = v, ParentCode = township, Kind = OrgUnitKind.Village, NameZh = $"标记{v}村", NameEn = $"Flag Village {v}" }));
            return await db.SaveChangesAsync();
        });
        var submission = await scenario.SubmitAsync("标记测试", township);

        var statements = new List<string>();
        string? rootId = null;
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" or nameof(AdmittedFlagTests),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "Npgsql" && a.RootId == rootId) lock (statements) statements.Add(a.GetTagItem("db.query.text") as string ?? a.DisplayName);
            },
        };
        ActivitySource.AddActivityListener(listener);
        using (var source = new ActivitySource(nameof(AdmittedFlagTests)))
        using (var root = source.StartActivity("decide"))
        {
            rootId = root?.RootId;
            await scenario.DecideAsync(submission.Id, township, DecisionKind.Admit);
        }

        List<string> villageWrites;
        lock (statements)
        {
            villageWrites = statements.Where(s => s.Contains("UPDATE submission_villages", StringComparison.OrdinalIgnoreCase)
                || s.Contains("UPDATE \"submission_villages\"", StringComparison.OrdinalIgnoreCase)).ToList();
        }
        Assert.Single(villageWrites);
        var stored = await scenario.WithAsync<AppDbContext, List<SubmissionVillage>>(db =>
            db.SubmissionVillages.AsNoTracking().Where(v => v.SubmissionId == submission.Id).ToListAsync());
        Assert.Equal(villages.Order(StringComparer.Ordinal), stored.Select(v => v.VillageCode).Order(StringComparer.Ordinal));
        Assert.All(stored, v => Assert.True(v.Admitted));
        Assert.Equal(SubmissionStatus.Admitted, (await scenario.ReloadAsync(submission.Id)).Status);
    }
}

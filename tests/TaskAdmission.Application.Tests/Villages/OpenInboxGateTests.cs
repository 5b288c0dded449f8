using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// The open inbox is read by a compiled query that writes the admitted-work gate out once more: it must show exactly
/// what <see cref="AdmittedWork.ForVillage"/> lets through — never another village's work, never work whose village row
/// or submission is not admitted, never cancelled or done work — and every change shows on the next read.
/// </summary>
public abstract class OpenInboxGateTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();
    private static readonly Actor Shiqiao = VillageScenario.Village(VillageScenario.ShiqiaoVillage);

    [Fact]
    public async Task OpenInbox_ShowsExactlyTheSharedGatesOpenWork_ThroughEveryExclusion()
    {
        var submission = await scenario.AdmittedAsync("编译查询闸门测试", VillageScenario.Shiqiao);
        var (id, other) = await scenario.WithAsync<AppDbContext, (Guid, Guid)>(async db =>
        {
            var rows = await db.Assignments.Where(a => a.SubmissionId == submission.Id).Select(a => new { a.Id, a.VillageCode }).ToListAsync();
            return (rows.Single(r => r.VillageCode == VillageScenario.ShiqiaoVillage).Id, rows.Single(r => r.VillageCode == VillageScenario.BailinVillage).Id);
        });

        Assert.Contains(id, await SameAsTheGateAsync("admitted"));
        Assert.DoesNotContain(other, await SameAsTheGateAsync("admitted (another village's work)"));

        await UpdateAsync(db => db.SubmissionVillages.Where(v => v.SubmissionId == submission.Id && v.VillageCode == VillageScenario.ShiqiaoVillage)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Admitted, false)));
        Assert.DoesNotContain(id, await SameAsTheGateAsync("village row not admitted"));
        await UpdateAsync(db => db.SubmissionVillages.Where(v => v.SubmissionId == submission.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Admitted, true)));

        foreach (var status in Enum.GetValues<SubmissionStatus>())
        {
            await UpdateAsync(db => db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, status)));
            var shown = await SameAsTheGateAsync($"submission {status}");
            Assert.True(shown.Contains(id) == AdmittedWork.IsAdmitted(status), $"submission {status}: shown {shown.Contains(id)}");
        }
        await UpdateAsync(db => db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SubmissionStatus.Admitted)));

        foreach (var status in Enum.GetValues<AssignmentStatus>())
        {
            await UpdateAsync(db => db.Assignments.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, status)));
            var shown = await SameAsTheGateAsync($"assignment {status}");
            Assert.True(shown.Contains(id) == AdmittedWork.OpenStatuses.Contains(status), $"assignment {status}: shown {shown.Contains(id)}");
        }
    }

    [Fact]
    public async Task OpenInbox_ShowsTheDecidingUnitsNamesInBothLanguages_AndANameMissingInOneAsMissingThere()
    {
        var submission = await scenario.AdmittedAsync("决定单位名称测试", VillageScenario.Shiqiao);
        var id = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        cache.EvictAll();
        Assert.Equal(("石桥镇", "Shiqiao Town"), await UnitNamesAsync(id));

        // The import refuses an empty name, but a unit repaired by hand may lack one: the other language still shows
        // its own name, and the empty one stays empty (it is not the other language's, nor the unit's code).
        try
        {
            await UpdateAsync(db => db.OrgUnits.Where(u => u.Code == VillageScenario.Shiqiao).ExecuteUpdateAsync(s => s.SetProperty(u => u.NameEn, "")));
            Assert.Equal(("石桥镇", ""), await UnitNamesAsync(id));
            await UpdateAsync(db => db.OrgUnits.Where(u => u.Code == VillageScenario.Shiqiao)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.NameZh, "").SetProperty(u => u.NameEn, "Shiqiao Town")));
            Assert.Equal(("", "Shiqiao Town"), await UnitNamesAsync(id));
        }
        finally
        {
            await UpdateAsync(db => db.OrgUnits.Where(u => u.Code == VillageScenario.Shiqiao)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.NameZh, "石桥镇").SetProperty(u => u.NameEn, "Shiqiao Town")));
        }
        Assert.Equal(("石桥镇", "Shiqiao Town"), await UnitNamesAsync(id));
    }

    /// <summary>The deciding unit's names on the card of <paramref name="id"/> in 石桥村's open inbox.</summary>
    private async Task<(string Zh, string En)> UnitNamesAsync(Guid id)
    {
        var inbox = await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao));
        var card = Assert.Single(inbox.SelectMany(g => g.Assignments), a => a.Id == id);
        return (card.Decision.OrgUnitNameZh, card.Decision.OrgUnitNameEn);
    }

    /// <summary>
    /// A set-based change of org units made behind the app's back (as data repaired by hand): forget what was cached of it
    /// at once, as the change's 'org' notification does when it arrives — every inbox, and the deciding units' names kept
    /// for misses (<see cref="DecidingUnitNames"/>).
    /// </summary>
    private async Task UpdateAsync(Func<AppDbContext, Task<int>> update)
    {
        Assert.True(await scenario.WithAsync<AppDbContext, int>(update) > 0, "the change touched no row");
        cache.Evict([VillageInboxCache.OrgChanged]);
    }

    /// <summary>
    /// The inbox as the village reads it, after checking that the compiled query returns exactly the shared gate's open
    /// work, due first, at most <see cref="VillageInboxService.MaxRows"/>.
    /// </summary>
    private async Task<List<Guid>> SameAsTheGateAsync(string state)
    {
        var (gate, compiled) = await scenario.WithAsync<AppDbContext, (List<Guid>, List<Guid>)>(async db =>
        {
            var gate = await AdmittedWork.ForVillage(db, VillageScenario.ShiqiaoVillage).Where(a => AdmittedWork.OpenStatuses.Contains(a.Status))
                .OrderBy(a => a.DueDate).Take(VillageInboxService.MaxRows).Select(a => a.Id).ToListAsync();
            var compiled = (await AssignmentQueries.OpenRowsAsync(db, VillageScenario.ShiqiaoVillage, CancellationToken.None)).Select(r => r.Id).ToList();
            return (gate, compiled);
        });
        Assert.True(gate.Order().SequenceEqual(compiled.Order()), $"{state}: the gate lets through [{string.Join(", ", gate)}], the compiled query [{string.Join(", ", compiled)}]");
        var inbox = (await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao))).SelectMany(g => g.Assignments).ToList();
        Assert.Equal(gate.Order(), inbox.Select(a => a.Id).Order());
        Assert.All(inbox, a => Assert.Equal(VillageScenario.ShiqiaoVillage, a.VillageCode));
        return inbox.Select(a => a.Id).ToList();
    }
}

public sealed class SqliteOpenInboxGateTests(SqliteApplicationHost app) : OpenInboxGateTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresOpenInboxGateTests(PostgresApplicationHost app) : OpenInboxGateTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;

/// <summary>
/// A decision's verdict is kept for the decision row it was judged on: many villages' inboxes rest on one township
/// decision, and after a change each reads without checking its seal again — but a row changed since is judged afresh.
/// </summary>
public sealed class PostgresDecisionVerdictTests(PostgresApplicationHost app) : IClassFixture<PostgresApplicationHost>
{
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();
    private readonly DecisionVerdictCache verdicts = app.Services.GetRequiredService<DecisionVerdictCache>();

    [Fact]
    public async Task KeptVerdict_ServesAnotherVillage_ButATamperedDecisionRowIsJudgedAfresh()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        var submission = await scenario.AdmittedAsync("裁决缓存测试", VillageScenario.Shiqiao);
        var decision = await DecisionOfAsync(submission.Id);

        // 石桥村 reads first and the decision is judged; 柏林村's inbox rests on the same decision and reads it kept.
        Assert.Equal(DecisionIntegrity.Verified, (await OpenAsync(VillageScenario.ShiqiaoVillage, submission.Id)).Decision.Integrity);
        Assert.True(verdicts.TryGet(decision, out _), "a verified decision read outside a transaction was not kept");
        Assert.Equal(DecisionIntegrity.Verified, (await OpenAsync(VillageScenario.BailinVillage, submission.Id)).Decision.Integrity);

        // An intruder rewrites the decision's reason with the append-only (and notifying) triggers off: nothing evicts,
        // so evict as the next change to the village would, and read again with the verdict still kept.
        await scenario.WithAsync<AppDbContext, int>(async db =>
        {
            await AuditTampering.WithoutTriggersAsync(db, "decisions", () =>
                db.Decisions.Where(d => d.Id == decision.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Reason, "篡改后的理由")));
            return 0;
        });
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the listener did not prove itself again");
        cache.Evict([VillageScenario.ShiqiaoVillage]);
        var read = await OpenAsync(VillageScenario.ShiqiaoVillage, submission.Id);

        Assert.Equal("篡改后的理由", read.Decision.Reason);
        Assert.Equal(DecisionIntegrity.Mismatch, read.Decision.Integrity);
    }

    [Fact]
    public async Task Verdict_ReadInsideATransaction_IsNotKept()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        var submission = await scenario.AdmittedAsync("事务内裁决不缓存", VillageScenario.Shiqiao);
        var decision = await DecisionOfAsync(submission.Id);

        cache.Evict([VillageScenario.ShiqiaoVillage]);
        await scenario.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var inbox = await sp.GetRequiredService<VillageInboxService>().OpenAsync(VillageScenario.Village(VillageScenario.ShiqiaoVillage));
            Assert.Contains(inbox.SelectMany(g => g.Assignments), a => a.SubmissionId == submission.Id && a.Decision.Integrity == DecisionIntegrity.Verified);
        });

        Assert.False(verdicts.TryGet(decision, out _), "a verdict judged inside a transaction was kept");
    }

    /// <summary>The decision 石桥村's assignment of this submission rests on.</summary>
    private Task<Decision> DecisionOfAsync(Guid submission) =>
        scenario.WithAsync<AppDbContext, Decision>(db => (
            from a in db.Assignments
            join d in db.Decisions on a.DecisionId equals d.Id
            where a.SubmissionId == submission && a.VillageCode == VillageScenario.ShiqiaoVillage
            select d).AsNoTracking().SingleAsync());

    private async Task<AssignmentView> OpenAsync(string village, Guid submission) =>
        (await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(VillageScenario.Village(village))))
            .SelectMany(g => g.Assignments).Single(a => a.SubmissionId == submission);
}

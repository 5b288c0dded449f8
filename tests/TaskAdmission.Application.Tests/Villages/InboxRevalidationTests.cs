using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>The fingerprint's statement writes the admitted-work gate's statuses out: the same as the gate's.</summary>
public sealed class InboxFingerprintTests
{
    [Fact]
    public void Statement_NamesEveryStatusOfTheGate()
    {
        foreach (var status in AdmittedWork.AdmittedStatuses.Select(s => s.ToString()).Concat(AdmittedWork.OpenStatuses.Select(s => s.ToString())))
        {
            Assert.Contains($"'{status}'", InboxFingerprint.Sql, StringComparison.Ordinal);
        }
        Assert.Equal(AdmittedWork.AdmittedStatuses.Length + AdmittedWork.OpenStatuses.Length + 1,
            System.Text.RegularExpressions.Regex.Matches(InboxFingerprint.Sql, "'[A-Za-z]+'").Count);
    }
}

/// <summary>The Application layer on PostgreSQL with <c>Villages:InboxRevalidate</c> on.</summary>
public sealed class RevalidatingPostgresHost() : ApplicationHost(DatabaseProvider.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Villages:InboxRevalidate"] = "true" };
}

/// <summary>
/// Issue 20: a cached inbox that reaches <see cref="VillageInboxCache.MaxAge"/> is checked with one statement instead of
/// read again — and the backstop still shows, on the first read after MaxAge, a change no notification reported (made
/// with the triggers switched off) or refuses a tampered seal. Entries and verdicts are made older with the cache's test
/// hooks, never by waiting.
/// </summary>
public sealed class PostgresInboxRevalidationTests(RevalidatingPostgresHost app) : IClassFixture<RevalidatingPostgresHost>
{
    private static readonly Actor Shiqiao = VillageScenario.Village(VillageScenario.ShiqiaoVillage);
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();
    private readonly DecisionVerdictCache verdicts = app.Services.GetRequiredService<DecisionVerdictCache>();
    private readonly VillageInboxListener listener = app.Services.GetServices<IHostedService>().OfType<VillageInboxListener>().Single();

    [Fact]
    public async Task ExpiredEntry_NothingChanged_IsServedAgainWithoutARead_AlsoWhenItsVerdictsExpiredToo()
    {
        var id = await CachedAssignmentAsync("到期未变不重读");
        Assert.True(cache.TryPeek(VillageScenario.ShiqiaoVillage, out var kept));
        Assert.NotNull(kept!.Basis);
        var before = cache.Revalidations;

        Expire(verdictsToo: false);
        Assert.Contains(id, await OpenIdsAsync());
        Assert.Equal(before.Unchanged + 1, cache.Revalidations.Unchanged);
        // Served from the very entry the first read kept: nothing was read or rendered again.
        Assert.True(cache.TryPeek(VillageScenario.ShiqiaoVillage, out var renewed));
        Assert.Same(kept, renewed);

        // The decisions' verdicts aged out as well: their seals are checked again, and still nothing was read in full.
        Expire(verdictsToo: true);
        Assert.Contains(id, await OpenIdsAsync());
        Assert.Equal(before.Unchanged + 2, cache.Revalidations.Unchanged);
        Assert.Equal(before.Changed, cache.Revalidations.Changed);
        Assert.True(cache.TryPeek(VillageScenario.ShiqiaoVillage, out renewed));
        Assert.Same(kept, renewed);
    }

    [Theory]
    [InlineData("assignments", """UPDATE assignments SET "Status" = 'Cancelled' WHERE "Id" = @id""")]
    [InlineData("submission_villages", """UPDATE submission_villages SET "Admitted" = false WHERE ("SubmissionId", "VillageCode") = (SELECT "SubmissionId", "VillageCode" FROM assignments WHERE "Id" = @id)""")]
    [InlineData("submissions", """UPDATE submissions SET "Status" = 'Revoked' WHERE "Id" = (SELECT "SubmissionId" FROM assignments WHERE "Id" = @id)""")]
    public async Task ChangeNoNotificationReported_HidesTheWork_OnTheFirstReadAfterMaxAge(string table, string sql)
    {
        var id = await CachedAssignmentAsync($"绕过触发器 {table}");
        await WithoutTriggersAsync(table, sql, id);
        // No notification: the cached inbox still shows it (what the backstop is for).
        Assert.Contains(id, await OpenIdsAsync());
        var before = cache.Revalidations;

        Expire(verdictsToo: false);

        Assert.DoesNotContain(id, await OpenIdsAsync());
        Assert.Equal(before.Changed + 1, cache.Revalidations.Changed);
    }

    [Fact]
    public async Task AssignmentStatusChangedBack_NoNotification_ShowsTheWorkAgain_OnTheFirstReadAfterMaxAge()
    {
        // A row the inbox does not show (done) made open again: it rests on rows the open read never returned.
        var id = await CachedAssignmentAsync("已办改回待办");
        await WithoutTriggersAsync("assignments", """UPDATE assignments SET "Status" = 'Done', "CompletedAtUtc" = now() WHERE "Id" = @id""", id);
        Expire(verdictsToo: false);
        Assert.DoesNotContain(id, await OpenIdsAsync());
        await OpenIdsAsync();

        await WithoutTriggersAsync("assignments", """UPDATE assignments SET "Status" = 'Open', "CompletedAtUtc" = NULL WHERE "Id" = @id""", id);
        Assert.DoesNotContain(id, await OpenIdsAsync());
        Expire(verdictsToo: false);

        Assert.Contains(id, await OpenIdsAsync());
    }

    [Fact]
    public async Task PageEntry_WithItsDoneList_IsRenewedUnchanged_AndShowsWorkMarkedDoneWithoutNotification_AfterMaxAge()
    {
        var id = await CachedAssignmentAsync("页面已办列表绕过触发器");
        Assert.DoesNotContain(id, await DoneIdsAsync());
        Assert.True(cache.TryPeek(VillageScenario.ShiqiaoVillage, out var kept));
        Assert.NotNull(kept!.Find(VillageInboxService.DoneRendering));
        Assert.NotNull(kept.Basis);
        var before = cache.Revalidations;

        Expire(verdictsToo: false);
        Assert.DoesNotContain(id, await DoneIdsAsync());
        Assert.Equal(before.Unchanged + 1, cache.Revalidations.Unchanged);

        await WithoutTriggersAsync("assignments", """UPDATE assignments SET "Status" = 'Done', "CompletedAtUtc" = now() WHERE "Id" = @id""", id);
        Assert.DoesNotContain(id, await DoneIdsAsync());
        Expire(verdictsToo: false);

        Assert.Contains(id, await DoneIdsAsync());
        Assert.DoesNotContain(id, await OpenIdsAsync());
    }

    /// <summary>As the `/village` page reads: the open inbox, then the recent done list (its ids as its markup).</summary>
    private async Task<List<Guid>> DoneIdsAsync() =>
        [.. (await scenario.WithAsync<VillageInboxService, string>(async i =>
        {
            await i.OpenAsync(Shiqiao);
            return await i.RecentDonePageAsync(Shiqiao, "page:done:test", lines => Task.FromResult(string.Join(",", lines.Select(l => l.Id))));
        })).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    [Fact]
    public async Task SupportStateChanged_NoNotification_IsShown_OnTheFirstReadAfterMaxAge()
    {
        var id = await CachedAssignmentAsync("支持状态绕过触发器");
        await WithoutTriggersAsync("assignments", """UPDATE assignments SET "FundingState" = 'Missing' WHERE "Id" = @id""", id);
        Assert.NotEqual(Core.Villages.SupportState.Missing, (await CardAsync(id)).Support.Funding);

        Expire(verdictsToo: false);

        Assert.Equal(Core.Villages.SupportState.Missing, (await CardAsync(id)).Support.Funding);
    }

    [Fact]
    public async Task DecisionRowTampered_NoNotification_IsRefusedAsTampered_OnTheFirstReadAfterMaxAge()
    {
        var id = await CachedAssignmentAsync("决定被改");
        await WithoutTriggersAsync("decisions", """UPDATE decisions SET "Reason" = "Reason" || '（改）' WHERE "Id" = (SELECT "DecisionId" FROM assignments WHERE "Id" = @id)""", id);
        Assert.Equal(DecisionIntegrity.Verified, (await CardAsync(id)).Decision.Integrity);

        // The verdict on the old row is still young: the changed row is judged afresh all the same.
        Expire(verdictsToo: false);

        Assert.Equal(DecisionIntegrity.Mismatch, (await CardAsync(id)).Decision.Integrity);
    }

    [Fact]
    public async Task SealingAuditEntryTampered_IsRefusedAsTampered_OnTheFirstReadAfterBothMaxAges()
    {
        var id = await CachedAssignmentAsync("审计记录被改");
        // Audit entries send no notification at all, and no row the inbox reads changes: only the seal's check sees it.
        await WithoutTriggersAsync("audit_entries",
            """UPDATE audit_entries SET "Details" = "Details" || ' ' WHERE "Action" LIKE 'decision.%' AND "Subject" = (SELECT 'submission:' || s."Number" FROM assignments a JOIN submissions s ON s."Id" = a."SubmissionId" WHERE a."Id" = @id)""",
            id, exactlyOne: false);
        Assert.Equal(DecisionIntegrity.Verified, (await CardAsync(id)).Decision.Integrity);

        Expire(verdictsToo: true);

        Assert.Equal(DecisionIntegrity.Mismatch, (await CardAsync(id)).Decision.Integrity);
    }

    [Fact]
    public async Task EvictionDuringTheRevalidation_Wins_TheExpiredEntryIsNotRenewed()
    {
        await CachedAssignmentAsync("重验期间被清");
        Assert.True(cache.TryPeek(VillageScenario.ShiqiaoVillage, out var kept));
        Expire(verdictsToo: false);
        var ticket = cache.Begin(VillageScenario.ShiqiaoVillage);

        cache.Evict([VillageScenario.ShiqiaoVillage]);

        Assert.False(cache.Renew(ticket, kept!, Environment.TickCount64));
        Assert.False(cache.TryPeek(VillageScenario.ShiqiaoVillage, out _));
    }

    private void Expire(bool verdictsToo)
    {
        cache.Backdate(VillageScenario.ShiqiaoVillage, VillageInboxCache.MaxAge);
        if (verdictsToo)
        {
            verdicts.Backdate(VillageInboxCache.MaxAge);
        }
    }

    /// <summary>
    /// An admitted assignment of 石桥村, with the village's inbox cached (with its basis) and showing it — kept until the
    /// test evicts it or ages it: the notifications of the admission (and of earlier tests) are applied before the read
    /// that keeps it, never after it between two of the test's steps.
    /// </summary>
    private async Task<Guid> CachedAssignmentAsync(string title)
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        var submission = await scenario.AdmittedAsync(title, VillageScenario.Shiqiao);
        var id = await scenario.WithAsync<AppDbContext, Guid>(db =>
            db.Assignments.Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        // This process evicted the village at the admission's commit; the admission's own notifications reach the
        // listener a moment later and evict it again — often after the read below kept it, then between two steps.
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never applied the notifications of the admission");
        Assert.True(await Eventually.TrueAsync(async () => (await OpenIdsAsync()).Contains(id) && cache.TryPeek(VillageScenario.ShiqiaoVillage, out var e) && e!.Basis is not null),
            "the inbox was never kept with its basis");
        return id;
    }

    private async Task<List<Guid>> OpenIdsAsync() =>
        (await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao))).SelectMany(g => g.Assignments).Select(a => a.Id).ToList();

    private async Task<AssignmentView> CardAsync(Guid id) =>
        (await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao))).SelectMany(g => g.Assignments).Single(a => a.Id == id);

    /// <summary>
    /// <paramref name="sql"/> with every user trigger of <paramref name="table"/> switched off, in one transaction that
    /// switches them back as they were (so the listener's check never sees one off): a change no notification reports.
    /// </summary>
    private async Task WithoutTriggersAsync(string table, string sql, Guid id, bool exactlyOne = true)
    {
        var connectionString = await scenario.WithAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var triggers = new List<(string Name, char Mode)>();
        await using (var list = new NpgsqlCommand("SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = @table::regclass AND NOT tgisinternal", conn, tx))
        {
            list.Parameters.AddWithValue("table", table);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                triggers.Add((reader.GetString(0), reader.GetChar(1)));
            }
        }
        Assert.NotEmpty(triggers);
        // The table is one of the test's own literals and the names come from the catalog.
        foreach (var (name, _) in triggers)
        {
            await using var off = new NpgsqlCommand($"ALTER TABLE {table} DISABLE TRIGGER \"{name}\"", conn, tx);
            await off.ExecuteNonQueryAsync();
        }
        await using (var change = new NpgsqlCommand(sql, conn, tx))
        {
            change.Parameters.AddWithValue("id", id);
            var changed = await change.ExecuteNonQueryAsync();
            Assert.True(exactlyOne ? changed == 1 : changed >= 1, $"{changed} rows changed by {sql}");
        }
        foreach (var (name, mode) in triggers)
        {
            await using var on = new NpgsqlCommand($"ALTER TABLE {table} ENABLE {(mode == 'A' ? "ALWAYS " : mode == 'R' ? "REPLICA " : "")}TRIGGER \"{name}\"", conn, tx);
            await on.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }
}

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Benchmarks.Audit;

/// <summary>
/// <c>audit-chain [decisions=200] [entries=1000000]</c> on PostgreSQL (TA_TEST_PG): township decisions with and without
/// the audit chain, interleaved one by one so the machine's drift hits both alike; then <c>entries</c> chained audit
/// rows written with binary COPY and the whole chain verified as <c>verify-audit</c> does.
/// </summary>
public static class AuditChainHarness
{
    private const int Batch = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var decisions = options.Int("decisions", 200);
        var entries = options.Int("entries", 1_000_000);
        var app = new BenchApp("--Audit:HeadLogIntervalMinutes=0");
        await app.InitializeAsync();
        try
        {
            await TimeDecisionsAsync(app.Services, decisions);
            await TimeVerificationAsync(app.Services, entries);
            return 0;
        }
        finally
        {
            AuditChainWriter.Enabled = true;
            await app.DisposeAsync();
        }
    }

    private static async Task TimeDecisionsAsync(IServiceProvider services, int decisions)
    {
        var scenario = new VillageScenario(services);
        var warmup = Math.Max(10, decisions / 10);
        var actor = VillageScenario.Township(VillageScenario.Shiqiao);
        var (chained, plain) = (new List<double>(), new List<double>());
        var total = 2 * (decisions + warmup);
        // In batches: the township's task list holds at most 200 open tasks.
        for (var done = 0; done < total; done += Batch)
        {
            var ids = new HashSet<string>();
            for (var i = done; i < Math.Min(total, done + Batch); i++)
            {
                ids.Add((await scenario.SubmitAsync($"审计链基准 {i}", VillageScenario.Shiqiao)).Id.ToString());
            }
            var tasks = (await scenario.WithAsync<AdmissionService, IReadOnlyList<TaskAdmission.Workflows.Persistence.UserTaskRecord>>(s => s.ReviewTasksAsync(actor)))
                .Where(t => ids.Contains(t.BusinessKey!)).Select(t => t.Id).ToList();
            for (var k = 0; k < tasks.Count; k++)
            {
                var i = done + k;
                // Alternate which goes first in each pair, so neither always meets the warmer cache.
                var withChain = (i % 2 == 0) == (i / 2 % 2 == 0);
                AuditChainWriter.Enabled = withChain;
                var clock = Stopwatch.StartNew();
                await scenario.WithAsync<AdmissionService, Decision>(s => s.DecideAsync(tasks[k], DecisionKind.Admit, "符合协助清单,经费到位", actor));
                clock.Stop();
                if (i / 2 >= warmup)
                {
                    (withChain ? chained : plain).Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }
        AuditChainWriter.Enabled = true;
        Console.WriteLine($"township decision (DecideAsync: workflow step, decision, audit, dispatch, commit), {chained.Count} each:");
        Console.WriteLine($"  with chain    {Describe(chained)}");
        Console.WriteLine($"  without chain {Describe(plain)}");
        Console.WriteLine($"  median ratio {Percentile(chained, 0.5) / Percentile(plain, 0.5):F3}, mean ratio {chained.Average() / plain.Average():F3} (goal <= 1.10)");
    }

    private static async Task TimeVerificationAsync(IServiceProvider services, int entries)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            // The decisions taken without the chain left unsealed entries: link them as an upgraded database would.
            await scope.ServiceProvider.GetRequiredService<AuditChainService>().SealLegacyAsync();
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = Stopwatch.StartNew();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var head = await AuditChainWriter.LockAndReadHeadAsync(db, default);
            var start = DateTime.UtcNow;
            var rows = Enumerable.Range(0, entries).Select(i => new AuditEntry
            {
                AtUtc = AuditHash.Normalise(start.AddMilliseconds(i)),
                Actor = $"approver-{i % 500}",
                Action = (i % 3) switch { 0 => "decision.Admit", 1 => "list.publish", _ => "user.role" },
                Subject = $"submission:2026-{i:D7}",
                Details = i % 4 == 0 ? null : """{"reason":"符合协助清单,经费到位","targets":["990100100000"]}""",
            }).ToList();
            AuditChainWriter.Link(rows, head);
            await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows);
            await transaction.CommitAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE audit_entries");
            Console.WriteLine($"wrote {entries:N0} chained audit entries with COPY in {clock.Elapsed.TotalSeconds:F1} s");
        }
        for (var run = 1; run <= 2; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AuditChainService>().VerifyAsync();
            Console.WriteLine($"verify-audit run {run}{(run == 1 ? " (cold process cache)" : "")}: {result.Checked:N0} entries and {result.DecisionsChecked:N0} decisions in {result.Elapsed.TotalSeconds:F1} s, " +
                $"{(result.Intact ? "intact" : $"BROKEN at {result.FirstBreak}")} (goal <= 30 s)");
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<AuditEntry> rows)
    {
        await using var w = await connection.BeginBinaryImportAsync(
            "COPY audit_entries (\"AtUtc\", \"Actor\", \"Action\", \"Subject\", \"Details\", \"Sequence\", \"PreviousHash\", \"Hash\") FROM STDIN (FORMAT BINARY)");
        foreach (var e in rows)
        {
            await w.StartRowAsync();
            await w.WriteAsync(e.AtUtc, NpgsqlDbType.TimestampTz);
            await w.WriteAsync(e.Actor, NpgsqlDbType.Text);
            await w.WriteAsync(e.Action, NpgsqlDbType.Text);
            await w.WriteAsync(e.Subject, NpgsqlDbType.Text);
            if (e.Details is null)
            {
                await w.WriteNullAsync();
            }
            else
            {
                await w.WriteAsync(e.Details, NpgsqlDbType.Text);
            }
            await w.WriteAsync(e.Sequence!.Value, NpgsqlDbType.Bigint);
            await w.WriteAsync(e.PreviousHash!, NpgsqlDbType.Text);
            await w.WriteAsync(e.Hash!, NpgsqlDbType.Text);
        }
        await w.CompleteAsync();
    }

    private static double Percentile(List<double> values, double p) => values.Order().ElementAt((int)Math.Min(values.Count - 1, p * values.Count));

    private static string Describe(List<double> v) =>
        $"p50 {Percentile(v, 0.5):F1} ms, mean {v.Average():F1} ms, p95 {Percentile(v, 0.95):F1} ms";
}

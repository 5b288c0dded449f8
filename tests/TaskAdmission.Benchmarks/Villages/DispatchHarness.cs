using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Benchmarks.Villages;

/// <summary>
/// Dispatch to N synthetic villages on PostgreSQL: the real township decision once (workflow step + dispatch), then
/// repeated runs of <see cref="DispatchService.DispatchAsync"/> against a hand-written binary COPY of exactly the
/// same rows, each in a transaction that is rolled back.
/// </summary>
public static class DispatchHarness
{
    private const string Title = "万村派发基准";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new HarnessArgs(args);
        var villages = options.Int("villages", 10_000);
        var runs = options.Int("runs", 5);
        var app = new BenchApp();
        await app.InitializeAsync();
        try
        {
            await SyntheticArea.CreateAsync(app.Services, villages);
            var scenario = new VillageScenario(app.Services);
            var clock = Stopwatch.StartNew();
            var submission = await scenario.SubmitAsync(Title, SyntheticArea.Township);
            Console.WriteLine($"submit and pre-check, {villages} villages: {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            await scenario.DecideAsync(submission.Id, SyntheticArea.Township, DecisionKind.Admit);
            Console.WriteLine($"township decision (DecideAsync: workflow step, status, dispatch, commit): {clock.ElapsedMilliseconds} ms");

            var dispatch = new List<double>();
            var raw = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var d = await TimeDispatchAsync(app.Services, submission.Id, villages);
                var r = await TimeRawCopyAsync(app.Services, submission.Id, villages);
                if (run > 0)
                {
                    dispatch.Add(d);
                    raw.Add(r);
                }
                Console.WriteLine($"run {run}{(run == 0 ? " (warm-up)" : "")}: dispatch {d:F1} ms, raw COPY {r:F1} ms");
            }
            var (dm, rm) = (Median(dispatch), Median(raw));
            Console.WriteLine($"median of {runs}: dispatch {dm:F1} ms, raw COPY of the same rows {rm:F1} ms, ratio {dm / rm:F2} (goal <= 2)");
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Removes this submission's assignments and their notifications (not timed; the caller rolls back).</summary>
    private static async Task ClearAsync(AppDbContext db, Guid submissionId)
    {
        await db.Notifications.Where(n => n.Kind == NotificationKind.AssignmentDispatched && n.Subject == Title).ExecuteDeleteAsync();
        await db.Assignments.Where(a => a.SubmissionId == submissionId).ExecuteDeleteAsync();
    }

    private static Task<Submission> LoadAsync(AppDbContext db, Guid id) =>
        db.Submissions.Include(s => s.Villages).Include(s => s.Demands).Include(s => s.Decisions).AsSplitQuery().SingleAsync(s => s.Id == id);

    private static async Task<double> TimeDispatchAsync(IServiceProvider services, Guid submissionId, int villages)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await LoadAsync(db, submissionId);
        await using var tx = await db.Database.BeginTransactionAsync();
        await ClearAsync(db, submissionId);
        var clock = Stopwatch.StartNew();
        var count = await scope.ServiceProvider.GetRequiredService<DispatchService>().DispatchAsync(submission);
        await db.SaveChangesAsync();
        clock.Stop();
        await tx.RollbackAsync();
        return count == villages ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"dispatched {count}, expected {villages}");
    }

    private static async Task<double> TimeRawCopyAsync(IServiceProvider services, Guid submissionId, int villages)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await LoadAsync(db, submissionId);
        var items = AssignmentListItems.Parse(await db.Assignments.Where(a => a.SubmissionId == submissionId).Select(a => a.ListItemsJson).FirstAsync());
        var plan = scope.ServiceProvider.GetRequiredService<DispatchService>().Plan(submission, submission.Villages.Where(v => v.Admitted).ToList(), items);
        await using var tx = await db.Database.BeginTransactionAsync();
        await ClearAsync(db, submissionId);
        var clock = Stopwatch.StartNew();
        await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), plan);
        clock.Stop();
        await tx.RollbackAsync();
        return plan.Assignments.Count == villages ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException("plan size");
    }

    /// <summary>The baseline: the same rows written with typed binary COPY and nothing else.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, DispatchPlan plan)
    {
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY assignments (\"Id\", \"SubmissionId\", \"VillageCode\", \"TownshipCode\", \"DistrictCode\", \"DepartmentCode\", \"DecisionId\", \"Title\", " +
            "\"ListItemsJson\", \"DemandsJson\", \"StartDate\", \"DueDate\", \"EndDate\", \"Emergency\", \"FundingYuan\", \"FundingState\", \"TrainingState\", " +
            "\"StaffState\", \"EquipmentState\", \"Status\", \"DispatchedAtUtc\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in plan.Assignments)
            {
                await w.StartRowAsync();
                await w.WriteAsync(a.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(a.SubmissionId, NpgsqlDbType.Uuid);
                await w.WriteAsync(a.VillageCode, NpgsqlDbType.Text);
                await w.WriteAsync(a.TownshipCode, NpgsqlDbType.Text);
                await w.WriteAsync(a.DistrictCode, NpgsqlDbType.Text);
                await w.WriteAsync(a.DepartmentCode, NpgsqlDbType.Text);
                await w.WriteAsync(a.DecisionId, NpgsqlDbType.Uuid);
                await w.WriteAsync(a.Title, NpgsqlDbType.Text);
                await w.WriteAsync(a.ListItemsJson, NpgsqlDbType.Text);
                await w.WriteAsync(a.DemandsJson, NpgsqlDbType.Text);
                await w.WriteAsync(a.StartDate, NpgsqlDbType.Date);
                await w.WriteAsync(a.DueDate, NpgsqlDbType.Date);
                await w.WriteAsync(a.EndDate, NpgsqlDbType.Date);
                await w.WriteAsync(a.Emergency, NpgsqlDbType.Boolean);
                await w.WriteAsync(a.FundingYuan, NpgsqlDbType.Numeric);
                await w.WriteAsync(a.FundingState.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(a.TrainingState.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(a.StaffState.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(a.EquipmentState.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(a.Status.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(a.DispatchedAtUtc, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(a.Version, NpgsqlDbType.Integer);
            }
            await w.CompleteAsync();
        }
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY notifications (\"Id\", \"Audience\", \"Kind\", \"Subject\", \"Link\", \"CreatedAtUtc\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var n in plan.Notifications)
            {
                await w.StartRowAsync();
                await w.WriteAsync(n.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(n.Audience, NpgsqlDbType.Text);
                await w.WriteAsync(n.Kind.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(n.Subject, NpgsqlDbType.Text);
                await w.WriteAsync(n.Link, NpgsqlDbType.Text);
                await w.WriteAsync(n.CreatedAtUtc, NpgsqlDbType.TimestampTz);
            }
            await w.CompleteAsync();
        }
    }
}

using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Persistence;
using TaskAdmission.CrashHost;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>
/// A worker process (TaskAdmission.CrashHost) is killed mid-run and started again: every instance finishes and every
/// service task's side effect happened exactly once — the step commits with its outbox message, and delivery is
/// idempotent by step id.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Instances = 60;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly FakeTimeProvider clock = new(WorkflowTestHost.Monday0900);
    private readonly StringBuilder output = new();
    private TestDatabase database = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "wfcrash");
        await WorkflowTestHost.PrepareAsync(database);
        await using var db = TestContexts.Open(database);
        await db.Database.ExecuteSqlRawAsync(SideEffects.CreateTable);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task KilledWorker_FinishesEveryInstanceWithEachSideEffectOnce_WhenRestarted()
    {
        await using (var host = new WorkflowTestHost(database, clock))
        {
            await host.RunAsync(e => e.DeployAsync(CrashProcess.Xml));
            for (var i = 0; i < Instances; i++) await host.StartAsync(CrashProcess.Xml);
        }

        using var first = StartWorker();
        try
        {
            await WaitForAsync(async () => await EffectCountAsync() >= Instances / 2, first);
        }
        finally
        {
            Stop(first);
        }

        Assert.True(await RunningCountAsync() > 0, "the worker was killed before it finished (otherwise this test proves nothing)");
        using var second = StartWorker();
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            await second.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the restarted worker did not finish in {Patience}; {await RunningCountAsync()} instances still run:\n{Output()}");
        }
        finally
        {
            Stop(second);
        }

        Assert.True(second.ExitCode == 0, $"the restarted worker failed ({second.ExitCode}):\n{Output()}");
        Assert.Equal(0, await RunningCountAsync());
        await using var db = TestContexts.Open(database);
        var outbox = await db.WorkflowOutbox.Where(m => m.Type == CrashProcess.SideEffect).Select(m => new { m.InstanceId, m.StepId, m.DispatchedAtUtc }).ToListAsync();
        var effects = await db.Database.SqlQueryRaw<Effect>("SELECT step_id AS \"StepId\", instance_id AS \"InstanceId\", element_id AS \"ElementId\" FROM crash_effects").ToListAsync();
        Assert.Equal(Instances * CrashProcess.Steps.Length, outbox.Count);
        Assert.All(outbox, m => Assert.NotNull(m.DispatchedAtUtc));
        Assert.Equal(outbox.Select(m => m.StepId).Order(), effects.Select(e => e.StepId).Order());
        Assert.All(effects.GroupBy(e => e.InstanceId), g => Assert.Equal(CrashProcess.Steps, g.Select(e => e.ElementId).Order()));
        // Through the wf_journal view: the journal as rows, as an operator would query it in SQL.
        var fired = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM wf_journal WHERE \"Kind\" = {nameof(JournalEntryKind.TimerFired)}").SingleAsync();
        Assert.Equal(Instances * CrashProcess.Steps.Length, fired);
    }

    private Process StartWorker()
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "TaskAdmission.CrashHost.dll"), database.ConnectionString])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process worker)
    {
        if (!worker.HasExited) worker.Kill(entireProcessTree: true);
        worker.WaitForExit();
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private string Output()
    {
        lock (output) return output.ToString();
    }

    private async Task WaitForAsync(Func<Task<bool>> condition, Process worker)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.False(worker.HasExited, $"the worker exited early with code {(worker.HasExited ? worker.ExitCode : 0)}:\n{Output()}");
            Assert.True(deadline.Elapsed < Patience, $"the worker made no progress:\n{Output()}");
            await Task.Delay(10);
        }
    }

    private async Task<int> EffectCountAsync()
    {
        await using var db = TestContexts.Open(database);
        return await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM crash_effects").SingleAsync();
    }

    private async Task<int> RunningCountAsync()
    {
        await using var db = TestContexts.Open(database);
        return await db.WorkflowInstances.CountAsync(i => i.Status != InstanceStatus.Completed);
    }

    private sealed record Effect(string StepId, Guid InstanceId, string ElementId);
}

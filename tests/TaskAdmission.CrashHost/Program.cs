using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Application.Workflows.Outbox;
using TaskAdmission.CrashHost;
using TaskAdmission.Workflows;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

// usage: TaskAdmission.CrashHost <postgres connection string>
// Fires due timers and dispatches the outbox until every instance has completed and nothing is pending; exit 0.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: TaskAdmission.CrashHost <postgres connection string>");
    return 2;
}

var services = new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
    .AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(args[0]).AddInterceptors(AuditChainCommitInterceptor.Instance))
    .AddSingleton(new TimerWorkerOptions { LeaseDuration = TimeSpan.FromSeconds(1), BatchSize = 10 })
    .AddScoped<IOutboxSender, SideEffectSender>()
    .AddServiceActivity<CrashStepActivity>(CrashProcess.StepType)
    .AddTaskAdmissionWorkflows()
    .BuildServiceProvider();

await using (var scope = services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(SideEffects.CreateTable);
}

Console.WriteLine("crash host running");
while (true)
{
    int fired, sent;
    await using (var scope = services.CreateAsyncScope())
    {
        fired = await scope.ServiceProvider.GetRequiredService<TimerWorker>().RunOnceAsync();
    }

    await using (var scope = services.CreateAsyncScope())
    {
        sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(20);
    }

    if (fired > 0 || sent > 0) continue;
    await using (var scope = services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var running = await db.WorkflowInstances.CountAsync(i => i.Status != InstanceStatus.Completed);
        var pending = await db.WorkflowOutbox.CountAsync(m => m.DispatchedAtUtc == null);
        if (running == 0 && pending == 0)
        {
            Console.WriteLine("all instances completed");
            return 0;
        }
    }

    await Task.Delay(50);
}

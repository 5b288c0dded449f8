using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>
/// One "engine host": its own service provider over a test database, registered the way the app does it
/// (<see cref="WorkflowDataServiceCollectionExtensions.AddTaskAdmissionWorkflows"/>). Several hosts over one database
/// behave like several app nodes. Every command runs in a fresh scope, as a web request would.
/// </summary>
internal sealed class WorkflowTestHost : IAsyncDisposable
{
    /// <summary>Monday 2025-09-29 09:00 in Beijing, two days before the National Day holidays: where the hosts' clocks start.</summary>
    public static readonly DateTimeOffset Monday0900 = new(2025, 9, 29, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly ServiceProvider services;

    public WorkflowTestHost(TestDatabase database, FakeTimeProvider clock, ServiceActivityRegistry? activities = null, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            collection.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(database.ConnectionString).AddInterceptors(AuditChainCommitInterceptor.Instance));
        }
        else
        {
            collection.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(AuditChainCommitInterceptor.Instance));
        }

        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton<ChinaClock>();
        collection.AddScoped<AuditLog>();
        collection.AddSingleton<IServiceActivityResolver>(activities ?? new ServiceActivityRegistry());
        configure?.Invoke(collection);
        collection.AddTaskAdmissionWorkflows(o => o.TimeZone = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"));
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Migrates the database and seeds the working calendar, as DatabaseInitializer does at start.</summary>
    public static async Task PrepareAsync(TestDatabase database)
    {
        await using var db = TestContexts.Open(database);
        await db.Database.MigrateAsync();
        await new WorkingCalendarStore(db).SeedIfEmptyAsync();
    }

    public AsyncServiceScope Scope() => services.CreateAsyncScope();

    /// <summary>Runs one command on a fresh scope's engine.</summary>
    public async Task<T> RunAsync<T>(Func<WorkflowEngine, Task<T>> command)
    {
        await using var scope = Scope();
        return await command(scope.ServiceProvider.GetRequiredService<WorkflowEngine>());
    }

    /// <summary>Deploys BPMN XML and starts one instance.</summary>
    public async Task<WorkflowCommandResult> StartAsync(string xml, object? variables = null, string? businessKey = null, string initiator = "initiator") =>
        await RunAsync(async engine =>
        {
            var deployment = await engine.DeployAsync(xml);
            return await engine.StartAsync(new StartInstanceRequest
            {
                ProcessId = deployment.ProcessId,
                Version = deployment.Version,
                BusinessKey = businessKey,
                Initiator = initiator,
                Variables = WorkflowVariables.From(variables),
            });
        });

    public Task<WorkflowCommandResult> CompleteAsync(Guid taskId, string actor, object? variables = null) =>
        RunAsync(engine => engine.CompleteTaskAsync(taskId, actor, WorkflowVariables.From(variables)));

    public Task<T> StoreAsync<T>(Func<IWorkflowStore, Task<T>> read) => RunAsync(engine => read(engine.Store));

    public async Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync(Guid instanceId) =>
        (await StoreAsync(s => s.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, Take = 500 }))).Items;

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) => StoreAsync(s => s.GetJournalAsync(instanceId));

    public async Task<WorkflowInstanceView> InstanceAsync(Guid instanceId) => (await RunAsync(e => e.GetInstanceAsync(instanceId)))!;

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Persistence.Workflows;
using TaskAdmission.Application.Workflows.Definitions;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Application.Workflows.Notifications;
using TaskAdmission.Application.Workflows.Tasks;
using TaskAdmission.Application.Workflows.Viewer;
using TaskAdmission.Application.Workflows.Operations;
using TaskAdmission.Application.Workflows.Outbox;
using TaskAdmission.Core.Common;
using TaskAdmission.Workflows;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows;

/// <summary>Registers the workflow engine over the app database.</summary>
public static class WorkflowDataServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IWorkflowStore"/> = <see cref="EfWorkflowStore"/> (scoped, sharing the scope's <see cref="AppDbContext"/>), timer-start
    /// schedules in <see cref="EfStartTimerStore"/>,
    /// a scoped <see cref="WorkflowEngine"/> and <see cref="TimerWorker"/>, engine options whose calendar is read from
    /// calendar_days on first use and swapped by <see cref="WorkingCalendarReloader"/> after each change
    /// (<see cref="WorkingCalendarService"/>) or periodic refresh, and the outbox <see cref="OutboxDispatcher"/> with the logging sender unless
    /// another <see cref="IOutboxSender"/> was registered. Needs <c>AddTaskAdmissionApplication</c>.
    /// </summary>
    public static IServiceCollection AddTaskAdmissionWorkflows(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
    {
        services.TryAddSingleton<DeployedDefinitionCache>();
        services.TryAddScoped<IWorkflowStore, EfWorkflowStore>();
        services.TryAddScoped<IStartTimerStore, EfStartTimerStore>();
        services.TryAddScoped<WorkingCalendarStore>();
        services.TryAddSingleton<WorkingCalendarReloader>();
        services.TryAddScoped<WorkingCalendarService>();
        services.TryAddScoped<WorkflowOperationsService>();
        services.TryAddScoped<WorkflowSubjects>();
        // The store writes notifications in the engine step, dated by the China clock; a host that registers only the
        // workflows (the crash-test worker) still gets one, and the app's own registration wins where there is one.
        services.TryAddSingleton<ChinaClock>();
        services.TryAddScoped<WorkflowNotifications>();
        services.TryAddScoped<AuditedCommand>();
        services.TryAddScoped<WorkflowPeople>();
        services.TryAddScoped<TodoService>();
        services.TryAddScoped<RequestTodoCounts>();
        services.TryAddScoped<TaskOperationsService>();
        services.TryAddScoped<WorkflowDefinitionService>();
        services.TryAddScoped<InstanceViewService>();
        services.TryAddSingleton(sp =>
        {
            using var scope = sp.CreateScope();
            var options = new WorkflowEngineOptions { Calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendarStore>().Load() };
            configure?.Invoke(options);
            return options;
        });
        services.AddWorkflowEngine();
        services.TryAddScoped<IOutboxSender, LoggingOutboxSender>();
        services.TryAddScoped<OutboxDispatcher>();
        return services;
    }
}

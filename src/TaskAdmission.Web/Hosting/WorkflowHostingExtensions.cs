using Microsoft.Extensions.Options;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Hosting;

/// <summary>The workflow engine over the app database, plus its background workers.</summary>
public static class WorkflowHostingExtensions
{
    /// <summary>
    /// Registers the engine (<see cref="WorkflowDataServiceCollectionExtensions.AddTaskAdmissionWorkflows"/>: a scoped
    /// <see cref="WorkflowEngine"/> over the request's DbContext) and hosts <see cref="TimerWorkerService"/>,
    /// <see cref="OutboxDispatcherService"/> and <see cref="CalendarRefreshService"/>, configured from the <c>Workflows</c> section
    /// (the BPMN dialect mapping from <c>Workflows:Dialect</c>, see <see cref="WorkflowParsingConfiguration"/>).
    /// </summary>
    public static void AddTaskAdmissionWorkflows(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkflowHostingOptions>().BindConfiguration(WorkflowHostingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WorkflowHostingOptions>>().Value;
            return new TimerWorkerOptions { LeaseDuration = options.TimerLeaseDuration, BatchSize = options.TimerBatchSize, PollInterval = options.TimerPollInterval };
        });
        var parsing = WorkflowParsingConfiguration.Read(builder.Configuration);
        builder.Services.AddTaskAdmissionWorkflows(o => o.Parsing = parsing);
        builder.Services.AddHostedService<TimerWorkerService>();
        builder.Services.AddHostedService<OutboxDispatcherService>();
        builder.Services.AddHostedService<CalendarRefreshService>();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Application.Villages.Revocations;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Workflows;

namespace TaskAdmission.Application.Villages;

/// <summary>Registers village work: dispatch, the village's use cases, revocation, reports, supervision, notifications.</summary>
public static class VillageServiceCollectionExtensions
{
    public static IServiceCollection AddTaskAdmissionVillages(this IServiceCollection services)
    {
        // "After this context's transaction commits": the inbox evictions and the dispatch worker's wake share it.
        services.TryAddSingleton<CommitHooks>();
        services.TryAddSingleton<CommitHooksInterceptor>();
        services.AddOptions<VillageOptions>().BindConfiguration(VillageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DispatchService>();
        // Dispatches of more villages than one chunk: queued in the decision's transaction, written in chunks by the worker.
        services.AddScoped<DispatchJobRunner>();
        // The submission as a job's chunks need it, read once per job and node (kept while its version holds).
        services.TryAddSingleton<DispatchSources>();
        services.TryAddSingleton<DispatchSignal>();
        services.AddHostedService<DispatchJobWorker>();
        services.AddScoped<VillageInboxService>();
        // The open-inbox cache and what keeps it honest: the LISTEN connection (PostgreSQL) and this process's commits.
        services.TryAddSingleton<VillageInboxCache>();
        // Renewals of due entries, read behind the reader that found them due.
        services.TryAddSingleton<InboxRenewals>();
        services.TryAddSingleton<DecisionVerdictCache>();
        services.TryAddSingleton<DecidingUnitNames>();
        services.TryAddSingleton<VillageInboxWriteInterceptor>();
        services.AddHostedService<VillageInboxListener>();
        services.AddScoped<VillageWorkService>();
        services.AddScoped<VillageFileService>();
        services.AddScoped<RevocationService>();
        services.AddScoped<UnadmittedReportService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<VillageChecksService>();
        services.AddScoped<PublicVillageWorkService>();
        services.AddHostedService<VillageChecksWorker>();
        services.AddServiceActivity<UnadmittedReportCloseActivity>(UnadmittedReportCloseActivity.Type);
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, LogNotificationChannel>());
        services.TryAddScoped<NotificationRecipients>();
        services.AddHostedService<NotificationDeliveryWorker>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaskAdmission.Application.Admission.Activities;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Workflows;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission;

/// <summary>Registers admission: pre-check, use cases, the workflow engine and the admission workflow's service tasks.</summary>
public static class AdmissionServiceCollectionExtensions
{
    public static IServiceCollection AddTaskAdmissionAdmission(this IServiceCollection services)
    {
        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTaskAdmissionWorkflows();
        // One calendar for the engine and the use cases: the engine options' current one, taken per scope, so a calendar
        // edit (swapped in by WorkingCalendarReloader) reaches the next request without a restart. Never a singleton.
        services.TryAddScoped(sp => sp.GetRequiredService<WorkflowEngineOptions>().Calendar);
        services.TryAddSingleton<OrgDirectoryCache>();
        services.TryAddSingleton<PrecheckReadCache>();
        services.TryAddSingleton<RunningTaskIndex>();
        services.AddScoped<PrecheckService>();
        services.AddScoped<AdmissionService>();
        services.AddScoped<RevisionLog>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<Appeals.PrecheckAppealService>();
        services.AddServiceActivity<Appeals.PrecheckAppealVerdictActivity>(Appeals.PrecheckAppealVerdictActivity.Type);
        services.AddServiceActivity<PrecheckActivity>(PrecheckActivity.Type);
        services.AddServiceActivity<PrecheckRejectedActivity>(PrecheckRejectedActivity.Type);
        services.AddServiceActivity<ApplyTownshipDecisionsActivity>(ApplyTownshipDecisionsActivity.Type);
        services.AddServiceActivity<JointDecisionActivity>(JointDecisionActivity.Type);
        services.AddServiceActivity<AdmitEmergencyActivity>(AdmitEmergencyActivity.Type);
        services.AddServiceActivity<ApplyPostReviewActivity>(ApplyPostReviewActivity.Type);
        services.AddServiceActivity<EscalateActivity>(EscalateActivity.Type);
        return services;
    }
}

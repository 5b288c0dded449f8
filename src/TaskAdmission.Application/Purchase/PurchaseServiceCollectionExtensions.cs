using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Purchase.Activities;
using TaskAdmission.Application.Purchase.Finance;
using TaskAdmission.Workflows;

namespace TaskAdmission.Application.Purchase;

/// <summary>Registers purchase of service: the provider register, the case use cases, the money view and the route's service tasks.</summary>
public static class PurchaseServiceCollectionExtensions
{
    public static IServiceCollection AddTaskAdmissionPurchase(this IServiceCollection services)
    {
        services.AddOptions<PurchaseOptions>().BindConfiguration(PurchaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ProviderService>();
        services.AddScoped<PurchaseCaseService>();
        services.AddScoped<PurchaseMoneyService>();
        services.AddServiceActivity<AgreementSignedActivity>(AgreementSignedActivity.Type);
        services.AddServiceActivity<AcceptanceOverdueActivity>(AcceptanceOverdueActivity.Type);
        return services;
    }
}

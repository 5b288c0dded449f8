using TaskAdmission.Web.Api;
using TaskAdmission.Web.Components;
using TaskAdmission.Web.Features.Account;
using TaskAdmission.Web.Features.Admission;
using TaskAdmission.Web.Features.Burden;
using TaskAdmission.Web.Features.Audit;
using TaskAdmission.Web.Features.Culture;
using TaskAdmission.Web.Features.DataFields;
using TaskAdmission.Web.Features.Health;
using TaskAdmission.Web.Features.Lists;
using TaskAdmission.Web.Features.Purchase;
using TaskAdmission.Web.Features.Villages;
using TaskAdmission.Web.Features.Workflows;
using TaskAdmission.Web.Hosting;
using TaskAdmission.Web.Localization;
using TaskAdmission.Web.Security;
using TaskAdmission.Web.Security.OAuth;

namespace TaskAdmission.Web;

/// <summary>Builds the web host; a table of contents of the app's areas. Tests call <see cref="Build"/> to run the real Kestrel.</summary>
public static class TaskAdmissionApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(TaskAdmissionApp).Assembly.GetName().Name,
            ContentRootPath = ContentRoot.Find(args),
        });
        configure?.Invoke(builder);

        builder.AddTaskAdmissionDatabase();
        builder.AddTaskAdmissionDataProtection();
        builder.AddTaskAdmissionWorkflows();
        builder.AddTaskAdmissionLocalization();
        builder.AddTaskAdmissionSecurity();
        builder.AddTaskAdmissionOAuth();
        builder.AddTaskAdmissionHealth();
        builder.AddTaskAdmissionObservability();
        builder.AddTaskAdmissionApi();
        builder.AddTaskAdmissionLists();
        builder.AddTaskAdmissionStaticAssets();
        builder.Services.AddRazorComponents();

        var app = builder.Build();
        app.UseTaskAdmissionServerTiming();
        app.UseTaskAdmissionSecurityHeaders();
        app.UseTaskAdmissionErrorPages();
        app.UseTaskAdmissionMetricsEndpoint();
        app.UseTaskAdmissionLocalization();
        app.UseTaskAdmissionSecurity();
        app.UseAntiforgery();

        app.MapTaskAdmissionStaticAssets();
        app.MapHealthEndpoints();
        app.MapCultureEndpoints();
        app.MapAccountEndpoints();
        app.MapListEndpoints();
        app.MapTaskAdmissionApi();
        app.MapTokenEndpoint();
        app.MapAdmissionScreens();
        app.MapVillageEndpoints();
        app.MapAuditEndpoints();
        app.MapWorkflowConsole();
        app.MapBurdenEndpoints();
        app.MapDataFieldEndpoints();
        app.MapPurchaseEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }
}

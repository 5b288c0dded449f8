using TaskAdmission.Web.Features.Account;
using TaskAdmission.Web.Features.Lists;
using TaskAdmission.Web.Features.Organisation;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Api;

/// <summary>The versioned JSON API for department systems and the console: /api/v1, problem+json, rate limited.</summary>
public static class ApiExtensions
{
    public static void AddTaskAdmissionApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
    }

    public static void MapTaskAdmissionApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimitingExtensions.ApiPolicy);
        api.MapMeApi();
        api.MapOrgUnitApi();
        api.MapListsApi();
    }
}

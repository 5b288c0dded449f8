using TaskAdmission.Web.Features.Account;
using TaskAdmission.Web.Features.Admission;
using TaskAdmission.Web.Features.Lists;
using TaskAdmission.Web.Features.DepartmentReports;
using TaskAdmission.Web.Features.Organisation;
using TaskAdmission.Web.Features.Villages;
using TaskAdmission.Web.Security;
using TaskAdmission.Web.Security.OAuth;

namespace TaskAdmission.Web.Api;

/// <summary>The versioned JSON API for department systems and the console: /api/v1, problem+json, rate limited.</summary>
public static class ApiExtensions
{
    public static void AddTaskAdmissionApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // Enums travel as names ("TownshipReview"), Chinese as text.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        builder.Services.AddOpenApi("v1");
    }

    public static void MapTaskAdmissionApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimitingExtensions.ApiPolicy).RequireAuthorization(OAuthServerExtensions.ApiScopePolicy);
        api.MapMeApi();
        api.MapOrgUnitApi();
        api.MapAdmissionApi();
        api.MapListsApi();
        api.MapVillageApi();
        api.MapDepartmentReportsApi();
    }
}
